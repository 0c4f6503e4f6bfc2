"""What the ledger holds at a glance: counts per table and per kind, and activity per day."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from dragoman.store.repository import Store
from dragoman.store.schema import ITEM_TABLES, articles, discrepancies, entities, merged_items, stories

MERGED_NAMES = {"deal": "deals", "pledge": "pledges", "quote": "quotes", "event": "events"}


def ledger_counts(store: Store) -> dict[str, int]:
    """Rows per table: articles, stories, entities, discrepancies, merged items per kind, raw items."""
    with store.reading() as conn:
        counts = {name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                  for name, table in (("articles", articles), ("stories", stories), ("entities", entities),
                                      ("discrepancies", discrepancies))}
        merged: dict[str, int] = dict(conn.execute(select(merged_items.c.kind, func.count()).group_by(merged_items.c.kind)).all())
        counts.update({name: int(merged.get(kind, 0)) for kind, name in MERGED_NAMES.items()})
        counts["extracted_items"] = sum(int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                                        for table in ITEM_TABLES.values())
    return counts


def activity(store: Store) -> dict[str, Any]:
    """Per day: articles published, and deals, pledges, quotes and events first reported.

    ``days`` is the sorted list of dates; ``series`` maps a name to counts aligned with ``days``.
    Undated rows are left out.
    """
    with store.reading() as conn:  # dates are at most 10 characters: grouped as stored, on their indexes
        published = conn.execute(select(articles.c.published, func.count()).where(articles.c.published.is_not(None))
                                 .group_by(articles.c.published)).all()
        reported = conn.execute(select(merged_items.c.first_reported, merged_items.c.kind, func.count())
                                .where(merged_items.c.first_reported.is_not(None))
                                .group_by(merged_items.c.kind, merged_items.c.first_reported)).all()
    days = sorted({str(d) for d, _ in published} | {str(d) for d, _, _ in reported})
    where = {d: i for i, d in enumerate(days)}
    series = {name: [0] * len(days) for name in ("articles", *MERGED_NAMES.values())}
    for d, n in published:
        series["articles"][where[str(d)]] += int(n)
    for d, kind, n in reported:
        series.setdefault(MERGED_NAMES.get(kind, kind), [0] * len(days))[where[str(d)]] += int(n)
    return {"days": days, "series": series}
