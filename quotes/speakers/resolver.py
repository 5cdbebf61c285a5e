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

from quotes.speakers import antecedents, owned_roles, pending_roles, recalls
from quotes.speakers.documents import (
    StatementIssuers,
    WritingIssuers,
    document_issuer,
    issued_statements,
    speaks_in_statement,
    the_writing,
    unissued_statement,
    unnamed_speaking_thing,
)
from quotes.speakers.employers import name_after_owner
from quotes.speakers.epithets import AGE_EPITHET, age_epithet
from quotes.speakers.mentions import (
    NameParts,
    acronym,
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
    name_after_joined_titles,
    name_after_title,
    name_in_role,
    name_parts,
    personal_org_name,
    personal_org_owner,
    possessor,
    salience,
    strip_possessive,
    title_role,
)
from quotes.speakers.org_names import named_part, organisation_name
from quotes.speakers.pairs import joined_names
from quotes.speakers.parties import party_member_role
from quotes.speakers.reading import entity_label, names_platform, read_paragraph
from quotes.speakers.registry import Entity, EntityRegistry
from quotes.speakers.vocabulary import (
    DEICTIC_PRONOUNS,
    JURISDICTIONS,
    NAMED_NON_PERSON_LABELS,
    ORG_ROLE_NOUNS,
    PERSON_PRONOUNS,
    TITLE_NORMAL,
)

