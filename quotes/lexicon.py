"""Cue lexicon: the words that introduce what somebody said. One place, with where each list came from.

Sources:
- ``SPEECH_VERBS``: verbs of communication after Levin (1993), classes 37.1 (say/tell), 37.7
  (announce/claim), 37.3 (manner of speaking: shout, whisper) and 37.8 (complain), kept to those
  news reporters use, plus the cues that occur ≥ 5 times as attribution cues in PolNeAR train
  (counted by ``benchmarks/mine_cues.py``): e.g. tweet, post, testify, concede, acknowledge, insist,
  and the manner-of-speaking verbs reporters put after a quote ("“…,” Toomey fumed"; Levin 37.3),
  and the verbs of sending a written message ("“…,” she emailed her daughter", "he texted").
- ``SPEECH_NOUNS``: nominal forms used as ``X's statement that …`` / ``in a statement`` cues.
- ``EXCLUDED_VERBS``: attribution cues PolNeAR annotates that are *not* quotes (belief, perception,
  desire, appearance, evidence): we do not report them. Measured on PolNeAR train with
  ``benchmarks/mine_cues.py``: see README "Cue lexicon" for the share of gold they cover.
"""

from __future__ import annotations

import re

SPEECH_VERBS: frozenset[str] = frozenset(
    """
    say tell add state declare announce claim insist argue assert contend maintain explain note observe
    remark comment reply respond answer retort counter ask question wonder write tweet post blog testify
    report confirm deny acknowledge admit concede allege charge accuse warn caution predict promise
    pledge vow vouch swear suggest propose recommend urge demand call plead appeal complain lament
    protest object criticize criticise praise boast brag joke quip muse recall recount reiterate repeat
    stress emphasize emphasise underscore point conclude continue agree disagree concur reveal disclose
    divulge indicate signal hint tout proclaim affirm reaffirm shout yell scream whisper mutter cry
    exclaim murmur snap sigh grumble inform assure reassure advise notify brief estimate forecast
    counsel reason threaten mention cite read fume rage scoff gush rant sneer bark growl chuckle laugh
    groan moan sob stammer bellow roar hiss whine chant speculate theorize theorise posit clarify
    elaborate describe email text message
    """.split()
)

#: Nouns that carry an attribution: "X's statement that …", "in a statement", "according to X's report";
#: with the nouns of speech verbs that take a "that" clause ("his contention that …", "her suggestion
#: that …"), and the plurals of those that PolNeAR annotates in the plural too ("warnings from X that
#: …"; not "accusations", mostly left unannotated there).
SPEECH_NOUNS: frozenset[str] = frozenset(
    """
    statement remarks remark comment comments claim claims announcement assertion declaration testimony
    interview speech briefing tweet post letter op-ed editorial warning promise pledge vow argument
    accusation allegation contention admission suggestion insistence prediction
    warnings promises pledges vows allegations assertions admissions predictions suggestions
    """.split()
)

#: Speech verbs whose direct object names what was said ("announced new measures", "questioned his
#: temperament", "cited the Head Start program"): Levin's announce (37.7) and reveal/mention verbs and
#: the object-taking speech verbs of ``SPEECH_VERBS``. Left out after counting on PolNeAR train: verbs
#: whose object is mostly a thing made or done rather than words (write a book, post a clip, read a
#: decision, pledge support, claim victory, charge a fee, confirm nominees, deny entry, answer a call,
#: report profits) and the verbs whose object is the addressee (tell, ask, urge, advise, inform).
OBJECT_CUES: frozenset[str] = frozenset(
    """
    announce propose reveal disclose acknowledge admit mention recall repeat reiterate echo
    tweet question promise predict vow demand stress emphasize emphasise underscore note explain
    declare say suggest recommend concede allege tout cite testify
    """.split()
)

#: Speech verbs whose direct object is the person or outlet spoken to ("told MailOnline", "assured
#: voters"): Levin's tell verbs (37.2) and advise verbs (37.9), kept to those of ``SPEECH_VERBS``.
#: Such an object is never the speaker.
ADDRESSEE_VERBS: frozenset[str] = frozenset("tell inform assure reassure notify brief advise".split())

