"""Definite roles outside cue subjects ("Later, the mayor thanked the crews.") are mentions of the person
who bears the role, so a later "he" continues them (quotes.speakers.role_mentions). Multi-paragraph
cases, positive and negative; the fixtures are written for these tests."""

from __future__ import annotations

import pytest
from speaking import speaker

LEAD = "The council met on Monday.\n\n"
QUOTE = '"We are proud of them," he said.'


@pytest.mark.parametrize(
    "text, expected",
    [
        # the role opens a clause: it carries the mayor on over the later subject Cole
        ("Mayor Taylor Reed met Jordan Cole at the site. Cole asked him about the crews. "
         "Later, the mayor thanked them.\n\n" + QUOTE, "Taylor Reed"),
        ("Mayor Taylor Reed met Jordan Cole at the site. Cole asked him about the crews. "
         "The mayor smiled.\n\n" + QUOTE, "Taylor Reed"),
        # negatives: a role that is no subject, one that introduces someone, one naming another place
        ("Mayor Taylor Reed met Jordan Cole at the site. Cole asked him about the crews and "
         "praised the mayor.\n\n" + QUOTE, "Jordan Cole"),
        ("Mayor Taylor Reed met Jordan Cole at the site. Cole asked him about the crews. "
         "The most popular mayor smiled.\n\n" + QUOTE, "Jordan Cole"),
        ("Acme president Taylor Reed met Jordan Cole at the site. Cole asked him about the crews. "
         "The Mexican president smiled.\n\n" + QUOTE, "Jordan Cole"),
    ],
)
def test_a_role_subject_is_a_mention_of_its_bearer(extract, text, expected):
    assert speaker(extract(LEAD + text), "We are proud of them") == expected