#: Entity kinds (and common-noun kinds) as the speaker kinds users see.
SPEAKER_KINDS = {"person": "person", "org": "organisation", "place": "organisation", "group": "group",
                 "unnamed": "unnamed", "thing": "unnamed"}


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker; offsets are raw-text offsets of ``mention``."""

    name: str | None
    mention: str
    start: int
    end: int
    title: str | None
    description: str | None
    #: How it was found: "person" | "org" | "group" | "unnamed" | "pronoun" (resolved or not) |
    #: "role" (resolved role NP)
    kind: str
    #: Who speaks, for users' tables: "person" | "organisation" | "group" | "unnamed".
    speaker_kind: str = "unnamed"


class _Cases:
    """How each kind of cue subject becomes a speaker; the one place that records what resolution finds."""

    registry: EntityRegistry
    #: Person role mentions no earlier entity bears the role of, by mention span.
    cataphora: dict[tuple[int, int], pending_roles.PendingRole]

    def resolve(self, head: Token, *, base: int) -> Speaker:  # SpeakerResolver.resolve
        raise NotImplementedError

    def _named_person(self, head: Token, span: Span, base: int, *, name: Span | None = None) -> Speaker:
        """A person named in ``span``; ``name``: the name words, however far the tagger's entity runs
        ("Nadia Petrov" of "Dissent's Nadia Petrov")."""
        doc = head.doc
        parts = name_parts(doc, span.start, span.end, head) if name is None else NameParts(name.start, name.end,
                                                                                            name.start)
        local_title = parts.title(doc)
        own_description = description(head)
        entity = self.registry.person(doc, parts, own_description)
        self._mentioned(entity, span, base)
        return _speaker(span, base, entity.name, local_title or entity.title,
                        own_description or entity.description, "person", "person")

    def _named_in_role(self, span: Span, named: Token, base: int) -> Speaker:
        """"Her lawyer, Maria Lopez, said": the person named, the role as description."""
        doc = named.doc
        name_span = member_span(named, with_conjuncts=False)
        parts = name_parts(doc, name_span.start, name_span.end, named)
        entity = self.registry.person(doc, parts, span.text)
        self._mentioned(entity, name_span, base)
        self._mentioned(entity, span, base)
        return _speaker(span, base, entity.name, parts.title(doc) or entity.title, span.text, "person", "person")

    def _issued_by(self, head: Token, span: Span, issuer: Token, base: int) -> Speaker:
        """"A statement released by the ministry said": the issuer speaks; unnamed issuer, the phrase."""
        said_by = self.resolve(issuer, base=base)
        entity = self.registry.entity_of_span(said_by.start, said_by.end)
        if said_by.name is None or entity is None:
            return self._common_noun(head, span, base)
        self._mentioned(entity, span, base)
        return replace(said_by, mention=span.text, start=span.start_char + base, end=span.end_char + base)

    def _owned_org(self, head: Token, span: Span, owner: Token, base: int) -> Speaker:
        """"His campaign said": the campaign named after its person ("the Clinton campaign"), one entity
        with that campaign written out elsewhere; an owner who is no named person, the phrase."""
        said_by = self.resolve(owner, base=base)
        if said_by.speaker_kind != "person" or not said_by.name:
            return self._common_noun(head, span, base)
        name = personal_org_name(said_by.name, head.lower_)
        entity = self.registry.organisation(name, "org")
        self._mentioned(entity, span, base)
        return _speaker(span, base, name, None, description(head), "org", "organisation")

    def _named_org(self, span: Span, label: str | None, base: int) -> Speaker:
        name = strip_possessive(span.text)
        kind = "group" if label == "NORP" else "org"
        entity = self.registry.organisation(name, "place" if label == "GPE" else kind)
        self._mentioned(entity, span, base)
        return _speaker(span, base, _canonical(name, entity), None, description(span.root), kind, SPEAKER_KINDS[kind])

    def _common_noun(self, head: Token, span: Span, base: int) -> Speaker:
        """"officials", "a source", "Russia's foreign ministry": named as written."""
        kind = common_noun_kind(head)
        if kind == "unnamed" and (known := _org_role_bearer(self, head, span, base)) is not None:
            return known
        speaker = _speaker(span, base, span.text, None, description(head), kind, SPEAKER_KINDS.get(kind, "unnamed"))
        if kind == "unnamed" and recalls.names_a_person(head):  # "A Toronto doctor says …", "his lawyer said"
            self._await_name(head, span, head.lower_, base, recall_only=True)
        if kind in ("group", "org"):
            self._mentioned(self.registry.organisation(span.text, kind), span, base)
        elif unnamed_speaking_thing(head):  # "The letter noted …", then "It added": the letter
            self._mentioned(self.registry.organisation(span.text, "thing"), span, base)
        return speaker

    def _coordinated(self, head: Token, span: Span, members: list[Token], base: int) -> Speaker:
        """"Putin and Suga said": one mention; the name joins each member's canonical name."""
        names = []
        for member in [head, *members]:
            one = _within(member_span(member, with_conjuncts=False), span, member)
            ent = entity_at(member)
            label = entity_label(self.registry, member.doc, ent) if ent is not None else None
            if label == "PERSON" or label is None and is_proper(member):
                names.append(self._named_person(member, one, base).name or one.text)
            else:
                names.append(strip_possessive(one.text) or one.text)
        name = joined_names(names)
        self._mentioned(self.registry.organisation(name, "group"), span, base)
        return _speaker(span, base, name, None, None, "group", "group")

    def _relative(self, head: Token, base: int) -> Speaker:
        """"…Smith, who said …": the relative pronoun stands for the noun its clause modifies."""
        span = head.doc[head.i:head.i + 1]
        noun = head.head.head
        if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.i == head.i:
            return _speaker(span, base, None, None, None, "pronoun", "unnamed")
        antecedent = self.resolve(noun, base=base)
        return _speaker(span, base, antecedent.name, antecedent.title, antecedent.description, antecedent.kind,
                        antecedent.speaker_kind)

    def _pronoun(self, head: Token, base: int) -> Speaker:
        span = head.doc[head.i:head.i + 1]
        word = head.lower_
        if word in DEICTIC_PRONOUNS:
            return _speaker(span, base, None, None, None, "pronoun", "unnamed")
        sentence = self.registry.walk_start(head, base=base)
        entity = antecedents.nearest(self.registry, head.idx + base, sentence, antecedents.pronoun_check(word))
        if entity is None:
            return _speaker(span, base, None, None, None, "pronoun", "unnamed")
        if word in PERSON_PRONOUNS:
            self.registry.learn_gender(entity, PERSON_PRONOUNS[word])
        self.registry.add_mention(entity, span, base=base, salience=salience(head))
        return _speaker(span, base, entity.name, entity.title, entity.description, "pronoun",
                        SPEAKER_KINDS[entity.kind])

    def _role(self, head: Token, span: Span, role: str, base: int) -> Speaker:
        chosen = antecedents.role_antecedent(self.registry, head, span, role, head.idx + base,
                                             self.registry.walk_start(head, base=base))
        person = antecedents.role_kind(role) == "person"
        unborne = chosen is None or not antecedents.bears_role(chosen, TITLE_NORMAL.get(role, role))
        if person and unborne:
            owner = possessor(head)
            # "Grayson's spokeswoman" is not whoever is named next; "Ontario's finance minister" is the next
            # finance minister (a place's office, the wire lede's way to name a person a sentence later)
            by_place = owner is not None and self._is_place(owner)
            self._await_name(head, span, TITLE_NORMAL.get(role, role), base,
                             recall_only=owner is not None and not by_place, in_portfolio=by_place)
        if chosen is None:  # "the ministry" with no ministry named is still an organisation
            return _speaker(span, base, span.text, None, description(head), "unnamed",
                            "unnamed" if person else "organisation")
        self._mentioned(chosen, span, base)
        if person:
            return _speaker(span, base, chosen.name, chosen.title, chosen.description, "role", "person")
        return _speaker(span, base, chosen.name, None, None, "role", SPEAKER_KINDS[chosen.kind])

    def _await_name(self, head: Token, span: Span, role: str, base: int, *, recall_only: bool,
                    in_portfolio: bool = False) -> None:
        """An unnamed person's mention that a later sentence may name (see :meth:`SpeakerResolver.final`)."""
        self.cataphora[(span.start_char + base, span.end_char + base)] = pending_roles.pending_role(
            self.registry, head, span, role, base, recall_only=recall_only, in_portfolio=in_portfolio)

    def _is_place(self, owner: Token) -> bool:
        """The owner of a role is a place ("Ontario's", "the province's"): tagged so, known as one, or a
        jurisdiction by name."""
        words = [t.text for t in owner.subtree if t.dep_ not in ("det", "case")]
        name = strip_possessive(" ".join(words))
        return owner.ent_type_ == "GPE" or self.registry.is_place(name) or name.lower() in JURISDICTIONS

    def _mentioned(self, entity: Entity, span: Span, base: int) -> None:
        """A resolved speaker mention: at least an "other subject" as antecedent."""
        self.registry.add_mention(entity, span, base=base, salience=max(1, salience(span.root)))


