"""`dragoman batch` on a real Dask LocalCluster of two worker processes: the same records as the
single-process path, shards, counted reasons, one spaCy pipeline per worker."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from dragoman.batch import expand_inputs, plan_parts, run_batch, single_process_records
from dragoman.cli import main
from dragoman.errors import InputError
from dragoman.ingest.profiles import load_profile
from dragoman.ingest.warc import scan_offsets
from dragoman.records import Extraction, Rejected
from dragoman.settings import Settings
from dragoman.shards import read_shards, shard_files
from tests.ingest.articles import OFF_TOPIC, ON_TOPIC, page_html
from tests.ingest.warcs import Entry, write_warc

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "examples" / "profiles" / "economic-statecraft.toml"


def crawl(folder: Path) -> list[str]:
    """Two archives and a text page: on- and off-topic pages, a PDF, a 404, and one damaged record."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for copy in range(3):
        for slug, (title, text) in {**ON_TOPIC, **OFF_TOPIC}.items():
            entries.append(Entry(f"https://news.example.org/{copy}/{slug}",
                                 page_html(f"{title} ({copy})", text.replace("said", f"said in part {copy}")).encode()))
    entries.insert(4, Entry("https://news.example.org/files/report.pdf", b"%PDF-1.7 data", content_type="application/pdf"))
    entries.insert(9, Entry("https://news.example.org/gone", b"<p>gone</p>", status="404 Not Found"))
    first, second = folder / "crawl-a.warc.gz", folder / "crawl-b.warc"
    write_warc(first, entries)
    write_warc(second, entries[:6], gzip=False)
    offsets = scan_offsets(str(first))
    data = bytearray(first.read_bytes())
    data[offsets[12] + 5:offsets[12] + 40] = b"\x00" * 35  # damage one record in the middle
    first.write_bytes(bytes(data))
    (folder / "brief.txt").write_text(f"{ON_TOPIC['tariff-talks'][0]}\n\n{ON_TOPIC['tariff-talks'][1]}\n", encoding="utf-8")
    return [str(folder / "*.warc*"), str(folder / "brief.txt")]


def normalise(results: Iterator[Extraction | Rejected] | list[Extraction | Rejected]) -> tuple[list[Any], Counter[str]]:
    records, reasons = [], Counter[str]()
    for result in results:
        if isinstance(result, Rejected):
            reasons[result.reason] += 1
        else:
            records.append(result.dump())
    return sorted(records, key=lambda r: r["article"]["source"]), reasons


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    dask = Client(cluster)
    yield dask
    dask.close()
    cluster.close()


@pytest.mark.dask
@pytest.mark.slow
def test_batch_records_equal_the_single_process_records(client: Any, tmp_path: Path, settings: Settings) -> None:
    inputs = crawl(tmp_path / "in")
    profile = load_profile(PROFILE)
    done = run_batch(inputs, str(tmp_path / "out"), settings=settings, profile=profile, client=client,
                     records_per_part=5)
    batch_records, _ = normalise(list(read_shards(tmp_path / "out")))
    single_records, single_reasons = normalise(single_process_records(inputs, settings, profile))
    assert batch_records == single_records
    assert len(batch_records) >= 3 * len(ON_TOPIC) + 1  # the copies in both archives, and the brief
    assert any(r["article"]["source"].endswith("brief.txt") for r in batch_records)
    assert done.summary.rejected == single_reasons
    assert {"off_profile", "not_html", "http_status", "bad_warc_record"} <= set(single_reasons)
    assert done.parts > 4


@pytest.mark.dask
@pytest.mark.slow
def test_each_worker_process_uses_one_spacy_pipeline(client: Any, tmp_path: Path, settings: Settings) -> None:
    done = run_batch(crawl(tmp_path / "in"), str(tmp_path / "out"), settings=settings, client=client,
                     records_per_part=3)
    assert done.parts >= 8
    assert len(done.per_worker) == 2
    assert all(len(stats["models"]) == 1 for stats in done.per_worker.values())


@pytest.mark.dask
@pytest.mark.slow
def test_cli_batch_writes_shards_rejections_and_a_summary(client: Any, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    inputs = crawl(tmp_path / "in")
    out = tmp_path / "out"
    args = ["batch", "--scheduler", client.scheduler.address, "--out", str(out), "--profile", str(PROFILE),
            "--records-per-part", "10", *[arg for i in inputs for arg in ("--input", i)]]
    code = main(args)
    err = capsys.readouterr().err
    assert code == 1, err  # the PDF, the 404 and the damaged record are failures
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["reasons"]["off_profile"] >= 3 * len(OFF_TOPIC)
    rejected = [json.loads(line) for line in (out / "rejected.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(r["reason"] == "not_html" for r in rejected) == 2
    table = pq.read_table(shard_files(out)[0])
    assert {"article_id", "source", "url", "deals", "record"} <= set(table.column_names)
    assert main(args) == 2  # the shards are there: no silent overwrite
    assert "--overwrite" in capsys.readouterr().err


def test_pattern_matching_nothing_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="matches no files"):
        expand_inputs([str(tmp_path / "*.warc.gz")])


def test_archive_is_split_at_record_offsets(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    write_warc(path, [Entry(f"https://example.org/{i}", b"<p>page</p>") for i in range(10)], with_requests=False)
    offsets = scan_offsets(str(path))
    parts = plan_parts([str(path)], {str(path): offsets}, records_per_part=4)
    assert [(p.start, p.stop) for p in parts] == [(0, offsets[4]), (offsets[4], offsets[8]), (offsets[8], None)]


def test_archive_in_one_gzip_stream_is_one_part(tmp_path: Path) -> None:
    plain = tmp_path / "a.warc"
    write_warc(plain, [Entry(f"https://example.org/{i}", b"<p>page</p>") for i in range(10)], gzip=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    parts = plan_parts([str(whole)], {str(whole): scan_offsets(str(plain))}, records_per_part=2)
    assert [(p.start, p.stop) for p in parts] == [(0, None)]


def test_loose_files_are_grouped(tmp_path: Path) -> None:
    names = [str(tmp_path / f"{i}.txt") for i in range(45)]
    parts = plan_parts(names, {}, records_per_part=10, files_per_part=20)
    assert [len(p.paths) for p in parts] == [20, 20, 5]
