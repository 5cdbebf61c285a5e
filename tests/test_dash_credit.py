"""A quote credited by a dash after it (“…” ― Jane Doe, mayor): a direct record of the named speaker."""

import pytest


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("“We will rebuild the bridge.” ― Jane Doe, mayor", "We will rebuild the bridge.", "Jane Doe"),
        ('"We will not back down." — Sen. John Roe', "We will not back down.", "John Roe"),
        ("“Taxes are going up next year.” – Maria Lopez, a city council member.", "Taxes are going up next year.",
         "Maria Lopez"),
        ('"The vote is a disgrace and we will appeal it." -- Tom Baker', "The vote is a disgrace and we will appeal it.",
         "Tom Baker"),
    ],
)
def test_dash_after_a_quote_credits_the_name(extract, text, quote, speaker):
    records = extract(text)
    assert len(records) == 1
    record = records[0]
    assert (record["quote"], record["type"], record["rule"], record["cue"]) == (quote, "direct", "direct.dash_credit", None)
    assert speaker in record["speaker"]


@pytest.mark.parametrize(
    "text",
    [
        'The plan — Smith said — will fail, and "nobody will be surprised." — Jones disagreed.',
        "“We will rebuild the bridge.” — and more of the same from the council.",
        "“We will rebuild the bridge.” ― said the mayor on Tuesday.",
        "He held up a sign reading “We will rebuild the bridge.” — Jane Doe, mayor",
    ],
)
def test_a_dash_in_prose_or_before_lowercase_words_credits_nobody(extract, text):
    assert all(record["rule"] != "direct.dash_credit" for record in extract(text))


def test_later_mention_of_a_credited_speaker_links_to_the_full_name(extract):
    text = "“We will rebuild the bridge.” ― Jane Doe, mayor\n\n“It will take two years,” Doe said."
    speakers = [record["speaker"] for record in extract(text)]
    assert len(speakers) == 2 and speakers[0] == speakers[1]
    assert "Jane Doe" in speakers[0]
