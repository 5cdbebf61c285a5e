"""A person's name the tagger read as an organisation's is that person when the article names exactly one
person with that surname (resolver._person_named_as_org)."""

from __future__ import annotations

import pytest
from speaking import the_record

_LATER = '\n\nOhio Gov. Tom Varga said the bill was "dead on arrival."'


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # a lone surname before the full name is given
        ('Varga said the vote was "a disgrace."' + _LATER, "Tom Varga", "person"),
        # negative: a company named after the person stays a company
        ('Varga Industries said the vote was "a disgrace."' + _LATER, "Varga Industries", "organisation"),
        # negative: a group named after the person stays a group
        ('Friends of Varga said the vote was "a disgrace."' + _LATER, "Friends of Varga", "organisation"),
    ],
)
def test_an_organisation_named_by_a_persons_surname_is_that_person(extract, text, speaker, kind):
    record = the_record(extract(text), 'the vote was "a disgrace."')
    assert (record["speaker"], record["speaker_kind"]) == (speaker, kind)
