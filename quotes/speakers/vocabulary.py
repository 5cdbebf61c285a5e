"""The word lists and dependency-label sets the speaker rules read, and the title lexicon."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

#: Personal pronouns a cue subject can be, with the gender they carry; possessives too, because the
#: owner of "his claim that …" or "their statement" is who speaks.
PERSON_PRONOUNS: dict[str, str | None] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
#: Speaker pronouns with no antecedent in the text (the writer, the reader, the quoted speaker).
DEICTIC_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "one", "someone", "somebody",
                              "anyone", "nobody"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PRONOUNS = frozenset(PERSON_PRONOUNS) | GROUP_PRONOUNS | THING_PRONOUNS | DEICTIC_PRONOUNS

#: Role nouns that, after "the", stand for a named person mentioned earlier ("the Russian leader").
#: Hand-picked from news usage; vague sources ("the official", "the source") are left out on
#: purpose: they usually introduce a new unnamed speaker rather than point back to a named one.
PERSON_ROLE_NOUNS = frozenset(
    """
    president leader senator governor minister secretary spokesman spokeswoman spokesperson candidate
    nominee hopeful frontrunner front-runner chairman chairwoman chair mayor premier chancellor
    congressman congresswoman lawmaker representative ambassador envoy judge justice prosecutor
    attorney lawyer ceo executive founder director commissioner king queen prince princess pope
    emperor general admiral commander billionaire businessman businesswoman mogul actor actress
    singer star coach professor economist analyst sheriff dictator strongman monarch incumbent
    skipper captain manager councillor councilor mp mla mep superintendent inspector detective
    constable magistrate advocate editor columnist correspondent
    """.split()
) | frozenset(
    # Epithets: a trade or creed news uses as a second reference to someone it has named ("the retired
    # surgeon", "the shipping magnate", "the self-styled socialist"); hand-picked from news
    # usage, leaving out those that mostly bring in somebody new ("the designer", "the employee") and
    # the other side of an interview ("the host", "the anchor": the last subject is their guest).
    """
    neurosurgeon surgeon physician socialist magnate tycoon entrepreneur financier investor
    philanthropist industrialist televangelist evangelist preacher populist firebrand comedian novelist
    author rapper musician heiress
    """.split()
)
#: Roles held on someone else's behalf: "the spokesman" or "the lawyer" is the person the article
#: introduced in that role, never simply the last person who acted (that is usually the principal).
AGENT_ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "advocate"})
#: Party words: capitalised role modifiers ("the Republican nominee") that, unlike a place ("the
#: Indiana governor"), an article rarely writes into the person's own title or description.
PARTY_WORDS = frozenset(
    """
    republican democratic democrat gop independent libertarian conservative liberal progressive labour
    labor green tory ndp socialist
    """.split()
)
#: Role nouns that point back to an organisation ("the company said"). The second line: the bodies
#: Canadian and British wire copy lets speak after naming them once ("the federation", "the utility",
#: "the watchdog").
ORG_ROLE_NOUNS = frozenset(
    """
    company firm ministry agency government department campaign organization organisation group
    committee party bank court council network newspaper paper website union foundation institute
    university club team board commission office corporation carrier airline manufacturer retailer
    automaker regulator
    federation association utility authority coalition alliance watchdog broadcaster charity insurer
    """.split()
)
#: Organisations named after the person they serve: "his campaign" is "the Clinton campaign" when "his"
#: is Clinton, as news writes it.
PERSONAL_ORG_NOUNS = frozenset({"campaign", "administration", "government"})
#: Role nouns that stand only for an organisation named with that noun ("the campaign" after "Jane
#: Roe's campaign"), never for whichever organisation was the last subject (an agency is no campaign).
NAMED_ONLY_ORG_NOUNS = frozenset({"campaign"})
#: Nouns for documents that speak for whoever issued them ("a statement released by the ministry",
#: "a study by Harvard University", "her statement").
DOCUMENT_NOUNS = frozenset(
    """
    statement report study analysis complaint letter memo memorandum filing release document notice
    review audit assessment lawsuit suit tweet post email message survey paper
    """.split()
)
#: Things that speak in news besides documents, for a later "it" ("The letter noted … It added"):
#: writings, media and texts of law that news lets say or find things; hand-picked from news usage.
SPEAKING_THING_NOUNS = DOCUMENT_NOUNS | frozenset(
    """
    ad advertisement editorial column article story book video website blog poll petition constitution
    bill law ruling indictment affidavit transcript manifesto platform brief motion
    """.split()
)
#: Participles that introduce a person's name after a role noun ("an official named Budi").
NAMING_VERBS = frozenset({"named", "called", "identified"})
#: Abbreviated or variant titles mapped to the role noun they stand for (matching "the senator"
#: against "Sen. Marco Rubio").
TITLE_NORMAL: dict[str, str] = {
    "sen.": "senator", "sens.": "senator", "rep.": "representative", "reps.": "representative",
    "gov.": "governor", "govs.": "governor", "gen.": "general", "adm.": "admiral", "pres.": "president",
    "sec.": "secretary", "amb.": "ambassador", "atty.": "lawyer", "attorney": "lawyer", "congressman": "congressman",
    "chief": "chief", "spokeswoman": "spokesman", "spokesperson": "spokesman", "chairwoman": "chairman",
    "chair": "chairman", "congresswoman": "congressman", "front-runner": "frontrunner",
    "prof": "professor", "prof.": "professor", "det": "detective", "det.": "detective", "insp": "inspector",
    "insp.": "inspector", "supt": "superintendent", "supt.": "superintendent", "sgt": "sergeant",
    "sgt.": "sergeant", "capt": "captain", "capt.": "captain", "cllr": "councillor", "cllr.": "councillor",
    "councilor": "councillor", "adv": "advocate", "adv.": "advocate", "const": "constable",
    "const.": "constable", "coun.": "councillor",
}
#: Title words (after TITLE_NORMAL) that name one public office, mapped to that office: "Sen." and
#: "Senator" are one office, "Rep." and "Congresswoman" another, "Leader" ("NDP Leader", "Senate
#: Majority Leader") a party's or a chamber's leader. Offices of government, parliament, the courts and
#: the crown as news puts them before names (AP style titles, hand-picked); words that also run through
#: free text ("general", "major", "chief", "director") are left out, descriptions are read too.
OFFICE_OF_TITLE_WORD: dict[str, str] = {
    "senator": "senator",
    "representative": "representative", "congressman": "representative", "congressmember": "representative",
    "assemblyman": "representative", "assemblywoman": "representative",
    "speaker": "speaker", "leader": "party leader",
    "mp": "mp", "mla": "mla", "mep": "mep",
    "councillor": "councillor", "councilman": "councillor", "councilwoman": "councillor",
    "president": "president", "premier": "premier", "prime": "premier", "chancellor": "chancellor",
    "minister": "minister", "secretary": "secretary",
    "governor": "governor", "mayor": "mayor",
    "judge": "judge", "justice": "judge", "magistrate": "judge",
    "prosecutor": "prosecutor", "sheriff": "sheriff",
    "ambassador": "ambassador", "envoy": "ambassador",
    "king": "monarch", "queen": "monarch", "monarch": "monarch", "emperor": "monarch", "empress": "monarch",
    "prince": "prince", "princess": "prince", "pope": "pope",
}
_LEGISLATORS = frozenset({"senator", "representative", "speaker", "mp", "mla", "mep", "councillor", "party leader"})
#: Role nouns that name an office (or, like "lawmaker", a family of them), mapped to every office whose
#: holder news may call by that role: "the senator" may be "Senate Majority Leader X", "the lawmaker"
#: any legislator, "the president" a "Russian leader", "the minister" a "Foreign Secretary". A role
#: not listed here ("the leader", "the candidate", "the official") names no particular office.
OFFICES_OF_ROLE: dict[str, frozenset[str]] = {
    "senator": frozenset({"senator", "party leader"}),
    "representative": frozenset({"representative", "speaker", "party leader"}),
    "congressman": frozenset({"representative", "speaker", "party leader"}),
    "lawmaker": _LEGISLATORS,
    "mp": frozenset({"mp", "speaker", "party leader", "premier", "minister", "secretary"}),
    "mla": frozenset({"mla", "speaker", "party leader", "premier", "minister"}),
    "mep": frozenset({"mep", "party leader"}),
    "councillor": frozenset({"councillor"}),
    "president": frozenset({"president", "party leader"}),
    "premier": frozenset({"premier", "party leader"}),
    "chancellor": frozenset({"chancellor", "party leader"}),
    "minister": frozenset({"minister", "premier", "secretary"}),
    "secretary": frozenset({"secretary", "minister"}),
    "governor": frozenset({"governor"}), "mayor": frozenset({"mayor"}),
    "judge": frozenset({"judge"}), "justice": frozenset({"judge"}), "magistrate": frozenset({"judge"}),
    "prosecutor": frozenset({"prosecutor"}), "sheriff": frozenset({"sheriff"}),
    "ambassador": frozenset({"ambassador"}), "envoy": frozenset({"ambassador"}),
    "king": frozenset({"monarch"}), "queen": frozenset({"monarch"}), "monarch": frozenset({"monarch"}),
    "emperor": frozenset({"monarch"}), "prince": frozenset({"prince"}), "princess": frozenset({"prince"}),
    "pope": frozenset({"pope"}),
}
#: Modifiers that put an office at another time than the article's ("the former congressman", "then-Gov.",
#: "the incoming mayor"): a person's present office does not rule such a role out, nor theirs it.
#: From the title lexicon's modifiers (data/titles.txt) that shift time, plus their common spellings.
OTHER_TIME_MODIFIERS = frozenset({"former", "ex", "ex-", "then", "then-", "retired", "incoming", "future",
                                  "onetime", "one-time", "erstwhile", "late"})
#: US states by the tags news writes after a lawmaker's name ("Sen. Jane Roe (R-Ky.)", "D-N.Y.", "R-Utah"),
#: keyed without full stops or spaces, lower-cased: AP style abbreviations, postal codes and the names.
STATE_OF_PARTY_TAG: dict[str, str] = {
    "al": "alabama", "ala": "alabama", "alabama": "alabama", "ak": "alaska", "alaska": "alaska",
    "az": "arizona", "ariz": "arizona", "arizona": "arizona", "ar": "arkansas", "ark": "arkansas",
    "arkansas": "arkansas", "ca": "california", "calif": "california", "cal": "california",
    "california": "california", "co": "colorado", "colo": "colorado", "colorado": "colorado",
    "ct": "connecticut", "conn": "connecticut", "connecticut": "connecticut", "de": "delaware",
    "del": "delaware", "delaware": "delaware", "fl": "florida", "fla": "florida", "florida": "florida",
    "ga": "georgia", "georgia": "georgia", "hi": "hawaii", "hawaii": "hawaii", "id": "idaho", "idaho": "idaho",
    "il": "illinois", "ill": "illinois", "illinois": "illinois", "in": "indiana", "ind": "indiana",
    "indiana": "indiana", "ia": "iowa", "iowa": "iowa", "ks": "kansas", "kan": "kansas", "kans": "kansas",
    "kansas": "kansas", "ky": "kentucky", "kentucky": "kentucky", "la": "louisiana", "louisiana": "louisiana",
    "me": "maine", "maine": "maine", "md": "maryland", "maryland": "maryland", "ma": "massachusetts",
    "mass": "massachusetts", "massachusetts": "massachusetts", "mi": "michigan", "mich": "michigan",
    "michigan": "michigan", "mn": "minnesota", "minn": "minnesota", "minnesota": "minnesota",
    "ms": "mississippi", "miss": "mississippi", "mississippi": "mississippi", "mo": "missouri",
    "missouri": "missouri", "mt": "montana", "mont": "montana", "montana": "montana", "ne": "nebraska",
    "neb": "nebraska", "nebraska": "nebraska", "nv": "nevada", "nev": "nevada", "nevada": "nevada",
    "nh": "new hampshire", "newhampshire": "new hampshire", "nj": "new jersey", "newjersey": "new jersey",
    "nm": "new mexico", "newmexico": "new mexico", "ny": "new york", "newyork": "new york",
    "nc": "north carolina", "northcarolina": "north carolina", "nd": "north dakota",
    "northdakota": "north dakota", "oh": "ohio", "ohio": "ohio", "ok": "oklahoma", "okla": "oklahoma",
    "oklahoma": "oklahoma", "or": "oregon", "ore": "oregon", "oregon": "oregon", "pa": "pennsylvania",
    "pennsylvania": "pennsylvania", "ri": "rhode island", "rhodeisland": "rhode island",
    "sc": "south carolina", "southcarolina": "south carolina", "sd": "south dakota",
    "southdakota": "south dakota", "tn": "tennessee", "tenn": "tennessee", "tennessee": "tennessee",
    "tx": "texas", "tex": "texas", "texas": "texas", "ut": "utah", "utah": "utah", "vt": "vermont",
    "vermont": "vermont", "va": "virginia", "virginia": "virginia", "wa": "washington", "wash": "washington",
    "washington": "washington", "wv": "west virginia", "wva": "west virginia", "westvirginia": "west virginia",
    "wi": "wisconsin", "wis": "wisconsin", "wisconsin": "wisconsin", "wy": "wyoming", "wyo": "wyoming",
    "wyoming": "wyoming",
}
#: Places whose offices news names by possession ("Ontario's finance minister", "the province's health
#: minister"), when the tagger misses the place: Canada's provinces and territories, the US states (the
#: names of the table above), and the common nouns for a jurisdiction. Lower-cased, spaces kept.
JURISDICTIONS = frozenset(
    """alberta ontario quebec manitoba saskatchewan yukon nunavut canada""".split()
    + ["british columbia", "new brunswick", "nova scotia", "prince edward island", "newfoundland and labrador",
       "newfoundland", "northwest territories", "b.c.", "p.e.i."]
    + list(set(STATE_OF_PARTY_TAG.values()))
    + "province state city country nation territory town municipality".split()
)
#: Words after a name that are part of it, not a new word ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
DETERMINERS = frozenset({"the", "a", "an"})
#: Dependents that belong to a speaker's mention, on either side of a common-noun head
#: ("a senior administration official", "sources familiar with the matter", "officials in Kyiv").
COMMON_NOUN_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "predet",
                              "flat", "case", "prep", "pobj", "npadvmod", "advmod", "hmod", "hyph"})
#: For proper names only material before the head, plus name suffixes after it.
PROPER_NOUN_RIGHT_DEPS = frozenset({"compound", "flat", "nummod"})
#: Never part of a mention: they go to ``description`` (appos) or are other clauses.
EXCLUDED_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "parataxis", "punct", "cc", "conj", "ccomp",
                           "xcomp", "dep", "mark", "prt", "aux", "neg"})
#: Parts of speech that end a title when walking left from a name.
TITLE_STOP_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PRON", "ADV", "PUNCT", "PART", "NUM"})
MAX_TITLE_TOKENS = 7
#: Online platforms that spaCy sm reads as people when they act ("Twitter said" tagged PERSON, "Facebook
#: said" untagged, so taken for a name): organisations, so that "she" or "he" never stands for one. The
#: largest platforms news names, hand-picked (not those that are common surnames or words, "Vine").
PLATFORM_NAMES = frozenset(
    "twitter facebook instagram youtube whatsapp snapchat tiktok reddit linkedin telegram tumblr pinterest "
    "google wikipedia".split()
)
#: Entity labels that name a speaker as an organisation, place or group.
NAMED_NON_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
#: Entity labels that make a token part of a proper name.
PROPER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART"})
#: Entity labels that are never part of a speaker mention.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})


def _data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of ``data/<name>``, fields stripped (blank lines and ``#`` comments left out)."""
    text = resources.files("quotes").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return [[field.strip() for field in line.split("\t")] for line in lines]


