"""Months of coverage in our own words (tests/fixtures/tracking), through the real pipeline into SQLite.

A lithium joint venture announced, signed and financed; a port contract signed and cancelled; a
tour of three capitals of which two are visited; a commissioner's visit kept; royalty rules
promised and never published. Articles are ingested in several orders: the result is the same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from dragoman.ingest import read_inputs
from dragoman.pipeline import run_documents
from dragoman.records import Extraction
from dragoman.settings import Settings
from dragoman.store import Store
from dragoman.store.queries import iterate
from dragoman.store.tracked import list_tracked_deals, list_tracked_pledges
from dragoman.store.tracking import run_tracking

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "tracking"
AS_OF = dt.date(2025, 7, 31)


@pytest.fixture(scope="module")
def records(nlp: Any, settings: Settings) -> list[Extraction]:
    found = [r for r in run_documents(read_inputs([str(CORPUS)], max_bytes=1_000_000), settings, nlp=nlp)
             if isinstance(r, Extraction)]
    assert len(found) == 8
    return sorted(found, key=lambda r: r.article.source)


def _tracked(path: Path, records: list[Extraction]) -> tuple[dict[str, Any], dict[str, Any]]:
    with Store.open(f"sqlite:///{path}") as store:
        for record in records:
            store.ingest(record)
        run_tracking(store, AS_OF)
        deals = {next(p for p in d["parties"] if p in ("Vantor Resources", "Kestrel Shipping Group")):
                 [(s["status"], s["date"], s["financier"]) for s in d["history"]]
                 for d in iterate(list_tracked_deals, store)}
        pledges = {p["actor"]: (p["state"], p["fulfilled_on"], p["progress"] and p["progress"]["done"])
                   for p in iterate(list_tracked_pledges, store)}
    return deals, pledges


def _between(day: str | None, first: str, last: str) -> bool:
    return day is not None and first <= day <= last


@pytest.mark.parametrize("order", ["published", "reversed", "interleaved"])
def test_histories_and_states_over_months_whatever_the_arrival_order(tmp_path: Path, records: list[Extraction],
                                                                     order: str) -> None:
    ordered = {"published": records, "reversed": records[::-1], "interleaved": records[1::2] + records[::2]}[order]
    deals, pledges = _tracked(tmp_path / "ledger.db", ordered)
    lithium, port = deals["Vantor Resources"], deals["Kestrel Shipping Group"]
    assert [s[0] for s in lithium] == ["announced", "signed", "financing_committed"]
    assert _between(lithium[0][1], "2025-01-14", "2025-01-15") and _between(lithium[1][1], "2025-02-19", "2025-02-20")
    assert lithium[2][2] == "Pacific Development Bank" and _between(lithium[2][1], "2025-04-09", "2025-04-10")
    assert [s[0] for s in port] == ["signed", "cancelled"] and _between(port[1][1], "2025-06-26", "2025-06-27")
    assert pledges["Tomas Okafor"] == ("partly_fulfilled", None, ["Seoul", "Tokyo"])
    assert pledges["Peru"][0] == "lapsed"  # "Minister X said the government would ...": the state's promise
    assert pledges["Ingrid Valtonen"][0] == "fulfilled" and _between(pledges["Ingrid Valtonen"][1], "2025-05-08",
                                                                      "2025-05-09")
    if order != "published":
        assert (deals, pledges) == _tracked(tmp_path / "first.db", records)
