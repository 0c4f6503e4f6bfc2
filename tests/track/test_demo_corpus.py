"""The demo corpus (examples/) tracked as of EXPECTED.md's day: its four planted pledge states and its deals' steps."""

from __future__ import annotations

import datetime as dt
import json
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
from dragoman.track.dates import period_end

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXPECTED = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tracked(nlp: Any, settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    records = [r for r in run_documents(read_inputs([str(EXAMPLES)], max_bytes=10_000_000), settings, nlp=nlp)
               if isinstance(r, Extraction)]
    with Store.open(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}") as store:
        for record in records:
            store.ingest(record)
        run_tracking(store, dt.date.fromisoformat(EXPECTED["as_of"]))
        return {"deals": list(iterate(list_tracked_deals, store)), "pledges": list(iterate(list_tracked_pledges, store))}


@pytest.mark.parametrize("planted", [p for p in EXPECTED["pledges"] if p.get("primary")], ids=lambda p: p["id"])
def test_each_planted_pledge_state_is_found(tracked: dict[str, list[dict[str, Any]]], planted: dict[str, Any]) -> None:
    due = str(period_end(planted["deadline"]))
    [pledge] = [p for p in tracked["pledges"] if p["actor"] == planted["actor"] and p["due"] == due]
    assert pledge["state"] == planted["state"]
    if planted["state"] == "fulfilled":
        assert pledge["fulfilled_on"] == planted["fulfilled_on"]
    if planted["state"] == "partly_fulfilled":
        assert pledge["progress"]["of"] == 4 and "Brussels" in pledge["progress"]["done"]


def _deal(tracked: dict[str, list[dict[str, Any]]], *parties: str, commodity: str | None = None) -> dict[str, Any]:
    [deal] = [d for d in tracked["deals"] if set(parties) <= set(d["parties"])
              and (commodity is None or d["commodity"] == commodity)]
    return deal


def test_the_joint_venture_moves_forward_through_its_planted_steps(tracked: dict[str, list[dict[str, Any]]]) -> None:
    joint = _deal(tracked, "Halvern Minerals", "Zambia Critical Minerals Corporation", commodity="critical minerals")
    steps = [s["status"] for s in joint["history"]]
    planted = iter(s["status"] for s in next(d for d in EXPECTED["deals"] if d["id"] == "chisola-jv")["status_history"])
    assert len(steps) >= 3 and all(step in planted for step in steps)  # an ordered part of the planted history
    assert joint["binding"] is True


def test_memoranda_are_non_binding_and_the_offtake_ends_cancelled(tracked: dict[str, list[dict[str, Any]]]) -> None:
    assert _deal(tracked, "Zambia", "Namibia")["binding"] is False
    assert _deal(tracked, "Sino-Zambezi Rail Development Co.")["binding"] is False
    assert _deal(tracked, "Aurelian Metals Trading")["status"] == "cancelled"
