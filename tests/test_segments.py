import pytest

from quotes.segments import looks_like_prose, split_paragraphs


def test_paragraphs_are_lines_and_offsets_slice_the_text():
    text = "Headline Here\n\n  First paragraph says something.  \nSecond one too.\n"
    paragraphs = split_paragraphs(text)
    assert [text[p.start:p.end] for p in paragraphs] == [
        "Headline Here",
        "First paragraph says something.",
        "Second one too.",
    ]


def test_hard_wrapped_lines_are_joined():
    text = "The mayor said the bridge\nwould reopen in May.\n\nNext paragraph here."
    paragraphs = split_paragraphs(text)
    assert text[paragraphs[0].start:paragraphs[0].end] == "The mayor said the bridge\nwould reopen in May."
    assert len(paragraphs) == 2


def test_long_paragraph_is_cut_into_pieces_at_sentence_ends():
    sentence = "The council met again and argued about the budget. "
    text = sentence * 200
    paragraphs = split_paragraphs(text, max_chars=1000)
    assert len(paragraphs) > 1
    assert all(p.end - p.start <= 1000 for p in paragraphs)
    assert all(text[p.start:p.end].endswith("budget.") for p in paragraphs)
    assert paragraphs[0].start == 0 and paragraphs[-1].end == len(text.rstrip())


@pytest.mark.parametrize(
    "line, prose",
    [
        ("The mayor said the bridge would reopen in May.", True),
        ("“We will fix it,” she said.", True),
        ("Harbor bridge repairs to close two lanes until spring", False),  # headline
        ("Mayor Says Bridge Will Reopen In May.", False),  # title-cased headline
        ("• City Council", False),
        ("LOCAL NEWS > Transport", False),
        ("Print PRINT", False),
        ("Follow Jane Roe on Twitter @janeroe.", False),  # a writer's sign-off
        ("“Follow Jane Roe on Twitter @janeroe.”", False),
        ("Follow the new rules on parking, the mayor said.", True),
    ],
)
def test_prose_versus_page_furniture(line, prose):
    assert looks_like_prose(line) is prose


@pytest.mark.parametrize(
    "line, prose",
    [
        # Running text that trails off after a finished sentence is judged on its finished sentences.
        ("“We will balance it,” said Jane Doe. The weather", True),
        ("The council voted on the budget late on Monday. More to come", True),
        ("The mayor said the bridge would reopen in May. Reporting by Ann Lee", True),
        ("“It is done,” she told reporters on Friday. Her office said nothing else about", True),
        # Negatives: a headline has no finished sentence before its last words.
        ("Harbor bridge repairs to close two lanes until spring", False),
        ("Senate backs U.S. Budget deal after long night", False),  # an abbreviation's point ends nothing
        ("Mayor Says Bridge Will Reopen In May. Council Disagrees", False),  # title case before the stop
        ("By Jane Doe. Updated Tuesday at noon", False),  # too short to be a sentence
        ("Did the mayor break the law? Experts say no", False),  # only a full stop finishes a sentence here
    ],
)
def test_words_trailing_after_a_finished_sentence_do_not_make_prose_a_headline(line, prose):
    assert looks_like_prose(line) is prose


@pytest.mark.parametrize(
    "tail",
    [
        "The weather",
        "More to come",
        "It rained",
        "Reporting by Ann Lee",
        "THE CANADIAN PRESS",
        "Her office said nothing else about",
    ],
)
def test_a_quote_is_kept_when_a_fragment_follows_its_cue_sentence(extract, tail):
    text = f"“We will balance the budget,” said Jane Doe. {tail}"
    (record,) = extract(text)
    assert (record["quote"], record["speaker"], record["cue"]) == ("We will balance the budget", "Jane Doe", "said")


@pytest.mark.xfail(strict=True, reason="one sentence with no full stop at all reads like a sentence-case headline")
def test_a_quote_and_cue_without_a_full_stop_are_read(extract):
    (record,) = extract("“We will balance the budget,” said Jane Doe")
    assert record["speaker"] == "Jane Doe"
