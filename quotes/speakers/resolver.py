"""The resolver: a cue subject token in, a :class:`Speaker` out.

One :class:`SpeakerResolver` per article: ``observe`` every paragraph doc in text order (it registers
named entities, titles, appositives and name links), then ``resolve`` that paragraph's cue subjects, and
at the end ``final`` each speaker against the whole article. The resolver holds no state of its own:
what it learns goes into its :class:`~quotes.speakers.registry.EntityRegistry`, and this module is the
one place that writes to it while resolving.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import speech_lemma
from quotes.parsing import doc_text
from quotes.quotemarks import find_quoted_spans
from quotes.segments import Paragraph
from quotes.speakers import antecedents
from quotes.speakers.mentions import (
    common_noun_kind,
    conjuncts,
    definite_role,
    description,
    entity_at,
    is_pronoun,
    is_proper,
    is_relative_pronoun,
    member_span,
    mention_span,
    name_parts,
    salience,
    strip_possessive,
)
from quotes.speakers.registry import Entity, EntityRegistry
from quotes.speakers.vocabulary import (
    DEICTIC_PRONOUNS,
    NAMED_NON_PERSON_LABELS,
    PERSON_PRONOUNS,
    title_entry,
)
from quotes.syntax import NOMINAL_SUBJECT_DEPS


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


class SpeakerResolver:
    """One per article. Feed paragraphs in text order; resolve mentions as you go."""

    def __init__(self) -> None:
        self.registry = EntityRegistry()

    def observe(self, doc: Doc, *, base: int, quoted: Sequence[tuple[int, int]] | None = None) -> None:
        """Register the PERSON/ORG/GPE/NORP entities, titles, appositives and plural subjects of a paragraph.

        ``quoted``: the paragraph's quoted spans with their marks, in paragraph offsets, as
        :mod:`quotes.quotemarks` paired them; when not given, the marks are paired here the same way."""
        registry = self.registry
        ranges = _disjoint(quoted if quoted is not None else _paired_marks(doc_text(doc)))
        if not registry.add_paragraph(doc, base=base, quoted=ranges):
            return
        parsed = doc.has_annotation("DEP")
        for ent in doc.ents:
            label = _label(self.registry, doc, ent)
            if label == "PERSON":
                parts = name_parts(doc, ent.start, ent.end, ent.root)
                entity = registry.person(doc, parts, description(ent.root) if parsed else None)
            elif label in ("ORG", "GPE"):
                entity = registry.organisation(strip_possessive(ent.text), "org" if label == "ORG" else "place")
            elif label == "NORP" and ent[-1].lower_.endswith("s") and ent[-1].tag_ in ("NNPS", "NNS", ""):
                entity = registry.organisation(strip_possessive(ent.text), "group")
            else:
                continue
            registry.add_mention(entity, ent, base=base, salience=salience(ent.root) if parsed else 0)
        if parsed:
            for token in doc:
                if _speaking_plural_subject(token):
                    span = mention_span(token)
                    entity = registry.organisation(span.text, "group")
                    registry.add_mention(entity, span, base=base, salience=salience(token))

    def resolve(self, head: Token, *, base: int) -> Speaker:
        """The speaker a cue subject token refers to (see the package docstring for the rules)."""
        doc = head.doc
        if not self.registry.has_paragraph(base):
            self.observe(doc, base=base)
        if is_relative_pronoun(head):
            return self._relative(head, base)
        if is_pronoun(head):
            return self._pronoun(head, base)
        span = mention_span(head)
        members = conjuncts(head)
        if members:
            return self._coordinated(head, span, members, base)
        ent = entity_at(head)
        label = _label(self.registry, doc, ent) if ent is not None else None
        if label == "PERSON" or (label is None and is_proper(head)):
            return self._named_person(head, span, base)
        if label in NAMED_NON_PERSON_LABELS or is_proper(head):
            return self._named_org(span, label, base)
        role = definite_role(head)
        if role is not None:
            return self._role(head, span, role, base)
        return self._common_noun(head, span, base)

    def final(self, speaker: Speaker) -> Speaker:
        """``speaker`` re-read against everything observed so far: the longest full name of the
        person (a later "Katsunobu Kato" upgrades an earlier "Kato"), and title/description when the
        speaker had none. Call after the whole article was observed."""
        entity = self.registry.entity_of_span(speaker.start, speaker.end)
        if entity is None or speaker.name is None or entity.kind != "person":
            return speaker
        return replace(
            speaker,
            name=entity.name,
            title=speaker.title or entity.title,
            description=speaker.description or entity.description,
        )

    # ------------------------------------------------------------------ cases

    def _named_person(self, head: Token, span: Span, base: int) -> Speaker:
        doc = head.doc
        parts = name_parts(doc, span.start, span.end, head)
        local_title = parts.title(doc)
        own_description = description(head)
        entity = self.registry.person(doc, parts, own_description)
        self._mentioned(entity, span, base)
        return _speaker(span, base, entity.name, local_title or entity.title,
                        own_description or entity.description, "person")

    def _named_org(self, span: Span, label: str | None, base: int) -> Speaker:
        name = strip_possessive(span.text)
        kind = "group" if label == "NORP" else "org"
        entity = self.registry.organisation(name, "place" if label == "GPE" else kind)
        self._mentioned(entity, span, base)
        return _speaker(span, base, name, None, description(span.root), kind)

    def _common_noun(self, head: Token, span: Span, base: int) -> Speaker:
        """"officials", "a source", "Russia's foreign ministry": named as written."""
        kind = common_noun_kind(head)
        speaker = _speaker(span, base, span.text, None, description(head), kind)
        if kind in ("group", "org"):
            self._mentioned(self.registry.organisation(span.text, kind), span, base)
        return speaker

    def _coordinated(self, head: Token, span: Span, members: list[Token], base: int) -> Speaker:
        """"Putin and Suga said": one mention; the name joins each member's canonical name."""
        names = []
        for member in [head, *members]:
            one = member_span(member, with_conjuncts=False)
            if one.start < span.start or one.end > span.end:
                one = member.doc[member.i:member.i + 1]
            ent = entity_at(member)
            label = _label(self.registry, member.doc, ent) if ent is not None else None
            if label == "PERSON" or label is None and is_proper(member):
                names.append(self._named_person(member, one, base).name or one.text)
            else:
                names.append(strip_possessive(one.text) or one.text)
        name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        self._mentioned(self.registry.organisation(name, "group"), span, base)
        return _speaker(span, base, name, None, None, "group")

    def _relative(self, head: Token, base: int) -> Speaker:
        """"…Smith, who said …": the relative pronoun stands for the noun its clause modifies."""
        span = head.doc[head.i:head.i + 1]
        noun = head.head.head
        if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.i == head.i:
            return _speaker(span, base, None, None, None, "pronoun")
        antecedent = self.resolve(noun, base=base)
        return _speaker(span, base, antecedent.name, antecedent.title, antecedent.description, antecedent.kind)

    def _pronoun(self, head: Token, base: int) -> Speaker:
        span = head.doc[head.i:head.i + 1]
        word = head.lower_
        if word in DEICTIC_PRONOUNS:
            return _speaker(span, base, None, None, None, "pronoun")
        sentence = self.registry.walk_start(head, base=base)
        entity = antecedents.nearest(self.registry, head.idx + base, sentence, antecedents.pronoun_check(word))
        if entity is None:
            return _speaker(span, base, None, None, None, "pronoun")
        if word in PERSON_PRONOUNS:
            self.registry.learn_gender(entity, PERSON_PRONOUNS[word])
        self.registry.add_mention(entity, span, base=base, salience=salience(head))
        return _speaker(span, base, entity.name, entity.title, entity.description, "pronoun")

    def _role(self, head: Token, span: Span, role: str, base: int) -> Speaker:
        chosen = antecedents.role_antecedent(self.registry, head, span, role, head.idx + base)
        if chosen is None:
            return _speaker(span, base, span.text, None, description(head), "unnamed")
        self._mentioned(chosen, span, base)
        if antecedents.role_kind(role) == "person":
            return _speaker(span, base, chosen.name, chosen.title, chosen.description, "role")
        return _speaker(span, base, chosen.name, None, None, "role")

    def _mentioned(self, entity: Entity, span: Span, base: int) -> None:
        """A resolved speaker mention: at least an "other subject" as antecedent."""
        self.registry.add_mention(entity, span, base=base, salience=max(1, salience(span.root)))


def _speaker(span: Span, base: int, name, title, description, kind) -> Speaker:
    return Speaker(name, span.text, span.start_char + base, span.end_char + base, title, description, kind)


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


def _label(registry: EntityRegistry, doc: Doc, ent: Span) -> str:
    """The entity label, with ORG read as PERSON when it is really a surname."""
    if ent.label_ == "ORG" and _org_is_person(registry, doc, ent):
        return "PERSON"
    return ent.label_


def _org_is_person(registry: EntityRegistry, doc: Doc, ent: Span) -> bool:
    """spaCy sm often tags an unfamiliar surname as ORG ("Suga"); a person title or a known
    person's surname says otherwise."""
    if len(ent) > 3:
        return False
    before = title_entry(doc[ent.start - 1].text) if ent.start > 0 else None
    if before is not None and before[0] in ("honorific", "title"):
        return True
    last = strip_possessive(ent.text).split()[-1].lower() if ent.text.strip() else ""
    return registry.is_known_surname(last)
