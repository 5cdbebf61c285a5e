"""``--cluster``: the --jobs contract on a 2-worker LocalCluster, shards, resume, and faults."""

from __future__ import annotations

import io
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from fakes import FakeExtractor

from quotes.cluster import cluster_problem
from quotes.extractor import Extractor
from quotes.partitions import parse_size
from quotes.records import Document
from quotes.runner import ExtractSettings, run_extract

REPO = Path(__file__).resolve().parents[1]


def run_cluster(client, paths, *, stdin=None, **settings):
    """``quotes extract --cluster`` on the test cluster; returns (exit code, stdout, stderr)."""
    settings = {"batch_size": 2, "partition_bytes": 64, **settings}
    return run_one_process(paths, stdin=stdin, cluster=client.scheduler.address, **settings)


def run_one_process(paths, *, stdin=None, **settings):
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_extract(
        ExtractSettings(paths=tuple(paths), **settings),
        stdout=stdout,
        stderr=stderr,
        stdin=stdin,
        extractor_factory=FakeExtractor,
    )
    return code, stdout.getvalue(), stderr.getvalue()


def failure_lines(stderr):
    return [line for line in stderr.splitlines() if not line.startswith("quotes: note:") and " s" not in line[-6:]]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    lines = [json.dumps({"text": f'Number {n} "said {n}" here'}) for n in range(30)]
    lines[7] = json.dumps({"id": "bad", "text": 'This one goes "BOOM" now'})
    lines[12] = "{broken"
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "b.txt").write_text('"One," she said.\n"Two," he said.')
    (folder / "sub" / "c.txt").write_bytes(b"%PDF-1.4")
    (folder / "z.txt").write_text("no quotes at all")
    return folder


def test_same_records_failures_and_exit_code_as_one_process(dask_client, corpus, tmp_path):
    code, out, err = run_cluster(dask_client, [str(corpus)], errors=str(tmp_path / "cluster-errors.jsonl"))
    want_code, want_out, want_err = run_one_process([str(corpus)], errors=str(tmp_path / "errors.jsonl"))
    assert (code, out) == (want_code, want_out) == (1, want_out)
    assert failure_lines(err) == failure_lines(want_err) and len(failure_lines(err)) == 3
    assert (tmp_path / "cluster-errors.jsonl").read_text() == (tmp_path / "errors.jsonl").read_text()
    # the failed document's neighbours in its partition are all there
    assert f"{corpus}/a.jsonl:7" in out and f"{corpus}/a.jsonl:9" in out and '"bad"' not in out


def test_one_ordered_file_with_o(dask_client, corpus, tmp_path):
    code, out, _ = run_cluster(dask_client, [str(corpus)], out=str(tmp_path / "out.jsonl"))
    _, want, _ = run_one_process([str(corpus)])
    assert (code, out) == (1, "")
    assert (tmp_path / "out.jsonl").read_text() == want


def test_stdin_is_streamed_through_the_client(dask_client):
    stdin = b'{"id": "s1", "text": "\\"a\\" b"}\n{"id": "s2", "text": "\\"c\\" d"}\n'
    code, out, _ = run_cluster(dask_client, ["-"], stdin=stdin, input_format="jsonl")
    assert code == 0 and [json.loads(line)["doc_id"] for line in out.splitlines()] == ["s1", "s2"]


def test_output_dir_shards_add_up_to_the_ordered_output_and_resume_skips_them(dask_client, corpus, tmp_path):
    shards = tmp_path / "shards"
    code, out, _ = run_cluster(dask_client, [str(corpus)], output_dir=str(shards))
    _, want, _ = run_one_process([str(corpus)])
    names = sorted(name for name in os.listdir(shards) if name.startswith("part-"))
    assert (code, out) == (1, "") and names[0] == "part-00000.jsonl" and len(names) > 5
    assert "".join((shards / name).read_text() for name in names) == want
    manifest = json.loads((shards / "manifest.json").read_text())
    assert manifest["complete"] and [p["shard"] for p in manifest["partitions"]] == names
    assert sum(p["documents"] for p in manifest["partitions"]) == 33

    (shards / names[2]).unlink()
    code, _, err = run_cluster(dask_client, [str(corpus)], output_dir=str(shards), resume=True, quiet=False)
    assert "".join((shards / name).read_text() for name in names) == want
    redone = manifest["partitions"][2]["documents"]
    assert f"{redone} document" in err.splitlines()[-1] and f"{33 - redone} already in output" in err


