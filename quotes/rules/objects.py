"""What a speech verb with no clause reports: its object noun phrase ("announced new steps to …") or an
accusation's or judgment's object and the phrase that says what for ("accused Ottawa of ignoring …",
"criticized the mayor for cutting …"), or a judgment's bare object ("criticized the new toll"); what it
was about is
:mod:`quotes.rules.topics`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from quotes.lexicon import (
    BARE_JUDGMENT_VERBS,
    JUDGMENT_PREPOSITIONS,
    JUDGMENT_VERB_FORMS,
    OBJECT_CUES,
    speech_lemma,
)


def object_after(verb: Token) -> Token | None:
    """The verb's direct object, when it follows the verb (one before it is a misparse or a question)."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def more_than_a_word(tokens: Sequence[Token]) -> bool:
    """Two words or more: a single word ("announced changes") says too little to be what was said."""
    return sum(not t.is_punct for t in tokens) >= 2


#: The preposition that says what the object is accused of ("accused Ottawa of ignoring the province");
#: a verb of judging (``JUDGMENT_VERBS``) takes ``JUDGMENT_PREPOSITIONS`` ("criticized the mayor for …"),
#: and blaming also says on whom ("blamed the collapse on the migrant crisis").
ACCUSATION_PREPOSITIONS = frozenset({"of"})
BLAME_PREPOSITIONS = JUDGMENT_PREPOSITIONS | {"on"}
#: Where words are said, not whom they blame: "blamed local officials on Twitter".
PLATFORMS = frozenset("twitter facebook instagram youtube television tv radio air camera".split())


def accusation(verb: Token) -> list[Token]:
    """ "accused Ottawa of ignoring the province", "criticized the mayor for cutting the budget": the
    object and the phrase that says what for (the parser hangs it on the verb or on the object);
    object and phrase together are what was said, as PolNeAR annotates them."""
    judging = JUDGMENT_VERB_FORMS.get(verb.lower_)
    if speech_lemma(verb.lower_) == "accuse":
        prepositions = ACCUSATION_PREPOSITIONS
    elif judging is not None:
        prepositions = BLAME_PREPOSITIONS if judging == "blame" else JUDGMENT_PREPOSITIONS
    else:
        return []
    obj = object_after(verb)
    if obj is None:
        return []
    heads = (verb, obj)
    phrase = next(
        (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in prepositions and c.i > obj.i), None
    )
    if phrase is None or not any(c.dep_ in ("pobj", "pcomp") for c in phrase.children) or _lasted(phrase):
        return _judged_object(verb, obj) if judging in BARE_JUDGMENT_VERBS else []
    tokens = sorted({*obj.subtree, *phrase.subtree, *_contrasted(phrase)}, key=lambda t: t.i)
    return tokens + _reason_after(verb, tokens[-1])


def _contrasted(phrase: Token) -> list[Token]:
    """ "blamed the delays on the “bad weather,” [not on the crews]": a second phrase with the
    same preposition right after the first (only punctuation between) goes on with it; the parser hangs
    it on the verb beside the first."""
    doc = phrase.doc
    end = phrase.right_edge.i
    for sibling in phrase.head.children:
        if sibling.i <= end or sibling.dep_ != "prep" or sibling.lower_ != phrase.lower_:
            continue
        between = doc[end + 1 : sibling.left_edge.i]
        if all(t.is_punct for t in between):
            return list(doc[end + 1 : sibling.right_edge.i + 1])
    return []


#: Objects that name no one judged: "mocked each other", "praised one another".
RECIPROCALS = frozenset({"other", "another"})


