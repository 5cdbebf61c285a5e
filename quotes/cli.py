"""Command line: a thin Typer layer that validates options and calls plain functions.

``quotes extract`` → :func:`quotes.runner.run_extract`; ``quotes eval`` → ``quotes.evaluate.run_eval``.
Heavy imports (spaCy) happen inside the commands so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from quotes import __version__
from quotes.runner import DEFAULT_BATCH_SIZE, EXIT_USAGE, ExtractSettings, run_extract

app = typer.Typer(
    name="quotes",
    help="Find who said what, and when, in news articles; one JSON line per quote.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Click's plain help: flags listed as "-q, --quiet", not with Rich's "<bool>" type column.
    rich_markup_mode=None,
)


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"quotes {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Find who said what, and when, in news articles; one JSON line per quote."""


# Options of extract (and show, which reads its input the same way), named here so a command's signature
# reads as a list of its settings.
PathsArgument = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATH",
        help="Files, folders (walked recursively for .txt and .jsonl) or - for stdin. None: stdin.",
        show_default=False,
    ),
]
InputFormatOption = Annotated[
    InputFormat,
    typer.Option(
        "--input-format", case_sensitive=False, help="auto: by extension (.jsonl is JSONL, else text; stdin is text)."
    ),
]
OutputFormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        case_sensitive=False,
        help="jsonl: one JSON object per quote; csv/tsv: a header row of the keys, one row per quote.",
    ),
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", metavar="YYYY-MM-DD", help="Publication date for documents that do not give one."),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", metavar="NAME", envvar="QUOTES_MODEL", help="spaCy pipeline to load (default: en_core_web_sm)."
    ),
]
BatchSizeOption = Annotated[
    int,
    typer.Option(
        "--batch-size", min=1, metavar="N", help="Documents parsed together (and sent to a worker at a time)."
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, notes or summary.")]
IdFieldOption = Annotated[str, typer.Option("--id-field", metavar="KEY", help="JSONL key of the document id.")]
TextFieldOption = Annotated[str, typer.Option("--text-field", metavar="KEY", help="JSONL key of the article text.")]
DateFieldOption = Annotated[str, typer.Option("--date-field", metavar="KEY", help="JSONL key of the publication date.")]
ErrorsOption = Annotated[
    str | None,
    typer.Option("--errors", metavar="FILE", help='Also write failures here as {"doc_id", "error"} JSON lines.'),
]
#: The cluster options of ``extract`` (README, Scaling out).
ClusterOption = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        metavar="local[:N]|tcp://HOST:PORT",
        help="Run on Dask: a LocalCluster of N worker processes, or a running scheduler (needs the dask extra).",
    ),
]
OutputDirOption = Annotated[
    str | None,
    typer.Option("--output-dir", metavar="DIR", help="With --cluster: one JSONL shard per partition, plus a manifest."),
]
PartitionSizeOption = Annotated[
    str | None,
    typer.Option(
        "--partition-size",
        metavar="BYTES",
        help="With --cluster: input bytes per partition (256KiB, 1MB); default: from input size and workers.",
    ),
]


@app.command()
def extract(
    paths: PathsArgument = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="OUT", help="Write the records here, not to stdout.")
    ] = None,
    output_format: OutputFormatOption = OutputFormat.jsonl,
    input_format: InputFormatOption = InputFormat.auto,
    date: DateOption = None,
    model: ModelOption = None,
    quiet: QuietOption = False,
    id_field: IdFieldOption = "id",
    text_field: TextFieldOption = "text",
    date_field: DateFieldOption = "date",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes; 0 = all cores.")] = 1,
    batch_size: BatchSizeOption = DEFAULT_BATCH_SIZE,
    errors: ErrorsOption = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume", help="With -o OUT: skip documents complete in OUT; with --output-dir: complete shards."
        ),
    ] = False,
    cluster: ClusterOption = None,
    output_dir: OutputDirOption = None,
    partition_size: PartitionSizeOption = None,
) -> None:
    """Extract quotes as JSON Lines, CSV or TSV (one record per quote) to stdout or OUT.

    Exit 0: all documents processed; 1: some failed (one line each on stderr); 2: usage error; 130: Ctrl-C.
    """
    settings = ExtractSettings(
        paths=tuple(paths or ()),
        out=output,
        input_format=input_format.value,
        date=date,
        model=model,
        quiet=quiet,
        jobs=jobs,
        batch_size=batch_size,
        errors=errors,
        resume=resume,
        id_field=id_field,
        text_field=text_field,
        date_field=date_field,
        output_format=output_format.value,
        cluster=cluster,
        output_dir=output_dir,
        partition_bytes=_size(partition_size),
    )
    raise typer.Exit(run_extract(settings))  # the runner validates the settings (exit 2 with one line)


