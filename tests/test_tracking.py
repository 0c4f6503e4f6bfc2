"""Tracking then delivering: watchlists told once per change, through failures, retries and later runs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select

from dragoman.settings import Settings
from dragoman.store import Store
from dragoman.store.schema import deliveries
from dragoman.store.watchlists import add_watchlist, list_watchlists
from dragoman.tracking import deliver, track
from tests.receiver import receiver
from tests.store import tracking_scenario as scenario

AS_OF = dt.date(2025, 8, 1)


def _settings(**changes: object) -> Settings:
    values: dict[str, object] = {"progress": False, "webhook_backoff_s": 0.01, "webhook_retries": 3, **changes}
    return Settings(**values)  # type: ignore[arg-type]


def _sent(store: Store) -> list[tuple[str, str, int]]:
    with store.reading() as conn:
        rows = conn.execute(select(deliveries.c.target, deliveries.c.status, deliveries.c.attempts)
                            .where(deliveries.c.status != "baseline").order_by(deliveries.c.id)).all()
    return [(r.target, r.status, r.attempts) for r in rows]


def test_a_webhook_failing_twice_gets_the_change_once_and_never_again(db_url: str, tmp_path: Path) -> None:
    settings = _settings()
    alerts = tmp_path / "alerts.jsonl"
    with receiver(fail_first=2) as hook, Store.open(db_url) as store:
        for record in scenario.coverage()[:2]:
            store.ingest(record)
        track(store, settings, AS_OF)
        add_watchlist(store, "varga", entity="Varga", kind="pledge", webhook=hook.url, file=str(alerts))
        assert track(store, settings, AS_OF)[1].queued == 0  # what was known when the watchlist was added
        store.ingest(scenario.march())
        sent = track(store, settings, AS_OF)[1]
        assert sent is not None and (sent.queued, sent.delivered, sent.waiting, sent.failed) == (1, 2, 0, 0)
        assert hook.attempts == 3 and len(hook.received) == 1
        body = hook.received[0]
        assert (body["watchlist"], body["change"], body["kind"]) == ("varga", "changed", "pledge")
        assert (body["item"]["state"], body["item"]["progress"]["done"]) == ("partly_fulfilled", ["Oslo"])
        assert [json.loads(line)["item"]["state"] for line in alerts.read_text().splitlines()] == ["partly_fulfilled"]
        again = deliver(store, settings)
        assert (again.queued, again.delivered, hook.attempts) == (0, 0, 3)
        track(store, settings, AS_OF)
        assert hook.attempts == 3 and sorted(_sent(store)) == [("file", "delivered", 1), ("webhook", "delivered", 3)]


def test_a_webhook_down_for_a_whole_run_is_tried_again_on_the_next(db_url: str) -> None:
    settings = _settings(webhook_retries=1, webhook_backoff_s=0.0)
    with receiver(fail_first=3) as hook, Store.open(db_url) as store:
        store.ingest(scenario.january())
        track(store, settings, AS_OF)
        add_watchlist(store, "cobalt", commodity="cobalt", kind="deal", webhook=hook.url)
        store.ingest(scenario.february())
        track(store, settings, AS_OF, send=False)
        first = deliver(store, settings)
        assert (first.queued, first.delivered, first.waiting) == (1, 0, 1)
        assert _sent(store) == [("webhook", "pending", 2)]
        second = deliver(store, settings)
        assert (second.queued, second.delivered) == (0, 1)
        assert _sent(store) == [("webhook", "delivered", 4)] and len(hook.received) == 1
        assert hook.received[0]["item"]["status"] == "signed"


def test_a_delivery_is_given_up_after_the_attempts_allowed(db_url: str) -> None:
    settings = _settings(webhook_retries=1, webhook_backoff_s=0.0, delivery_max_attempts=3)
    with receiver(fail_first=100) as hook, Store.open(db_url) as store:
        store.ingest(scenario.january())
        add_watchlist(store, "all-deals", kind="deal", webhook=hook.url, backfill=True)
        first = track(store, settings, AS_OF)[1]
        second = deliver(store, settings)
        assert first is not None and (first.waiting, second.failed) == (1, 1)
        assert _sent(store) == [("webhook", "failed", 4)]
        assert deliver(store, settings).failed == 0 and hook.attempts == 4
        assert list_watchlists(store)[0]["deliveries"] == {"failed": 1}
