"""Who the speaker really is: mention spans, canonical names, titles and rule-based coreference.

The extractor finds a cue and its subject token; :class:`SpeakerResolver` turns that token into a
:class:`Speaker`. One resolver per article: ``observe`` every paragraph doc in text order (it registers
named entities, titles, appositives and name links), then ``resolve`` that paragraph's cue subjects.

Decisions (kept here so they are visible):
- ``name`` of a person is the longest full name seen *so far* ("Kato" → "Katsunobu Kato"); titles and
  honorifics before the name go to ``title`` as written ("Russian President", "Chief Cabinet
  Secretary", "Mr."), a possessive "'s" is never part of a name. ``final`` re-reads a speaker against
  the whole article's registry (a full name that only appears later).
- Organisations, places, groups and unnamed sources are named as written ("the White House",
  "officials", "a source"); their ``kind`` is "org", "group" (plural) or "unnamed" (singular).
- Pronouns (he/she/they/it) take the nearest compatible earlier mention: the sentence of the pronoun
  first, then earlier sentences and paragraphs; in each sentence main-clause subjects, then other
  subjects, then other mentions. Names inside quotation marks are a last resort (the speaker talks
  *about* them; on PolNeAR this was the most common wrong antecedent).
  Gender comes only from the text: honorifics and gendered titles (``data/titles.txt``) and earlier
  he/she resolved to the same person. No first-name list: unknown gender fits both he and she.
- A definite role NP ("the Russian leader", "the spokesman", "the company") takes the most recent
  earlier entity whose title/description shares the role word or a modifier, else the most recent
  person (org) subject; with no candidate it is reported as written (kind "unnamed").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import speech_lemma
from quotes.parsing import doc_text

# ---------------------------------------------------------------------------- rule tables

#: Personal pronouns a cue subject can be, with what they may refer to.
PERSON_PRONOUNS: dict[str, str | None] = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = frozenset({"they", "them"})
THING_PRONOUNS = frozenset({"it"})
#: Speaker pronouns with no antecedent in the text (the writer, the reader, the quoted speaker).
DEICTIC_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "one", "someone", "somebody", "anyone", "nobody"})
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
    """.split()
)
#: Role nouns that point back to an organisation ("the company said").
ORG_ROLE_NOUNS = frozenset(
    """
    company firm ministry agency government department campaign organization organisation group
    committee party bank court council network newspaper paper website union foundation institute
    university club team board commission office corporation carrier airline manufacturer retailer
    automaker regulator
    """.split()
)
#: Abbreviated or variant titles mapped to the role noun they stand for (matching "the senator"
#: against "Sen. Marco Rubio").
TITLE_NORMAL: dict[str, str] = {
    "sen.": "senator", "sens.": "senator", "rep.": "representative", "reps.": "representative",
    "gov.": "governor", "govs.": "governor", "gen.": "general", "adm.": "admiral", "pres.": "president",
    "sec.": "secretary", "amb.": "ambassador", "atty.": "attorney", "congressman": "congressman",
    "chief": "chief", "spokeswoman": "spokesman", "spokesperson": "spokesman", "chairwoman": "chairman",
    "chair": "chairman", "congresswoman": "congressman", "front-runner": "frontrunner",
}
#: Words after a name that are part of it, not a new word ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
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


