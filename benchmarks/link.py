"""Benchmark and measurement of the link stage.

usage:
  python benchmarks/link.py scale [--sizes 10000 100000]   dedup and story clustering cost
  python benchmarks/link.py seeds [--gold] [--verbose]     the seeds against CROSS-SOURCE.md

``scale`` generates synthetic articles (stories of a few articles, some wire copies) at a steady
rate per day and runs the same decisions the store runs, with the in-memory indexes of
``link`` (band keys for copies, weekly story keys); it prints seconds, microseconds per article
for each size and the ratio of per-article costs (1.0 is linear growth), and how well the
planted copies and stories were recovered.

``seeds`` ingests ../shared/seeds into a temporary SQLite ledger (with the pipeline's records,
or with ``--gold`` the gold annotations as records) and prints the stories, the merged items
with several sources, and the discrepancies matched against B1-B15 of CROSS-SOURCE.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))


def seeds(gold_items: bool, verbose: bool) -> int:
    from crosssource import gold_records, match, read_gold

    from dragoman.pipeline import run_documents
    from dragoman.records import Extraction
    from dragoman.settings import Settings
    from dragoman.store import Store
    from dragoman.store.queries import iterate, list_discrepancies, list_merged, list_stories

    if not (SHARED / "seeds").is_dir():
        sys.exit("../shared/seeds is not here")
    settings = Settings(progress=False)
    if gold_items:
        records = gold_records(SHARED, settings)
    else:
        from dragoman.ingest import read_inputs

        pages = [str(p) for p in sorted((SHARED / "seeds").glob("*.txt"))]
        records = [r for r in run_documents(read_inputs(pages, max_bytes=10_000_000), settings)
                   if isinstance(r, Extraction)]
    gold = read_gold(SHARED / "eval" / "seeds" / "CROSS-SOURCE.md")
    with tempfile.TemporaryDirectory() as tmp, Store.open(f"sqlite:///{tmp}/seeds.db") as store:
        names = {}
        for record in records:
            outcome = store.ingest(record)
            names[outcome.article_id] = Path(record.article.source).name[:3]
        stories = list_stories(store).items
        print(f"stories: {len(stories)} " + str([s["articles"] for s in stories]))
        for kind in ("deal", "pledge", "quote", "event"):
            items = list(iterate(list_merged, store, kind, sort="id"))
            multi = [i for i in items if i["articles"] > 1]
            print(f"{kind}s: {len(items)} merged, {len(multi)} with several sources")
            for item in multi if verbose else ():
                print(f"   {item['outlets']} outlets {[names[a] for a in _articles(item)]}: {item['label'][:90]}")
        reports = list(iterate(list_discrepancies, store, sort="id"))
        found: dict[str, list[int]] = {}
        unmatched = []
        for report in reports:
            keys = match(report, gold)
            for key in keys:
                found.setdefault(key, []).append(report["id"])
            if not keys:
                unmatched.append(report)
            if verbose:
                print(f"  #{report['id']} {report['kind']}.{report['field']} [{report['severity']}] -> "
                      f"{','.join(keys) or 'no gold match'}: {report['subject'][:60]}")
                for side in report["sides"]:
                    print(f"      {[names[int(a)] for a in side['articles']]} {side['text'][:100]!r}")
                    for article, sentence in side["evidence"].items():
                        print(f"          {names[int(article)]}: {sentence[:160]}")
        print(f"discrepancies reported: {len(reports)}; gold found: {len(found)}/{len(gold)} "
              f"({', '.join(sorted(found, key=lambda k: int(k[1:])))}); matching no gold: {len(unmatched)}")
        print("missed: " + ", ".join(f"{g.key} ({g.title[:50]})" for g in gold if g.key not in found))
    return 0


def _articles(item: dict[str, object]) -> list[int]:
    ids: set[int] = set()
    for values in item["fields"].values():  # type: ignore[attr-defined]
        for value in values:
            ids.update(value["articles"])
    return sorted(ids)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    scale_p = sub.add_parser("scale")
    scale_p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    seeds_p = sub.add_parser("seeds")
    seeds_p.add_argument("--gold", action="store_true", help="use the gold annotations as the records")
    seeds_p.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.what == "seeds":
        return seeds(args.gold, args.verbose)
    from synthetic import scale

    return scale(args.sizes)


if __name__ == "__main__":
    sys.exit(main())
