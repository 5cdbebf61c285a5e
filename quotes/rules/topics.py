"""What a verb reports through a preposition: what it was about ("wrote about the rights of victims",
"complained of the imbalance", "talked about the wall") or what it demanded ("called for a ban on …",
"called for the city to act")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.lexicon import (
    DEMAND_CUES,
    DEMAND_PREPOSITION,
    TALK_PREPOSITIONS,
    TALK_VERB_FORMS,
    TOPIC_CUES,
    TOPIC_PREPOSITIONS,
    speech_lemma,
)
from quotes.rules.common import subject_of
from quotes.rules.objects import POINTING_TAGS, more_than_a_word
from quotes.speakers.vocabulary import GROUP_PRONOUNS, ORG_ROLE_NOUNS, PERSON_PRONOUNS, PERSON_ROLE_NOUNS

#: Entity types of a subject that can make a demand.
_AGENT_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Pronouns of a subject that can make a demand (besides he, she, they): "I", "we", and "who" (the
#: relative pronoun of a person).
_AGENT_PRONOUNS = frozenset(PERSON_PRONOUNS) | GROUP_PRONOUNS | frozenset({"i", "we", "who"})


def topic_prepositions(verb: Token) -> frozenset[str]:
    """The prepositions through which ``verb`` reports what it was about: "wrote about", "complained
    of", "commented on" for the speech verbs that take them, "about" and "of" for a verb of talking
    ("talked about the wall", "spoke of his faith"; "spoke on Tuesday" names an occasion), and not in a
    to-infinitive; "for" for a verb of demanding ("called for …"). Empty for others."""
    lemma = speech_lemma(verb.lower_)
    if lemma in TOPIC_CUES:
        return TOPIC_PREPOSITIONS
    if lemma in DEMAND_CUES:
        return frozenset({DEMAND_PREPOSITION})
    if verb.lower_ in TALK_VERB_FORMS and not _to_infinitive(verb):
        return TALK_PREPOSITIONS
    return frozenset()


def _to_infinitive(verb: Token) -> bool:
    """ "met to talk about the deal", "wants to talk about jobs": talking meant or wanted, not reported."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _topic(verb: Token) -> tuple[Token, Token] | None:
    """The preposition of what ``verb`` was about and the head of its object (not a time, "on
    Tuesday"); for a demand, also "for" opening a clause ("called for the judge to resign": the
    parser hangs "for" on the infinitive as its marker)."""
    prepositions = topic_prepositions(verb)
    if not prepositions or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "prep" and child.lower_ in prepositions:
            obj = next((o for o in child.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return child, obj
        if child.dep_ == "advcl" and DEMAND_PREPOSITION in prepositions:
            mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ == DEMAND_PREPOSITION), None)
            if mark is not None and mark.i > verb.i:
                return mark, child
    return None


def spoken_about(verb: Token) -> list[Token]:
    """ "Obama wrote on Tuesday about rights denied to victims", "she complained of the imbalance",
    "he talked about the wall", "she called for a ban on …": a verb with no object or clause reports
    what it was about. Not a pronoun ("asked about it") nor a single word, though one word makes a
    demand ("called for calm"). A demand runs on through a coordinated "for" ("called for lower rates
    and for higher taxes"), and only somebody makes one ("the plan calls for …" is no demand)."""
    found = _topic(verb)
    if found is None:
        return []
    preposition, topic = found
    if topic.tag_ in POINTING_TAGS or topic.pos_ == "PRON":
        return []
    if preposition.lower_ != DEMAND_PREPOSITION:
        tokens = list(topic.subtree)
        return tokens if more_than_a_word(tokens) else []
    if not _can_demand(subject_of(verb) or _noun_acting(verb)):
        return []
    head = topic if preposition.dep_ == "mark" else preposition
    tokens = [t for t in head.subtree if t.i > preposition.i]
    return tokens + _rest_of_demand(verb, tokens[-1].i if tokens else preposition.i)


def topic_cue(verb: Token) -> Span:
    """The cue of a topic record: the verb with its particle and the preposition of the topic right
    after it ("talked about", "spoke out about", "complained of", "called for"), as annotators mark such
    cues; the verb alone when words stand between ("spoke briefly about", "wrote on Tuesday about")."""
    doc = verb.doc
    end = verb.i + 1
    if end < len(doc) and doc[end].dep_ == "prt" and doc[end].head.i == verb.i:
        end += 1
    found = _topic(verb)
    if found is not None and found[0].i == end:
        end += 1
    return doc[verb.i : end]


def _rest_of_demand(verb: Token, end: int) -> list[Token]:
    """What the parser hangs on the verb that goes on with the demand: an infinitive right after the
    object ("called for the minister [to resign]") and a coordinated "for" ("called for lower rates
    [and for higher taxes]")."""
    extra: list[Token] = []
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i <= end or child.dep_ in ("cc", "punct"):
            continue  # joiners count with what they join
        infinitive = child.dep_ == "advcl" and _to_infinitive(child)
        coordinated = child.dep_ == "conj" and child.lower_ == DEMAND_PREPOSITION
        joiners = verb.doc[end + 1 : child.left_edge.i]
        if not (infinitive or coordinated) or not all(t.dep_ == "cc" or t.is_punct for t in joiners):
            break
        extra += [*joiners, *child.subtree]
        end = child.right_edge.i
    return extra


def _noun_acting(verb: Token) -> Token | None:
    """ "residents calling for a new school", "a panel of doctors called for a review": a verb hung on
    the noun before it (a participle, or a misparsed clause) is that noun's act."""
    return verb.head if verb.dep_ == "acl" and verb.head.i < verb.i else None


def _can_demand(subject: Token | None) -> bool:
    """A subject that can make a demand: a name, a person's or a group's pronoun, a role noun of a
    person or an organisation ("the senator", "the union"), or a plural noun for people ("advocates",
    "protesters"); not a thing ("the plan calls for …", "the situation calls for …")."""
    if subject is None:
        return False
    if subject.pos_ == "PROPN" or subject.ent_type_ in _AGENT_ENTITY_TYPES:
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in _AGENT_PRONOUNS
    if subject.pos_ != "NOUN":
        return False
    return subject.lower_ in PERSON_ROLE_NOUNS or subject.lower_ in ORG_ROLE_NOUNS or subject.tag_ == "NNS"
