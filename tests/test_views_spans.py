"""The overlap renderer and the review page's markup: nesting, no lost or doubled text, escaping."""

from __future__ import annotations

import random

from html_text import parse_html

from quotes.views.review import ShownDocument, article_marks, document_section, review_page
from quotes.views.spans import Mark, render_marked


def mark(start: int, end: int, name: str, rank: int = 0) -> Mark:
    return Mark(start, end, rank, first=(("data-id", name),), rest=(("data-cont", name),))


def test_plain_text_is_escaped_and_kept():
    text = 'A <script>alert("x")</script> & more'
    html = render_marked(text, [])
    assert "<script>" not in html
    assert parse_html(html).text() == text


def test_nested_spans_nest():
    html = render_marked("He said that we win today.", [mark(8, 26, "outer"), mark(13, 19, "inner")])
    assert html == 'He said <span data-id="outer">that <span data-id="inner">we win</span> today.</span>'


def test_crossing_span_is_split_with_one_identity_element():
    text = "0123456789ABCDEF"
    tree = parse_html(render_marked(text, [mark(0, 10, "q"), mark(8, 12, "s", rank=1)]))
    assert tree.text() == text
    assert [e.text() for e in tree.find_all(data_id="s")] == ["89"]
    assert [e.text() for e in tree.find_all(data_cont="s")] == ["AB"]
    assert [e.text() for e in tree.find_all(data_id="q")] == ["0123456789"], "the outer-rank span stays whole"


def test_lower_rank_stays_outside_even_when_it_starts_later():
    # A speaker mention that starts before a quote and ends inside it is cut, not the quote.
    text = "Kato said: yes"
    tree = parse_html(render_marked(text, [mark(0, 6, "speaker", rank=1), mark(3, 14, "quote", rank=0)]))
    assert [e.text() for e in tree.find_all(data_id="quote")] == ["o said: yes"]
    assert [e.text() for e in tree.find_all(data_id="speaker")] == ["Kat"]
    assert [e.text() for e in tree.find_all(data_cont="speaker")] == ["o s"]


def test_identical_spans_both_rendered():
    tree = parse_html(render_marked("abc", [mark(0, 3, "x"), mark(0, 3, "y")]))
    assert tree.find_all(data_id="x")[0].text() == tree.find_all(data_id="y")[0].text() == "abc"
    assert tree.text() == "abc"


def test_empty_and_out_of_range_marks_are_dropped_text_kept():
    tree = parse_html(render_marked("abc", [mark(1, 1, "empty"), mark(2, 9, "out"), mark(-1, 2, "neg")]))
    assert tree.text() == "abc" and not tree.having("data-id")


def test_random_overlaps_keep_every_character_once():
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice("ab <>&\"'\n“”") for _ in range(rng.randint(1, 40)))
        marks = []
        for n in range(rng.randint(0, 6)):
            start = rng.randint(0, len(text) - 1)
            marks.append(mark(start, rng.randint(start + 1, len(text)), f"m{n}", rank=rng.randint(0, 2)))
        tree = parse_html(render_marked(text, marks))
        assert tree.text() == text
        for m in marks:
            name = m.first[0][1]
            first = tree.find_all(data_id=name)
            assert len(first) == 1, "one identity element per span"
            covered = first[0].text() + "".join(e.text() for e in tree.find_all(data_cont=name))
            assert covered == text[m.start : m.end]


def record(quote_start, quote_end, *, kind="direct", speaker=(None, None), cue=(None, None), **extra):
    return {
        "quote_start": quote_start,
        "quote_end": quote_end,
        "type": kind,
        "speaker": extra.pop("name", "Kato"),
        "speaker_start": speaker[0],
        "speaker_end": speaker[1],
        "cue_start": cue[0],
        "cue_end": cue[1],
        "rule": "test.rule",
        "confidence": 0.9,
        **extra,
    }


def test_article_section_hooks_and_text():
    text = '"We will win," Kato said. He said the plan, which Kato said "works", was ready.'
    kato2, said2 = text.index("Kato", 30), text.index("said", 40)
    records = [
        record(1, 12, speaker=(15, 19), cue=(20, 24)),
        record(34, 77, kind="mixed", speaker=(26, 28), cue=(29, 33)),
        # inside the mixed quote: its speaker, cue and quote sit in another record's span
        record(said2 + 6, said2 + 11, speaker=(kato2, kato2 + 4), cue=(said2, said2 + 4)),
    ]
    tree = parse_html(document_section(ShownDocument("doc", text, tuple(records)), 1))
    article = tree.find_all(**{"class": "article"})[0]
    assert article.text() == text
    quotes = article.having("data-record")
    assert sorted(int(e.attrs["data-record"]) for e in quotes) == [0, 1, 2]
    assert [e.text() for e in quotes] == ["We will win", text[34:77], "works"]
    speakers = article.find_all(data_role="speaker")
    assert [(e.text(), e.attrs["data-for"]) for e in speakers] == [("Kato", "0"), ("He", "1"), ("Kato", "2")]
    assert [e.attrs["data-for"] for e in article.find_all(data_role="cue")] == ["0", "1", "2"]
    assert quotes[0].attrs["data-speaker"] == "Kato" and quotes[1].attrs["data-type"] == "mixed"


def test_shared_speaker_mention_is_one_element_for_both_records():
    text = 'Kato said "a" and "b".'
    records = [record(10, 13, speaker=(0, 4), cue=(5, 9)), record(18, 21, speaker=(0, 4), cue=(5, 9))]
    marks = [m for m in article_marks(text, records) if ("data-role", "speaker") in m.first]
    assert len(marks) == 1 and ("data-for", "0 1") in marks[0].first


def test_script_in_article_and_record_fields_stays_text():
    text = '<script>alert(1)</script> Kato said "</span><b>hi</b>".'
    evil = record(37, 53, speaker=(26, 30), name='<img src=x onerror="alert(1)">', rule="</script><script>x()")
    page = review_page([ShownDocument("<doc id=1>", text, (evil,))])
    tree = parse_html(page)
    assert [e.tag for e in tree.iter() if e.tag in {"img", "b"}] == []
    assert [len(e.children) for e in tree.iter() if e.tag == "script"] == [1], "only the page's own script"
    assert tree.find_all(**{"class": "article"})[0].text() == text
    quote = tree.having("data-record")[0]
    assert quote.attrs["data-speaker"] == '<img src=x onerror="alert(1)">'
    assert quote.attrs["data-rule"] == "</script><script>x()"


def test_table_of_contents_only_for_several_documents():
    one = parse_html(review_page([ShownDocument("a", "text")]))
    two = parse_html(review_page([ShownDocument("a", "text"), ShownDocument("b", "more")]))
    assert not [e for e in one.iter() if e.tag == "nav"]
    links = [e.attrs["href"] for e in two.iter() if e.tag == "a"]
    assert links == ["#doc-1", "#doc-2"]


def test_speakers_table_counts_quotes_and_dates():
    records = [
        record(0, 1, name="Kato", date="2024-01-02"),
        record(1, 2, name="Kato", date="2024-01-03"),
        record(2, 3, name=None, date=None),
    ]
    tree = parse_html(document_section(ShownDocument("d", "abcd", tuple(records)), 1))
    rows = [[c.text() for c in row.children if not isinstance(c, str)] for row in tree.iter() if row.tag == "tr"]
    assert rows[1:] == [["Kato", "", "2", "2024-01-02, 2024-01-03"], ["(no speaker)", "", "1", "–"]]
