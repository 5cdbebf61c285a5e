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
    ],
)
def test_prose_versus_page_furniture(line, prose):
    assert looks_like_prose(line) is prose
