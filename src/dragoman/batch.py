"""Dask: clean, filter and extract many archives on a cluster, with the single-process path's results.

The input is split into *parts*: a WARC archive into runs of records (its record offsets are
scanned first, on the workers), other files into small groups. Each part is one task that reads
its records with the same readers as ``read_inputs``, runs ``pipeline.run_documents`` (with the
profile), and writes one Parquet shard (``dragoman.shards``). The spaCy pipeline is loaded once per
worker process, when the worker starts (``ModelPreload``), and shared by all its tasks. Workers
must see the input paths and the output directory (one machine, or a shared file system).
"""

from __future__ import annotations

import glob
import itertools
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from distributed.diagnostics.plugin import WorkerPlugin

from dragoman.errors import ConfigError, InputError
from dragoman.ingest import files
from dragoman.ingest.inputs import read_inputs
from dragoman.ingest.profiles import Profile
from dragoman.ingest.warc import is_gzipped, read_warc, scan_offsets
from dragoman.pipeline import RunSummary, run_documents
from dragoman.records import Extraction, Rejected
from dragoman.settings import Settings
from dragoman.shards import shard_files, write_shard

SUMMARY_FILE = "summary.json"
#: Small archives are cut finer, so that every worker gets several parts (and none idles at the end).
PARTS_PER_WORKER = 8
MIN_RECORDS_PER_PART = 10
REJECTED_FILE = "rejected.jsonl"


@dataclass(frozen=True)
class Part:
    """One task's input: records ``[start, stop)`` of one archive, or a few local files."""

    index: int
    kind: Literal["warc", "files"]
    paths: tuple[str, ...]
    start: int = 0
    stop: int | None = None

    @property
    def label(self) -> str:
        return f"{self.paths[0]}@{self.start}" if self.kind == "warc" else self.paths[0]


@dataclass
class PartResult:
    index: int
    extracted: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (source, reason, detail)
    seconds: float = 0.0
    worker: str = ""  # host:pid of the worker process
    model: int = 0  # id() of the spaCy pipeline it used: one per worker process


@dataclass
class BatchSummary:
    summary: RunSummary
    parts: int
    workers: int
    seconds: float
    per_worker: dict[str, dict[str, Any]] = field(default_factory=dict)

    def dump(self) -> dict[str, Any]:
        return {"extracted": self.summary.extracted, "skipped": self.summary.skipped, "failed": self.summary.failed,
                "reasons": dict(self.summary.rejected.most_common()), "parts": self.parts, "workers": self.workers,
                "seconds": round(self.seconds, 3), "per_worker": self.per_worker}


class ModelPreload(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts, so that no task pays for it."""

    name = "dragoman-model-preload"

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        from dragoman.extract.nlp import load_nlp

        load_nlp(self.model)


def expand_inputs(patterns: list[str]) -> list[str]:
    """Glob patterns and directories to a sorted list of files; a pattern matching nothing is an error."""
    found: list[str] = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern, recursive=True)) if glob.has_magic(pattern) else [pattern]
        matches = [m for m in matches if Path(m).exists()]
        if not matches:
            raise InputError(f"--input {pattern!r} matches no files",
                             hint="quote glob patterns ('warcs/*.warc.gz') and check the path")
        for match in matches:
            if Path(match).is_dir():
                children = files.walk_directory(match)
                found += [str(c) for c in children] if isinstance(children, list) else []
            else:
                found.append(match)
    return list(dict.fromkeys(found))


def is_warc(path: str) -> bool:
    return files.suffix_of(Path(path).name)[0] in files.WARC_SUFFIXES


def plan_parts(paths: list[str], offsets: dict[str, list[int]], *, records_per_part: int,
               files_per_part: int = 20) -> list[Part]:
    """Split archives at every ``records_per_part``-th record offset; group other files."""
    parts: list[Part] = []
    loose: list[str] = []

    def flush() -> None:
        for i in range(0, len(loose), files_per_part):
            parts.append(Part(len(parts), "files", tuple(loose[i:i + files_per_part])))
        loose.clear()

    for path in paths:
        if not is_warc(path):
            loose.append(path)
            continue
        flush()
        cuts = offsets.get(path, [])[::records_per_part][1:]
        if cuts and is_gzipped(path) and not _members_start_at(path, cuts):
            cuts = []  # one gzip stream for the whole file: it cannot be entered in the middle
        bounds: list[int | None] = [0, *cuts, None]
        for start, stop in itertools.pairwise(bounds):
            parts.append(Part(len(parts), "warc", (path,), start or 0, stop))
    flush()
    return parts


def _members_start_at(path: str, cuts: list[int]) -> bool:
    with open(path, "rb") as fh:
        for cut in cuts:
            fh.seek(cut)
            if fh.read(2) != b"\x1f\x8b":
                return False
    return True


def run_part(part: Part, settings: Settings, profile: Profile | None, out_dir: str) -> PartResult:
    """One task: read the part, clean, filter and extract, write its shard."""
    import socket

    from dragoman.extract.nlp import load_nlp
    from dragoman.schema import schema_errors

    started = time.perf_counter()
    nlp = load_nlp(settings.spacy_model)
    max_bytes = int(settings.max_document_mb * 1_000_000)
    raws = (read_warc(part.paths[0], max_bytes=max_bytes, start=part.start, stop=part.stop) if part.kind == "warc"
            else read_inputs(list(part.paths), max_bytes=max_bytes, offline=True))
    result = PartResult(part.index, worker=f"{socket.gethostname()}:{os.getpid()}", model=id(nlp))
    records: list[dict[str, Any]] = []
    for produced in run_documents(raws, settings, nlp=nlp, profile=profile):
        if isinstance(produced, Rejected):
            result.rejected.append((produced.source, produced.reason, produced.detail))
            continue
        record = produced.dump()
        errors = schema_errors(record)
        if errors:
            result.rejected.append((produced.article.source, "invalid_record", errors[0]))
            continue
        records.append(record)
    write_shard(out_dir, part.index, records)
    result.extracted = len(records)
    result.seconds = time.perf_counter() - started
    return result


def open_client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    """A Dask client on ``scheduler``, or on a new LocalCluster of ``workers`` single-threaded processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None  # type: ignore[no-untyped-call]
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler} ({exc})",
                              hint="start one with 'dask scheduler' or leave out --scheduler for a local cluster") from exc
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                           dashboard_address=None)
    return Client(cluster), cluster  # type: ignore[no-untyped-call]


