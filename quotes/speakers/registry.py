"""The article's registry: its entities, their names, and where each was mentioned.

One :class:`EntityRegistry` per article. It is the only mutable state of speaker resolution, and every
change goes through a named method: :meth:`EntityRegistry.person` and :meth:`EntityRegistry.organisation`
(an entity met in the text, possibly updating its name, title, description and gender from the words
at hand), :meth:`EntityRegistry.add_mention` (where it was mentioned) and
:meth:`EntityRegistry.learn_gender` (gender learnt from a resolved pronoun).

Lookups cost no more than the entities they return: persons are indexed by their name words, and
mentions by sentence, so the antecedent search walks back from a position only as far as it needs to.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.speakers.mentions import NameParts, acronym, initials, org_key
from quotes.speakers.vocabulary import gender_of_description, gender_of_given_name, gender_of_title

#: (paragraph index, sentence index in the paragraph): orders sentences in text order.
SentenceKey = tuple[int, int]


@dataclass
class Entity:
    """One person/organisation/place/group in the article; updated as the article is read."""

    id: int
    kind: str  # person | org | place | group | thing (a writing that spoke: "the letter noted")
    name: str
    keys: tuple[str, ...] = ()  # lowercased name words without suffixes (persons)
    title: str | None = None
    description: str | None = None
    #: "m"/"f" as the text states it: a gendered title or a given name.
    gender: str | None = None
    #: "m"/"f" from a he/she resolved to this person: weaker, so a stated gender overrides it.
    learned_gender: str | None = None

    @property
    def any_gender(self) -> str | None:
        return self.gender or self.learned_gender


@dataclass(frozen=True)
class Mention:
    entity: int
    sentence: SentenceKey
    start: int  # raw-text offset
    #: 2 = subject of the main clause, 1 = other subject, 0 = anything else (objects, possessives).
    salience: int
    #: Inside quotation marks: a name the speaker mentions is rarely what a later "he" points at.
    quoted: bool


@dataclass(frozen=True)
class Paragraph:
    index: int
    sent_starts: tuple[int, ...]  # token indices of sentence starts
    quoted: tuple[tuple[int, int], ...]  # doc-local character ranges inside quotes, sorted, disjoint

    def sentence_of(self, token_index: int) -> int:
        return bisect.bisect_right(self.sent_starts, token_index) - 1

    def is_quoted(self, char: int) -> bool:
        at = bisect.bisect_right(self.quoted, (char, float("inf"))) - 1
        return at >= 0 and self.quoted[at][0] <= char < self.quoted[at][1]


class NameIndex:
    """Persons by their name words, so that linking a name never scans every person."""

    def __init__(self) -> None:
        self._exact: dict[tuple[str, ...], set[int]] = {}
        self._first: dict[str, set[int]] = {}
        self._last: dict[str, set[int]] = {}

    def add(self, entity: Entity) -> None:
        if entity.keys:
            self._exact.setdefault(entity.keys, set()).add(entity.id)
            self._first.setdefault(entity.keys[0], set()).add(entity.id)
            self._last.setdefault(entity.keys[-1], set()).add(entity.id)

    def remove(self, entity: Entity) -> None:
        if entity.keys:
            self._exact[entity.keys].discard(entity.id)
            self._first[entity.keys[0]].discard(entity.id)
            self._last[entity.keys[-1]].discard(entity.id)

    def has_surname(self, word: str) -> bool:
        return bool(self._last.get(word))

    def surname_bearers(self, word: str) -> int:
        return len(self._last.get(word, ()))

    def surname_ids(self, word: str) -> frozenset[int]:
        return frozenset(self._last.get(word, ()))

    def link(
        self, keys: tuple[str, ...], entities: list[Entity], last_seen: dict[int, int], *, gender: str | None = None,
        mentions: dict[int, int] | None = None,
    ) -> int | None:
        """The earlier person these name words refer to, most recently mentioned first.

        Same words; a single word equal to a known surname (then first name); a full name whose
        surname is a known single-word name; a full name with the same first and last words. A
        person whose known gender differs from the mention's (``gender``: from its title or given
        name) is never linked: "Mr. Cruz" is not the "Heidi Cruz" met last.
        """
        if not keys:
            return None

        def fitting(ids) -> set[int]:
            return {i for i in ids if not (gender and entities[i].gender and entities[i].gender != gender)}

        exact = fitting(self._exact.get(keys, ()))
        if exact:
            return _most_recent(exact, last_seen)
        if len(keys) == 1:
            for bucket in (self._last, self._first):
                found = fitting(bucket.get(keys[0], ()))
                if found:
                    return _principal(found, last_seen, mentions)
            return None
        same_ends = {i for i in self._last.get(keys[-1], ()) if len(entities[i].keys) > 1
                     and entities[i].keys[0] == keys[0]}
        candidates = fitting(set(self._exact.get(keys[-1:], ())) | same_ends)
        return _most_recent(candidates, last_seen) if candidates else None


def _principal(ids: set[int], last_seen: dict[int, int], mentions: dict[int, int] | None) -> int:
    """Of people sharing a surname, the one a bare surname means: news calls the principal bearer by
    the surname and relatives by their given names ("Cruz said …" after "his wife, Heidi Cruz"), so
    the one mentioned most so far; of equals, the one mentioned last."""
    counts = mentions or {}
    return min(ids, key=lambda i: (-counts.get(i, 0), -last_seen.get(i, -1), i))


def _most_recent(ids: set[int], last_seen: dict[int, int]) -> int:
    """The entity mentioned last; of equals, the one met first."""
    return min(ids, key=lambda i: (-last_seen.get(i, -1), i))


class OrganisationIndex:
    """Organisations by name (no article, no possessive) and by acronym: "EDC" and "Export Development
    Canada" are one entity."""

    def __init__(self) -> None:
        self._by_name: dict[tuple[str, str], Entity] = {}
        self._by_letters: dict[tuple[str, str], Entity] = {}

    def find(self, name: str, kind: str) -> Entity | None:
        found = self._by_name.get((kind, org_key(name)))
        if found is None:
            letters = acronym(name) or initials(name)
            found = self._by_letters.get((kind, letters)) if letters else None
        return found

    def has_name(self, name: str, kind: str) -> bool:
        """An entity of this kind has exactly this name (no acronym matching)."""
        return (kind, org_key(name)) in self._by_name

    def add(self, entity: Entity, name: str) -> None:
        self._by_name[(entity.kind, org_key(name))] = entity
        letters = acronym(name) or initials(name)
        if letters:
            self._by_letters.setdefault((entity.kind, letters), entity)


