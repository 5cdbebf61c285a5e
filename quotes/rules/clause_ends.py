"""Where a reported clause ends: checks that cut what follows the reported words but is no part of them."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from quotes.parsing import token_index_at
from quotes.rules.common import LocalQuote, QuoteIndex, is_speech_verb
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
        return without_trailing_joiners(tokens[:cut])
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
    return without_trailing_joiners(tokens[:end])


def without_trailing_joiners(tokens: list[Token]) -> list[Token]:
    """The words before a cut, without the conjunctions and punctuation that joined them to what was
    cut ("said the plan was fair, and" → "said the plan was fair")."""
    end = len(tokens)
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


#: Tags of the words that open a relative clause: "which", "who", "whose", "where".
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Punctuation that sets off the writer's note after a quote ("…,” a jab at …", "… — a move that …").
_NOTE_MARKS = frozenset({",", "—", "–", "--"})


def writer_note_start(doc: Doc, quotes: QuoteIndex, last: LocalQuote, end: int) -> int | None:
    """Where the writer's note begins that closes a mixed clause (ending at ``end``) after its last
    quote: a relative clause (:func:`_closing_relative`), else a summing-up noun phrase
    (:func:`_closing_summary`). ``None`` when there is none."""
    note = _closing_relative(doc, quotes, last, end)
    return _closing_summary(doc, quotes, last, end) if note is None else note


def _closing_relative(doc: Doc, quotes: QuoteIndex, last: LocalQuote, end: int) -> int | None:
    """A relative clause set off by a comma after the last quote ("said he would “take a look” at the
    bill[, which would give police more time]", "…[, where he trails in the polls]"): it tells the
    reader about the noun before it, not what was said. Not one holding quote marks (then the words
    may be the speaker's)."""
    for token in _words_after(doc, last, end):
        comma = doc[token.i - 1]
        if comma.text != "," or comma.idx < last.outer_end:
            continue
        clause = _relative_clause_opened_by(token)
        if clause is None or not _runs_to(clause, end):
            continue
        return None if quotes.overlapping(token.idx, end) else comma.idx
    return None


def _closing_summary(doc: Doc, quotes: QuoteIndex, last: LocalQuote, end: int) -> int | None:
    """A noun phrase with "a"/"an" set off by a comma or dash after the last quote that sums up or
    glosses what came before ("…complained the contest was “rigged” against him[, a charge the party
    denied]", "…would “stay calm” at the hearing[, a jab at the committee]"). Not one describing a
    person ("…, a supporter of …"), nor one holding quote marks."""
    for token in _words_after(doc, last, end):
        if token.lower_ not in ("a", "an") or token.i < 2:
            continue
        mark = doc[token.i - 1] if doc[token.i - 1].text in _NOTE_MARKS else doc[token.i - 2]
        after_quote_mark = doc[token.i - 1].is_quote  # "…,” a formal name for …": the mark stands between
        if mark.text not in _NOTE_MARKS or (mark.i < token.i - 1 and not after_quote_mark):
            continue
        noun = token.head
        opens = noun.left_edge.i == token.i or (noun.left_edge.i == token.i - 1 and after_quote_mark)
        if noun.pos_ != "NOUN" or noun.ent_type_ or not opens or noun.head.i >= token.i:
            continue
        if noun.head.pos_ == "PRON" or noun.head.ent_type_ == "PERSON":
            continue  # who somebody is ("Dr. West, a critic of …"): part of what was said as often as not
        if not _runs_to(noun, end):
            continue
        return None if quotes.overlapping(token.idx, end) else max(mark.idx, last.outer_end)
    return None


def _words_after(doc: Doc, last: LocalQuote, end: int) -> Iterator[Token]:
    """The tokens from the end of the quote ``last`` up to the clause's ``end``."""
    for token in doc[token_index_at(doc, last.outer_end) :]:
        if token.idx >= end:
            return
        yield token


def _runs_to(head: Token, end: int) -> bool:
    """The phrase under ``head`` runs to the clause's end (closing punctuation aside)."""
    return head.right_edge.idx + len(head.right_edge.text) >= end - 1


def _relative_clause_opened_by(token: Token) -> Token | None:
    """The non-restrictive relative clause whose first word is ``token``: a relative word, or a
    preposition with one ("[with whom] he had worked")."""
    if token.tag_ not in _RELATIVE_TAGS and token.dep_ != "prep":
        return None
    for head in [token, *token.ancestors][:4]:
        if head.left_edge.i == token.i and head.dep_ == "relcl" and head.head.i < token.i:
            return head
    return None


def writers_parenthesis(tokens: list[Token]) -> bool:
    """Whether the bracket opening ``tokens`` sets off the writer's words: a clause inside it ("(Obama
    has proposed …)"), or no close before the reported words end. "(34 percent)" or "(D-Ohio)" is part
    of the sentence."""
    inside = next((tokens[1:position] for position, t in enumerate(tokens) if t.text == ")"), None)
    return inside is None or any(is_verb(t) for t in inside)
