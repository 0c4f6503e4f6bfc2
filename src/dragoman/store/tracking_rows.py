"""Tracked deals and pledges as plain JSON-able dicts, and their fields added to merged rows.

A merged deal (one story's reports of a deal) takes the history of the tracked deal most of its
reports belong to; a merged pledge takes its tracked pledge's state and evidence. Fields are
only added, never renamed, so the views and the web layer keep working on the same rows.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from dragoman.store.schema import (
    merged_members,
    pledge_terms,
    tracked_deal_items,
    tracked_deals,
    tracked_pledge_items,
    tracked_pledges,
)
from dragoman.track.due import DUE_FILTERS, SOON_DAYS, due_bucket, with_days_left

PLEDGE_STATES = ("open", "fulfilled", "partly_fulfilled", "lapsed")
__all__ = [
    "DUE_FILTERS",
    "PLEDGE_STATES",
    "attach_tracking",
    "due_bucket",
    "pledges_due",
    "pledges_in_state",
    "tracked_deal_row",
    "tracked_pledge_is",
    "tracked_pledge_row",
    "with_days_left",
]


def tracked_deal_row(r: Any) -> dict[str, Any]:
    data = r.data or {}
    return {"id": r.id, "key": r.key, "label": r.label, "parties": data.get("parties", []), "country": r.country,
            "commodity": r.commodity, "sector": r.sector, "status": r.status, "binding": r.binding,
            "instrument": data.get("instrument"), "value": data.get("value"), "first_reported": r.first_reported,
            "last_reported": r.last_reported, "reports": r.report_count, "financing": data.get("financing", []),
            "committed": data.get("committed", []), "history": data.get("history", [])}


def tracked_pledge_row(r: Any) -> dict[str, Any]:
    data = r.data or {}
    return {"id": r.id, "key": r.key, "actor": r.actor, "actor_entity_id": r.actor_entity_id, "action": r.action,
            "state": r.state, "made": r.made, "deadline": data.get("deadline"),
            "deadline_text": data.get("deadline_text"), "due": r.due, "fulfilled_on": r.fulfilled_on,
            "as_of": r.as_of, "progress": data.get("progress"), "reports": r.report_count,
            "evidence": data.get("evidence", []), "sources": data.get("reports", [])}


_EMPTY: dict[str, dict[str, Any]] = {
    "deal": {"tracked_deal": None, "status_now": None, "binding": None, "history": [], "financing_now": []},
    "pledge": {"tracked_pledge": None, "state": None, "made": None, "due": None, "fulfilled_on": None,
               "progress": None, "as_of": None, "evidence": []},
}


def _majority(conn: Connection, items: Any, item_column: str, merged_ids: Sequence[int]) -> dict[int, int]:
    rows = conn.execute(select(merged_members.c.merged_id, items.c.tracked_id)
                        .join(items, items.c[item_column] == merged_members.c.item_id)
                        .where(merged_members.c.merged_id.in_(list(merged_ids)))).all()
    votes: dict[int, Counter[int]] = {}
    for r in rows:
        votes.setdefault(r.merged_id, Counter())[r.tracked_id] += 1
    return {merged: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for merged, c in votes.items()}


def attach_tracking(conn: Connection, kind: str, rows: list[dict[str, Any]]) -> None:
    """Add the tracking fields to merged deal or pledge rows (in place); other kinds are left alone."""
    if kind not in _EMPTY or not rows:
        return
    for row in rows:
        for name, empty in _EMPTY[kind].items():
            row.setdefault(name, list(empty) if isinstance(empty, list) else empty)
    if kind == "deal":
        which = _majority(conn, tracked_deal_items, "deal_id", [r["id"] for r in rows])
        found = {t.id: t for t in conn.execute(select(tracked_deals).where(
            tracked_deals.c.id.in_(sorted(set(which.values()))))).all()} if which else {}
        for row in rows:
            t = found.get(which.get(row["id"], -1))
            if t is not None:
                full = tracked_deal_row(t)
                row.update(tracked_deal=t.id, status_now=t.status, binding=t.binding, history=full["history"],
                           financing_now=full["financing"])
        return
    which = _majority(conn, tracked_pledge_items, "pledge_id", [r["id"] for r in rows])
    found = {t.id: t for t in conn.execute(select(tracked_pledges).where(
        tracked_pledges.c.id.in_(sorted(set(which.values()))))).all()} if which else {}
    for row in rows:
        t = found.get(which.get(row["id"], -1))
        if t is not None:
            full = tracked_pledge_row(t)
            row.update(tracked_pledge=t.id, state=t.state, made=t.made, due=t.due, fulfilled_on=t.fulfilled_on,
                       progress=full["progress"], as_of=t.as_of, evidence=full["evidence"])


def pledges_in_state(state: str) -> Any:
    """Merged item ids whose pledges are tracked in ``state`` (a subquery for list filters)."""
    return select(pledge_terms.c.merged_id).where(pledge_terms.c.state == state)


def due_conditions(due: str, today: dt.date) -> list[Any]:
    """Conditions on ``pledge_terms`` for the ``due`` bucket as of ``today``."""
    if due == "no_deadline":
        return [pledge_terms.c.due.is_(None)]
    unkept = pledge_terms.c.state != "fulfilled"
    if due == "overdue":
        return [unkept, pledge_terms.c.due < today.isoformat()]
    return [unkept, pledge_terms.c.due >= today.isoformat(),
            pledge_terms.c.due <= (today + dt.timedelta(days=SOON_DAYS)).isoformat()]


def pledges_due(due: str, today: dt.date) -> Any:
    """Merged item ids of the tracked pledges in the ``due`` bucket as of ``today`` (a subquery)."""
    return select(pledge_terms.c.merged_id).where(*due_conditions(due, today))


def tracked_pledge_is(merged_id: Any, state: str | None, due: str | None, today: dt.date) -> Any:
    """EXISTS: the merged pledge ``merged_id`` is tracked in ``state`` and the ``due`` bucket (either may
    be None). Correlated, so a list ordered on its own index stops after a page, and never reads every
    pledge of a state first."""
    conditions = [pledge_terms.c.merged_id == merged_id]
    if state:
        conditions.append(pledge_terms.c.state == state)
    if due:
        conditions += due_conditions(due, today)
    return select(pledge_terms.c.merged_id).where(*conditions).exists()