class MentionIndex:
    """Where entities were mentioned, by sentence and in text order, for walking back from a position."""

    def __init__(self) -> None:
        self._by_sentence: dict[SentenceKey, list[Mention]] = {}
        self._sentences: list[SentenceKey] = []  # keys of _by_sentence, sorted
        #: Every mention in text order (ties: in the order added), with its sort key beside it.
        self._timeline: list[Mention] = []
        self._timeline_keys: list[tuple[int, int]] = []
        self.last_seen: dict[int, int] = {}  # entity id → start of its latest mention
        self.count: dict[int, int] = {}  # entity id → how many mentions it has
        self.first: dict[int, Mention] = {}  # entity id → its earliest mention
        self._mentioned: dict[bool, set[int]] = {False: set(), True: set()}  # by Mention.quoted

    def add(self, mention: Mention) -> None:
        if mention.sentence not in self._by_sentence:
            self._by_sentence[mention.sentence] = []
            bisect.insort(self._sentences, mention.sentence)
        self._by_sentence[mention.sentence].append(mention)
        order = (mention.start, -len(self._timeline))
        at = bisect.bisect_left(self._timeline_keys, order)
        self._timeline_keys.insert(at, order)
        self._timeline.insert(at, mention)
        self.last_seen[mention.entity] = max(self.last_seen.get(mention.entity, -1), mention.start)
        self.count[mention.entity] = self.count.get(mention.entity, 0) + 1
        if mention.entity not in self.first or mention.start < self.first[mention.entity].start:
            self.first[mention.entity] = mention
        self._mentioned[mention.quoted].add(mention.entity)

    def by_salience(
        self, position: int, sentence: SentenceKey, *, quoted: bool, min_salience: int = 0,
        back_to: SentenceKey = (0, 0),
    ) -> Iterator[int]:
        """Ids of entities mentioned before ``position`` (inside quotes, or not), each once: sentence by
        sentence back from ``sentence`` to ``back_to``; in a sentence main-clause subjects, then other
        subjects, then the rest, later before earlier; only mentions of at least ``min_salience``.
        Stops once every such entity was given."""
        wanted = len(self._mentioned[quoted])
        seen: set[int] = set()
        at = bisect.bisect_right(self._sentences, sentence) - 1
        while at >= 0 and len(seen) < wanted and self._sentences[at] >= back_to:
            here = [m for m in self._by_sentence[self._sentences[at]]
                    if m.start < position and m.quoted == quoted and m.salience >= min_salience]
            for mention in sorted(here, key=lambda m: (m.salience, m.start), reverse=True):
                if mention.entity not in seen:
                    seen.add(mention.entity)
                    yield mention.entity
            at -= 1

    def by_recency(self, position: int) -> Iterator[Mention]:
        """The latest mention before ``position`` of each entity, latest first (of mentions at the same
        offset, the one added first). Stops once every entity was given."""
        wanted = len(self.last_seen)
        seen: set[int] = set()
        at = bisect.bisect_left(self._timeline_keys, (position, -len(self._timeline) - 1))
        while at > 0 and len(seen) < wanted:
            at -= 1
            mention = self._timeline[at]
            if mention.entity not in seen:
                seen.add(mention.entity)
                yield mention


