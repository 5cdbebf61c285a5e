"""A time inside a clause that modifies a noun (a relative clause, a participle) dates that clause's
own event, not the sentence's: the quotes after "Lee returned the gifts she accepted on Monday" are
not from Monday. Publication date 2021-02-16, a Tuesday."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-02-16"
MONDAY = "2021-02-15"
QUOTE = "\n\n“We acted out of caution,” Lee said."


@pytest.fixture(scope="module")
def dated(extract):
    """``dated(text)`` → {quote start: (date, date_basis)}."""

    def run(text: str) -> dict[str, tuple[str | None, str | None]]:
        return {r["quote"][:20]: (r["date"], r["date_basis"]) for r in extract(text, PUBLISHED)}

    return run


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # The sentence's own act is dated: its speaker's next words are from then.
        ("Sen. Ann Lee returned the gifts on Monday.", (MONDAY, "context")),
        ("Sen. Ann Lee, who took the gifts, returned them on Monday.", (MONDAY, "context")),
        ("After the vote, Sen. Ann Lee returned the gifts on Monday.", (MONDAY, "context")),
        ("Sen. Ann Lee thanked the donors and she returned the gifts on Monday.", (MONDAY, "context")),
        # A relative clause on a person tells, in news, the occasion the next words are from.
        ("Sen. Ann Lee, who met the donors on Monday, returned the gifts.", (MONDAY, "context")),
        (
            "Sen. Ann Lee, who refused to back the plan during a speech at the convention on Monday, faces a hard week.",
            (MONDAY, "context"),
        ),
        # The time belongs to a clause modifying a noun: the gifts came then, not the words.
        ("Sen. Ann Lee returned the gifts she accepted on Monday.", (PUBLISHED, "document")),
        ("Sen. Ann Lee returned the gifts she had accepted Monday.", (PUBLISHED, "document")),
        ("Sen. Ann Lee returned the gifts that she accepted on Monday.", (PUBLISHED, "document")),
        (
            "In response to the paper's inquiries about donations she received Feb. 15, Sen. Ann Lee returned the money.",
            (PUBLISHED, "document"),
        ),
    ],
)
def test_a_time_in_a_clause_modifying_a_noun_does_not_date_the_event(dated, event, expected):
    assert dated(event + QUOTE)["We acted out of caut"] == expected


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # Sentences with a verb of saying get a full parse: a participle modifying the object.
        ("Sen. Ann Lee returned the gifts on Monday and told donors she regretted them.", (MONDAY, "context")),
        (
            "Sen. Ann Lee returned the gifts collected at a Monday rally and told donors she regretted them.",
            (PUBLISHED, "document"),
        ),
    ],
)
def test_a_participle_modifying_the_object_does_not_date_a_parsed_event(dated, event, expected):
    assert dated(event + QUOTE)["We acted out of caut"] == expected


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ("Sen. Ann Lee returned the gifts on Monday.", MONDAY),
        ("Sen. Ann Lee returned the gifts she accepted on Monday.", PUBLISHED),
    ],
)
def test_the_clause_date_does_not_carry_over_paragraphs(dated, event, expected):
    records = dated(
        event + "\n\n"
        "The donors could not be reached.\n\n"
        "“We acted out of caution,” Lee said.\n\n"
        "“Nobody asked us to do it,” she added."
    )
    assert records["We acted out of caut"][0] == expected
    assert records["Nobody asked us to d"][0] == expected