#: Verbs that attribute a quoted phrase inside their complement to their subject without being verbs
#: of saying: naming ("branded him a “loser”"; Levin 29.3 dub verbs, 29.2 characterize verbs) and
#: judging ("credited Merkel with holding “the continent together”"; Levin 33 judgment verbs), kept to
#: those news reporters use, plus "slam", "blast" and "refer", frequent cues of partial quotes in
#: PolNeAR train. The second part: verbs of acts done in words about a thing, that news uses for
#: praise and verbal attack ("lambasted the agency's “reckless” spending"; Levin 33 judgment verbs not
#: above, and "rip", "knock", "hammer", "bash", "trash", "lash", "rail", "skewer", "pan" in their
#: reporting sense) and for advocating or rejecting a proposal ("rejected the offer of a “modest”
#: raise", "endorsed the candidates “who …”": promote/champion/endorse, reject/rebuff/dispute/refute,
#: defend/downplay), and the verdict verbs "deem" and "rate" ("rated both claims “false”"; Levin
#: 29.4). A quoted phrase in their object is the subject's words far more often than not on PolNeAR
#: train; verbs of citing a source ("invoked", "quoted", "echoed") are not among them.
PHRASE_VERBS: frozenset[str] = frozenset(
    """
    label dub brand term nickname pronounce characterize characterise portray depict cast define bill
    blame credit hail slam blast deride denounce decry dismiss mock ridicule condemn applaud thank
    castigate chastise fault rebuke scold refer liken compare
    celebrate commend salute laud lambaste assail berate excoriate skewer pan rip knock hammer bash trash lash rail
    disparage belittle trumpet herald champion promote pitch endorse reject rebuff dispute refute defend downplay
    embrace welcome deem rate
    """.split()
)

#: Verbs of judging somebody for something ("criticized the mayor for cutting …", "praised her for …",
#: "blasted the agency for its …"): Levin's judgment verbs (33) that news reporters use, plus verbs of
#: attacking in words ("blast", "slam", "lambaste", "assail"). PolNeAR annotates the person judged and
#: the "for" phrase together as what was said.
JUDGMENT_VERBS: frozenset[str] = frozenset(
    """
    criticize criticise praise blame fault mock ridicule scold chide rebuke chastise castigate berate
    condemn denounce applaud commend congratulate hail laud thank blast slam lambaste assail attack
    """.split()
)
#: Verbs of judging whose bare object is what was said when no "for" phrase follows ("criticized the
#: new toll", "praised Mayor Jane Roe": PolNeAR annotates the object alone, looked at on train): all of
#: ``JUDGMENT_VERBS`` but "attack", which news uses for violence and military action as often as for
#: words ("attacked the base").
BARE_JUDGMENT_VERBS: frozenset[str] = JUDGMENT_VERBS - {"attack"}
#: The prepositions that say what a verb of judging judges for ("criticized the mayor for cutting …",
#: "slammed the board over its handling of …"): the rule (``quotes.rules.objects``) and the gate read them.
JUDGMENT_PREPOSITIONS: frozenset[str] = frozenset({"for", "over"})

#: Belief/perception/desire/appearance cues that PolNeAR marks as attributions but that are not
#: something said: "He thinks the plan will fail" is not a quote. Kept here so the choice is visible.
EXCLUDED_VERBS: frozenset[str] = frozenset(
    """
    think believe feel know see seem appear show find want wish hope expect fear worry doubt suspect
    assume guess imagine consider view regard plan intend learn hear understand realize realise
    """.split()
)

_IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "forecast": ("forecasts", "forecasting"),
    "cry": ("cries", "cried", "crying"),
    "reply": ("replies", "replied", "replying"),
    "testify": ("testifies", "testified", "testifying"),
    "deny": ("denies", "denied", "denying"),
    "theorize": ("theorizes", "theorized", "theorizing"),
    "read": ("reads", "reading"),
    "sob": ("sobs", "sobbed", "sobbing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "begin": ("begins", "began", "begun", "beginning"),
    "keep": ("keeps", "kept", "keeping"),
    "go": ("goes", "went", "gone", "going"),
    "send": ("sends", "sent", "sending"),
    "run": ("runs", "ran", "running"),
    "give": ("gives", "gave", "given", "giving"),
    "make": ("makes", "made", "making"),
    "hold": ("holds", "held", "holding"),
}


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return (lemma + "s", lemma + "d", stem + "ing")
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return (lemma + "es", lemma + "ed", lemma + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    doubled = lemma + lemma[-1] if lemma in _DOUBLING else lemma
    return (lemma + "s", doubled + "ed", doubled + "ing")


#: Verbs that double their final consonant (admit → admitted, quip → quipped).
_DOUBLING = frozenset(
    {"admit", "quip", "snap", "concur", "brag", "plan", "commit", "prefer", "refer", "slam", "submit"}
)


def _build_forms(lemmas: frozenset[str]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma in lemmas:
        forms[lemma] = lemma
        for form in _IRREGULAR_FORMS.get(lemma) or _regular_forms(lemma):
            forms.setdefault(form, lemma)
    return forms


def inflected_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Every form of these verbs (the lemma, its regular and irregular inflections), to match words
    without the lemmatizer, which the parse does not run."""
    return frozenset(_build_forms(lemmas))


#: Every inflected form of a speech verb → its lemma. Used instead of the lemmatizer (which we
#: do not run) and as the cheap pre-filter that decides whether a paragraph is worth parsing.
SPEECH_VERB_FORMS: dict[str, str] = _build_forms(SPEECH_VERBS)
EXCLUDED_VERB_FORMS: dict[str, str] = _build_forms(EXCLUDED_VERBS)
PHRASE_VERB_FORMS: dict[str, str] = _build_forms(PHRASE_VERBS)
JUDGMENT_VERB_FORMS: dict[str, str] = _build_forms(JUDGMENT_VERBS)

#: Speech verbs that report what was talked about through a preposition ("wrote about his time in the
#: army", "complained of the imbalance", "commented on the decision"): the complain (37.8) and
#: manner-of-speaking verbs among ``SPEECH_VERBS`` that take "about", "of" or "on". "speak" itself is no
#: cue: as one it lowered speech F1 on PolNeAR train (it mostly names an appearance, "spoke at a rally").
TOPIC_CUES: frozenset[str] = frozenset(
    """
    ask comment write complain boast brag joke testify tweet post warn question rant muse
    speculate remark
    """.split()
)
TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"about", "of", "on"})

#: Verbs of talking (Levin 37.5, talk verbs): no cue alone ("spoke at a rally", "talks with donors"),
#: but with an "about" or "of" phrase they report what was talked about ("talked about the wall",
#: "spoke briefly about the need for …", "spoke warmly of her mentor"), as PolNeAR annotates them.
TALK_VERB_FORMS: dict[str, str] = _build_forms(frozenset({"talk", "speak"}))
#: The prepositions that make a verb of talking a cue ("talked about the wall", "spoke of his faith").
TALK_PREPOSITIONS: frozenset[str] = frozenset({"about", "of"})

#: Speech verbs that report a demand through "for" ("called for a ban on …", "is calling for the city to
#: act"): the object of "for" is what was demanded, as PolNeAR annotates it. Only "call": "pushed for",
#: "pressed for" name lobbying more often than words.
DEMAND_CUES: frozenset[str] = frozenset({"call"})
DEMAND_PREPOSITION = "for"

#: Verbs of going on with an act ("continued to insist that …", "went on to say …", "began to argue
#: …"): the speech verb in their to-infinitive was said by their subject, unlike after verbs of wanting,
#: refusing or planning ("declined to say", "plans to announce"), which stay out.
ASPECTUAL_VERB_FORMS: dict[str, str] = _build_forms(
    frozenset({"continue", "begin", "start", "keep", "proceed", "resume", "go"})
)

#: Verbs whose subject puts out their object ("filed a lawsuit", "released an ad"), unlike those
#: whose subject only meets it ("received a letter", "cited a report"); hand-picked from news usage.
ISSUING_VERB_FORMS: frozenset[str] = inflected_forms(
    frozenset("issue release file send write publish post run air launch unveil sign draft submit place circulate"
              .split())
)

#: Speech nouns that are no verb form: they make a cue only as "X's claim that …" (the noun-clause rule
#: in ``quotes.rules``), so without a later "that" they need no parse.
NOUN_ONLY_CUES: frozenset[str] = SPEECH_NOUNS - frozenset(SPEECH_VERB_FORMS)

#: Forms of "make" that, with "clear", make a cue: "made (it) clear that …" (``quotes.rules.multiword``).
MAKE_FORMS = frozenset({"make", "makes", "made", "making"})

#: Words that alone make text worth a full parse (besides quote marks): every speech-verb form, less
#: forms that are nearly always nouns in news text and would send most paragraphs to the parser for
#: nothing ("the United States", "state officials", "the text of the bill"). Nouns and "according" count
#: only in company
#: (see :func:`may_hold_cue`).
GATING_CUE_WORDS: frozenset[str] = frozenset(SPEECH_VERB_FORMS) - {
    "state", "states", "text", "texts", "message", "messages"
}

_WORD = re.compile(r"[A-Za-z]+")

#: A short capitalised label, its colon and the space after it at a paragraph's start, also after the
#: opening mark of a transcript quoted turn by turn (""WALLACE: …"); the labelled-headline test of
#: ``quotes.segments`` builds on it too.
LABEL_PREFIX = r"^[\"“]?(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*:\s+"
#: "Trump: My plans aren't set in stone." / "Q: And the wall?" / "FALLIN: I think …": a paragraph that
#: opens with a label and a colon gives the label's words (headline and transcript style).
#: ``quotes.rules.labels`` decides whether the label is a speaker.
LABEL_INTRO = re.compile(LABEL_PREFIX + r"\S")


def may_hold_cue(text: str) -> bool:
    """Could the rules find a cue in ``text``? The cheap test that decides what gets parsed.

    A cue verb form anywhere; "according" only before "to"; a speech noun only before a "that" or
    right before "to" (the only ways the rules read a noun). Each condition mirrors what the rules
    require, so text that fails it could not yield a reported-speech record anyway.
    """
    if LABEL_INTRO.match(text):
        return True
    words = [word.lower() for word in _WORD.findall(text)]
    last_that = max((i for i, word in enumerate(words) if word == "that"), default=-1)
    for i, word in enumerate(words):
        if word in GATING_CUE_WORDS:
            return True
        if word in TALK_VERB_FORMS and TALK_PREPOSITIONS.intersection(words[i + 1 : i + 12]):
            return True  # "talked (openly on the radio) about …"
        if word in JUDGMENT_VERB_FORMS and JUDGMENT_VERB_FORMS[word] in BARE_JUDGMENT_VERBS:
            return True  # "criticized the new toll"
        if word in JUDGMENT_VERB_FORMS and JUDGMENT_PREPOSITIONS.intersection(words[i + 2 : i + 14]):
            return True  # "attacked (the agency on Monday) for …"
        if word == "according" and i + 1 < len(words) and words[i + 1] == "to":
            return True
        if word in FINDING_VERB_FORMS and FINDING_SUBJECTS.intersection(words[max(0, i - 8) : i]):
            return True  # "The (2023) audit (of the program) found …"
        if word in NOUN_ONLY_CUES and (i < last_that or words[i + 1 : i + 2] == ["to"]):
            return True  # "his statement that …", or a noun's infinitive that may hold quoted words
        if word == "clear" and i < last_that and i and (words[i - 1] in MAKE_FORMS or words[i - 1] == "it"):
            return True  # "made (it) clear that …"
    return False


#: The verb with which a study, poll or inquiry reports what it found ("The audit found that …"): not a
#: verb of saying (a person who "found that" came to know it), but what a writing finds is its content,
#: as PolNeAR annotates it. ("The report shows …" stays out: "show" is a verb of appearance.)
FINDING_VERB_FORMS: frozenset[str] = frozenset("find finds found finding".split())
#: Subjects whose finding is reported content: writings and counts that report findings, and the
#: people and bodies that make them (hand-picked from news usage of "found that").
FINDING_SUBJECTS: frozenset[str] = frozenset(
    """
    report reports study studies survey surveys poll polls audit audits review analysis investigation
    investigations inquiry probe research researchers investigators auditor auditors jury panel data
    """.split()
)


def reports_finding(subject: str, verb: str) -> bool:
    """ "The report found …", "a new poll finds …": a finding verb whose subject's head noun is one of
    :data:`FINDING_SUBJECTS`."""
    return verb.lower() in FINDING_VERB_FORMS and subject.lower() in FINDING_SUBJECTS


def speech_lemma(word: str) -> str | None:
    """The speech-verb lemma of an inflected form ("told" → "tell"), or None."""
    return SPEECH_VERB_FORMS.get(word.lower())


# ------------------------------------------------------------------------------- pointing back

#: A paragraph opening that points back at the words before it and names who said them: "That was the
#: message from Jane Roe", "So says Jane Roe", "That's according to Jane Roe", "That's how Jane Roe put
#: it", or a feature's "That is Jane Roe, 71, who …" (``quotes.rules.pointers``). The phrases news
#: writing uses for this turn, collected by hand from Canadian and US broadcast and wire style and from
#: Canadian newspaper features.

_THAT_WAS = r"(?:That|This|Those|These)(?:\s+(?:is|was|are|were)|['’]s)"
#: What the pointer calls the words it points back at.
_WORDS_NOUNS = r"(?:message|word|words|warning|advice|verdict|assessment|view|plea|promise|reaction|response)"
#: The opening of a pointing paragraph; the named group that matched (``noun``, ``according``, ``verb``,
#: ``so``, ``be``/``be_short`` for "That is X") is the word that stands as the quote's cue, and the
#: match ends where the speaker's name starts.
POINTER = re.compile(
    rf"^(?:"
    rf"{_THAT_WAS}\s+(?:the|a)\s+(?:\w+\s+)?(?P<noun>{_WORDS_NOUNS})\s+(?:from|of)\s+"
    rf"|{_THAT_WAS}\s+(?P<according>according)\s+to\s+"
    rf"|{_THAT_WAS}\s+(?:how|what)\s+(?=\S+(?:\s+\S+){{0,6}}\s+(?P<verb>said|says|put\s+it|told|described\s+it)\b)"
    rf"|So\s+(?P<so>says|said)\s+"
    rf"|(?:That|This)(?:\s+(?P<be>is|was)|(?P<be_short>['’]s))\s+(?=[A-Z])"
    rf")"
)


def points_back(text: str) -> re.Match[str] | None:
    """The pointer opening ``text`` (a paragraph), or None."""
    return POINTER.match(text)
