"""The demo corpus (examples/, written for the project) as the ledger must show it: EXPECTED.md's stories
and wire copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dragoman.ingest import read_inputs
from dragoman.pipeline import run_documents
from dragoman.records import Extraction
from dragoman.settings import Settings
from dragoman.store import Store
from dragoman.store.queries import iterate, list_articles, list_stories

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_demo_corpus_gives_the_two_expected_stories_and_links_the_wire_copy(tmp_path: Path, nlp: Any,
                                                                           settings: Settings) -> None:
    records = [r for r in run_documents(read_inputs([str(EXAMPLES)], max_bytes=10_000_000), settings, nlp=nlp)
               if isinstance(r, Extraction)]
    with Store.open(f"sqlite:///{tmp_path / 'demo.db'}") as store:
        for record in records:
            store.ingest(record)
        assert sorted(s["articles"] for s in iterate(list_stories, store, sort="id")) == [2, 23]
        by_source = {Path(a["source"]).name: a for a in iterate(list_articles, store, sort="id")}
        copy = by_source["2026-06-17-lusaka-evening-post-wire-copy-summit.txt"]
        original = by_source["2026-06-16-meridian-wire-lusaka-summit-signing.txt"]
        assert copy["duplicate_of"] == original["id"]
        mackerel = {by_source[n]["story_id"] for n in ("2026-05-05-nordic-sea-times-mackerel-talks-collapse.html",
                                                         "2026-05-07-north-atlantic-fisheries-bulletin-iceland-quota.txt")}
        assert len(mackerel) == 1 and mackerel != {original["story_id"]}
