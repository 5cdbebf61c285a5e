"""A statement named with no issuer that speaks: "“…,” the statement said.".

Wire copy names who put out a statement ("The airline said it would appeal.", "In a statement, the
ministry said …") and then lets "the statement" speak. Its issuer is who acted last: the statement is
read like a role noun nobody bears, which falls back to the last sentence's main-clause subject.
"""

from __future__ import annotations

from spacy.tokens import Token

#: What an organisation or person issues in its own voice. Not reports, studies, surveys, lawsuits or
#: letters: third parties write those about the subject, or they are addressed to someone, so the last
#: subject is often their topic or addressee (found by reading PolNeAR train records, where "the
#: report"/"the letter" fell to the wrong person about as often as to the right one).
SELF_ISSUED_DOCUMENTS = frozenset({"statement", "release"})


def unissued_statement(head: Token) -> bool:
    """"the statement", "the release": a singular self-issued document after "the" and nothing else (no
    possessor, no "by"/"from" phrase, no modifier such as "the IG report" or "the Sharon Statement")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lower_ not in SELF_ISSUED_DOCUMENTS:
        return False
    left = [child for child in head.children if child.i < head.i]
    right = [child for child in head.children if child.i > head.i and child.dep_ not in ("punct",)]
    return not right and [(c.dep_, c.lower_) for c in left] == [("det", "the")]
