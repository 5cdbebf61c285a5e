"""A time inside a clause that modifies a noun dates that clause's own event, not the sentence's: in
"After questions about gifts she accepted on Jan. 12, Roe returned the money", Jan. 12 is when the
gifts came, and the returning (and the words quoted after it) is undated.

Two checks, one per kind of parse the event finder reads (see :mod:`quotes.dates.events`):

- :func:`is_participle_on_object` — on a parsed sentence, the expression sits under a participle that
  modifies a noun other than the subject ("the gifts accepted on Jan. 12"; relative clauses proper,
  "relcl", are content already); the event finder tests it on each word of the path it climbs for
  content clauses. A participle on the subject is about the subject's own act ("The mayor,
  speaking on Friday, …") and keeps dating it.
- :func:`in_relative_clause_by_words` — on a sentence the parser skipped (words only): an object's
  relative clause right before the expression, "that" and a subject pronoun ("the gifts that she
  accepted on Jan. 12") or the noun followed straight by a subject pronoun and a verb, the relative
  clause English leaves unmarked ("the gifts she accepted Jan. 12"). A "who" clause is left alone: on
  a person ("a protester who interrupted him at a rally on Sunday") it tells, in news, the very
  occasion the next quotes are from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.syntax import NOMINAL_SUBJECT_DEPS, is_verb_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Subject pronouns: after a noun with nothing between, they start a clause with no relativizer.
SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
#: Words before a subject pronoun that start a clause of the sentence's own, not a relative one
#: ("and she left on Friday", "then they met Monday", "when he spoke on Friday"): conjunctions,
#: subordinators and sentence adverbs (a closed list written for this check).
CLAUSE_OPENERS = frozenset(
    "and but or nor so yet then when whenever while as if because since after before until once though "
    "although where whereas now also later earlier yesterday today tonight recently again still finally "
    "first instead meanwhile there here why how what".split()
)
#: Auxiliaries that may stand between the pronoun and its verb ("the gifts she had accepted …").
AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "did"})
#: Prepositions that may stand between the verb and the expression ("… accepted on Jan. 12").
TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during"})


def is_participle_on_object(token: Token) -> bool:
    """Is ``token`` a participle modifying a noun that is not a subject?"""
    return token.dep_ == "acl" and is_verb_form(token) and token.head.dep_ not in NOMINAL_SUBJECT_DEPS


def in_relative_clause_by_words(span: Span, sentence: Span) -> bool:
    """Is the expression, by its words alone, inside an object's relative clause?"""
    lead = [t for t in span.doc[sentence.start : span.start] if not t.is_space]
    k = len(lead)
    if k and lead[k - 1].lower_ in TIME_PREPOSITIONS:
        k -= 1
    if not k or not lead[k - 1].is_alpha or not lead[k - 1].is_lower:
        return False  # the verb
    k -= 1
    if k and lead[k - 1].lower_ in AUXILIARIES:
        k -= 1
    if k < 2 or lead[k - 1].lower_ not in SUBJECT_PRONOUNS:
        return False
    before = lead[k - 2]  # "that" opening the clause, or the noun it modifies
    return before.lower_ == "that" or (before.is_alpha and before.is_lower and before.lower_ not in CLAUSE_OPENERS)
