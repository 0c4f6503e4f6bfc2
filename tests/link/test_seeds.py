"""The five development seeds (../shared, skipped without it): one story, shared facts merged, and
the cross-source discrepancies of CROSS-SOURCE.md found, above pinned floors (a quality gate)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.crosssource import gold_records, match, read_gold

from dragoman.ingest.documents import RawDocument
from dragoman.pipeline import run_documents
from dragoman.records import Extraction
from dragoman.settings import Settings
from dragoman.store import Store
from dragoman.store.queries import iterate, list_discrepancies, list_merged

LEDGER = Path(__file__).resolve().parents[1] / "fixtures" / "ledger"
UNRELATED_DAYS = {"pipeline_a1": "2025-11-04", "pipeline_a2": "2025-11-05", "trade_b1": "2025-11-05",
                  "chips_c1": "2025-11-03", "border_d1": "2025-11-06", "lithium_e1": "2025-11-05",
                  "minerals_f1": "2025-11-07"}
GOLD_FLOOR = 14  # of the 15 discrepancies, found when linking the gold annotations (measured: 15)
PIPELINE_FLOOR = 13  # found from the pipeline's own records (measured: 14 with main's extractors)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'seeds.db'}") as opened:
        yield opened


def pipeline_records(shared_dir: Path, nlp: Any, settings: Settings) -> list[Extraction]:
    raws = [RawDocument(source=str(p), content=p.read_text(encoding="utf-8"), kind="text")
            for p in sorted((shared_dir / "seeds").glob("*.txt"))]
    raws += [RawDocument(source=str(p), content=p.read_text(encoding="utf-8"), kind="text",
                         published=UNRELATED_DAYS[p.stem], outlet=p.stem.split("_")[0]) for p in sorted(LEDGER.glob("*.txt"))]
    return [r for r in run_documents(raws, settings, nlp=nlp) if isinstance(r, Extraction)]


def gold_found(store: Store, shared_dir: Path) -> tuple[set[str], int]:
    gold = read_gold(shared_dir / "eval" / "seeds" / "CROSS-SOURCE.md")
    found: set[str] = set()
    unmatched = 0
    for report in iterate(list_discrepancies, store, sort="id"):
        keys = match(report, gold)
        found.update(keys)
        unmatched += not keys
    return found, unmatched


def test_the_seeds_form_one_story_and_unrelated_articles_stay_apart(store: Store, shared_dir: Path, nlp: Any,
                                                                   settings: Settings) -> None:
    stories: dict[str, int] = {}
    for extraction in pipeline_records(shared_dir, nlp, settings):
        stories[Path(extraction.article.source).stem] = store.ingest(extraction).story_id  # type: ignore[assignment]
    seeds = {name: story for name, story in stories.items() if name[0].isdigit()}
    assert len(seeds) == 5 and len(set(seeds.values())) == 1
    assert stories["pipeline_a1"] == stories["pipeline_a2"]
    others = [stories[n] for n in ("pipeline_a1", "trade_b1", "chips_c1", "border_d1", "lithium_e1", "minerals_f1")]
    assert len(set(others)) == len(others) and set(seeds.values()).isdisjoint(others)
    found, unmatched = gold_found(store, shared_dir)
    assert len(found) >= PIPELINE_FLOOR, sorted(found)
    assert unmatched <= 1


def test_shared_facts_are_merged_with_their_sources_and_discrepancies_found(store: Store, shared_dir: Path,
                                                                            settings: Settings) -> None:
    for extraction in gold_records(shared_dir, settings):
        store.ingest(extraction)
    pledges = list(iterate(list_merged, store, "pledge", sort="-outlets"))
    assert pledges[0]["outlets"] == 4  # the visit plan, told by four of the five
    deals = [d for d in iterate(list_merged, store, "deal", sort="id") if d["articles"] == 2]
    assert len(deals) == 1 and len(deals[0]["fields"]["value"]) == 2  # one deal, two amounts
    quotes = [q for q in iterate(list_merged, store, "quote", sort="id") if q["outlets"] >= 2]
    assert any(len(q["fields"]["text"]) == 2 for q in quotes)  # one remark, two wordings
    found, unmatched = gold_found(store, shared_dir)
    assert len(found) >= GOLD_FLOOR, sorted(found)
    assert unmatched == 0
    assert json.dumps(list(iterate(list_discrepancies, store, sort="id")))  # JSON-able for the API