def run_batch(inputs: list[str], out_dir: str, *, settings: Settings, profile: Profile | None = None,
              scheduler: str | None = None, workers: int = 2, records_per_part: int = 200,
              overwrite: bool = False, client: Any = None,
              on_part: Callable[[PartResult], object] | None = None) -> BatchSummary:
    """Process ``inputs`` (files, globs, directories) on Dask; write shards, rejections and a summary.

    Archives are cut every ``records_per_part`` records, or finer when that would give fewer than
    ``PARTS_PER_WORKER`` parts per worker.

    ``client``: an open Dask client to use (it is left open); else one is opened and closed here.
    """
    paths = expand_inputs(inputs)
    out = Path(out_dir)
    _prepare(out, overwrite)
    cluster = None
    dask: Any = client
    if dask is None:
        dask, cluster = open_client(scheduler, workers)
    started = time.perf_counter()
    try:
        dask.register_plugin(ModelPreload(settings.spacy_model))
        archives = [p for p in paths if is_warc(p)]
        offsets = dict(zip(archives, dask.gather(dask.map(scan_offsets, archives, pure=False)), strict=True))
        n_workers = max(1, len(dask.scheduler_info().get("workers", {})))
        total = sum(len(v) for v in offsets.values())
        per_part = min(records_per_part, max(MIN_RECORDS_PER_PART, -(-total // (PARTS_PER_WORKER * n_workers))))
        parts = plan_parts(paths, offsets, records_per_part=per_part)
        futures = {dask.submit(run_part, part, settings, profile, str(out), pure=False, retries=1): part
                   for part in parts}
        summary, per_worker = _collect(futures, out, on_part)
    finally:
        if client is None:
            dask.close()
        if cluster is not None:
            cluster.close()
    done = BatchSummary(summary, len(parts), n_workers, time.perf_counter() - started, per_worker)
    (out / SUMMARY_FILE).write_text(json.dumps(done.dump(), indent=2) + "\n", encoding="utf-8")
    return done


def _collect(futures: dict[Any, Part], out: Path,
             on_part: Callable[[PartResult], object] | None) -> tuple[RunSummary, dict[str, dict[str, Any]]]:
    """Gather part results as they finish: counts, rejected.jsonl, and what each worker did."""
    from distributed import as_completed

    summary = RunSummary()
    per_worker: dict[str, dict[str, Any]] = {}
    with (out / REJECTED_FILE).open("w", encoding="utf-8") as rejected_file:
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            result = _result_of(future, futures[future])
            summary.extracted += result.extracted
            for source, reason, detail in result.rejected:
                summary.rejected[reason] += 1
                rejected_file.write(json.dumps({"source": source, "reason": reason, "detail": detail},
                                               ensure_ascii=False) + "\n")
            stats = per_worker.setdefault(result.worker or "(failed)", {"parts": 0, "seconds": 0.0, "models": []})
            stats["parts"] += 1
            stats["seconds"] = round(stats["seconds"] + result.seconds, 3)
            if result.model and result.model not in stats["models"]:
                stats["models"].append(result.model)
            if on_part:
                on_part(result)
    return summary, per_worker


def _result_of(future: Any, part: Part) -> PartResult:
    """A part's result; a task that failed twice (a bug, a killed worker) becomes one counted reason."""
    try:
        result: PartResult = future.result()
        return result
    except Exception as exc:
        return PartResult(part.index, rejected=[(part.label, "part_failed", f"{type(exc).__name__}: {exc}")])


def _prepare(out: Path, overwrite: bool) -> None:
    existing = shard_files(out)
    if existing and not overwrite:
        raise InputError(f"{out} already holds {len(existing)} shard(s) of an earlier run",
                         hint="choose an empty directory or pass --overwrite")
    for path in existing:
        path.unlink()
    out.mkdir(parents=True, exist_ok=True)


def read_batch_summary(out_dir: str | Path) -> dict[str, Any]:
    path = Path(out_dir) / SUMMARY_FILE
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path} is missing or unreadable", hint="run 'dragoman batch' into that directory first") from exc
    return data


def single_process_records(inputs: list[str], settings: Settings, profile: Profile | None = None) -> Iterator[Extraction | Rejected]:
    """The same inputs through the single-process path (what ``dragoman extract`` does), for comparison."""
    paths = expand_inputs(inputs)
    max_bytes = int(settings.max_document_mb * 1_000_000)
    yield from run_documents(read_inputs(paths, max_bytes=max_bytes, offline=True), settings, profile=profile)
