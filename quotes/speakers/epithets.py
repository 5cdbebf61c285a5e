"""Age epithets: "the 46-year-old said", "The 57-year-old scientist says" point back to the person the
article was just telling about, as news writes a second reference once the name and age were given."""

from __future__ import annotations

from spacy.tokens import Token

#: The role an age epithet is resolved as: the last fitting subject, like a party member.
AGE_EPITHET = "age epithet"


def age_epithet(head: Token) -> bool:
    """``head`` ends a singular definite description holding an age ("the 46-year-old", "the
    bespectacled, 71-year-old diplomat"): a person met before, not someone new ("a 46-year-old")."""
    if head.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    words = [t.lower_ for t in head.doc[head.left_edge.i:head.i + 1]]
    return any(words[at:at + 4] == ["-", "year", "-", "old"] and words[at - 1].isdigit()
               for at in range(1, len(words) - 3))
