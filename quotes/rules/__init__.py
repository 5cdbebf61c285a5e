"""Quote candidates in one parsed paragraph, and the table of the rules that find them.

- ``common``: the candidate and quoted-span types, token helpers (speech verb, cue span, subject);
- ``direct``: who said a quoted span (cue after or before it, a colon introducing it);
- ``reported``: reported speech (a cue and the clause it reports) from the dependency parse;
- ``candidates``: one paragraph's direct and reported candidates merged into one list;
- ``continuation``: a sentence of a connective and a quote going on with the speaker before it;
- ``registry``: every rule's name, family and confidence.

All work on a spaCy ``Doc`` of a single paragraph with doc-local character offsets; rules that look
across paragraphs are in ``quotes.discourse``.
"""

from quotes.rules.candidates import paragraph_candidates
from quotes.rules.common import Candidate, LocalQuote
from quotes.rules.registry import RULES, Rule, UnknownRule, rule_named

__all__ = ["RULES", "Candidate", "LocalQuote", "Rule", "UnknownRule", "paragraph_candidates", "rule_named"]
