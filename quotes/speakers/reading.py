"""Reading a paragraph before any cue in it is resolved: what it names goes into the registry.

Every PERSON/ORG/GPE entity (with the title before a name and a comma-set appositive after it), plural
nationality groups ("Republicans"), and plural subjects of speech verbs ("Officials said"), so that a
later pronoun or role noun has its antecedents, and a later surname its full name.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import speech_lemma
from quotes.parsing import doc_text
from quotes.quotemarks import find_quoted_spans
from quotes.segments import Paragraph
from quotes.speakers.appositives import role_appositive
from quotes.speakers.mentions import (
    description,
    is_parsed,
    mention_span,
    name_parts,
    org_key,
    personal_org_name,
    salience,
    strip_possessive,
    title_start,
)
from quotes.speakers.pairs import Named, register_named_pairs
from quotes.speakers.recalls import opens_recall
from quotes.speakers.registry import EntityRegistry
from quotes.speakers.role_mentions import register_role_mentions
from quotes.speakers.vocabulary import (
    DETERMINERS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    PERSONAL_ORG_NOUNS,
    PLATFORM_NAMES,
    POSSESSIVE_MARKS,
    title_class,
    title_entry,
)
from quotes.syntax import NOMINAL_SUBJECT_DEPS


def read_paragraph(
    registry: EntityRegistry, doc: Doc, *, base: int, quoted: Sequence[tuple[int, int]] | None = None
) -> None:
    """Register the entities, titles, appositives and plural subjects of the paragraph at raw offset ``base``.

    ``quoted``: the paragraph's quoted spans with their marks, in paragraph offsets, as
    :mod:`quotes.quotemarks` paired them; when not given, the marks are paired here the same way."""
    ranges = _disjoint(quoted if quoted is not None else _paired_marks(doc_text(doc)))
    if not registry.add_paragraph(doc, base=base, quoted=ranges):
        return
    parsed = doc.has_annotation("DEP")
    first_named: set[int] = set()  # unparsed sentences whose first named speaker was met
    surnames = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if _untagged_surname(registry, t)]
    untagged = {span.start for span in surnames}
    people: list[Named] = []
    for ent in sorted([*doc.ents, *surnames], key=lambda span: span.start):
        label = entity_label(registry, doc, ent)
        if label == "PERSON":
            parts = name_parts(doc, ent.start, ent.end, ent.root)
            own = description(ent.root) if parsed else None
            entity = registry.person(doc, parts, own or role_appositive(ent))
        elif label == "ORG" and org_key(ent.text) in ORG_ROLE_NOUNS:
            continue  # "Bank", "the Committee": a common noun tagged ORG names no organisation
        elif label in ("ORG", "GPE"):
            entity = registry.organisation(strip_possessive(ent.text), "org" if label == "ORG" else "place")
        elif label == "NORP" and ent[-1].lower_.endswith("s") and ent[-1].tag_ in ("NNPS", "NNS", ""):
            entity = registry.organisation(strip_possessive(ent.text), "group")
        else:
            continue
        rank = _salience(ent, entity.kind, parsed, first_named)
        if ent.start in untagged and _opens_clause(ent):
            rank = max(rank, 1)  # "Trump charges that …": the tagger that missed the name often misparses it too
        registry.add_mention(entity, ent, base=base, salience=rank)
        if entity.kind == "person":
            people.append((ent, entity, rank))
        if label == "PERSON" and opens_recall(ent):  # "Peter Doe made the comments Wednesday"
            registry.note_recall(entity, ent, base=base)
        owned = _owned_organisation(ent) if label == "PERSON" else None
        if owned is not None:  # "the campaign" later means this one
            organisation = registry.organisation(personal_org_name(entity.name, owned[-1].lower_), "org")
            # salience 0: a campaign named in passing is an antecedent for "the campaign" only
            registry.add_mention(organisation, owned, base=base, salience=0)
    register_named_pairs(registry, people, base=base)
    register_role_mentions(registry, doc, base=base)
    if parsed:
        for token in doc:
            if _speaking_plural_subject(token):
                span = mention_span(token)
                entity = registry.organisation(span.text, "group")
                registry.add_mention(entity, span, base=base, salience=salience(token))


def _untagged_surname(registry: EntityRegistry, token: Token) -> bool:
    """A lone capitalised word the entity tagger left out that is the surname of a person met before
    ("Trump made this statement …" after "Donald Trump"): a mention of that person, so that a later
    "he" can point at it. Not part of a longer capitalised name ("Trump Tower", "Bill Clinton")."""
    if token.ent_iob_ != "O" or not token.is_alpha or not token.text[:1].isupper() or token.is_stop:
        return False  # "From", "May": a sentence-opening function word is no surname here
    if not registry.is_known_surname(token.lower_):
        return False
    doc = token.doc

    def capitalised(at: int) -> bool:
        return 0 <= at < len(doc) and doc[at].is_alpha and doc[at].text[:1].isupper()

    if capitalised(token.i + 1):
        return False
    # a title ("Sen Warren") or a sentence-opening article may stand before it, not a given name
    return not capitalised(token.i - 1) or (
        title_entry(doc[token.i - 1].text) is not None or doc[token.i - 1].lower_ in DETERMINERS)


def _salience(ent: Span, kind: str, parsed: bool, first_named: set[int]) -> int:
    """A mention's salience; in a sentence that got no parse (no cue in it), the first person or
    organisation counts as its subject: news sentences name who acts first ("In a statement on
    Tuesday, Hillary Clinton was more circumspect")."""
    if parsed and is_parsed(ent.root):
        return salience(ent.root)
    sentence = ent.sent.start
    if kind == "place" or sentence in first_named or _before_title_word(ent) or not _opens_clause(ent):
        return 0
    first_named.add(sentence)
    return 1


MAX_TITLE_QUALIFIERS = 2


def _opens_clause(ent: Span) -> bool:
    """The entity, with its title, starts its sentence or follows a comma ("In a statement on Tuesday,
    presidential nominee Hillary Clinton was …"), where news puts who acts."""
    doc = ent.doc
    start = title_start(doc, ent.start)
    # before a title, up to two lower-case qualifiers ("presidential nominee", "the former senator")
    qualifiers = MAX_TITLE_QUALIFIERS if start < ent.start else 0
    while start > ent.sent.start and (doc[start - 1].lower_ in DETERMINERS or (
            qualifiers and doc[start - 1].is_alpha and doc[start - 1].is_lower)):
        qualifiers -= doc[start - 1].lower_ not in DETERMINERS
        start -= 1
    return start == ent.sent.start or doc[start - 1].text == ","


def _before_title_word(ent: Span) -> bool:
    """"Chief [Cabinet] Secretary": an entity followed by a title word is part of a title, not a name."""
    if ent.end >= len(ent.doc):
        return False
    entry = title_entry(ent.doc[ent.end].text)
    return entry is not None and entry[0] in ("honorific", "title")


def entity_label(registry: EntityRegistry, doc: Doc, ent: Span) -> str:
    """The entity label, read as PERSON when it is really a person's name (see
    :func:`names_sole_surname_bearer` and :func:`_org_is_person`); no label for a "person" without a
    capital letter, which is the tagger's misreading of a name's particles ("de la" in "Fédération
    interprofessionnelle de la santé du Québec")."""
    if ent.label_ == "PERSON":
        if names_platform(ent):
            return "ORG"
        return "PERSON" if any(t.text[:1].isupper() for t in ent) else ""
    if names_sole_surname_bearer(registry, doc, ent.start, ent.end):
        return "PERSON"
    if ent.label_ in ("ORG", "NORP", "GPE", "WORK_OF_ART") and _org_is_person(registry, doc, ent):
        return "PERSON"
    return ent.label_


def names_platform(words: Span | Token) -> bool:
    """``words`` are an online platform's name ("Twitter", "Facebook's"), which the tagger takes for a
    person's when the platform acts: an organisation (:data:`PLATFORM_NAMES`)."""
    return strip_possessive(words.text).lower() in PLATFORM_NAMES


def names_sole_surname_bearer(registry: EntityRegistry, doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is one capitalised proper noun, alone or after an honorific ("Roe", "Ms. Roe"),
    that is the surname of exactly one person met so far: then it is that person, whatever entity
    label spaCy sm gave it (it labels unfamiliar surnames LAW, PRODUCT, ORG …). Not when the word is
    part of a longer name ("Roe Industries", "Jane Roe"), when two people share the surname (which of
    them is for the linking to say, not a label), nor when an organisation or place of that very name
    was met ("Washington" the state, named before "Jane Washington")."""
    while end - 1 > start and doc[end - 1].lower_ in POSSESSIVE_MARKS:
        end -= 1
    if end - start == 2 and title_class(doc[start].text) == "honorific":
        start += 1
    if end - start != 1:
        return False
    word = doc[start]
    if not (word.is_alpha and word.text[:1].isupper() and not word.is_stop and word.pos_ in ("PROPN", "X", "")):
        return False
    if registry.surname_bearers(word.lower_) != 1 or registry.names_organisation(word.text):
        return False
    if _modifies_a_noun(word):
        return False
    return not _in_longer_name(doc, start, end)


def _modifies_a_noun(word: Token) -> bool:
    """"the Roe plant", "a Roe product": a name after an article or before the noun it modifies names
    a company or a brand, not the person."""
    doc = word.doc
    if word.dep_ == "compound" and word.head.i > word.i:
        return True
    return word.i > 0 and doc[word.i - 1].lower_ in ("the", "a", "an")


def _in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word right after ``doc[start:end]``, or right before it that is no title,
    determiner or function word opening the sentence ("But Roe said")."""
    def capitalised(at: int) -> bool:
        return 0 <= at < len(doc) and doc[at].is_alpha and doc[at].text[:1].isupper()

    if capitalised(end):
        return True
    before = start - 1
    if before >= 0 and title_class(doc[before].text) == "honorific":
        before -= 1  # "Ms. Roe": the honorific belongs to the mention
    return capitalised(before) and not (
        title_entry(doc[before].text) is not None or doc[before].lower_ in DETERMINERS or doc[before].is_stop)


def _org_is_person(registry: EntityRegistry, doc: Doc, ent: Span) -> bool:
    """spaCy sm often tags an unfamiliar surname as ORG ("Suga"), NORP or GPE ("Sharma"), and a rank
    with a surname as a WORK_OF_ART ("Prof Green"); a person title or a known person's surname says
    otherwise (a nationality or a place only by a known surname)."""
    if len(ent) > 3:
        return False
    if ent.label_ == "NORP":
        return registry.is_known_surname(strip_possessive(ent.text).split()[-1].lower())
    if ent.label_ == "GPE":  # a place only as a lone word ("North Korea" is no "Mr. Korea")
        name = strip_possessive(ent.text)
        # a place of that very name met before stays one ("Washington" the state, then "Jane Washington")
        place = registry.names_organisation(name, kinds=("place",))
        return len(ent) == 1 and registry.is_known_surname(name.lower()) and not place
    before = title_entry(doc[ent.start - 1].text) if ent.start > 0 else None
    if before is not None and before[0] in ("honorific", "title"):
        return True
    first = title_entry(ent[0].text)
    if first is not None and first[0] in ("honorific", "title") and len(ent) > 1:
        return True  # "Skipper Rohit Sharma": the title came inside the entity
    if ent.label_ == "WORK_OF_ART":  # a title's name only with its title
        return False
    last = strip_possessive(ent.text).split()[-1].lower() if ent.text.strip() else ""
    return registry.is_known_surname(last)


#: Words between a person's possessive and the organisation noun ("Trump's presidential campaign").
MAX_OWNED_ORG_MODIFIERS = 2


def _names_a_role(token: Token) -> bool:
    """"[campaign] manager", "[campaign] aides": a noun after the organisation noun makes it a
    person's role. Sentences without a cue have no tags: there, title and role words decide."""
    if token.pos_ not in ("X", ""):
        return token.pos_ in ("NOUN", "PROPN")
    word = token.lower_[:-1] if token.lower_.endswith("s") else token.lower_
    return title_entry(token.text) is not None or title_entry(word) is not None or word in PERSON_ROLE_NOUNS


def _owned_organisation(ent: Span) -> Span | None:
    """"Donald Trump's (presidential) campaign" after a person's name: the span up to the noun, read
    from the words (sentences without a cue have no parse to ask)."""
    doc = ent.doc
    at = ent.end
    if ent[-1].lower_ not in POSSESSIVE_MARKS:  # the tagger puts the "'s" inside the name or not
        if at >= len(doc) or doc[at].lower_ not in POSSESSIVE_MARKS:
            return None
        at += 1
    for _ in range(MAX_OWNED_ORG_MODIFIERS + 1):
        if at >= len(doc) or not doc[at].is_alpha or not doc[at].is_lower:
            return None
        if doc[at].lower_ in PERSONAL_ORG_NOUNS:
            after = doc[at + 1] if at + 1 < len(doc) else None
            return None if after is not None and _names_a_role(after) else doc[ent.start:at + 1]
        at += 1
    return None


def _speaking_plural_subject(token: Token) -> bool:
    """Plural subjects of speech verbs ("Officials said …") are antecedents for "they"; other plural
    subjects ("the talks stalled") are not speakers."""
    return (
        token.dep_ in NOMINAL_SUBJECT_DEPS
        and token.tag_ == "NNS"
        and token.pos_ == "NOUN"
        and speech_lemma(token.head.text) is not None
    )


def _paired_marks(text: str) -> list[tuple[int, int]]:
    """Quoted spans of one paragraph's text, marks included, paired by :mod:`quotes.quotemarks`."""
    spans = find_quoted_spans(text, [Paragraph(0, len(text), True)])
    return [(span.outer_start, span.outer_end) for span in spans]


def _disjoint(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, with nested and overlapping ranges (a single-quoted phrase inside a quote) merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