def _size(value: str | None) -> int | None:
    from quotes.partitions import parse_size

    if value is None:
        return None
    try:
        return parse_size(value)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--partition-size") from None


@app.command()
def show(
    paths: PathsArgument = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="PAGE", help="Write the HTML page here, not to stdout.")
    ] = None,
    records: Annotated[
        str | None,
        typer.Option("--records", metavar="FILE", help="Draw records from this extract output (by doc_id); no model."),
    ] = None,
    input_format: InputFormatOption = InputFormat.auto,
    date: DateOption = None,
    model: ModelOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No notes.")] = False,
    id_field: IdFieldOption = "id",
    text_field: TextFieldOption = "text",
    date_field: DateFieldOption = "date",
) -> None:
    """Write an HTML review page: each article with its quotes, speakers and cues marked.

    Exit 0: all documents shown; 1: some failed (named on stderr, left out); 2: usage error; 130: Ctrl-C.
    """
    from quotes.views.show import run_show

    settings = ExtractSettings(
        paths=tuple(paths or ()),
        out=output,
        input_format=input_format.value,
        date=date,
        model=model,
        quiet=quiet,
        id_field=id_field,
        text_field=text_field,
        date_field=date_field,
    )
    raise typer.Exit(run_show(settings, records_file=records))


@app.command()
def report(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="RECORDS.jsonl",
            help="Output of quotes extract: files, folders or -. None: stdin.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="PAGE", help="Write the HTML report here, not to stdout.")
    ] = None,
    top: Annotated[int, typer.Option("--top", help="Speakers in the table.")] = 25,
    chart_speakers: Annotated[int, typer.Option("--chart-speakers", help="Speakers with a lane in the timeline.")] = 8,
    chart: Annotated[bool, typer.Option("--chart/--no-chart", help="Draw the timeline (needs quotes[report]).")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Write an HTML corpus report: top speakers and a timeline of quotes per day.

    Exit 0: all records used; 1: some files or lines unusable (named on stderr); 2: usage error; 130: Ctrl-C.
    """
    from quotes.views.report import run_report

    raise typer.Exit(
        run_report(paths or [], out=output, top=top, chart_speakers=chart_speakers, chart=chart, quiet=quiet)
    )


@app.command("eval")
def evaluate(
    gold: Annotated[str, typer.Argument(metavar="GOLD.jsonl", help="Gold articles with their quotes.")],
    pred: Annotated[str, typer.Argument(metavar="PRED.jsonl", help="Records written by quotes extract.")],
    split: Annotated[
        str | None, typer.Option("--split", help="Score only gold documents whose meta.split is this (e.g. dev).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    dates: Annotated[
        str | None,
        typer.Option(
            "--dates", metavar="DATES_GOLD", help="Also score utterance dates against this per-attribution gold."
        ),
    ] = None,
    speakers: Annotated[
        str | None,
        typer.Option(
            "--speakers", metavar="NAMES_GOLD", help="Also score speaker names against this per-attribution gold."
        ),
    ] = None,
) -> None:
    """Score predicted quotes against gold quotes and print the report."""
    try:
        from quotes.evaluate import run_eval
    except ImportError as error:  # the evaluator is developed separately; extract must keep working
        typer.echo(f"quotes: eval is not available: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(run_eval(gold, pred, split=split, as_json=as_json, dates=dates, speakers=speakers))


def main() -> None:
    app(prog_name="quotes")