class SpeakerResolver(_Cases):
    """One per article. Feed paragraphs in text order; resolve mentions as you go."""

    def __init__(self) -> None:
        self.registry = EntityRegistry()
        self.cataphora = {}
        self.statements = StatementIssuers()
        self.writings = WritingIssuers()

    def observe(self, doc: Doc, *, base: int, quoted: Sequence[tuple[int, int]] | None = None) -> None:
        """Register what a paragraph names (see :func:`quotes.speakers.reading.read_paragraph`), and the
        statements it names with a named issuer."""
        if not self.registry.has_paragraph(base):
            read_paragraph(self.registry, doc, base=base, quoted=quoted)
            for statement, issuer in issued_statements(doc):
                ent = entity_at(issuer)
                if ent is not None:
                    self.statements.note(self.registry.walk_start(statement, base=base),
                                         self.registry.entity_of_span(ent.start_char + base, ent.end_char + base))
            self.writings.read_paragraph(self.registry, doc, base=base)

    def resolve(self, head: Token, *, base: int) -> Speaker:
        """The speaker a cue subject token refers to (see the package docstring for the rules)."""
        speaker = self._resolve(head, base=base)
        if speaks_in_statement(head):  # "she said in a statement": hers, for a later "the statement"
            self.statements.note(self.registry.walk_start(head, base=base),
                                 self.registry.entity_of_span(speaker.start, speaker.end))
        return speaker

    def _resolve(self, head: Token, *, base: int) -> Speaker:
        doc = head.doc
        self.observe(doc, base=base)  # reads the paragraph only if discourse_pass has not shown it yet
        if not any(ch.isalnum() for ch in head.text):  # a stray quote mark the parse made a subject
            return _speaker(doc[head.i:head.i + 1], base, None, None, None, "unnamed", "unnamed")
        if is_relative_pronoun(head):
            return self._relative(head, base)
        if is_pronoun(head):
            return self._pronoun(head, base)
        employed = name_after_owner(head, known_surname=self.registry.is_known_surname)
        if employed is not None:  # "Dissent's Nadia Petrov tweeted": the person, not the outlet
            return self._named_person(head, mention_span(head), base, name=employed)
        joined = name_after_joined_titles(head)
        # "former Gov. and party Chairman Jane Roe": one person, the mention runs from the first title
        span = doc[mention_span(head).start:mention_span(joined).end] if joined is not None else None
        head = joined or name_after_title(head) or head
        role = title_role(head) or party_member_role(head)
        if role is not None:
            named = name_in_role(head)  # "The firm's CEO, Jane Roe, said": the capitalised title's holder
            if named is not None:
                return self._named_in_role(mention_span(head), named, base)
            return self._role(head, mention_span(head), role, base)
        if age_epithet(head):  # "the 46-year-old said": the person the article was telling about
            return self._role(head, mention_span(head), AGE_EPITHET, base)
        span = span if span is not None else mention_span(head)
        members = conjuncts(head)
        if members:
            return self._coordinated(head, span, members, base)
        if (organisation := organisation_name(head, span)) is not None:  # "The Ontario Chamber of Commerce"
            return _whole_organisation(self, organisation, base)
        ent = entity_at(head)
        if ent is not None and (titled := _titled_speaker(self, head, base)) is not None:
            return titled
        label = entity_label(self.registry, doc, ent) if ent is not None else None
        if label == "PERSON" or (label is None and is_proper(head) and head.lower_ not in ORG_ROLE_NOUNS
                                 and not names_platform(span)):
            return self._named_person(head, span, base)
        if label in NAMED_NON_PERSON_LABELS or is_proper(head):
            return self._named_org(span, label, base)
        owner = personal_org_owner(head)
        if owner is not None:
            return self._owned_org(head, span, owner, base)
        named = name_in_role(head)
        if named is not None:
            return self._named_in_role(span, named, base)
        issuer = document_issuer(head)
        if issuer is not None:
            return self._issued_by(head, span, issuer, base)
        if unissued_statement(head):
            return self._issued_by_last_subject(head, span, base)
        if the_writing(head):
            issued = self._issued_before(head, span, base)
            if issued is not None:
                return issued
        role = definite_role(head)
        if role is not None:
            return self._role(head, span, role, base)
        return self._common_noun(head, span, base)

    def _issued_by_last_subject(self, head: Token, span: Span, base: int) -> Speaker:
        """"“…,” the statement said": the last sentence's subject since the statement named just before,
        else that statement's issuer; no statement named, the last subject; none, the phrase."""
        sentence = self.registry.walk_start(head, base=base)
        named = self.statements.latest(sentence)
        # someone who acted after the statement was named is who put out the one meant now
        since = self.registry.next_sentence(named[0]) if named else (0, 0)
        chosen = antecedents.last_fitting_subject(self.registry, head.idx + base, sentence,
                                                  lambda entity: entity.kind in ("person", "org"), back_to=since)
        chosen = chosen or (named[1] if named else None)
        if chosen is None:
            return self._common_noun(head, span, base)
        self.statements.note(sentence, chosen)
        return _spoken_through(self, chosen, span, base)

    def _issued_before(self, head: Token, span: Span, base: int) -> Speaker | None:
        """"The lawsuit contends …" after "The parents filed a lawsuit": who put out the writing of
        that noun named in the paragraphs just before speaks through it; none named, None."""
        issuer = self.writings.latest(head.lower_, self.registry.walk_start(head, base=base))
        if issuer is None:
            return None
        # the writing first, so that a later "it" ("It continued: …") still finds it
        self._mentioned(self.registry.organisation(span.text, "thing"), span, base)
        return _spoken_through(self, issuer, span, base)

    def final(self, speaker: Speaker) -> Speaker:
        """``speaker`` re-read against everything observed so far: the longest full name of the
        person (a later "Katsunobu Kato" upgrades an earlier "Kato"), and title/description when the
        speaker had none. Call after the whole article was observed."""
        pending = self.cataphora.get((speaker.start, speaker.end))
        if pending is not None:
            later = pending_roles.named_later(self.registry, pending)
            if later is not None:
                return replace(speaker, name=later.name, title=later.title, description=later.description,
                               kind="role", speaker_kind="person")
        entity = self.registry.entity_of_span(speaker.start, speaker.end)
        if entity is None or speaker.name is None:
            return speaker
        person = _person_named_as_org(self.registry, entity)
        if person is not None:
            entity, speaker = person, replace(speaker, kind="person", speaker_kind="person")
        if entity.kind != "person":
            return replace(speaker, name=_canonical(speaker.name, entity))
        return replace(speaker, name=entity.name, title=speaker.title or entity.title,
                       description=speaker.description or entity.description)