@lru_cache(maxsize=1)
def title_lexicon() -> dict[str, tuple[str, str | None]]:
    """``data/titles.txt`` as {lowercased word: (class, gender)}."""
    table: dict[str, tuple[str, str | None]] = {}
    text = resources.files("quotes").joinpath("data/titles.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        gender = parts[2].strip() if len(parts) > 2 and parts[2].strip() else None
        table[parts[0].strip().lower()] = (parts[1].strip(), gender)
    return table


def _title_entry(word: str) -> tuple[str, str | None] | None:
    return title_lexicon().get(word.lower().replace("’", "'"))


# ---------------------------------------------------------------------------- records

@dataclass(frozen=True)
class Speaker:
    """A resolved speaker; offsets are raw-text offsets of ``mention``."""

    name: str | None
    mention: str
    start: int
    end: int
    title: str | None
    description: str | None
    #: "person" | "org" | "group" | "unnamed" | "pronoun" (resolved or not) | "role" (resolved role NP)
    kind: str


@dataclass
class _Entity:
    """One person/organisation/group in the article; mutable while the article is read."""

    id: int
    kind: str  # person | org | place | group
    name: str
    keys: tuple[str, ...] = ()  # lowercased name tokens without suffixes (persons)
    title: str | None = None
    description: str | None = None
    gender: str | None = None


@dataclass(frozen=True)
class _Mention:
    entity: int
    para: int
    sent: int
    start: int
    #: 2 = subject of the main clause, 1 = other subject, 0 = anything else (objects, possessives).
    salience: int
    #: Inside quotation marks: a name the speaker mentions is rarely what a later "he" points at.
    quoted: bool


@dataclass
class _Paragraph:
    index: int
    sent_starts: list[int] = field(default_factory=list)  # token indices of sentence starts
    quoted: list[tuple[int, int]] = field(default_factory=list)  # doc-local char ranges inside “…”


# ---------------------------------------------------------------------------- spans

def _is_pronoun(token: Token) -> bool:
    return token.lower_ in PRONOUNS or token.lower_ in RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT")


def _entity_at(token: Token) -> Span | None:
    if token.ent_iob_ in ("", "O"):
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _is_proper(token: Token) -> bool:
    ent = _entity_at(token)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART"):
        return True
    # spaCy sm tags some lower-case nouns PROPN ("foreign ministry"): a name starts upper-case.
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _collect(token: Token, *, top_is_proper: bool, out: set[int], top: bool) -> None:
    out.add(token.i)
    for child in token.children:
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


def _conjuncts(head: Token) -> list[Token]:
    found: list[Token] = []
    stack = [head]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and child.i > head.i:
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


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


def _title_start(doc: Doc, name_start: int) -> int:
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
        entry = _title_entry(token.text)
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


def mention_span(head: Token) -> Span:
    """The full mention of a subject head: modifiers, compounds, names with their titles and
    "X and Y" conjuncts; never relative clauses or appositives. Falls back to the named-entity
    span around the head when the parse splits a name."""
    return _mention_span(head, with_conjuncts=True)


def _mention_span(head: Token, *, with_conjuncts: bool) -> Span:
    doc = head.doc
    if _is_pronoun(head):
        return doc[head.i:head.i + 1]
    proper = _is_proper(head)
    indices: set[int] = set()
    _collect(head, top_is_proper=proper, out=indices, top=True)
    for conj in _conjuncts(head) if with_conjuncts else ():
        _collect(conj, top_is_proper=_is_proper(conj), out=indices, top=True)
        for child in conj.head.children:
            if child.dep_ == "cc":
                indices.add(child.i)
        conj_ent = _entity_at(conj)
        if conj_ent is not None:
            indices.update(range(conj_ent.start, conj_ent.end))
    ent = _entity_at(head)
    if ent is not None and ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"):
        indices.update(range(ent.start, ent.end))
    start, end = _contiguous_run(doc, indices, head.i)
    if proper:
        start = min(start, _title_start(doc, start))
    start, end = _trim(doc, start, end)
    return doc[start:end]


# ---------------------------------------------------------------------------- name parts

@dataclass(frozen=True)
class _NameParts:
    name_start: int
    name_end: int
    title_start: int

    def name(self, doc: Doc) -> str:
        return doc[self.name_start:self.name_end].text

    def title(self, doc: Doc) -> str | None:
        return doc[self.title_start:self.name_start].text or None


def _name_parts(doc: Doc, start: int, end: int, head: Token) -> _NameParts:
    """Split a person mention [start, end) into title and name around ``head``.

    The name is the PERSON entity at the head when NER found one (minus leading title words it
    sometimes swallows: "President Obama"), else the run of capitalised non-title words ending at
    the head; the title is what ``_title_start`` finds before the name.
    """
    ent = _entity_at(head)
    if ent is not None and ent.label_ in ("PERSON", "ORG"):
        name_start, name_end = ent.start, ent.end
    else:
        name_start, name_end = head.i, head.i + 1
        while name_end < end and doc[name_end].lower_ in NAME_SUFFIXES:
            name_end += 1
        while (
            name_start - 1 >= start
            and _looks_like_name_word(doc[name_start - 1])
            and _title_entry(doc[name_start - 1].text) is None
            and not doc[name_start - 1].is_punct
        ):
            name_start -= 1
    while name_end - 1 > name_start and (doc[name_end - 1].lower_ in POSSESSIVE_MARKS or doc[name_end - 1].is_punct):
        name_end -= 1
    while name_start < name_end - 1 and (
        doc[name_start].lower_ in DETERMINERS or _title_entry(doc[name_start].text) is not None
    ):
        name_start += 1
    return _NameParts(name_start, name_end, _title_start(doc, name_start))


def _looks_like_name_word(token: Token) -> bool:
    return token.text[:1].isupper() or token.lower_ in NAME_SUFFIXES


def _name_keys(doc: Doc, parts: _NameParts) -> tuple[str, ...]:
    words = [t.lower_ for t in doc[parts.name_start:parts.name_end] if not t.is_punct]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return tuple(words)


def _gender_of_title(title: str | None) -> str | None:
    if not title:
        return None
    for word in title.split():
        entry = _title_entry(word)
        if entry is not None and entry[1]:
            return entry[1]
    return None


def _description(head: Token) -> str | None:
    """The appositive of ``head`` ("Medvedev, the deputy chairman of …, said") without its commas."""
    doc = head.doc
    for child in head.children:
        # Only comma/dash-set appositives: spaCy also calls "(R-Texas)" an appos, which is no description.
        if child.dep_ == "appos" and child.left_edge.i > 0 and doc[child.left_edge.i - 1].text in (",", "—", "–"):
            span = head.doc[child.left_edge.i:child.right_edge.i + 1]
            start, end = _trim(head.doc, span.start, span.end)
            text = head.doc[start:end].text.strip(" ,")
            if text:
                return text
    return None


def _role_words(text: str | None) -> set[str]:
    if not text:
        return set()
    words = set()
    for word in re.findall(r"[\w.’'-]+", text.lower()):
        words.add(TITLE_NORMAL.get(word, word.rstrip(".")))
    return words


# ---------------------------------------------------------------------------- resolver

class SpeakerResolver:
    """One per article. Feed paragraphs in text order; resolve mentions as you go."""

    def __init__(self) -> None:
        self._entities: list[_Entity] = []
        self._mentions: list[_Mention] = []
        self._paragraphs: dict[int, _Paragraph] = {}
        self._spans: dict[tuple[int, int], int] = {}  # raw mention span → entity id
        self._seen_mentions: set[tuple[int, int]] = set()

    # ------------------------------------------------------------------ observe

    def observe(self, doc: Doc, *, base: int) -> None:
        """Register the PERSON/ORG/GPE/NORP entities, titles, appositives and plural subjects of a paragraph."""
        if base in self._paragraphs:
            return
        para = _Paragraph(
            len(self._paragraphs),
            [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0],
            _quoted_ranges(doc_text(doc)),
        )
        self._paragraphs[base] = para
        parsed = doc.has_annotation("DEP")
        for ent in doc.ents:
            label = ent.label_
            if label == "ORG" and self._org_is_person(doc, ent):
                label = "PERSON"
            if label == "PERSON":
                parts = _name_parts(doc, ent.start, ent.end, ent.root)
                entity = self._person(doc, parts, _description(ent.root) if parsed else None)
            elif label in ("ORG", "GPE"):
                entity = self._organisation(_strip_possessive(ent.text), "org" if label == "ORG" else "place")
            elif label == "NORP" and ent[-1].lower_.endswith("s") and ent[-1].tag_ in ("NNPS", "NNS", ""):
                entity = self._organisation(_strip_possessive(ent.text), "group")
            else:
                continue
            self._add_mention(entity, ent, base, salience=_salience(ent.root) if parsed else 0)
        if parsed:
            for token in doc:
                # Plural subjects of speech verbs ("Officials said …") are antecedents for "they";
                # other plural subjects ("the talks stalled") are not speakers.
                if (
                    token.dep_ in SUBJECT_DEPS
                    and token.tag_ == "NNS"
                    and token.pos_ == "NOUN"
                    and speech_lemma(token.head.text) is not None
                ):
                    span = mention_span(token)
                    entity = self._organisation(span.text, "group")
                    self._add_mention(entity, span, base, salience=_salience(token))

    def _org_is_person(self, doc: Doc, ent: Span) -> bool:
        """spaCy sm often tags an unfamiliar surname as ORG ("Suga"); a person title or a known
        person's surname says otherwise."""
        if len(ent) > 3:
            return False
        before = _title_entry(doc[ent.start - 1].text) if ent.start > 0 else None
        if before is not None and before[0] in ("honorific", "title"):
            return True
        last = _strip_possessive(ent.text).split()[-1].lower() if ent.text.strip() else ""
        return any(e.kind == "person" and e.keys and e.keys[-1] == last for e in self._entities)

    def _person(self, doc: Doc, parts: _NameParts, description: str | None) -> _Entity:
        keys = _name_keys(doc, parts)
        name = parts.name(doc)
        title = parts.title(doc)
        entity = self._link_person(keys)
        if entity is None:
            entity = _Entity(len(self._entities), "person", name, keys)
            self._entities.append(entity)
        elif len(keys) > len(entity.keys) or (len(keys) == len(entity.keys) and len(name) > len(entity.name)):
            entity.name, entity.keys = name, keys  # the longest full name seen so far
        if title:
            entity.title = entity.title if entity.title and len(entity.title) >= len(title) else title
            entity.gender = entity.gender or _gender_of_title(title)
        if description and not entity.description:
            entity.description = description
            entity.gender = entity.gender or _gender_of_title(description)
        return entity

    def _link_person(self, keys: tuple[str, ...]) -> _Entity | None:
        """The earlier person these name words refer to, most recently mentioned first.

        Same words; a single word equal to a known surname (then first name); a full name whose
        surname is a known single-word name; a full name with the same first and last words.
        """
        if not keys:
            return None
        persons = self._persons_by_recency()
        for entity in persons:
            if entity.keys == keys:
                return entity
        if len(keys) == 1:
            for position in (-1, 0):
                for entity in persons:
                    if entity.keys and entity.keys[position] == keys[0]:
                        return entity
            return None
        for entity in persons:
            if len(entity.keys) == 1 and entity.keys[0] == keys[-1]:
                return entity
            if len(entity.keys) > 1 and entity.keys[0] == keys[0] and entity.keys[-1] == keys[-1]:
                return entity
        return None

    def _persons_by_recency(self) -> list[_Entity]:
        last_seen: dict[int, int] = {}
        for mention in self._mentions:
            last_seen[mention.entity] = max(last_seen.get(mention.entity, -1), mention.start)
        persons = [e for e in self._entities if e.kind == "person"]
        return sorted(persons, key=lambda e: last_seen.get(e.id, -1), reverse=True)

    def _organisation(self, name: str, kind: str) -> _Entity:
        key = _org_key(name)
        for entity in reversed(self._entities):
            if entity.kind == kind and _org_key(entity.name) == key:
                return entity
        entity = _Entity(len(self._entities), kind, name)
        self._entities.append(entity)
        return entity

    def _add_mention(self, entity: _Entity, span: Span, base: int, *, salience: int) -> None:
        key = (span.start_char + base, span.end_char + base)
        self._spans[key] = entity.id
        if key in self._seen_mentions:
            return
        self._seen_mentions.add(key)
        para = self._paragraphs[base]
        sent = bisect.bisect_right(para.sent_starts, span.start) - 1
        quoted = any(start <= span.start_char < end for start, end in para.quoted)
        self._mentions.append(_Mention(entity.id, para.index, sent, key[0], salience, quoted))

    # ------------------------------------------------------------------ resolve

    def resolve(self, head: Token, *, base: int) -> Speaker:
        """The speaker a cue subject token refers to (see the module docstring for the rules)."""
        doc = head.doc
        if base not in self._paragraphs:
            self.observe(doc, base=base)
        if head.lower_ in RELATIVE_PRONOUNS and head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            return self._relative(head, base)
        if _is_pronoun(head):
            return self._pronoun(head, base)
        span = mention_span(head)
        conjuncts = _conjuncts(head)
        if conjuncts:
            return self._coordinated(head, span, conjuncts, base)
        ent = _entity_at(head)
        label = ent.label_ if ent is not None else None
        if label == "ORG" and self._org_is_person(doc, ent):
            label = "PERSON"
        if label == "PERSON" or (label is None and _is_proper(head)):
            return self._named_person(head, span, ent, base)
        if label in ("ORG", "GPE", "NORP", "FAC", "LOC") or _is_proper(head):
            return self._named_org(span, label, base)
        role = _definite_role(head)
        if role is not None:
            return self._role(head, span, role, base)
        if head.lower_ in ORG_ROLE_NOUNS:
            kind = "org"  # "Russia's foreign ministry", "a state-run company"
        else:
            kind = "group" if head.tag_ in ("NNS", "NNPS") else "unnamed"
        speaker = self._speaker(span, base, span.text, None, _description(head), kind)
        if kind in ("group", "org"):
            self._add_mention(self._organisation(span.text, kind), span, base, salience=max(1, _salience(span.root)))
        return speaker

    def final(self, speaker: Speaker) -> Speaker:
        """``speaker`` re-read against everything observed so far: the longest full name of the
        person (a later "Katsunobu Kato" upgrades an earlier "Kato"), and title/description when the
        speaker had none. Call after the whole article was observed."""
        entity_id = self._spans.get((speaker.start, speaker.end))
        if entity_id is None or speaker.name is None:
            return speaker
        entity = self._entities[entity_id]
        if entity.kind != "person":
            return speaker
        return replace(
            speaker,
            name=entity.name,
            title=speaker.title or entity.title,
            description=speaker.description or entity.description,
        )

    # ------------------------------------------------------------------ cases

    def _speaker(self, span: Span, base: int, name, title, description, kind) -> Speaker:
        start, end = span.start_char + base, span.end_char + base
        return Speaker(name, span.text, start, end, title, description, kind)

    def _named_person(self, head: Token, span: Span, ent: Span | None, base: int) -> Speaker:
        doc = head.doc
        parts = _name_parts(doc, span.start, span.end, head)
        local_title = parts.title(doc)
        description = _description(head)
        entity = self._person(doc, parts, description)
        self._add_mention(entity, span, base, salience=max(1, _salience(span.root)))
        self._spans[(span.start_char + base, span.end_char + base)] = entity.id
        return self._speaker(span, base, entity.name, local_title or entity.title,
                             description or entity.description, "person")

    def _named_org(self, span: Span, label: str | None, base: int) -> Speaker:
        name = _strip_possessive(span.text)
        kind = "group" if label == "NORP" else "org"
        entity = self._organisation(name, "place" if label == "GPE" else kind)
        self._add_mention(entity, span, base, salience=max(1, _salience(span.root)))
        return self._speaker(span, base, name, None, _description(span.root), kind)

    def _coordinated(self, head: Token, span: Span, conjuncts: list[Token], base: int) -> Speaker:
        """"Putin and Suga said": one mention; the name joins each member's canonical name."""
        names = []
        for member in [head, *conjuncts]:
            member_span = _mention_span(member, with_conjuncts=False)
            if member_span.start < span.start or member_span.end > span.end:
                member_span = member.doc[member.i:member.i + 1]
            ent = _entity_at(member)
            label = ent.label_ if ent is not None else None
            if label == "ORG" and self._org_is_person(member.doc, ent):
                label = "PERSON"
            if label == "PERSON" or label is None and _is_proper(member):
                sub = self._named_person(member, member_span, ent, base)
            else:
                sub = Speaker(_strip_possessive(member_span.text), member_span.text, 0, 0, None, None, "org")
            names.append(sub.name or member_span.text)
        name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        self._add_mention(self._organisation(name, "group"), span, base, salience=max(1, _salience(span.root)))
        return self._speaker(span, base, name, None, None, "group")

    def _relative(self, head: Token, base: int) -> Speaker:
        """"…Smith, who said …": the relative pronoun stands for the noun its clause modifies."""
        span = head.doc[head.i:head.i + 1]
        noun = head.head.head
        if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.i == head.i:
            return self._speaker(span, base, None, None, None, "pronoun")
        antecedent = self.resolve(noun, base=base)
        return self._speaker(span, base, antecedent.name, antecedent.title, antecedent.description, antecedent.kind)

    def _pronoun(self, head: Token, base: int) -> Speaker:
        span = head.doc[head.i:head.i + 1]
        lower = head.lower_
        if lower in DEICTIC_PRONOUNS:
            return self._speaker(span, base, None, None, None, "pronoun")
        if lower in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[lower]
            accept = lambda e: e.kind == "person" and (e.gender is None or e.gender == gender)  # noqa: E731
        elif lower in GROUP_PRONOUNS:
            accept = lambda e: e.kind in ("group", "org")  # noqa: E731
        else:
            accept = lambda e: e.kind in ("org", "place")  # noqa: E731
        entity = self._nearest(head, base, accept)
        if entity is None:
            return self._speaker(span, base, None, None, None, "pronoun")
        if lower in PERSON_PRONOUNS and entity.gender is None:
            entity.gender = PERSON_PRONOUNS[lower]  # evidence for later pronouns
        self._add_mention(entity, span, base, salience=_salience(head))
        return self._speaker(span, base, entity.name, entity.title, entity.description, "pronoun")

    def _nearest(self, head: Token, base: int, accept) -> _Entity | None:
        """Nearest acceptable earlier mention: by sentence (latest first), main-clause subjects
        before other subjects before other mentions; mentions inside quotes only as a last resort."""
        position = head.idx + base
        for quoted in (False, True):
            by_sentence: dict[tuple[int, int], list[_Mention]] = {}
            for mention in self._mentions:
                if mention.start < position and mention.quoted == quoted:
                    by_sentence.setdefault((mention.para, mention.sent), []).append(mention)
            for key in sorted(by_sentence, reverse=True):
                for mention in sorted(by_sentence[key], key=lambda m: (m.salience, m.start), reverse=True):
                    entity = self._entities[mention.entity]
                    if accept(entity):
                        return entity
        return None

    def _role(self, head: Token, span: Span, role: str, base: int) -> Speaker:
        """"the Russian leader", "the company": the most recent earlier entity that fits."""
        position = head.idx + base
        wanted = "person" if role in PERSON_ROLE_NOUNS else "org"
        role_gender = _gender_of_title(head.text)
        modifiers = {t.lower_ for t in span if t.i != head.i and t.lower_ not in DETERMINERS and not t.is_punct}
        role_key = TITLE_NORMAL.get(role, role)
        recent: list[tuple[int, bool, _Entity]] = []
        seen: set[int] = set()
        for mention in sorted(self._mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= position or mention.entity in seen:
                continue
            entity = self._entities[mention.entity]
            compatible = entity.kind == wanted
            if role_gender and entity.gender and entity.gender != role_gender:
                compatible = False
            if compatible:
                seen.add(mention.entity)
                recent.append((mention.start, mention.salience > 0 and not mention.quoted, entity))
        chosen = None
        for _, _, entity in recent:
            words = _role_words(entity.title) | _role_words(entity.description)
            if wanted == "org":
                words |= _role_words(entity.name)
            if role_key in words or modifiers & words:
                chosen = entity
                break
        if chosen is None:
            chosen = next((e for _, subject, e in recent if subject), None)
        if chosen is None:
            return self._speaker(span, base, span.text, None, _description(head), "unnamed")
        self._add_mention(chosen, span, base, salience=max(1, _salience(span.root)))
        if wanted == "person":
            return self._speaker(span, base, chosen.name, chosen.title, chosen.description, "role")
        return self._speaker(span, base, chosen.name, None, None, "role")


# ---------------------------------------------------------------------------- small helpers

def _definite_role(head: Token) -> str | None:
    """The role noun of "the (Russian) leader"/"the company", or None."""
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS"):
        return None
    lemma = head.lower_
    if lemma not in PERSON_ROLE_NOUNS and lemma not in ORG_ROLE_NOUNS:
        return None
    if not any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
        return None
    if lemma in ORG_ROLE_NOUNS and any(t.i < head.i and _is_proper(t) for t in head.subtree):
        return None  # "the Trump campaign" names its organisation
    return lemma


def _salience(token: Token) -> int:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ not in SUBJECT_DEPS:
        return 0
    verb = token.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return 2 if verb.dep_ == "ROOT" else 1


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotation marks (curly pairs, or straight marks toggling);
    an unclosed quote runs to the end of the paragraph."""
    ranges: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if open_at is None and ch in "“\"«":
            open_at = i
        elif open_at is not None and ch in "”\"»":
            ranges.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        ranges.append((open_at, len(text)))
    return ranges


def _strip_possessive(text: str) -> str:
    return re.sub(r"(?:['’]s|['’])$", "", text.strip())


def _org_key(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", _strip_possessive(name).lower())
