"""A person role owned by "its"/"their" whose pronoun points back to an organisation ("The union filed a
grievance. Its president argued …") is the person named before with that role in that organisation;
no such person, a role of someone else's, or a pronoun pointing to a person leave it as written."""

from __future__ import annotations

import pytest

from tests.speaking import speaker

RULES = "the new shift rules broke the contract"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bearer named in an appositive to the same possessive role
        ("The Millbrook Tenants Council met the mayor on Friday. Its chairman, Paul Greer, said the talks went "
         f"well. Its chairman argued that {RULES}.", "Paul Greer"),
        # the bearer described with the organisation's name
        ("Jane Roe, president of the Acme Workers Union, said on Monday that talks had failed. The union filed "
         f"a grievance. Its president argued that {RULES}.", "Jane Roe"),
        ("Carla Diaz, a spokeswoman for the Harbor Pilots Guild, said on Monday that talks had failed. The "
         f"guild filed a complaint. Its spokeswoman said that {RULES}.", "Carla Diaz"),
    ],
)
def test_org_owned_role_takes_earlier_bearer(extract, text: str, expected: str) -> None:
    assert speaker(extract(text), RULES) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nobody named with the role: as written
        (f"The Acme Workers Union filed a grievance on Monday. Its president argued that {RULES}.",
         "Its president"),
        # the president named before is another organisation's
        ("Jane Roe, president of the Acme Workers Union, said on Monday that talks had failed. The Delta "
         f"Nurses Guild filed a grievance. Its president argued that {RULES}.", "Its president"),
        # the bearer of another role in the organisation
        ("Paul Greer, treasurer of the Millbrook Tenants Council, said on Friday that talks went well. The "
         f"council met the mayor. Its chairman argued that {RULES}.", "Its chairman"),
    ],
)
def test_org_owned_role_without_bearer_stays(extract, text: str, expected: str) -> None:
    assert speaker(extract(text), RULES) == expected