def _whole_organisation(cases: _Cases, organisation: Span, base: int) -> Speaker:
    """An organisation's whole name as the speaker ("The Ontario Chamber of Commerce"): named without
    the words before its first capital, mentioned as written, both spans the organisation's."""
    speaker = cases._named_org(named_part(organisation), "ORG", base)
    entity = cases.registry.entity_of_span(speaker.start, speaker.end)
    if entity is not None:
        cases._mentioned(entity, organisation, base)
    return replace(speaker, mention=organisation.text, start=organisation.start_char + base)


def _spoken_through(cases: _Cases, issuer: Entity, span: Span, base: int) -> Speaker:
    """The writing at ``span`` speaks for ``issuer``, who put it out."""
    cases._mentioned(issuer, span, base)
    return _speaker(span, base, issuer.name, issuer.title if issuer.kind == "person" else None, None,
                    "role", SPEAKER_KINDS[issuer.kind])


def _titled_speaker(cases: _Cases, head: Token, base: int) -> Speaker | None:
    """ "Veterans ombud Marie Lacroix said": the tagger calls the common noun that opens a title an
    organisation, and the parser makes it the subject with the person's name in apposition, no comma
    between. The person in apposition is who speaks, the words before the name the description; with
    a comma ("Veterans, Marie Lacroix among them, said") the noun speaks."""
    named = name_in_role(head) if head.pos_ == "NOUN" else None
    doc = head.doc
    if named is None or named.i < head.i or any(t.is_punct for t in doc[head.i : named.i]):
        return None
    person = entity_at(named)
    first = person.start if person is not None else member_span(named, with_conjuncts=False).start
    speaker = cases._named_in_role(doc[head.left_edge.i : named.i + 1], named, base)
    return replace(speaker, description=doc[head.left_edge.i : first].text)


