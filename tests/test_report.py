"""``quotes report``: counting speakers and days, the page, the chart, exit codes."""

from __future__ import annotations

import io
import json
import sys

import pytest
from html_text import parse_html
from typer.testing import CliRunner

from quotes.cli import app
from quotes.views.corpus import summarise
from quotes.views.report import run_report


def rec(doc, speaker, date, *, title=None, kind="direct"):
    return {"doc_id": doc, "speaker": speaker, "date": date, "speaker_title": title, "type": kind}


RECORDS = [
    rec("a", "Kato", "2024-01-02", title="Chief Cabinet Secretary"),
    rec("a", "Kato", "2024-01-02", title="Chief Cabinet Secretary"),
    rec("b", "Kato", "2024-01", title="Mr."),
    rec("b", "Ruiz", "2024-01-05", kind="indirect"),
    rec("c", None, "2024-01-05", kind="mixed"),
    rec("c", "<script>alert(1)</script>", None),
]


def write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(*args, **settings):
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_report(list(args), stdout=stdout, stderr=stderr, **settings)
    return code, stdout.getvalue(), stderr.getvalue()


def table_rows(tree, css_class):
    (table,) = tree.find_all(**{"class": css_class})
    return [[c.text() for c in row.children if not isinstance(c, str)] for row in table.iter() if row.tag == "tr"][1:]


def test_summary_counts_speakers_documents_titles_and_days():
    summary = summarise(RECORDS)
    kato = summary.speakers["Kato"]
    assert (kato.quotes, kato.documents, kato.titles.most_common(1)) == (
        3,
        {"a", "b"},
        [("Chief Cabinet Secretary", 2)],
    )
    assert (kato.first_date, kato.last_date, dict(kato.per_day)) == ("2024-01", "2024-01-02", {"2024-01-02": 2})
    assert (summary.records, len(summary.documents), summary.unnamed, summary.not_dated_to_day) == (6, 3, 1, 2)
    assert dict(summary.per_day) == {"2024-01-02": 2, "2024-01-05": 2}
    assert [s.name for s in summary.top_speakers(2)] == ["Kato", "<script>alert(1)</script>"]


def test_page_has_top_speakers_and_an_offline_chart(tmp_path):
    code, page, _ = run(str(write(tmp_path / "r.jsonl", RECORDS)), top=2)
    assert code == 0
    tree = parse_html(page)
    assert table_rows(tree, "top-speakers") == [
        ["1", "Kato", "3", "2", "Chief Cabinet Secretary, Mr.", "2024-01", "2024-01-02"],
        ["2", "<script>alert(1)</script>", "1", "1", "", "–", "–"],
    ]
    (svg,) = [e for e in tree.iter() if e.tag == "svg"]
    assert svg.attrs["role"] == "img" and "Kato" in svg.attrs["aria-label"]
    assert "Ruiz" in svg.text() and "<image" not in page and 'href="http' not in page
    assert [len(e.children) for e in tree.iter() if e.tag == "script"] == [], "the report needs no script"


def test_bad_lines_and_missing_files_are_named_and_the_rest_reported(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + '\nnot json\n[1]\n{"speaker": "x"}\n', encoding="utf-8")
    code, page, err = run(str(path), str(tmp_path / "gone.jsonl"), chart=False)
    assert code == 1
    assert f"{path}:2: invalid JSON" in err and f"{path}:3: not a JSON object" in err
    assert f"{path}:4: record has no string doc_id" in err and "gone.jsonl: no such file or directory" in err
    assert table_rows(parse_html(page), "top-speakers")[0][1:3] == ["Kato", "1"]
    assert "<svg" not in page


def test_folder_and_stdin(tmp_path):
    write(tmp_path / "one.jsonl", RECORDS[:2])
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "two.jsonl", RECORDS[2:4])
    code, page, _ = run(str(tmp_path), chart=False)
    assert code == 0 and table_rows(parse_html(page), "top-speakers")[0][:3] == ["1", "Kato", "3"]
    code, page, _ = run(stdin=(json.dumps(RECORDS[3]) + "\n").encode(), chart=False)
    assert code == 0 and table_rows(parse_html(page), "top-speakers")[0][1] == "Ruiz"


def test_no_record_dated_to_the_day_says_so(tmp_path):
    code, page, _ = run(str(write(tmp_path / "r.jsonl", [rec("a", "Kato", "2024-01")])))
    assert code == 0 and "No record is dated to the day" in page and "<svg" not in page


def test_without_matplotlib_the_chart_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    path = str(write(tmp_path / "r.jsonl", RECORDS))
    code, page, err = run(path)
    assert (code, page) == (2, "") and "pip install 'quotes[report]'" in err
    assert run(path, chart=False)[0] == 0


def test_cli_report_to_file(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        app, ["report", str(write(tmp_path / "r.jsonl", RECORDS)), "-o", str(out), "--top", "1"], catch_exceptions=False
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert "6 records, 3 speakers, wrote" in result.stderr
    assert len(table_rows(parse_html(out.read_text(encoding="utf-8")), "top-speakers")) == 1


@pytest.mark.parametrize(
    "args, message", [(["--top", "0"], "--top must be 1 or more"), (["-o", "/no/such/dir/r.html"], "no such folder")]
)
def test_cli_usage_errors(tmp_path, args, message):
    result = CliRunner().invoke(app, ["report", str(write(tmp_path / "r.jsonl", RECORDS)), *args])
    assert result.exit_code == 2 and message in result.stderr
