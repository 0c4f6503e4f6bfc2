"""Benchmark: the cheap parts of ingest at scale: the relevance pre-filter, cleaning, WARC reading.

usage: python benchmarks/sources.py [--pages N] [--profile FILE]

Pages: N synthetic pages (benchmarks/newsgen.py, 30 % on topic, ~30 KB of HTML each) and, when
../shared is present, the 181 real pages of shared/benchmarks/article-extraction. Prints the
pre-filter's pages/s on raw HTML (what it saves: the clean step's pages/s on the same pages), the
share of pages it lets through, and WARC.gz reading in records/s. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
REAL = ROOT.parent / "shared" / "benchmarks" / "article-extraction" / "html"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--profile", default=str(ROOT / "examples" / "profiles" / "economic-statecraft.toml"))
    args = parser.parse_args()

    import newsgen

    from dragoman.ingest.documents import RawDocument
    from dragoman.ingest.profiles import load_profile
    from dragoman.ingest.warc import read_warc
    from dragoman.pipeline import clean
    from dragoman.settings import Settings

    settings = Settings(progress=False)
    profile = load_profile(args.profile)
    synthetic = [RawDocument(source=url, content=html, kind="html", url=url)
                 for url, html, _ in newsgen.pages(args.pages)]
    real = [RawDocument(source=p.name, content=gzip.decompress(p.read_bytes()).decode("utf-8", "replace"), kind="html")
            for p in sorted(REAL.glob("*.html.gz"))] if REAL.is_dir() else []
    figures: dict[str, float] = {}
    for label, docs in (("synthetic", synthetic), ("real", real)):
        if not docs:
            continue
        mb = sum(len(d.content) for d in docs) / 1e6
        t0 = time.perf_counter()
        kept = sum(1 for d in docs if profile.screen_raw(d) is None)
        filter_s = time.perf_counter() - t0
        sample = docs[: min(len(docs), 300)]
        t0 = time.perf_counter()
        for d in sample:
            clean(d, settings)
        clean_s = time.perf_counter() - t0
        print(f"{label:9s} {len(docs):6d} pages {mb:7.1f} MB  pre-filter {len(docs) / filter_s:8.0f} pages/s "
              f"({mb / filter_s:5.1f} MB/s), lets through {kept / len(docs):5.1%};  "
              f"clean {len(sample) / clean_s:6.1f} pages/s")
        figures[f"{label}_prefilter_pages_per_s"] = round(len(docs) / filter_s, 1)
        figures[f"{label}_prefilter_pass_share"] = round(kept / len(docs), 3)
        figures[f"{label}_clean_pages_per_s"] = round(len(sample) / clean_s, 1)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        size = newsgen.write_warc(path, args.pages)
        t0 = time.perf_counter()
        n = sum(1 for _ in read_warc(str(path), max_bytes=10_000_000))
        warc_s = time.perf_counter() - t0
    print(f"warc.gz   {n:6d} records {size / 1e6:6.1f} MB  read {n / warc_s:8.0f} records/s ({size / 1e6 / warc_s:5.1f} MB/s compressed)")
    figures["warc_records_per_s"] = round(n / warc_s, 1)
    print(json.dumps({"pages": args.pages, **figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
