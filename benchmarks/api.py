"""Benchmark: latency of the JSON API over a large ledger (p50, p95, p99 per endpoint).

usage: python benchmarks/api.py [--items 100000] [--requests 400] [--db URL] [--reuse] [--track]

Fills a SQLite ledger through ``Store.ingest`` with synthetic extraction records (no NLP):
stories of one to five articles, each article with deals, pledges, quotes and events whose
evidence sentences sit in the body with their offsets, until at least ``--items`` items are
stored; with ``--track``, tracking is then recomputed as ``dragoman ingest`` does (deal status
now, pledge states). Then starts ``dragoman serve`` on a free loopback port in a separate process and times
requests from this process: the deal ledger (default, filtered, sorted by value, deep pages),
story pages, full-text search, the other lists, the pledge board by state and deadline and the
overview (JSON and HTML). Prints a table
and, last, one JSON line of the figures. Target: p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from dragoman.records import Article, Deal, Entity, Event, Extraction, Financing, Money, Pledge, Quote
from dragoman.store import Store
from dragoman.store.overview import ledger_counts

SYLLABLES = [a + b for a in "bdfgklmnprstvz" for b in "aeiou"]
COMMODITIES = ["copper", "lithium", "cobalt", "nickel", "natural gas", "crude oil", "wheat", "railway", "port",
               "solar power", "wind power", "uranium", "rare earths", "fertiliser", "steel", "data centre"]
COUNTRIES = ["KAZ", "UZB", "ZMB", "NAM", "CHL", "PER", "IDN", "VNM", "MAR", "EGY", "BRA", "ARG", "POL", "TUR",
             "KEN", "NGA", "PHL", "MNG", "AZE", "GEO"]
STATUSES = ["proposed", "announced", "signed", "financing_considered", "in_progress", "completed", "cancelled"]
EVENT_KINDS = ["meeting", "visit", "agreement", "statement", "investment", "financing"]
START = dt.date(2024, 1, 1)


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def name(rng: random.Random) -> str:
    return f"{word(rng).title()} {word(rng).title()}"


class Builder:
    """Synthetic articles with items placed at known offsets of their bodies."""

    def __init__(self, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = [word(self.rng) for _ in range(5000)]

    def story(self, number: int) -> list[Extraction]:
        rng = self.rng
        topic = rng.sample(self.vocabulary, 8)
        people = [name(rng) for _ in range(3)]
        firms = [name(rng) + " Holdings" for _ in range(2)]
        country = rng.choice(COUNTRIES)
        commodity = rng.choice(COMMODITIES)
        day = START + dt.timedelta(days=number // 6)
        return [self.article(number, i, topic, people, firms, country, commodity, day + dt.timedelta(days=i // 2))
                for i in range(rng.randint(1, 5))]

    def article(self, story: int, index: int, topic: list[str], people: list[str], firms: list[str], country: str,
                commodity: str, day: dt.date) -> Extraction:
        rng = self.rng
        filler = lambda n: " ".join(rng.choice(self.vocabulary + topic * 20) for _ in range(n))  # noqa: E731
        sentences: list[tuple[str, str | None]] = [(f"{filler(6).capitalize()} {topic[0]} {topic[1]}.", None)]
        items: list[tuple[str, dict[str, object]]] = []
        for d in range(3):
            amount = rng.choice([None, 5e7, 1.2e8, 4e8, 1e9, 2.4e9]) if d else rng.choice([3e8, 1.1e9])
            what = commodity if d == 0 else COMMODITIES[(COMMODITIES.index(commodity) + story + index + d) % 16]
            party = firms[d % 2] if d < 2 else name(rng) + " Group"
            sentences.append((f"{party} agreed with {people[0]} on a {what} project worth "
                              f"{amount or 'an undisclosed sum'} in {country} {filler(8)}.", "deal"))
            items.append(("deal", {"parties": [party, country], "country": country, "commodity": what,
                                   "status": rng.choice(STATUSES), "binding": rng.random() > 0.2,
                                   "value": Money(amount=amount, currency="USD") if amount else None,
                                   "financing": [Financing(financier=rng.choice(firms), amount=amount)]
                                   if rng.random() < 0.3 else []}))
        for _ in range(3):
            sentences.append((f"{people[1]} promised to {filler(7)} by {day.year + 1}.", "pledge"))
            items.append(("pledge", {"actor": people[1], "action": filler(5), "deadline": str(day.year + 1)}))
        for q in range(4):
            text = filler(12)
            sentences.append((f'"{text}," said {people[q % 3]}.', "quote"))
            items.append(("quote", {"speaker": people[q % 3], "text": text}))
        for _ in range(3):
            sentences.append((f"{people[2]} held a {rng.choice(EVENT_KINDS)} in {topic[2].title()} {filler(9)}.",
                              "event"))
            items.append(("event", {"kind": rng.choice(EVENT_KINDS), "date": day.isoformat(), "actors": people[:2],
                                    "location": topic[2].title(), "summary": filler(5)}))
        title = f"{topic[0].title()} {topic[1]} {commodity} deal in {country} {topic[3]}"
        body, spans = title + "\n\n", []
        for sentence, _kind in sentences:
            spans.append((len(body), len(body) + len(sentence)))
            body += sentence + " "
        body = body.rstrip()
        records: dict[str, list[object]] = {"deal": [], "pledge": [], "quote": [], "event": []}
        cls = {"deal": Deal, "pledge": Pledge, "quote": Quote, "event": Event}
        placed = [(s, k) for s, k in zip(spans, (k for _, k in sentences), strict=True) if k]
        for (span, _kind), (kind, fields) in zip(placed, items, strict=True):
            evidence = body[span[0]:span[1]]
            records[kind].append(cls[kind](extractor=f"{kind}s@1", span=span, evidence=evidence, **fields))
        entities = [Entity(name=p, type="person", mentions=2, extractor="entities@1") for p in people]
        entities += [Entity(name=f, type="organization", extractor="entities@1") for f in firms]
        article = Article(id=f"bench-{story}-{index}", source=f"bench/{story}/{index}.txt",
                          url=f"https://bench{index}.example/{story}", outlet=f"Outlet {index}", title=title,
                          published=day.isoformat(), body=body)
        return Extraction(article=article, entities=entities, deals=records["deal"], pledges=records["pledge"],
                          quotes=records["quote"], events=records["event"])  # type: ignore[arg-type]


def fill(url: str, items: int) -> dict[str, float]:
    builder = Builder()
    started = time.perf_counter()
    articles = stored = 0
    with Store.open(url) as store:
        story = 0
        while stored < items:
            for extraction in builder.story(story):
                store.ingest(extraction)
                articles += 1
                stored += sum(len(x) for x in (extraction.deals, extraction.pledges, extraction.quotes,
                                                 extraction.events))
            story += 1
            if story % 200 == 0:
                print(f"  {articles} articles, {stored} items, {time.perf_counter() - started:.0f} s", flush=True)
        counts = ledger_counts(store)
    seconds = time.perf_counter() - started
    return {"articles": counts["articles"], "items": counts["extracted_items"], "stories": counts["stories"],
            "merged_deals": counts["deals"], "fill_s": round(seconds, 1),
            "articles_per_s": round(articles / seconds, 1)}


def serve(url: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-c", "import sys; from dragoman.cli import main; sys.exit(main())",
                                "serve", "--db", url, "--port", "0"], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    found = re.search(r"at (http://[^ ]+/)", process.stdout.readline())
    if not found:
        process.terminate()
        raise SystemExit("dragoman serve did not print its address")
    return process, found.group(1).rstrip("/")


def timed(client: httpx.Client, paths: Callable[[random.Random], str], count: int) -> dict[str, float]:
    rng = random.Random(5)
    for _ in range(5):
        client.get(paths(rng)).raise_for_status()  # warm caches and connections
    times = []
    for _ in range(count):
        path = paths(rng)
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code} {response.text[:200]}")
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(pick(0.95), 1),
            "p99_ms": round(pick(0.99), 1), "max_ms": round(times[-1], 1), "requests": count}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000, help="Items to store at least (default 100000)")
    parser.add_argument("--requests", type=int, default=400, help="Requests per endpoint group")
    parser.add_argument("--db", help="Database URL (default: a new SQLite file in a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="Use --db as it is (already filled)")
    parser.add_argument("--track", action="store_true", help="Recompute tracking after filling (as ingest does)")
    args = parser.parse_args()
    if args.reuse and not args.db:
        parser.error("--reuse needs --db (the ledger to reuse)")
    folder = tempfile.mkdtemp(prefix="dragoman-bench-api-")
    try:
        run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the temporary ledger (a --db ledger is kept)


def run(args: argparse.Namespace, folder: str) -> None:
    url = args.db or f"sqlite:///{Path(folder) / 'ledger.db'}"
    if args.reuse:
        with Store.open(url) as store:
            counts = ledger_counts(store)
        filled = {"articles": counts["articles"], "items": counts["extracted_items"], "stories": counts["stories"],
                  "merged_deals": counts["deals"]}
    else:
        print(f"filling {url} with {args.items} items ...", flush=True)
        filled = fill(url, args.items)
    if args.track:
        from dragoman.store.tracking import run_tracking

        started = time.perf_counter()
        with Store.open(url) as store:
            run_tracking(store, START + dt.timedelta(days=400))
        filled["track_s"] = round(time.perf_counter() - started, 1)
    print("ledger:", ", ".join(f"{k} {v}" for k, v in filled.items()), flush=True)
    process, base = serve(url)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            stories = client.get("/api/stories", params={"limit": 1}).json()["total"]
            words = Builder().vocabulary
            groups: dict[str, Callable[[random.Random], str]] = {
                "ledger": lambda r: r.choice([
                    "/api/deals", f"/api/deals?commodity={r.choice(COMMODITIES)}",
                    f"/api/deals?country={r.choice(COUNTRIES)}&sort=-value",
                    f"/api/deals?status={r.choice(STATUSES)}&include_nonbinding=true",
                    f"/api/deals?offset={r.randrange(0, 5000)}&sort=-outlets",
                    f"/api/deals?since=2024-0{r.randint(1, 9)}-01&binding=true",
                    f"/api/deals?status_now={r.choice(STATUSES)}", "/api/deals?sort=-status_now"]),
                "story": lambda r: f"/api/stories/{r.randint(1, stories)}",
                "search": lambda r: f"/api/search?q={r.choice(words)}" + (f"+{r.choice(words)}" if r.random() < 0.3
                                                                            else ""),
                "ledger_html": lambda r: r.choice(["/deals", f"/deals?commodity={r.choice(COMMODITIES)}"]),
                "story_html": lambda r: f"/stories/{r.randint(1, stories)}",
                "other_lists": lambda r: r.choice(["/api/quotes", "/api/pledges", "/api/events", "/api/stories",
                                                   "/api/entities", "/api/discrepancies", "/api/articles"]),
                "pledge_board": lambda r: r.choice([
                    "/api/pledges", f"/api/pledges?state={r.choice(['open', 'lapsed', 'fulfilled'])}",
                    f"/api/pledges?due={r.choice(['overdue', 'next_30_days', 'no_deadline'])}&sort=due", "/pledges"]),
                "overview": lambda r: r.choice(["/api/overview", "/"]),
            }
            results = {}
            for group, paths in groups.items():
                results[group] = timed(client, paths, args.requests)
                figures = results[group]
                print(f"{group:12s} p50 {figures['p50_ms']:7.1f} ms  p95 {figures['p95_ms']:7.1f} ms  "
                      f"p99 {figures['p99_ms']:7.1f} ms  max {figures['max_ms']:7.1f} ms  ({args.requests} requests)",
                      flush=True)
    finally:
        process.terminate()
        process.wait(timeout=20)
    print(json.dumps({"benchmark": "api", "db": "sqlite" if url.startswith("sqlite") else "postgresql",
                      **filled, "latency": results, "target_p95_ms": 50}))


if __name__ == "__main__":
    main()
