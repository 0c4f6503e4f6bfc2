"""Benchmark: the full extract (clean + parse + every extractor) against the spaCy pipeline alone.

usage: python benchmarks/extract.py [--articles N]

Texts: the ground-truth bodies of ../shared/benchmarks/article-extraction (real news pages),
the seeds, the demo corpus and the test fixtures, cycled to N articles (default 500). The last
line printed is one JSON object: articles, extract_articles_per_s, spacy_only_articles_per_s,
ratio (full / spaCy-only time), peak_rss_mb.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpus_pages() -> list[str]:
    pages: list[str] = []
    truth = SHARED / "benchmarks" / "article-extraction" / "ground-truth.json"
    if truth.exists():
        data = json.loads(truth.read_text(encoding="utf-8"))
        pages += [item["articleBody"] for item in data.values() if len(item["articleBody"]) > 200]
    for folder in (SHARED / "seeds", ROOT / "examples", ROOT / "tests" / "fixtures"):
        if folder.is_dir():
            pages += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    if not pages:
        sys.exit("no texts found: run from a checkout with examples/ or ../shared/")
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()

    from dragoman.extract.nlp import load_nlp
    from dragoman.ingest.documents import RawDocument
    from dragoman.pipeline import clean, run_documents
    from dragoman.records import Article
    from dragoman.settings import Settings

    settings = Settings(progress=False)
    pages = list(islice(cycle(corpus_pages()), args.articles))
    raws = [RawDocument(source=f"bench-{i}.txt", content=text, kind="text") for i, text in enumerate(pages)]
    nlp = load_nlp(settings.spacy_model)
    bodies = [a.body for a in (clean(r, settings) for r in raws) if isinstance(a, Article)]
    words = sum(len(b.split()) for b in bodies)

    list(nlp.pipe(bodies[:20]))  # warm up both paths
    list(run_documents(raws[:20], settings, nlp=nlp))

    t0 = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=32):
        pass
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    produced = sum(1 for _ in run_documents(raws, settings, nlp=nlp))
    full_s = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {len(raws)} ({len(bodies)} with a body, {words} words)")
    print(f"spaCy only:   {spacy_s:7.2f} s  {len(bodies) / spacy_s:7.1f} articles/s")
    print(f"full extract: {full_s:7.2f} s  {produced / full_s:7.1f} articles/s  ({full_s / spacy_s:.2f}x spaCy)")
    print(json.dumps({
        "articles": len(raws),
        "extract_articles_per_s": round(produced / full_s, 2),
        "spacy_only_articles_per_s": round(len(bodies) / spacy_s, 2),
        "ratio": round(full_s / spacy_s, 3),
        "peak_rss_mb": round(peak_mb, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
