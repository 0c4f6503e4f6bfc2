"""Composes tracking: recompute the tracked deals and pledges, then queue and send watchlist deliveries.

Like ``pipeline.py`` for extraction, this is the one place that joins the store (what is known
and what was sent), ``track`` (the decisions) and ``notify`` (the sending). ``dragoman track``,
``dragoman watchlist deliver`` and the end of ``dragoman ingest`` call it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import httpx

from dragoman.notify.sinks import Outcome, append_line, post_json, send_with_retries
from dragoman.settings import Settings
from dragoman.store import Store
from dragoman.store.tracking import TrackSummary, run_tracking
from dragoman.store.watchlists import Due, due_deliveries, queue_deliveries, record_attempt

MAX_WAIT = dt.timedelta(hours=6)  # the longest wait between two runs' attempts at one delivery


@dataclass
class DeliverySummary:
    queued: int = 0
    delivered: int = 0
    waiting: int = 0  # failed for now, tried again on a later run
    failed: int = 0  # given up

    def line(self) -> str:
        return (f"{self.queued} queued, {self.delivered} delivered, {self.waiting} to retry, "
                f"{self.failed} failed")


def _send(client: httpx.Client, due: Due) -> Callable[[], Outcome]:
    if due.target == "webhook":
        return lambda: post_json(client, due.address, due.payload, delivery_id=f"dragoman-{due.id}")
    return lambda: append_line(due.address, due.payload)


def deliver(store: Store, settings: Settings, *, names: Iterable[str] | None = None,
            sleep: Callable[[float], None] = time.sleep) -> DeliverySummary:
    """Queue what watchlists have not been told, then send every due delivery once (with retries)."""
    summary = DeliverySummary(queued=queue_deliveries(store))
    due = due_deliveries(store, names=names)
    if not due:
        return summary
    with httpx.Client(timeout=settings.webhook_timeout_s, follow_redirects=False,
                      headers={"User-Agent": settings.user_agent}) as client:
        for item in due:
            outcome, tries = send_with_retries(_send(client, item), retries=settings.webhook_retries,
                                               backoff_s=settings.webhook_backoff_s, sleep=sleep)
            attempts = item.attempts + tries
            if outcome.ok:
                record_attempt(store, item.id, tries=tries, error=None, status="delivered")
                summary.delivered += 1
            elif outcome.retry and attempts < settings.delivery_max_attempts:
                wait = min(MAX_WAIT, dt.timedelta(seconds=settings.webhook_backoff_s * 2 ** attempts))
                record_attempt(store, item.id, tries=tries, error=outcome.error, status="pending",
                               next_attempt_at=dt.datetime.now(dt.UTC) + wait)
                summary.waiting += 1
            else:
                record_attempt(store, item.id, tries=tries, error=outcome.error, status="failed")
                summary.failed += 1
    return summary


def track(store: Store, settings: Settings, as_of: dt.date, *, send: bool = True,
          sleep: Callable[[float], None] = time.sleep) -> tuple[TrackSummary, DeliverySummary | None]:
    """Recompute tracking as of ``as_of``; then, when ``send``, deliver to the watchlists."""
    summary = run_tracking(store, as_of)
    return summary, deliver(store, settings, sleep=sleep) if send else None
