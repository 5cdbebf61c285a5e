"""Pure mention code: from a token to the words that name a speaker.

Nothing here remembers anything between calls: a mention span around a subject head ("Former Maryland
Gov. Martin O’Malley", "a senior administration official", "Putin and Suga"), the split of a person
mention into title and name, the comma-set appositive that describes a speaker, whether a noun phrase is
a definite role ("the Russian leader") and how salient a mention is in its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.speakers.appositives import is_closed
from quotes.speakers.org_names import name_end
from quotes.speakers.vocabulary import (
    COMMON_NOUN_DEPS,
    DETERMINERS,
    EXCLUDED_DEPS,
    MAX_TITLE_TOKENS,
    NAME_SUFFIXES,
    NAMING_VERBS,
    NUMERIC_LABELS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    PERSONAL_ORG_NOUNS,
    POSSESSIVE_MARKS,
    PRONOUNS,
    PROPER_LABELS,
    PROPER_NOUN_RIGHT_DEPS,
    RELATIVE_PRONOUNS,
    TITLE_NORMAL,
    TITLE_STOP_POS,
    gender_of_given_name,
    title_class,
    title_entry,
)
from quotes.syntax import NOMINAL_SUBJECT_DEPS

# ---------------------------------------------------------------------------- token tests


def is_pronoun(token: Token) -> bool:
    """A personal, deictic or (tagged as such) relative pronoun."""
    return token.lower_ in PRONOUNS or token.lower_ in RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT")


def is_relative_pronoun(token: Token) -> bool:
    """"who"/"which"/"that" opening a relative clause ("Smith, who said …")."""
    return token.lower_ in RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl"


def entity_at(token: Token) -> Span | None:
    """The named-entity span around ``token``, read from the token's IOB tags.

    Walks only the entity's own tokens: ``doc.ents`` rebuilds every entity of the document on each
    access, which made this quadratic on long documents."""
    if token.ent_iob_ in ("", "O") or token.ent_type == 0:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def is_proper(token: Token) -> bool:
    """Part of a name: inside a name-like entity, or an upper-case proper noun."""
    ent = entity_at(token)
    if ent is not None and ent.label_ in PROPER_LABELS:
        return True
    # spaCy sm tags some lower-case nouns PROPN ("foreign ministry"): a name starts upper-case.
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def is_parsed(token: Token) -> bool:
    """The token's sentence got a real parse (sentences without a cue get a flat stand-in tree)."""
    return token.pos_ != "X" or token.dep_ not in ("dep", "ROOT")


