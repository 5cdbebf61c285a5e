"""A possessive role with nobody named before it ("his attorney said …") takes the one person the
article later names with that role ("said Jane Roe, his attorney"); two such people, an earlier bearer,
or a bearer of another role (or of another owner's role) leave it as written."""

from __future__ import annotations

import pytest

#: The article opens with the owner, then the possessive role speaks (the record tested).
OPENING = "Councillor Tom Green was charged with fraud on Monday. "


def role_record(extract, text: str, mention: str) -> dict:
    records = extract(OPENING + text)
    return next(r for r in records if r["speaker_mention"] == mention)


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        # one sentence: the bearer named in the same sentence, after the role
        ("His attorney said the charge was baseless; attorney Jane Roe filed a motion to dismiss it on Tuesday.",
         "His attorney", "Jane Roe"),
        # two sentences: an appositive after the name, a title before it
        ("His attorney said the charge was baseless. \"We will fight this,\" said Jane Roe, his attorney.",
         "His attorney", "Jane Roe"),
        ("His attorney said the charge was baseless. Attorney Jane Roe added that her client would plead not guilty.",
         "His attorney", "Jane Roe"),
        # a pronoun owner: the bearer's description names the person the pronoun points back to
        ("His attorney said the charge was baseless. \"We will fight this,\" said Jane Roe, an attorney for "
         "Mr. Green.", "His attorney", "Jane Roe"),
        ("His attorney said the charge was baseless. \"We will fight this,\" said Jane Roe, Green's attorney.",
         "His attorney", "Jane Roe"),
        # the other bearer of the role is someone else's
        ("His attorney said the charge was baseless. \"We will fight this,\" said Jane Roe, his attorney. "
         "Peter Doe, an attorney for the city, declined to comment.", "His attorney", "Jane Roe"),
        # a named owner: the bearer's description names the same owner
        ("The mayor's spokeswoman said the city would cooperate. \"We have nothing to hide,\" said Mary Fox, "
         "a spokeswoman for the mayor.", "The mayor's spokeswoman", "Mary Fox"),
    ],
)
def test_a_possessive_role_takes_its_sole_later_bearer(extract, text, mention, speaker):
    record = role_record(extract, text, mention)
    assert (record["speaker"], record["speaker_kind"]) == (speaker, "person")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # two people named later with the role: no telling which
        ("His attorney said the charge was baseless. \"We will fight this,\" said Jane Roe, his attorney. "
         "Peter Doe, an attorney, declined to comment.", "His attorney"),
        # a bearer named before the role: not this check's to decide
        ("Jane Roe, an attorney, attended the hearing. His attorney said the charge was baseless.", "His attorney"),
        # a different role named later, in the same sentence or the next
        ("His attorney said the charge was baseless; spokeswoman Jane Roe filed a motion to dismiss it on Tuesday.",
         "His attorney"),
        ("His attorney said the charge was baseless. \"We will fight this,\" said Jane Roe, his spokeswoman.",
         "His attorney"),
        # the same role of another owner
        ("The mayor's spokeswoman said the city would cooperate. \"We have nothing to hide,\" said Mary Fox, "
         "a spokeswoman for the governor.", "The mayor's spokeswoman"),
        # the same role of someone other than the person a pronoun owner points back to
        ("His attorney said the charge was baseless. Jane Roe, an attorney for the plaintiffs, disagreed.",
         "His attorney"),
        ("His attorney said the charge was baseless. \"It is strong,\" said Jane Roe, the city's attorney.",
         "His attorney"),
        # another office that begins with the role word
        ("His attorney said the charge was baseless. Attorney General Jane Roe said the case would go ahead.",
         "His attorney"),
    ],
)
def test_a_possessive_role_stays_as_written_without_a_sole_later_bearer(extract, text, mention):
    record = role_record(extract, text, mention)
    assert record["speaker"] == mention