def _judged_object(verb: Token, obj: Token) -> list[Token]:
    """ "criticized the new toll", "praised Mayor Jane Roe": a verb of judging with no phrase saying
    what for (one of ``BARE_JUDGMENT_VERBS``: :func:`accusation` has looked the verb up) reports its
    object, as :func:`said_object` does (a noun with what the parser hangs on the verb right after it,
    a name alone), and a "because" clause right after it. Not a pronoun or
    demonstrative (it only points), nor words in quote marks (the quoted-phrase rule reads "criticized
    the “rigged” vote"), nor a verb with a particle ("blasted out an email" is sending), nor a
    possessive the parse left without its noun ("condemned ISIS’s")."""
    if any(c.dep_ == "prt" for c in verb.children):
        return []
    if obj.tag_ in POINTING_TAGS or obj.pos_ == "PRON" or obj.lower_ in RECIPROCALS:
        return []
    # what the parser hangs on the verb after a name is how or where the judging went ("criticized
    # Mr. Obama from the left"); after a noun, mostly the noun's ("condemned the deal with …")
    tokens = [t for t in obj.subtree if t.i > verb.i] if obj.pos_ == "PROPN" else _object_phrase(verb, obj)
    if any(t.is_quote for t in tokens) or tokens[-1].tag_ == "POS":
        return []
    return tokens + _reason_after(verb, tokens[-1])


def _reason_after(verb: Token, last: Token) -> list[Token]:
    """ "mocked Ruiz for “having a rough night” [because she won no state]": a "because" clause of the
    verb straight after the phrase (only quote marks between) goes on with what was said."""
    doc = verb.doc
    nxt = last.i + 1
    while nxt < len(doc) and doc[nxt].is_quote:
        nxt += 1
    reason = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == nxt), None)
    if reason is None or reason.left_edge.lower_ != "because":
        return []
    return list(doc[last.i + 1 : reason.right_edge.i + 1])


def _lasted(phrase: Token) -> bool:
    """ "attacked the plan [for months]": a "for" phrase of time tells how long, not what for; nor does
    an "on" phrase of time or platform say on whom ("blamed officials on Monday", "on Twitter")."""
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in PLATFORMS) for c in phrase.children
    )


#: Words that only point at what was said: an object ("announced it", "denied that", "said something"),
#: a passive subject ("It was announced …").
POINTING_TAGS = frozenset({"PRP", "DT", "WDT", "WP", "EX"})


def said_object(verb: Token) -> list[Token]:
    """ "Obama announced a series of steps to tighten gun sales": a speech verb with no clause reports
    its object noun phrase. Not a pronoun or demonstrative (it only points at the words), nor a name
    ("questioned Clinton": the object is a person or body addressed), nor a single word. An infinitive
    the parser hangs on the verb right after the object ("steps to tighten gun sales") is the object's."""
    if speech_lemma(verb.lower_) not in OBJECT_CUES:
        return []
    obj = object_after(verb)
    if obj is None or obj.tag_ in POINTING_TAGS or obj.pos_ in ("PRON", "PROPN"):
        return []
    tokens = _object_phrase(verb, obj)
    return tokens if more_than_a_word(tokens) else []


def _object_phrase(verb: Token, obj: Token) -> list[Token]:
    """The object's words after the verb, with an infinitive the parser hangs on the verb right after
    the object ("steps to tighten gun sales") and the object's prepositional modifiers hung there."""
    tokens = [t for t in obj.subtree if t.i > verb.i]
    follows = next((c for c in verb.children if c.dep_ == "xcomp" and c.left_edge.i == obj.right_edge.i + 1), None)
    if follows is not None:
        tokens += list(follows.subtree)
    return tokens + _object_modifiers(verb, max(t.i for t in tokens))


#: Prepositions that mostly modify a noun ("engagement to …", "support for …"), unlike those of the
#: setting of the saying ("at a rally", "on CNN", "during the debate").
_NOUN_PREPOSITIONS = frozenset("of to for in about against with from over toward towards".split())


def _object_modifiers(verb: Token, end: int) -> list[Token]:
    """ "announced his engagement to a former model", "recalled her generosity in support of the
    program": prepositional phrases the parser hangs on the verb right after the object mostly belong
    to the object. Not the time or the place of saying ("in May", "at a rally")."""
    extra: list[Token] = []
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.dep_ != "prep" or child.left_edge.i != end + 1 or child.lower_ not in _NOUN_PREPOSITIONS:
            continue
        phrase = list(child.subtree)
        if any(t.ent_type_ in ("DATE", "TIME") for t in phrase):
            break
        extra.extend(phrase)
        end = child.right_edge.i
    return extra
