"""Where a reported clause ends: checks that cut what follows the reported words but is no part of them."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.rules.common import is_speech_verb
from quotes.syntax import FINITE_TAGS, NOMINAL_SUBJECT_DEPS, is_verb

#: Subordinators that set a second report beside the first ("…, while 22 percent said …") rather than
#: make it a condition or cause of the first ("until Haley said …", "because the council asked …").
_CONTRASTING_MARKS = frozenset({"while", "whereas", "as"})


def without_parallel_report(tokens: list[Token]) -> list[Token]:
    """Stop before a closing clause that has a subject and a cue of saying of its own ("most said the
    plan was fair, while a third said it went too far"; "…, and three in five said …"): that is another
    attribution, which its own cue reports as a record of its own, not more of what the first speaker said."""
    if len(tokens) < 4:
        return tokens
    last = tokens[-1].i
    position_of = {t.i: n for n, t in enumerate(tokens)}
    for token in tokens[3:]:
        if not _reports_in_parallel(token) or token.right_edge.i < last:
            continue
        cut = position_of.get(token.left_edge.i)
        if cut is None or cut < 3 or not _set_off(tokens[cut - 1]):
            continue
        kept = tokens[:cut]
        while kept and (kept[-1].dep_ == "cc" or kept[-1].is_punct):
            kept.pop()
        return kept
    return tokens


def without_dangling_conjunction(tokens: list[Token]) -> list[Token]:
    """Drop a conjunction (and the comma before it) left at the end when the parse hangs the "and" of
    two clauses on the first one ("said they felt tired, and one in four said …"): it joins the
    sentence, it says nothing."""
    end = len(tokens)
    while end and tokens[end - 1].is_punct:
        end -= 1
    if not end or tokens[end - 1].dep_ != "cc":
        return tokens  # closing punctuation alone stays: a quote's own marks end there
    while end and (tokens[end - 1].dep_ == "cc" or tokens[end - 1].is_punct):
        end -= 1
    return tokens[:end]


def _reports_in_parallel(verb: Token) -> bool:
    """A finite cue of saying with a subject of its own, joined as a conjunct, a second complement of
    the first cue, or a contrasting adverbial clause."""
    if verb.dep_ not in ("conj", "ccomp", "advcl") or verb.tag_ not in FINITE_TAGS or not is_speech_verb(verb):
        return False
    if not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return False
    return verb.dep_ != "advcl" or any(c.dep_ == "mark" and c.lower_ in _CONTRASTING_MARKS for c in verb.children)


def _set_off(before: Token) -> bool:
    """The clause is set off from the reported words by punctuation or a conjunction: not a clause the
    reported words embed ("he said the deal held because the council said so" keeps its clause)."""
    return before.is_punct or before.dep_ == "cc"


def describes_a_name(head: Token) -> bool:
    """A relative clause or appositive set off after a proper name ("…, who is the ex-wife of …",
    "…, which was passed in 2010", "…, the presumptive nominee"): the writer's note on who or what
    the name is. An appositive holding a conjunction is mostly a list the parser misread ("Israel, the
    deal and the court") and stays; so does a clause of what happens at a place ("…, where …"), which
    annotators mostly keep."""
    if head.dep_ not in ("relcl", "appos") or head.head.pos_ != "PROPN":
        return False
    if head.dep_ == "relcl":
        return not any(t.lower_ == "where" for t in head.subtree)
    # a name after a name is part of it ("Charlotte, N.C."), a number an age ("Lee, 70")
    return head.pos_ == "NOUN" and not any(t.dep_ == "cc" for t in head.subtree)


def sums_up_the_clause(head: Token) -> bool:
    """A noun phrase after a comma that sums up or measures the clause before it ("…, an increase of
    $200 million", "…, a point the senator also made", "…, the first time it has …"): the writer's
    comment. Not a bare measure ("…, on average, 50 minutes a day") nor a contrast ("…, but not …")."""
    if head.pos_ != "NOUN":
        return False
    if not (head.dep_ in ("npadvmod", "dep") or (head.dep_ == "appos" and head.head.pos_ in ("VERB", "AUX"))):
        return False
    first = head.left_edge
    return not (first.like_num or first.dep_ == "cc" or first.tag_ == "CD")


def verb_phrase_going_on(conj: Token) -> bool:
    """A conjoined verb with no subject and no subordinator of its own: it shares the subject before it.
    Annotators count it with the reported clause about two times in three, even when it is the
    speaker's own act ("but declined to …")."""
    return is_verb(conj) and not any(c.dep_ == "mark" for c in conj.children)
