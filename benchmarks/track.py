"""Benchmark: tracking over time, pure and persisted. Prints seconds; nothing is asserted.

usage: python benchmarks/track.py [--sightings 2000 10000 40000] [--articles 2000] [--db URL]

pure: ``track_deals`` and ``track_pledges`` over synthetic sightings (deals in 200 countries x 30
commodities with parties drawn from 5,000 firms; pledges by 2,000 actors with a visit event for
every other one), to see how the decisions grow with the ledger.
store: benchmarks/ingest.py's synthetic articles, each with a deal, a pledge and an event, stored
(no NLP), then ``run_tracking`` (load, decide, replace the tracked rows) and ``queue_deliveries``
for three watchlists that take every matching item (--backfill), timed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dragoman.records import Event, Pledge
from dragoman.track.deals import track_deals
from dragoman.track.pledges import track_pledges
from dragoman.track.sightings import DealSighting, EventSighting, Party, PledgeSighting, Source

AS_OF = dt.date(2030, 1, 1)
COMMODITIES = ["copper", "cobalt", "lithium", "nickel", "gas", "oil", "wheat", "railway", "port", "steel"] * 3
CITIES = ["Oslo", "Madrid", "Lisbon", "Seoul", "Tokyo", "Berlin", "Paris", "Rome", "Cairo", "Lima"]


def _day(rng: random.Random) -> str:
    return (dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))).isoformat()


def sightings(count: int, seed: int = 3) -> tuple[list[DealSighting], list[PledgeSighting], list[EventSighting]]:
    rng = random.Random(seed)
    deals, pledges, events = [], [], []
    for i in range(count):
        source = Source(article_id=i, key=f"k{i}", published=_day(rng))
        firms = rng.sample(range(5000), 2)
        deals.append(DealSighting(
            item_id=i, source=source, position=0, evidence="...",
            parties=(*(Party(f"Firm {f}", f"e{f}") for f in firms), Party("Land", f"c{i % 200}", True)),
            country=f"X{i % 200:03d}", commodity=COMMODITIES[i % 30] + f" {i % 30}",
            status=rng.choice(["announced", "signed", "in_progress", "cancelled"]),
            value_amount=float(rng.choice([1e8, 5e8, 2e9])), value_currency="USD"))
        actor = f"e{10_000 + i % 2000}"
        city = CITIES[i % len(CITIES)]
        pledges.append(PledgeSighting(item_id=i, source=source, position=1, actor=f"Minister {i % 2000}",
                                      actor_key=actor, action=f"travel to {city} and {CITIES[(i + 3) % 10]}",
                                      evidence="...", deadline=source.published[:7]))
        if i % 2:
            events.append(EventSighting(item_id=i, source=source, position=2, kind="visit", evidence="...",
                                        actors=(f"Minister {i % 2000}",), actor_keys=frozenset({actor}),
                                        date=source.published, location=city,
                                        summary=f"Minister {i % 2000} visited {city}"))
    return deals, pledges, events


def pure(sizes: list[int]) -> None:
    print(f"{'sightings':>10} {'deals s':>9} {'tracked deals':>14} {'pledges s':>10} {'tracked pledges':>16}")
    for size in sizes:
        deals, pledges, events = sightings(size)
        start = time.perf_counter()
        tracked = track_deals(deals, AS_OF)
        middle = time.perf_counter()
        kept = track_pledges(pledges, events, AS_OF)
        end = time.perf_counter()
        print(f"{size:>10} {middle - start:>9.2f} {len(tracked):>14} {end - middle:>10.2f} {len(kept):>16}")


def store(articles: int, url: str | None) -> None:
    from synthetic import generate

    from dragoman.store import Store
    from dragoman.store.tracking import run_tracking
    from dragoman.store.watchlists import add_watchlist, queue_deliveries
    from ingest import records

    built = records(generate(articles))
    with tempfile.TemporaryDirectory() as folder, Store.open(url or f"sqlite:///{folder}/track.db") as ledger:
        start = time.perf_counter()
        for number, record in enumerate(built):
            speaker = record.quotes[0].speaker or "nobody"
            city = CITIES[number % len(CITIES)]
            record.pledges.append(Pledge(actor=speaker, action=f"travel to {city}", deadline=record.article.published,
                                         evidence=record.quotes[0].evidence, extractor="pledges@1"))
            record.events.append(Event(kind="visit", actors=[speaker], location=city, date=record.article.published,
                                       summary=f"{speaker} visited {city}", evidence=record.quotes[0].evidence,
                                       extractor="events@1"))
            ledger.ingest(record)
        stored = time.perf_counter() - start
        start = time.perf_counter()
        summary = run_tracking(ledger, AS_OF)
        first = time.perf_counter() - start
        start = time.perf_counter()
        run_tracking(ledger, AS_OF)
        again = time.perf_counter() - start
        for name, option in (("a", {"commodity": "copper"}), ("b", {"kind": "pledge"}), ("c", {"entity": "Group"})):
            add_watchlist(ledger, name, file=f"{folder}/{name}.jsonl", backfill=True, **option)  # type: ignore[arg-type]
        start = time.perf_counter()
        queued = queue_deliveries(ledger)
        queue = time.perf_counter() - start
    print(f"store: {articles} articles ingested in {stored:.1f} s; run_tracking {first:.2f} s "
          f"({summary.deals} deals, {summary.pledges} pledges), again {again:.2f} s; "
          f"queue_deliveries for 3 watchlists {queue:.2f} s ({queued} queued)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sightings", type=int, nargs="+", default=[2000, 10000, 40000])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    pure(args.sightings)
    store(args.articles, args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