def test_resume_refuses_an_output_dir_of_other_inputs(dask_client, corpus, tmp_path):
    shards = tmp_path / "shards"
    run_cluster(dask_client, [str(corpus / "b.txt")], output_dir=str(shards))
    code, _, err = run_cluster(dask_client, [str(corpus)], output_dir=str(shards), resume=True)
    assert code == 2 and "other inputs or settings" in err
    code, _, err = run_cluster(
        dask_client, [str(corpus / "b.txt")], output_dir=str(shards), resume=True, partition_bytes=None
    )  # the size the manifest says
    assert code == 0, err
    code, _, err = run_cluster(dask_client, ["-"], stdin=b"text", output_dir=str(tmp_path / "new"))
    assert code == 2 and "stdin" in err


def test_a_killed_worker_has_its_partitions_rerun_and_every_document_lands_once(dask_client, tmp_path):
    folder = tmp_path / "slow"
    folder.mkdir()
    for n in range(16):
        (folder / f"{n:02d}.txt").write_text(f'"Quote {n}," said X. SLEEP250')
    shards = tmp_path / "shards"
    pids_before = dask_client.run(os.getpid)
    outcome = {}
    runner = threading.Thread(
        target=lambda: outcome.update(
            result=run_cluster(dask_client, [str(folder)], output_dir=str(shards), partition_bytes=1)
        ),
    )
    runner.start()
    victim = _busy_worker_once_some_shards_exist(dask_client, shards)
    os.kill(pids_before[victim], signal.SIGKILL)
    runner.join(timeout=120)
    code, _, _ = outcome["result"]
    _, want, _ = run_one_process([str(folder)])
    assert code == 0
    assert "".join((shards / f"part-{n:05d}.jsonl").read_text() for n in range(16)) == want
    assert pids_before[victim] not in dask_client.run(os.getpid).values()
    dask_client.wait_for_workers(2, timeout=60)


