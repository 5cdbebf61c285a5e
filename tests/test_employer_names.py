"""A person named after their employer with a possessive ("The Daily Planet's Jane Roe wrote") is the
person, however far the tagger's entity runs (quotes.speakers.employers); a capitalised title with its
holder's name set off by commas ("The firm's CEO, Jane Roe, said") is that holder. One sentence cases,
positive and negative; the fixtures are written for these tests."""

from __future__ import annotations

import pytest
from speaking import the_record

LEAD = "The council met on Monday.\n\n"


def speaker(records: list[dict], quote: str) -> tuple[str, str]:
    record = the_record(records, quote)
    return record["speaker"], record["speaker_kind"]


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ('"It will annoy them," Dissent’s Nadia Petrov wrote on Friday.', "It will annoy them",
         ("Nadia Petrov", "person")),
        ('The Daily Planet\'s Lois Kent wrote that the plan was "a mess."', 'the plan was "a mess."',
         ("Lois Kent", "person")),
        # one word after the possessive: only a surname met before
        ('L. Brent Roe spoke first. Acme Research Center’s Roe said the senator was "the best."',
         'the senator was "the best."', ("L. Brent Roe", "person")),
        # negatives: an organisation's or programme's name after the possessive, a pronoun owner
        ('Moody\'s Investors Service said the outlook was "negative."', 'the outlook was "negative."',
         ("Moody's Investors Service", "organisation")),
        ('"We disagree," his Acme Foundation said.', "We disagree", ("his Acme Foundation", "organisation")),
    ],
)
def test_a_person_named_after_their_employer(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote) == expected


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ('The Acme Group\'s CEO, Jane Roe, said the two firms had "agreed on it."', 'the two firms had "agreed on it."',
         ("Jane Roe", "person")),
        ('The union\'s Director of Government Affairs Tom Doe said the union would "sit it out."',
         'the union would "sit it out."', ("Tom Doe", "person")),
        # negative: a capitalised title alone stays the role
        ('The Acme Group\'s CEO said the two firms had "agreed on it."', 'the two firms had "agreed on it."',
         ("The Acme Group's CEO", "unnamed")),
    ],
)
def test_a_capitalised_title_with_its_holders_name_is_the_holder(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote) == expected