class NameLookups:
    """What the registry knows of a name: whose surname it is, and whether an organisation or place
    bears it (read-only questions of :class:`EntityRegistry`)."""

    _names: NameIndex
    _organisations: OrganisationIndex

    def is_known_surname(self, word: str) -> bool:
        """Some person met so far has this (lower-cased) last name word."""
        return self._names.has_surname(word)

    def surname_bearers(self, word: str) -> int:
        """How many persons met so far have this (lower-cased) last name word."""
        return self._names.surname_bearers(word)

    def surname_ids(self, word: str) -> frozenset[int]:
        """Ids of the persons met so far whose last name word is ``word`` (lower-cased)."""
        return self._names.surname_ids(word)

    def names_organisation(self, name: str, *, kinds: tuple[str, ...] = ("org", "place")) -> bool:
        """An entity of one of these kinds (an organisation or a place) has exactly this name."""
        return any(self._organisations.has_name(name, kind) for kind in kinds)

    def is_place(self, name: str) -> bool:
        """A place (a GPE entity) of this name was met so far."""
        return self._organisations.find(name, "place") is not None


class EntityRegistry(NameLookups):
    """Entities, names and mentions of one article (see the module docstring)."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._names = NameIndex()
        self._organisations = OrganisationIndex()
        self._mentions = MentionIndex()
        self._paragraphs: dict[int, Paragraph] = {}
        self._docs: dict[int, Doc] = {}  # paragraph base → its doc
        self._sentence_counts: list[int] = []  # by paragraph index
        #: Paragraphs holding a mention from another paragraph's doc (see :meth:`walk_start`).
        self._irregular: set[int] = set()
        self._spans: dict[tuple[int, int], int] = {}  # raw mention span → entity id
        #: Sentences that name who made the statement before them (see :mod:`quotes.speakers.recalls`).
        self.recalls: dict[SentenceKey, Entity] = {}

    # ------------------------------------------------------------------ paragraphs

    def add_paragraph(self, doc: Doc, *, base: int, quoted: list[tuple[int, int]]) -> bool:
        """Register a paragraph starting at raw offset ``base``; False if it was registered before."""
        if base in self._paragraphs:
            return False
        sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self._paragraphs[base] = Paragraph(len(self._paragraphs), tuple(sent_starts), tuple(quoted))
        self._sentence_counts.append(len(sent_starts))
        self._docs[base] = doc
        return True

    def has_paragraph(self, base: int) -> bool:
        return base in self._paragraphs

    def next_sentence(self, sentence: SentenceKey) -> SentenceKey:
        """The sentence after ``sentence``: the next one of its paragraph, else the next paragraph's first."""
        paragraph, within = sentence
        count = self._sentence_counts[paragraph] if paragraph < len(self._sentence_counts) else 0
        return (paragraph, within + 1) if within + 1 < count else (paragraph + 1, 0)

    def previous_sentence(self, sentence: SentenceKey) -> SentenceKey:
        """The sentence before ``sentence``: the one before it in its paragraph, else the last of the
        paragraph before (the first sentence of the article is its own)."""
        paragraph, within = sentence
        if within > 0 or paragraph == 0:
            return (paragraph, max(within - 1, 0))
        return (paragraph - 1, max(self._sentence_counts[paragraph - 1] - 1, 0))

    def walk_start(self, token: Token, *, base: int) -> SentenceKey:
        """The sentence an antecedent search for ``token`` (resolved in the paragraph at ``base``) walks
        back from: the token's own sentence. A cue subject taken from the paragraph before (a quote
        introduced by "X wrote:") is resolved with the current paragraph's offsets, so its token index
        says nothing about sentences here: then the search starts after the paragraph's last sentence,
        and the offset filter alone decides, as it does for paragraphs holding such a mention."""
        para = self._paragraphs[base]
        if token.doc is not self._docs[base] or base in self._irregular:
            return para.index, len(para.sent_starts)
        return para.index, para.sentence_of(token.i)

    # ------------------------------------------------------------------ entities

    def person(self, doc: Doc, parts: NameParts, description: str | None) -> Entity:
        """The person these name words refer to (linked to an earlier one, or new), updated with the
        longest full name seen so far, the longest title, the first description and their gender."""
        keys = parts.keys(doc)
        name = parts.name(doc)
        title = parts.title(doc)
        # stated by a title, else by a given name before a surname ("Jane Roe"), not a lone surname
        gender = gender_of_title(title) or (gender_of_given_name(keys[0]) if len(keys) > 1 else None)
        linked = self._names.link(keys, self.entities, self._mentions.last_seen, gender=gender,
                                  mentions=self._mentions.count)
        if linked is None:
            entity = Entity(len(self.entities), "person", name, keys)
            self.entities.append(entity)
            self._names.add(entity)
        else:
            entity = self.entities[linked]
            if len(keys) > len(entity.keys) or (len(keys) == len(entity.keys) and len(name) > len(entity.name)):
                self._names.remove(entity)
                entity.name, entity.keys = name, keys
                self._names.add(entity)
        if title:
            entity.title = entity.title if entity.title and len(entity.title) >= len(title) else title
        entity.gender = entity.gender or gender
        if description and not entity.description:
            entity.description = description
            entity.gender = entity.gender or gender_of_description(description)
        return entity

    def organisation(self, name: str, kind: str) -> Entity:
        """The latest organisation/place/group of this kind with the same name or acronym, or a new one.
        An acronym met first takes the full name when it comes ("EDC", then "Export Development
        Canada"): the full name is canonical."""
        entity = self._organisations.find(name, kind)
        if entity is None:
            entity = Entity(len(self.entities), kind, name)
            self.entities.append(entity)
        elif acronym(name) is None and acronym(entity.name) is not None:
            entity.name = name
        self._organisations.add(entity, name)
        return entity

    def learn_gender(self, entity: Entity, gender: str) -> None:
        """A he/she resolved to a person of unknown gender is evidence for later pronouns."""
        if entity.learned_gender is None:
            entity.learned_gender = gender

    # ------------------------------------------------------------------ mentions

    def add_mention(self, entity: Entity, span: Span, *, base: int, salience: int) -> None:
        """``span`` (in the paragraph at ``base``) mentions ``entity``; the first entity given a span keeps
        its place in the mention order, the last one is what :meth:`entity_of_span` answers."""
        key = (span.start_char + base, span.end_char + base)
        first_time = key not in self._spans
        self._spans[key] = entity.id
        if not first_time:
            return
        para = self._paragraphs[base]
        sentence = (para.index, para.sentence_of(span.start))
        mention = Mention(entity.id, sentence, key[0], salience, para.is_quoted(span.start_char))
        self._mentions.add(mention)
        if span.doc is not self._docs[base]:
            self._irregular.add(base)

    def note_recall(self, entity: Entity, span: Span, *, base: int) -> None:
        """``span`` (in the paragraph at ``base``) names ``entity`` as who made the words told before."""
        para = self._paragraphs[base]
        self.recalls.setdefault((para.index, para.sentence_of(span.start)), entity)

    def first_mention(self, entity_id: int) -> Mention | None:
        return self._mentions.first.get(entity_id)

    def entity_of_span(self, start: int, end: int) -> Entity | None:
        entity_id = self._spans.get((start, end))
        return None if entity_id is None else self.entities[entity_id]

    def by_salience(
        self, position: int, sentence: SentenceKey, *, quoted: bool, min_salience: int = 0,
        back_to: SentenceKey = (0, 0),
    ) -> Iterator[Entity]:
        """See :meth:`MentionIndex.by_salience`."""
        found = self._mentions.by_salience(position, sentence, quoted=quoted, min_salience=min_salience,
                                           back_to=back_to)
        for entity_id in found:
            yield self.entities[entity_id]

    def by_recency(self, position: int) -> Iterator[tuple[Entity, Mention]]:
        """See :meth:`MentionIndex.by_recency`."""
        for mention in self._mentions.by_recency(position):
            yield self.entities[mention.entity], mention
