"""A writing that spoke with nobody named behind it ("The staff letter noted …") is what a later "it"
stands for ("It also said …"), not an organisation named before it (quotes.speakers.documents.
unnamed_speaking_thing). Positive and negative cases; the fixtures are written for these tests."""

from __future__ import annotations

import pytest
from speaking import speaker

from quotes.speakers.documents import unnamed_speaking_thing

LEAD = "The Harbour Board met in Ottawa on Monday to choose a new chair.\n\n"


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ("The staff letter noted that morale had fallen. It also said that managers rarely listened.",
         "managers rarely listened", "The staff letter"),
        ('The audit warned that two ledgers were missing.\n\n"Controls were weak," it added.',
         "Controls were weak", "The audit"),
        ('"The mill will reopen," the article said.\n\n"Orders have doubled," it added.',
         "Orders have doubled", "the article"),
        # negative: an organisation that spoke last is still what "it" means
        ("The Harbour Board said that morale had fallen. It also said that managers rarely listened.",
         "managers rarely listened", "The Harbour Board"),
        # negative: someone's writing speaks for its owner, so "it" is no thing of its own
        ("Acme Mining said in a letter on Friday that the mine was safe. It also said that the "
         "inspectors had left.", "the inspectors had left", "Acme Mining"),
    ],
)
def test_it_is_the_writing_that_spoke(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote) == expected


@pytest.mark.parametrize(
    "text, is_thing",
    [
        ("The letter noted the delay.", True),
        ("An editorial urged calm.", True),
        ("The union's letter noted the delay.", False),
        ("The letters noted the delay.", False),
        ("The mayor noted the delay.", False),
    ],
)
def test_unnamed_speaking_thing(nlp, text, is_thing):
    doc = nlp(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert unnamed_speaking_thing(subject) is is_thing


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ("The inquiry met in June. An affidavit written by Ella Brandt, a detective, was filed on Monday.\n\n"
         "The affidavit said that the guard had left early.", "the guard had left early", "Ella Brandt"),
        ("Jane Whitcombe filed a lawsuit against the county on Monday, her lawyer said.\n\n"
         "The lawsuit contends that the county ignored warnings.", "the county ignored warnings",
         "Jane Whitcombe"),
        # negative: where a letter was sent from is not who wrote it
        ("Tom Radley received a letter postmarked from Ohio. The letter warned that the plant would close.",
         "the plant would close", "The letter"),
        # negative: a writing brought in without its issuer is the one meant, not an older one's
        ("Acme Mining released an ad in May. Critics later ran an ad of their own.\n\n"
         "The ad says that the mine is unsafe.", "the mine is unsafe", "The ad"),
    ],
)
def test_the_writing_speaks_for_who_put_it_out(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote) == expected
