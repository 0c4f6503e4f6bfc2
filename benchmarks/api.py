"""Benchmark: JSON API latency over a large synthetic ledger (p50 / p95 per endpoint family).

usage: python benchmarks/api.py [--articles 10000] [--db URL] [--reuse] [--requests 200]

Fills a ledger with synthetic extraction records through ``Store.ingest`` (no NLP): the articles
of benchmarks/synthetic.py (stories of a few articles, wire copies), each with ten items (three
quotes, two deals, two pledges, three events) whose evidence sentences sit in the body at their
offsets, so the store resolves, merges and indexes them as it would real ones. 10,000 articles
make 100,000 stored items. Then ``dragoman serve`` runs in a subprocess on a free 127.0.0.1
port and this process times ``--requests`` GET requests per endpoint family, one at a time:

  ledger  /api/deals with the ledger's filters (country, commodity, status, financier), sorts
          (value, outlets, first report) and pages
  story   /api/stories/ID for random stories, and /api/stories pages
  search  /api/search?q= with one or two words of the corpus (topic words of a few stories, and
          words drawn from bodies, so frequent words that match thousands of texts too)

Prints the fill rate, p50 / p95 / max per family (target: p95 < 50 ms) and a final JSON line.
``--reuse`` keeps the database file (default /tmp/dragoman-bench-api.db) and skips the fill
when it already holds enough articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import SYLLABLES, Synthetic, generate

from dragoman.clean.ids import article_id
from dragoman.records import Article, Deal, Entity, Event, Extraction, Financing, Money, Pledge, Quote

TARGET_MS = 50.0
COMMODITIES = ("copper", "cobalt", "lithium", "railway", "port", "uranium", "gas", "solar power", "wheat")
STATUSES = ("proposed", "announced", "signed", "in_progress", "completed", "cancelled")
FINANCIERS = ("Development Bank", "Export Credit Agency", "Investment Fund", "Commercial Lenders")
EVENT_KINDS = ("meeting", "visit", "agreement", "statement", "investment", "financing")


def _name(seed: int, suffix: str = "") -> str:
    rng = random.Random(seed)
    word = lambda: "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()  # noqa: E731
    return f"{word()} {word()}{suffix}"


class Body:
    """An article body written sentence by sentence, remembering where each sentence sits."""

    def __init__(self, title: str) -> None:
        self.text = title + "\n\n"

    def add(self, sentence: str) -> tuple[str, tuple[int, int]]:
        start = len(self.text)
        self.text += sentence + " "
        return sentence, (start, start + len(sentence))


def record(i: int, a: Synthetic) -> Extraction:
    """One article with ten items, all of them drawn from the story (so copies and siblings merge)."""
    people = [_name(e) for e, kind, _ in a.entities if kind == "person"]
    firm = next(_name(e, " Group") for e, kind, _ in a.entities if kind == "organization")
    country = f"XA{chr(65 + a.story % 26)}"
    words = a.body.split()
    published = dt.date.fromordinal(a.day).isoformat()
    body = Body(a.title)
    quotes = []
    for k in range(3):
        speaker = people[k % len(people)]
        text = " ".join(words[12 * k:12 * k + 10])
        evidence, span = body.add(f"\"{text},\" said {speaker}.")
        quotes.append(Quote(speaker=speaker, text=text, evidence=evidence, span=span, extractor="quotes@1"))
    deals = []
    for k in range(2):
        commodity = COMMODITIES[(a.story + k) % len(COMMODITIES)]
        amount = 1e7 * (1 + (a.story * 7 + k) % 90)
        binding = (a.story + k) % 9 != 0
        financier = f"{_name(a.story % 50)} {FINANCIERS[(a.story + k) % len(FINANCIERS)]}"
        evidence, span = body.add(f"{firm} {'signed' if binding else 'signed a memorandum'} on a {commodity} "
                                  f"project worth ${amount / 1e6:.0f} million, financed by {financier}.")
        deals.append(Deal(parties=[firm, people[0]], country=country, commodity=commodity,
                          value=Money(amount=amount, currency="USD"),
                          financing=[Financing(financier=financier, amount=amount / 2, currency="USD")],
                          status=STATUSES[(a.story + k) % len(STATUSES)], binding=binding,
                          instrument=None if binding else "memorandum of understanding",
                          evidence=evidence, span=span, extractor="deals@1"))
    pledges = []
    for k in range(2):
        action = " ".join(words[40 + 6 * k:40 + 6 * k + 5])
        deadline = dt.date.fromordinal(a.day + 200 + 30 * k).isoformat()
        evidence, span = body.add(f"{people[k % len(people)]} promised to {action} by {deadline}.")
        pledges.append(Pledge(actor=people[k % len(people)], action=action, deadline=deadline, evidence=evidence,
                              span=span, extractor="pledges@1"))
    events = []
    for k in range(3):
        kind = EVENT_KINDS[(a.story + k) % len(EVENT_KINDS)]
        summary = " ".join(words[60 + 5 * k:60 + 5 * k + 4])
        evidence, span = body.add(f"On {published} {people[0]} and {firm} held a {kind} about {summary}.")
        events.append(Event(kind=kind, date=published, actors=[people[0], firm], summary=summary,  # type: ignore[arg-type]
                            evidence=evidence, span=span, extractor="events@1"))
    body.add(a.body)
    entities = [Entity(name=p, type="person", title="Minister of Trade", mentions=2, extractor="entities@1")
                for p in people]
    entities += [Entity(name=firm, type="organization", mentions=2, extractor="entities@1"),
                 Entity(name=f"Country {country}", type="country", country=country, extractor="entities@1")]
    text = body.text.rstrip()
    return Extraction(article=Article(id=article_id(text), source=f"bench/{i}.txt", url=f"https://bench.example/{i}",
                                      outlet=f"Outlet {i % 40}", title=a.title, published=published, body=text),
                      entities=entities, quotes=quotes, deals=deals, pledges=pledges, events=events)


def fill(url: str, count: int) -> dict[str, float]:
    from sqlalchemy import func, select

    from dragoman.store import Store
    from dragoman.store.schema import ITEM_TABLES, articles

    with Store.open(url) as store:
        with store.reading() as conn:
            stored = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        seconds = 0.0
        if stored < count:
            synthetic = generate(count, seed=23)
            t0 = time.perf_counter()
            for i, a in enumerate(synthetic[stored:], start=stored):
                store.ingest(record(i, a))
                if (i + 1) % 1000 == 0:
                    print(f"  {i + 1} articles stored ({(i + 1 - stored) / (time.perf_counter() - t0):.0f}/s)",
                          flush=True)
            seconds = time.perf_counter() - t0
        with store.reading() as conn:
            items = sum(conn.execute(select(func.count()).select_from(t)).scalar_one() for t in ITEM_TABLES.values())
            total = conn.execute(select(func.count()).select_from(articles)).scalar_one()
    return {"articles": total, "items": items, "fill_s": seconds, "added": count - stored if seconds else 0}


def serve(url: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-c", "import sys; from dragoman.cli import main; sys.exit(main())",
                                "serve", "--db", url, "--port", "0"], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if " at " not in line:
        process.kill()
        sys.exit(f"dragoman serve did not start: {line!r}")
    return process, line.split(" at ", 1)[1].split()[0].rstrip("/")


def families(rng: random.Random, story_ids: list[int], vocabulary: list[str]) -> dict[str, Callable[[], str]]:
    def ledger() -> str:
        params = rng.choice([
            "", f"country=XA{chr(65 + rng.randrange(26))}", f"commodity={rng.choice(COMMODITIES)}",
            f"status={rng.choice(STATUSES)}", f"financier={rng.choice(FINANCIERS).split()[0]}",
            "sort=-value", "sort=-outlets", f"offset={rng.randrange(0, 5000, 50)}",
            f"country=XA{chr(65 + rng.randrange(26))}&status=signed&sort=-value", "include_nonbinding=true",
        ])
        return "/api/deals" + (f"?{params}" if params else "")

    def story() -> str:
        if rng.random() < 0.8:
            return f"/api/stories/{rng.choice(story_ids)}"
        return f"/api/stories?offset={rng.randrange(0, 2000, 50)}"

    def search() -> str:
        words = rng.sample(vocabulary, rng.choice((1, 1, 2)))
        return "/api/search?q=" + "+".join(words)

    return {"ledger": ledger, "story": story, "search": search}


def measure(base: str, make: Callable[[], str], requests: int) -> dict[str, float]:
    import httpx

    times = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for _ in range(requests):
            path = make()
            t0 = time.perf_counter()
            response = client.get(path)
            times.append(1000 * (time.perf_counter() - t0))
            if response.status_code != 200:
                sys.exit(f"GET {path}: {response.status_code} {response.text[:200]}")
    times.sort()
    return {"requests": requests, "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[max(0, int(0.95 * len(times)) - 1)], 1), "max_ms": round(times[-1], 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles to store (ten items each)")
    parser.add_argument("--db", default=None, help="database URL (default: a SQLite file in a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="keep the database and skip the fill when it is full")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per endpoint family")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or (f"sqlite:///{tempfile.gettempdir()}/dragoman-bench-api.db" if args.reuse
                          else f"sqlite:///{tmp}/bench.db")
        print(f"filling {url} with {args.articles} synthetic articles through Store.ingest ...", flush=True)
        filled = fill(url, args.articles)
        if filled["fill_s"]:
            print(f"stored {filled['added']} articles in {filled['fill_s']:.0f} s "
                  f"({filled['added'] / filled['fill_s']:.0f} articles/s)")
        print(f"ledger: {filled['articles']} articles, {filled['items']} items")
        from sqlalchemy import select

        from dragoman.store import Store
        from dragoman.store.schema import stories

        with Store.open(url) as store, store.reading() as conn:
            story_ids = list(conn.execute(select(stories.c.id)).scalars())
        sample = generate(min(args.articles, 500), seed=23)
        vocabulary = sorted({w for a in sample for w in a.title.split()})  # topic words: a few stories each
        vocabulary += [w for a in sample[:50] for w in a.body.split()[:20]]  # body words: common ones too
        rng = random.Random(5)
        process, base = serve(url)
        try:
            import httpx

            for path in ("/api/deals", "/api/stories", "/api/search?q=warm", "/deals", "/"):
                httpx.get(base + path, timeout=120)  # warm up caches and the connection pool
            results = {}
            for family, make in families(rng, story_ids, vocabulary).items():
                results[family] = measure(base, make, args.requests)
                r = results[family]
                print(f"{family:>7}: p50 {r['p50_ms']:6.1f} ms  p95 {r['p95_ms']:6.1f} ms  max {r['max_ms']:6.1f} ms  "
                      f"({r['requests']} requests){'' if r['p95_ms'] < TARGET_MS else '  OVER TARGET'}")
        finally:
            process.terminate()
            process.wait(timeout=30)
    summary = {"benchmark": "api", "backend": url.split(":")[0], "articles": filled["articles"],
               "items": filled["items"], "target_p95_ms": TARGET_MS, **{f: results[f] for f in results},
               "within_target": all(r["p95_ms"] < TARGET_MS for r in results.values())}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