def salience(token: Token) -> int:
    """2 = subject of the main clause, 1 = other subject, 0 = anything else (objects, possessives)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ not in NOMINAL_SUBJECT_DEPS:
        return 0
    verb = token.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return 2 if verb.dep_ == "ROOT" else 1


def definite_role(head: Token) -> str | None:
    """The role noun of "the (Russian) leader"/"the company", or None.

    Singular, after "the", from the role lists; an organisation noun with a name before it ("the Trump
    campaign") names its organisation and is no role."""
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS"):
        return None
    lemma = head.lower_
    if lemma not in PERSON_ROLE_NOUNS and lemma not in ORG_ROLE_NOUNS:
        return None
    if not any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
        owner = possessor(head)
        named_owner = owner is not None and owner.lower_ not in PRONOUNS
        return lemma if named_owner and lemma in PERSON_ROLE_NOUNS else None
    if lemma in ORG_ROLE_NOUNS and any(t.i < head.i and is_proper(t) for t in head.subtree):
        return None
    return lemma


def possessor(head: Token) -> Token | None:
    """Whose role it is ("Grayson's spokeswoman"), or None."""
    return next((child for child in head.children if child.dep_ == "poss"), None)


def common_noun_kind(head: Token) -> str:
    """How a speaker named by a common noun is counted: "org" for organisation nouns ("Russia's foreign
    ministry"), "group" for plurals ("officials"), else "unnamed" ("a source")."""
    if head.lower_ in ORG_ROLE_NOUNS:
        return "org"
    return "group" if head.tag_ in ("NNS", "NNPS") else "unnamed"


def name_after_title(head: Token) -> Token | None:
    """The last word of the name after a title word the parse took for the head ("[Mr.] Trump said",
    "[Ambassador] Jane Roe said"), or None."""
    entry = title_entry(head.text)
    doc = head.doc
    if entry is None or entry[0] not in ("honorific", "title") or not head.text[:1].isupper():
        return None
    end = head.i + 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    return doc[end - 1] if end > head.i + 1 else name_after_joined_titles(head)


def name_after_joined_titles(head: Token) -> Token | None:
    """Two titles of one person joined before the name ("former Gov. and party Chairman Ed Rendell
    said"): the parse makes the first title the subject and the name its conjunct. Only a title (not
    an honorific: "the Governor and Mrs. Roe" are two people) may start the second."""
    doc = head.doc
    if title_class(head.text) != "title" or head.i + 1 >= len(doc) or doc[head.i + 1].lower_ not in ("and", "&"):
        return None
    for child in head.children:
        if child.dep_ == "conj" and child.i > head.i + 2 and child.ent_type_ == "PERSON" and any(
            title_class(t.text) == "title" for t in doc[head.i + 2:child.i]
        ):
            return child
    return None


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and title_entry(token.text) is None


def title_role(head: Token) -> str | None:
    """A capitalised title standing alone for a person ("Senator from Texas", "the Ambassador"): the
    role noun it stands for, or None."""
    entry = title_entry(head.text)
    if entry is None or entry[0] != "title" or not head.text[:1].isupper() or head.pos_ != "PROPN":
        return None
    if name_after_title(head) is not None:
        return None
    ent = entity_at(head)
    if ent is not None and ent.label_ == "PERSON":
        return None
    role = TITLE_NORMAL.get(head.lower_, head.lower_)
    return role if role in PERSON_ROLE_NOUNS else None


def name_in_role(head: Token) -> Token | None:
    """The head of a person's name that a role noun introduces, or None: an appositive ("Her lawyer,
    Maria Lopez, said"; "The network's business editor Jane Roe said") or a naming participle ("an
    agency official named Budi"; "The firm's CEO, Jane Roe, said"). The name, not the role, is who speaks."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in head.children:
        if child.dep_ == "appos" and _names_a_person(child):
            return child
        if child.dep_ == "acl" and child.lower_ in NAMING_VERBS:
            for named in child.children:
                if named.dep_ in ("oprd", "attr", "dobj", "xcomp") and _names_a_person(named):
                    return named
    return _name_after_employer(head)


def _name_after_employer(head: Token) -> Token | None:
    """"A spokeswoman for the ministry, Jane Doe, said": the parse hangs the name on the employer, but
    an organisation is no person, so the name is the role's. Not after a person ("a spokesman for
    the minister, Jane Doe": she may be the minister)."""
    if head.lower_ not in PERSON_ROLE_NOUNS:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "to")):
        for employer in (c for c in prep.children if c.dep_ == "pobj"):
            ent = entity_at(employer)
            if employer.lower_ in PERSON_ROLE_NOUNS or (ent is not None and ent.label_ == "PERSON"):
                continue
            named = next((c for c in employer.children if c.dep_ == "appos" and _names_a_person(c)), None)
            if named is not None and named.i > employer.i:
                return named
    return None


def _names_a_person(token: Token) -> bool:
    ent = entity_at(token)
    if ent is not None:
        return ent.label_ == "PERSON"
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def personal_org_owner(head: Token) -> Token | None:
    """Whose campaign or administration speaks ("his campaign", "Sanders's campaign"): the possessor,
    or None. A singular organisation noun of :data:`PERSONAL_ORG_NOUNS` with a possessive before it."""
    if head.pos_ != "NOUN" or head.lower_ not in PERSONAL_ORG_NOUNS or head.tag_ != "NN":
        return None
    return possessor(head)


def personal_org_name(person: str, noun: str) -> str:
    """"the Sanders campaign": a person's campaign or government as news names it (by the surname)."""
    return f"the {person.split()[-1]} {noun}"


# ---------------------------------------------------------------------------- mention spans


def mention_span(head: Token) -> Span:
    """The full mention of a subject head: modifiers, compounds, names with their titles and
    "X and Y" conjuncts; never relative clauses or appositives. Falls back to the named-entity
    span around the head when the parse splits a name."""
    return member_span(head, with_conjuncts=True)


def member_span(head: Token, *, with_conjuncts: bool) -> Span:
    """:func:`mention_span`, optionally without the "and Y" conjuncts (one member of a group)."""
    doc = head.doc
    if is_pronoun(head):
        return doc[head.i:head.i + 1]
    proper = is_proper(head)
    indices: set[int] = set()
    _collect(head, top_is_proper=proper, out=indices, top=True)
    for conj in conjuncts(head) if with_conjuncts else ():
        _collect(conj, top_is_proper=is_proper(conj), out=indices, top=True)
        for child in conj.head.children:
            if child.dep_ == "cc":
                indices.add(child.i)
        conj_ent = entity_at(conj)
        if conj_ent is not None:
            indices.update(range(conj_ent.start, conj_ent.end))
    ent = entity_at(head)
    if ent is not None and ent.label_ not in NUMERIC_LABELS:
        indices.update(range(ent.start, _joined_entity_end(ent)))
    start, end = _contiguous_run(doc, indices, head.i)
    if proper:
        start = min(start, title_start(doc, start))
    start, end = _trim(doc, start, end)
    return doc[start : name_end(doc, start, end)]  # an organisation's French name or "of" phrase


