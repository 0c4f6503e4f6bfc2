"""A pledge's deadline as seen from a day: days left, and which due bucket it falls in.

``overdue``: the deadline has passed and the pledge was not kept; ``next_30_days``: it falls
within ``SOON_DAYS`` and the pledge was not kept; ``no_deadline``: none was given. Pure, for
the store's filters, the web layer and the command line alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

DUE_FILTERS = ("overdue", "next_30_days", "no_deadline")
SOON_DAYS = 30


def due_bucket(state: str | None, due: str | None, today: dt.date) -> str | None:
    """Which ``DUE_FILTERS`` bucket a tracked pledge is in as of ``today`` (None: kept, or due later)."""
    if state is None:
        return None
    if not due:
        return "no_deadline"
    if state == "fulfilled":
        return None
    if due < today.isoformat():
        return "overdue"
    return "next_30_days" if due <= (today + dt.timedelta(days=SOON_DAYS)).isoformat() else None


def days_left(due: str | None, today: dt.date) -> int | None:
    """Days from ``today`` to a due day (negative: overdue), or None without one."""
    if not due:
        return None
    try:
        return (dt.date.fromisoformat(due) - today).days
    except ValueError:
        return None


def with_days_left(rows: list[dict[str, Any]], today: dt.date) -> list[dict[str, Any]]:
    """Pledge rows given ``days_left`` (to their due day, as of ``today``) and ``due_bucket``."""
    for row in rows:
        row["days_left"] = days_left(row.get("due"), today)
        row["due_bucket"] = due_bucket(row.get("state"), row.get("due"), today)
    return rows
