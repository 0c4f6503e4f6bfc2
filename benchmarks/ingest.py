"""Benchmark: storing pre-built extraction records (no NLP): articles per second into the ledger.

usage: python benchmarks/ingest.py [--articles 2000 10000] [--db URL]

Records are the synthetic articles of benchmarks/synthetic.py (stories of a few articles, wire
copies) with their entities named, a quote and a deal each, so every step of an ingest runs:
entity resolution, items, copy lookup, story choice and the story's merges and discrepancies.
Each size starts from an empty SQLite file (or the given database, emptied first). Prints
articles/s per size and the ratio of per-article costs (1.00 = the cost per article does not
grow with the ledger).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import SYLLABLES, Synthetic, generate

from dragoman.clean.ids import article_id
from dragoman.records import Article, Deal, Entity, Extraction, Money, Quote


def _name(entity_id: int) -> str:
    rng = random.Random(entity_id)
    word = lambda: "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()  # noqa: E731
    return f"{word()} {word()}"


def records(articles: list[Synthetic]) -> list[Extraction]:
    import datetime as dt

    out = []
    for i, a in enumerate(articles):
        entities = [Entity(name=_name(e) + (" Group" if kind == "organization" else ""), type=kind,  # type: ignore[arg-type]
                           mentions=n, country=f"X{e % 26:02d}" if kind == "country" else None, extractor="entities@1")
                    for e, kind, n in a.entities]
        speaker = next(e.name for e in entities if e.type == "person")
        firm = next(e.name for e in entities if e.type == "organization")
        words = a.body.split()
        quote = " ".join(words[10:22])
        body = f"{a.title}\n\n{speaker} said: \"{quote}\". {firm} agreed to invest. " + a.body
        published = dt.date.fromordinal(a.day).isoformat()
        out.append(Extraction(
            article=Article(id=article_id(body), source=f"bench/{i}.txt", url=f"https://bench.example/{i}",
                            outlet=f"outlet{i % 40}", title=a.title, published=published, body=body),
            entities=entities,
            quotes=[Quote(speaker=speaker, text=quote, evidence=f"{speaker} said: \"{quote}\".", extractor="quotes@1")],
            deals=[Deal(parties=[firm], value=Money(amount=1e8 * (1 + a.story % 7), currency="USD"),
                        evidence=f"{firm} agreed to invest.", extractor="deals@1")],
        ))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--db", default=None, help="a database URL to use (emptied first) instead of SQLite files")
    args = parser.parse_args()

    from dragoman.store import Store
    from dragoman.store.schema import metadata

    results = []
    for size in args.articles:
        batch = records(generate(size, seed=11))
        with tempfile.TemporaryDirectory() as tmp:
            url = args.db or f"sqlite:///{tmp}/bench.db"
            with Store.open(url) as store:
                with store.writing() as conn:
                    for table in reversed(metadata.sorted_tables):
                        conn.execute(table.delete())
                t0 = time.perf_counter()
                for record in batch:
                    store.ingest(record)
                seconds = time.perf_counter() - t0
        rate = size / seconds
        results.append((size, seconds / size))
        print(f"{size:>6} records: {seconds:6.1f} s, {rate:6.1f} articles/s ({1000 * seconds / size:.2f} ms/article) "
              f"into {url.split(':')[0]}")
    for (small, a), (big, b) in itertools.pairwise(results):
        print(f"cost per article {big} vs {small}: x{b / a:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