def _person_named_as_org(registry: EntityRegistry, entity: Entity) -> Entity | None:
    """The person an organisation really is: spaCy sm tags a surname ORG where the article has not yet
    named its bearer ("Roe told supporters …" in a lede, "Jane Roe" a paragraph later) or tags a full
    name ORG once ("Greta Roe said", later "Ms. Roe"). It is that person when its name is a few
    capitalised words ending in the surname of exactly one person of the whole article, and the
    shorter of the two names ends the longer ("Roe Industries", "Friends of Roe" stay organisations;
    "John Roe" is not "Jane Roe"; the same full name tagged both ways is left as it is), and the
    organisation was met before the person (met after, it is one of that very name, as read)."""
    if entity.kind != "org":
        return None
    words = strip_possessive(entity.name).split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    bearers = registry.surname_ids(words[-1].lower())
    if len(bearers) != 1:
        return None
    person = registry.entities[next(iter(bearers))]
    shared = min(len(words), len(person.keys))
    if tuple(w.lower() for w in words[-shared:]) != person.keys[-shared:]:
        return None
    if len(words) == len(person.keys):  # tagged both ways in full ("Blue Ledger"): no name says which
        return None
    # an organisation read after the person was named is one of that very name ("Roe" the firm)
    org_first, person_first = registry.first_mention(entity.id), registry.first_mention(person.id)
    if org_first is None or (person_first is not None and person_first.start < org_first.start):
        return None
    return person if len(person.keys) >= len(words) else _renamed(person, words)


def _renamed(person: Entity, words: list[str]) -> Entity:
    """A copy of ``person`` under the fuller name an organisation mention gave ("Greta Roe" for "Roe")."""
    return replace(person, name=" ".join(words))


def _canonical(name: str, entity: Entity) -> str:
    """An organisation's acronym as its full name, when the article gives it; other names as written."""
    return entity.name if acronym(name) is not None and acronym(entity.name) is None else name


def _speaker(span: Span, base: int, name, title, description, kind, speaker_kind) -> Speaker:
    return Speaker(name, span.text, span.start_char + base, span.end_char + base, title, description, kind,
                   speaker_kind)


def _within(member: Span, group: Span, head: Token) -> Span:
    """A member's own span when it lies inside the group's, else just its head word."""
    if member.start < group.start or member.end > group.end:
        return head.doc[head.i:head.i + 1]
    return member


def _org_role_bearer(resolver: SpeakerResolver, head: Token, span: Span, base: int) -> Speaker | None:
    """"The union filed a grievance. Its president argued …": the union's president named before, if
    any (:func:`~quotes.speakers.owned_roles.earlier_bearer_of_org_role`)."""
    sentence = resolver.registry.walk_start(head, base=base)
    bearer = owned_roles.earlier_bearer_of_org_role(resolver.registry, head, head.idx + base, sentence)
    if bearer is None:
        return None
    resolver._mentioned(bearer, span, base)
    return _speaker(span, base, bearer.name, bearer.title, bearer.description, "role", "person")