@lru_cache(maxsize=1)
def title_lexicon() -> dict[str, tuple[str, str | None]]:
    """``data/titles.txt`` as {lowercased word: (class, gender)}."""
    return {word.lower(): (kind, (rest[0] or None) if rest else None) for word, kind, *rest in _data_rows("titles.txt")}


@lru_cache(maxsize=1)
def abbreviated_titles() -> tuple[str, ...]:
    """The lexicon's title words that end in a full stop, as written ("Cpl.", "Coun.", "Lt.")."""
    return tuple(word for word, *_ in _data_rows("titles.txt") if word.endswith(".") and " " not in word)


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """``data/given_names.txt`` as {lower-cased given name: "m" | "f"}."""
    return {name.lower(): gender for name, gender in _data_rows("given_names.txt")}


def gender_of_given_name(word: str) -> str | None:
    """"m"/"f" for a given name that says it by itself ("John", "Mary"), else None."""
    return given_name_genders().get(word.lower())


def title_entry(word: str) -> tuple[str, str | None] | None:
    """(class, gender) of a title word ("honorific", "title" or "modifier"), or None."""
    return title_lexicon().get(word.lower().replace("’", "'"))


def title_class(word: str) -> str | None:
    """The class of a title word ("honorific", "title" or "modifier"; see :func:`title_entry`), or None."""
    entry = title_entry(word)
    return entry[0] if entry is not None else None


def gender_of_title(title: str | None) -> str | None:
    """"m"/"f" when a word of ``title`` says so ("Mr.", "congresswoman"), else None."""
    if not title:
        return None
    for word in title.split():
        entry = title_entry(word)
        if entry is not None and entry[1]:
            return entry[1]
    return None


def gender_of_description(description: str | None) -> str | None:
    """"m"/"f" when the description's own role word says so ("a spokeswoman for the ministry"). An
    honorific or a title before a name is someone else's ("a pollster for Mrs. Clinton", "an aide to
    Congressman Doe")."""
    words = (description or "").split()
    for at, word in enumerate(words):
        entry = title_entry(word)
        if entry is None or not entry[1] or entry[0] == "honorific":
            continue
        if at + 1 < len(words) and words[at + 1][:1].isupper():
            continue
        return entry[1]
    return None