def _joined_entity_end(ent: Span) -> int:
    """Where a name the entity tagger broke after "and" or a comma really ends: "The Department of
    Fisheries and" + "Oceans" is one name when the next entity of the same label follows at once."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end - 1].lower_ in ("and", ",", "&"):
        following = entity_at(doc[end])
        if following is None or following.start != end or following.label_ != ent.label_:
            break
        end = following.end
    return end


def conjuncts(head: Token) -> list[Token]:
    """Nouns coordinated after ``head`` ("Putin and Suga" → [Suga]), in text order."""
    found: list[Token] = []
    stack = [head]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and child.i > head.i:
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


def _collect(token: Token, *, top_is_proper: bool, out: set[int], top: bool) -> None:
    out.add(token.i)
    for child in token.children:
        if not top and child.dep_ == "conj" and token.pos_ == child.pos_ == "PROPN":
            # a name listed inside the phrase: "a spokesperson for Immigration, Refugees and
            # Citizenship Canada", "officials in Ohio and Texas"
            _collect(child, top_is_proper=top_is_proper, out=out, top=False)
            continue
        if child.dep_ in EXCLUDED_DEPS:
            continue
        if child.dep_ == "case" and child.lower_ in POSSESSIVE_MARKS and top:
            continue  # "Putin's remarks": the mention is "Putin"
        if child.i < token.i:
            _collect(child, top_is_proper=top_is_proper, out=out, top=False)
        elif top and top_is_proper:
            if child.dep_ in PROPER_NOUN_RIGHT_DEPS:
                _collect(child, top_is_proper=top_is_proper, out=out, top=False)
        elif child.dep_ in COMMON_NOUN_DEPS:
            _collect(child, top_is_proper=top_is_proper, out=out, top=False)


def _contiguous_run(doc: Doc, indices: set[int], anchor: int) -> tuple[int, int]:
    """The run of ``indices`` around ``anchor``; a comma, hyphen or "and" between members fills a gap."""
    def filler(i: int) -> bool:
        return doc[i].text in (",", "-", "–", "&") or doc[i].dep_ == "cc"

    start = end = anchor
    while start - 1 >= 0 and (start - 1 in indices or (start - 2 in indices and filler(start - 1))):
        start -= 1
    while end + 1 < len(doc) and (end + 1 in indices or (end + 2 in indices and filler(end + 1))):
        end += 1
    return start, end + 1


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in POSSESSIVE_MARKS):
        end -= 1
    while start < end - 1 and doc[start].is_punct and doc[start].text not in ("-",):
        start += 1
    return start, end


# ---------------------------------------------------------------------------- titles and names


def title_start(doc: Doc, name_start: int) -> int:
    """Index where the title before a name begins (== ``name_start`` when there is none).

    Walks left over title words (lexicon) and, once a title word was seen, over qualifiers:
    modifiers ("former"), capitalised proper words ("Russian", "Cabinet", "Maryland") and, when the
    parse says so, noun compounds ("election law expert"). Stops at determiners, punctuation,
    possessives and verbs, so "Russia's Foreign Minister" gives "Foreign Minister".
    """
    tagged = doc.has_annotation("TAG")
    start = name_start
    seen_title = False
    j = name_start - 1
    while j >= 0 and name_start - j <= MAX_TITLE_TOKENS:
        token = doc[j]
        entry = title_entry(token.text)
        if token.is_sent_start and entry is None and not seen_title:
            break
        if entry is not None and entry[0] in ("honorific", "title"):
            start, seen_title = j, True
        elif entry is not None and entry[0] == "modifier" and seen_title:
            start = j
        elif seen_title and _title_qualifier(token, tagged):
            start = j
        else:
            break
        j -= 1
    return start


def _title_qualifier(token: Token, tagged: bool) -> bool:
    if token.is_punct or token.lower_ in POSSESSIVE_MARKS or token.lower_ in DETERMINERS:
        return False
    if tagged:
        if token.pos_ in TITLE_STOP_POS:
            return False
        if token.pos_ == "PROPN" or token.ent_type_ in ("NORP", "GPE", "ORG", "LOC"):
            return True
        return token.dep_ in ("compound", "amod") and token.pos_ in ("NOUN", "ADJ")
    return (token.is_title or token.is_upper) and not token.is_sent_start


@dataclass(frozen=True)
class NameParts:
    """Token ranges of a person mention: ``doc[title_start:name_start]`` is the title."""

    name_start: int
    name_end: int
    title_start: int

    def name(self, doc: Doc) -> str:
        return doc[self.name_start:self.name_end].text

    def title(self, doc: Doc) -> str | None:
        return doc[self.title_start:self.name_start].text or None

    def keys(self, doc: Doc) -> tuple[str, ...]:
        """Lower-cased name words without punctuation and trailing suffixes: what names are linked by."""
        words = [t.lower_ for t in doc[self.name_start:self.name_end] if not t.is_punct]
        while len(words) > 1 and words[-1] in NAME_SUFFIXES:
            words.pop()
        return tuple(words)


def name_parts(doc: Doc, start: int, end: int, head: Token) -> NameParts:
    """Split a person mention [start, end) into title and name around ``head``.

    The name is the PERSON entity at the head when NER found one (minus leading title words it
    sometimes swallows: "President Obama"), else the run of capitalised non-title words ending at
    the head; the title is what :func:`title_start` finds before the name.
    """
    ent = entity_at(head)
    if ent is not None and ent.label_ in ("PERSON", "ORG"):
        name_start, name_end = untagged_given_names(ent), ent.end
    else:
        name_start, name_end = head.i, head.i + 1
        while name_end < end and doc[name_end].lower_ in NAME_SUFFIXES:
            name_end += 1
        while (
            name_start - 1 >= start
            and _looks_like_name_word(doc[name_start - 1])
            and title_entry(doc[name_start - 1].text) is None
            and not doc[name_start - 1].is_punct
        ):
            name_start -= 1
    while name_end - 1 > name_start and (doc[name_end - 1].lower_ in POSSESSIVE_MARKS or doc[name_end - 1].is_punct):
        name_end -= 1
    while name_start < name_end - 1 and (
        doc[name_start].lower_ in DETERMINERS or title_entry(doc[name_start].text) is not None
    ):
        name_start += 1
    return NameParts(name_start, name_end, title_start(doc, name_start))


def untagged_given_names(ent: Span) -> int:
    """Where a person's name starts when the tagger left out the given name before it ("Marcel Gauthier"
    tagged as "Gauthier"): a known given name (``data/given_names.txt``), capitalised, joined to the
    name as a compound, with no entity of its own. Only known names: a capitalised word there is as
    often a title the lexicon lacks ("Whip", "Moderator") or a plural ("Senators")."""
    doc, start = ent.doc, ent.start
    word = doc[start - 1] if start > 0 else None
    if word is not None and ent.label_ == "PERSON" and word.is_title and not word.ent_type_ \
            and word.dep_ == "compound" and ent.start <= word.head.i < ent.end and gender_of_given_name(word.text):
        return start - 1
    return start


def _looks_like_name_word(token: Token) -> bool:
    return token.text[:1].isupper() or token.lower_ in NAME_SUFFIXES


def description(head: Token) -> str | None:
    """The appositive of ``head`` ("Medvedev, the deputy chairman of …, said") without its commas."""
    doc = head.doc
    for child in head.children:
        # Only comma/dash-set appositives: spaCy also calls "(R-Texas)" an appos, which is no description.
        opened = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text in (",", "—", "–")
        if child.dep_ == "appos" and opened and is_closed(child.right_edge):
            start, end = _trim(doc, child.left_edge.i, child.right_edge.i + 1)
            if text := doc[start:end].text.strip(" ,"):
                return text
    return None


def strip_possessive(text: str) -> str:
    """"Russia's" → "Russia"; "the Clintons'" → "the Clintons"."""
    return re.sub(r"(?:['’]s|['’])$", "", text.strip())


def org_key(name: str) -> str:
    """What makes two organisation names the same: lower case, no article, no possessive."""
    return re.sub(r"^(?:the|a|an)\s+", "", strip_possessive(name).lower())


#: Words an organisation's initials leave out ("Department of Veterans Affairs" → "DVA").
_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "du", "la"})


def acronym(name: str) -> str | None:
    """The letters of an acronym ("EDC", "U.N.", "IRCC"), or None for other names."""
    letters = strip_possessive(name).replace(".", "")
    if letters.lower().startswith("the "):
        letters = letters[4:]
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else None


def initials(name: str) -> str | None:
    """The initials of a name of three or more capitalised words ("Export Development Canada" → "EDC"),
    function words left out; None when any other word is lower case or the name is shorter."""
    words = [w for w in re.split(r"[\s-]+", strip_possessive(name)) if w and w.lower() not in _INITIALS_SKIP]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)
