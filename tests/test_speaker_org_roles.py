"""An organisation's role noun ("the company", "the group") after the organisation was named in the
sentence before, also as an object (antecedents.sole_organisation_nearby)."""

from __future__ import annotations

import pytest
from speaking import the_record

_FIGHT = 'it would "fight'


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # named as the object of the sentence before
        ('Regulators fined Brightwater Holdings Inc. on Monday. The company said it would "fight the ruling '
         'in court."', _FIGHT, "Brightwater Holdings Inc."),
        # named in a prepositional phrase of the sentence before
        ('The figures come from a survey by the Coastal Farmers Association. The group said the drought was '
         '"the worst in a generation."', "the drought", "Coastal Farmers Association"),
        # negative: two organisations named just before, so the last organisation subject speaks
        ('Acme Corp. said it would appeal. Regulators then fined Brightwater Holdings Inc. and Globex Corp. on '
         'Monday. The company said it would "fight the ruling in court."', _FIGHT, "Acme Corp."),
        # negative: nothing named just before, so the last organisation subject speaks
        ('Acme Corp. said it would appeal. Lawmakers argued over the ruling for hours on Monday. The company said '
         'it would "fight the ruling in court."', _FIGHT, "Acme Corp."),
    ],
)
def test_an_organisation_role_takes_the_one_organisation_named_just_before(extract, text, quote, speaker):
    assert speaker in the_record(extract(text), quote, prefix=True)["speaker"]
