"""Benchmark: article bodies of real HTML pages, cleaned as ``dragoman extract`` cleans them.

usage: python benchmarks/clean_bodies.py [--baseline] [--out PRED.jsonl]

Reads the 181 pages of ../shared/benchmarks/article-extraction/html/*.html.gz through the
ingest and clean stages of ``dragoman extract`` (files -> RawDocument -> clean_document), writes
one record per page whose ``article.source`` is the file path, scores them with
../shared/eval/score_bodies.py and reports pages per second on one core (cleaning only; reading
and decompressing the files is not timed). ``--baseline`` also runs plain
``trafilatura.extract`` (default settings) over the same pages for comparison. The last line
printed is one JSON object: pages, f1, precision, recall, pages_per_s, text_ms_per_page (the
flattened-text cleaner on the seeds and tests/clean/pages) and, with --baseline, baseline_* figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "benchmarks" / "article-extraction"
SCORER = SHARED / "eval" / "score_bodies.py"


def score(predictions: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(SCORER), str(BENCH / "ground-truth.json"), str(predictions)],
                         capture_output=True, text=True, check=True).stdout.strip()
    print(out)
    figures = dict(re.findall(r"(precision|recall|F1) ([\d.]+)", out))
    return {"precision": float(figures["precision"]), "recall": float(figures["recall"]), "f1": float(figures["F1"])}


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", action="store_true", help="also run plain trafilatura.extract")
    parser.add_argument("--out", type=Path, default=None, help="keep the predictions in this file")
    args = parser.parse_args()
    if not (BENCH / "html").is_dir() or not SCORER.exists():
        print(f"skipped: {BENCH} or {SCORER} is not present (the benchmark needs ../shared beside the project)")
        return 0

    from dragoman.clean import clean_document
    from dragoman.ingest import read_inputs
    from dragoman.ingest.documents import RawDocument
    from dragoman.records import Article

    pin_one_core()
    files = sorted(str(p) for p in (BENCH / "html").glob("*.html.gz"))
    raws = [r for r in read_inputs(files, max_bytes=50_000_000) if isinstance(r, RawDocument)]
    if len(raws) != len(files):
        print(f"warning: {len(files) - len(raws)} pages could not be read")
    clean_document(raws[0])  # warm up (imports, first-use caches)

    t0 = time.perf_counter()
    results = [clean_document(raw) for raw in raws]
    seconds = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp(prefix="dragoman-bench-"))
    predictions = args.out or tmp / "dragoman.jsonl"
    with predictions.open("w", encoding="utf-8") as fh:
        for raw, result in zip(raws, results, strict=True):
            body = result.body if isinstance(result, Article) else ""
            fh.write(json.dumps({"article": {"source": raw.source, "body": body}}, ensure_ascii=False) + "\n")
    rejected = sum(1 for r in results if not isinstance(r, Article))
    print(f"dragoman clean_document: {len(raws)} pages in {seconds:.2f} s = {len(raws) / seconds:.1f} pages/s "
          f"on one core ({rejected} rejected)")
    figures: dict[str, float | int] = {"pages": len(raws), **score(predictions),
                                       "pages_per_s": round(len(raws) / seconds, 1)}

    texts = [p.read_text(encoding="utf-8") for folder in (SHARED / "seeds", ROOT / "tests" / "clean" / "pages")
             if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    if texts:
        from dragoman.clean.text import clean_text

        rounds = 20
        t0 = time.perf_counter()
        for _ in range(rounds):
            for text in texts:
                clean_text(text)
        ms = (time.perf_counter() - t0) * 1000 / (rounds * len(texts))
        print(f"flattened text pages (seeds and tests/clean/pages): {ms:.2f} ms per page on one core")
        figures["text_ms_per_page"] = round(ms, 2)

    if args.baseline:
        import trafilatura

        t0 = time.perf_counter()
        bodies = [trafilatura.extract(raw.content) or "" for raw in raws]
        seconds = time.perf_counter() - t0
        plain = tmp / "trafilatura.jsonl"
        with plain.open("w", encoding="utf-8") as fh:
            for raw, body in zip(raws, bodies, strict=True):
                fh.write(json.dumps({"article": {"source": raw.source, "body": body}}, ensure_ascii=False) + "\n")
        print(f"plain trafilatura.extract: {len(raws) / seconds:.1f} pages/s on one core")
        base = score(plain)
        figures.update({f"baseline_{k}": v for k, v in base.items()})
        figures["baseline_pages_per_s"] = round(len(raws) / seconds, 1)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