def _busy_worker_once_some_shards_exist(client, shards, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [name for name in os.listdir(shards) if name.startswith("part-")] if shards.exists() else []
        busy = [addr for addr, keys in client.processing().items() if any("run_partition" in str(k) for k in keys)]
        if len(done) >= 2 and busy:
            return busy[0]
        time.sleep(0.05)
    raise AssertionError("the run never got going")


def test_cluster_options_are_checked():
    assert cluster_problem(cluster=None, jobs=4, out=None, output_dir=None) is None
    assert "needs --cluster" in cluster_problem(cluster=None, jobs=1, out=None, output_dir="d")
    assert "local:N" in cluster_problem(cluster="remote", jobs=1, out=None, output_dir=None)
    assert "1 or more" in cluster_problem(cluster="local:0", jobs=1, out=None, output_dir=None)
    assert "--jobs" in cluster_problem(cluster="local:2", jobs=2, out=None, output_dir=None)
    assert "choose one" in cluster_problem(cluster="tcp://h:1", jobs=1, out="o", output_dir="d")
    assert cluster_problem(cluster="tcp://10.0.0.5:8786", jobs=1, out="o", output_dir=None) is None
    assert [parse_size(s) for s in ("4096", "256KiB", "1MB", "2m")] == [4096, 262144, 10**6, 2 * 10**6]
    with pytest.raises(ValueError):
        parse_size("lots")


@pytest.mark.slow
def test_the_real_model_on_a_local_cluster_writes_what_jobs_1_writes(nlp, tmp_path):
    """``--cluster local:2`` against ``--jobs 1``, byte for byte, with the real model: the cluster's own
    LocalCluster and workers that load the model themselves (``--jobs 1`` runs on the session's model)."""
    article = (REPO / "examples" / "harbor-bridge.txt").read_text(encoding="utf-8")
    paragraphs = article.split("\n\n")
    with open(tmp_path / "articles.jsonl", "w", encoding="utf-8") as handle:
        for n in range(6):  # variations of the example: other paragraph orders and publication dates
            text = "\n\n".join(paragraphs[n % 2 :] + paragraphs[: n % 2]) if n % 3 else article
            handle.write(json.dumps({"id": f"a{n}", "text": text, "date": f"2024-03-{10 + n}"}) + "\n")
    (tmp_path / "broken.jsonl").write_text('{"text": "\\"Fine,\\" he said."}\n{oops\n')
    inputs = (str(tmp_path / "articles.jsonl"), str(REPO / "examples"), str(tmp_path / "broken.jsonl"))
    runs = {}
    for name, options in {"jobs": {"jobs": 1}, "cluster": {"cluster": "local:2", "partition_bytes": 2000}}.items():
        out, stderr = tmp_path / f"{name}.jsonl", io.StringIO()
        code = run_extract(ExtractSettings(paths=inputs, out=str(out), **options), stderr=stderr)
        failures = [line for line in stderr.getvalue().splitlines() if "oops" in line or ":2" in line]
        runs[name] = (code, out.read_bytes(), failures)
    assert runs["cluster"] == runs["jobs"]
    code, records, failures = runs["jobs"]
    assert code == 1 and records.count(b"\n") > 20 and len(failures) == 1


def test_cluster_usage_errors_exit_2_with_one_line(tmp_path):
    code, out, err = run_one_process([str(tmp_path)], output_dir=str(tmp_path / "d"))
    assert (code, out, err) == (
        2,
        "",
        "quotes: --output-dir needs --cluster (one machine writes one file: use -o OUT)\n",
    )
    code, _, err = run_one_process([str(tmp_path)], cluster="local:2", jobs=2)
    assert code == 2 and "--jobs and --cluster" in err


@pytest.mark.slow
def test_the_readme_spark_recipe_turns_rows_into_record_lines(nlp):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = [part.split("```")[0] for part in readme.split("```python\n")[1:]]
    recipe = next(block for block in blocks if "mapPartitions" in block)
    namespace: dict = {}
    exec(recipe.split("\nfrom pyspark")[0], namespace)  # the function; Spark itself is not installed
    article = (REPO / "examples" / "harbor-bridge.txt").read_text(encoding="utf-8")
    rows = [{"id": 7, "text": article, "date": "2024-03-12"}, {"id": "b", "text": article[400:], "date": None}]
    lines = list(namespace["extract_partition"](iter(rows)))
    extractor = Extractor(nlp)
    want = [r.to_dict() for r in extractor.extract(Document("7", article, "2024-03-12"))]
    want += [r.to_dict() for r in extractor.extract(Document("b", article[400:]))]
    assert [json.loads(line) for line in lines] == want and len(want) > 5


def test_csv_output_is_the_one_jobs_writes_and_shards_are_json_lines_only(dask_client, corpus, tmp_path):
    code, out, _ = run_cluster(dask_client, [str(corpus)], output_format="csv")
    assert (code, out) == run_one_process([str(corpus)], output_format="csv")[:2]
    assert out.startswith("doc_id,quote,")
    code, _, err = run_cluster(dask_client, [str(corpus)], output_format="tsv", output_dir=str(tmp_path / "d"))
    assert code == 2 and "JSON Lines shards" in err


def _worker_environment(names):
    return {name: os.environ.get(name) for name in names}


def test_the_cli_cluster_workers_keep_glibc_memory_handling_and_one_blas_thread(monkeypatch):
    """Dask starts workers with MALLOC_TRIM_THRESHOLD_ set, which makes the parser's arrays cost CPU in
    page faults; the CLI's LocalCluster leaves it unset and keeps Dask's thread limits."""
    distributed = pytest.importorskip("distributed")
    from quotes.cluster import _local_cluster

    # Dask sets the variables in the process that starts the workers too (the session's test cluster did)
    for name in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    with _local_cluster(distributed.LocalCluster, 1) as cluster, distributed.Client(cluster) as client:
        [environment] = client.run(_worker_environment, ["MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS"]).values()
    assert environment == {"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": "1"}


def _loaded_models():
    from quotes import dask as quotes_dask

    return [model for _factory, model in quotes_dask._extractors]


@pytest.mark.slow
def test_the_cli_cluster_workers_start_with_the_model_loaded_as_jobs_workers_do(nlp):
    """Forked from a forkserver that loaded the model, not spawned to load their own: before any task
    or plugin, a worker of the CLI's LocalCluster has the model."""
    distributed = pytest.importorskip("distributed")
    from quotes.cluster import _local_cluster
    from quotes.forkserver import MODEL_VARIABLE

    with _local_cluster(distributed.LocalCluster, 1, fork=True) as cluster, distributed.Client(cluster) as client:
        assert list(client.run(_loaded_models).values()) == [[None]]
    assert MODEL_VARIABLE not in os.environ  # set only while the forkserver started
