"""Watchlists in the store: checked when added, matched against the ledger, queued once per change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from dragoman.errors import InputError, NotFound
from dragoman.store import Store
from dragoman.store.queries import list_entities
from dragoman.store.schema import deliveries
from dragoman.store.tracking import run_tracking
from dragoman.store.watchlists import (
    add_watchlist,
    due_deliveries,
    list_watchlists,
    queue_deliveries,
    remove_watchlist,
)
from tests.store import tracking_scenario as scenario


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'ledger.db'}") as opened:
        for record in scenario.coverage():
            opened.ingest(record)
        run_tracking(opened, dt.date(2025, 8, 1))
        yield opened


@pytest.mark.parametrize(("options", "message"), [
    ({"kind": "treaty", "file": "x"}, "is not an item kind"), ({"country": "Peru", "file": "x"}, "ISO 3166"),
    ({"webhook": "ftp://x.example/", "file": "x"}, "not an http"), ({}, "nowhere to deliver"),
])
def test_a_watchlist_that_cannot_work_is_refused_with_the_fix(store: Store, options: dict[str, str],
                                                             message: str) -> None:
    with pytest.raises(InputError, match=message):
        add_watchlist(store, "bad", **options)  # type: ignore[arg-type]


def test_names_are_unique_and_removing_a_missing_watchlist_says_so(store: Store) -> None:
    add_watchlist(store, "ports", commodity="ports", file="/tmp/x.jsonl")
    with pytest.raises(InputError, match="already a watchlist"):
        add_watchlist(store, "ports", file="/tmp/y.jsonl")
    remove_watchlist(store, "ports")
    assert list_watchlists(store) == []
    with pytest.raises(NotFound, match="no watchlist 'ports'"):
        remove_watchlist(store, "ports")


def test_backfill_queues_what_matches_already_and_nothing_twice(store: Store) -> None:
    [bank] = list_entities(store, q="Northern Export Bank").items
    add_watchlist(store, "bank", entity=str(bank["id"]), file="/tmp/bank.jsonl", backfill=True)
    add_watchlist(store, "xmv", country="XMV", kind="deal", file="/tmp/xmv.jsonl", backfill=True)
    assert queue_deliveries(store) == 2
    due = {d.watchlist: d for d in due_deliveries(store)}
    assert due["bank"].payload["item"]["status"] == "signed" and due["bank"].item_key.startswith("deal:")
    assert due["xmv"].item_key == due["bank"].item_key
    assert queue_deliveries(store) == 0


def test_without_backfill_known_items_are_a_baseline(store: Store) -> None:
    add_watchlist(store, "varga", entity="Elena Varga", file="/tmp/varga.jsonl")
    assert queue_deliveries(store) == 0
    with store.reading() as conn:
        statuses = set(conn.execute(select(deliveries.c.status)).scalars())
    assert statuses == {"baseline"}
