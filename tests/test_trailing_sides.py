"""The far side of a cue set off by commas: words after ", he said," that carry the reported clause on
are a second fragment of what was said, with the same cue and speaker; the writer's setting is not."""

import pytest


def _sides(records: list[dict]) -> list[tuple[str, str, str]]:
    return [(r["quote"], r["cue"], r["speaker_mention"]) for r in records]


@pytest.mark.parametrize(
    "text, first, second",
    [
        # a contrast, an example, a reason hung on a cue that closes the clause
        ("Most of the cost comes from the audits, he said, rather than from the fees.", "Most of the cost comes from the audits", "rather than from the fees"),
        ("The letters covered a range of topics, the paper said, including budgets, meetings and trips.", "The letters covered a range of topics", "including budgets, meetings and trips"),
        ("He grows angry every time he gets a letter from the committee, he says, because he sees them as nagging him.", "He grows angry every time he gets a letter from the committee", "because he sees them as nagging him"),
        # a verb phrase going on with the clause's subject
        ("He had no known ties to any party, the company added, and had passed every security check.", "He had no known ties to any party", "and had passed every security check"),
        # the rest of the first side's phrase: a passive's agent, an infinitive subject
        ("The plan would be helped, she said, by the new budget.", "The plan would be helped", "by the new budget"),
        ("It is a better use of the money, she added, to build a smaller bridge.", "It is a better use of the money", "to build a smaller bridge"),
    ],
)
def test_words_carrying_the_clause_on_after_its_cue_are_the_second_side(extract, text, first, second):
    records = extract(text)
    cue, speaker = records[0]["cue"], records[0]["speaker_mention"]
    assert _sides(records) == [(first, cue, speaker), (second, cue, speaker)]


def test_a_cue_hung_on_the_clauses_auxiliary_still_splits_the_clause(extract):
    # the parser hangs "he said" on "’s"; the clause after the cue is the verb's, not the auxiliary's
    text = "Even so, he said, he’s heard enough about the project that he’s fairly certain it will stall."
    assert [r["quote"] for r in extract(text)] == [
        "Even so",
        "he’s heard enough about the project that he’s fairly certain it will stall",
    ]


@pytest.mark.parametrize(
    "text, kept",
    [
        # a participle after the cue is the writer's (or its own cue's), not the clause going on
        ("The plan will fail, he said, citing a poll from the spring.", "The plan will fail"),
        # after a direct quote the words after the cue are narration
        ("“The plan will fail,” he said, and the crowd cheered.", "The plan will fail"),
        # the occasion of the saying
        ("The plan will fail, he said, in an interview with the paper.", "The plan will fail"),
        # an adverb of the writer's that names nothing said
        ("The plan is working, he said, so far.", "The plan is working"),
    ],
)
def test_the_writers_words_after_the_cue_are_no_side(extract, text, kept):
    quotes = [r["quote"] for r in extract(text)]
    assert quotes[0] == kept
    assert not any(q.split()[0] in ("citing", "and", "in", "so") for q in quotes)


def test_quoted_words_after_the_cue_are_left_to_the_quote_rules(extract):
    text = "The chef is “very good,” the owner wrote in a letter to a friend, and “a bit of a genius.”"
    assert not any(r["quote"].startswith("and") for r in extract(text))
