"""Tracking in the narrow rows: each merged deal's status now and binding, each merged pledge's state and due day.

A merged deal or pledge (one story's reports of it) takes the tracked deal or pledge most of its
reports belong to (the lower id on a tie), as ``tracking_rows.attach_tracking`` does for the rows
shown. ``deal_terms`` gets ``tracked_id``, ``status_now`` and ``binding_now`` (the tracked deal's
binding across the whole ledger, else what this story's articles say); ``pledge_terms`` gets one
row per tracked merged pledge. Written by every track run for the whole ledger, and by
``refresh_terms`` for one story's new merged items (from the tracking known then), so the lists
filter, count and sort on indexed columns, never on the large JSON rows.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from dragoman.store.schema import (
    deal_terms,
    merged_items,
    merged_members,
    pledge_terms,
    tracked_deal_items,
    tracked_deals,
    tracked_pledge_items,
    tracked_pledges,
)


def _majority(conn: Connection, items: Any, item_column: str, kind: str, story_id: int | None) -> dict[int, int]:
    """Merged id -> the tracked row most of its members belong to."""
    query = (select(merged_members.c.merged_id, items.c.tracked_id)
             .join(items, items.c[item_column] == merged_members.c.item_id)
             .join(merged_items, merged_items.c.id == merged_members.c.merged_id)
             .where(merged_items.c.kind == kind))
    if story_id is not None:
        query = query.where(merged_items.c.story_id == story_id)
    votes: dict[int, Counter[int]] = {}
    for r in conn.execute(query):
        votes.setdefault(r.merged_id, Counter())[r.tracked_id] += 1
    return {merged: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for merged, c in votes.items()}


def _tracked(conn: Connection, table: Any, columns: list[Any], ids: set[int], everything: bool) -> dict[int, Any]:
    query = select(table.c.id, *columns)
    if not everything:
        if not ids:
            return {}
        query = query.where(table.c.id.in_(sorted(ids)))
    return {r.id: r for r in conn.execute(query)}


def refresh_tracked_terms(conn: Connection, story_id: int | None = None) -> None:
    """Write the tracking columns of one story's deal and pledge terms (or of all)."""
    everything = story_id is None
    which = _majority(conn, tracked_deal_items, "deal_id", "deal", story_id)
    found = _tracked(conn, tracked_deals, [tracked_deals.c.status, tracked_deals.c.binding], set(which.values()),
                     everything)
    query = select(deal_terms.c.merged_id, deal_terms.c.binding, deal_terms.c.tracked_id, deal_terms.c.status_now,
                   deal_terms.c.binding_now)
    if story_id is not None:
        query = query.where(deal_terms.c.story_id == story_id)
    changes = []
    for r in conn.execute(query).all():
        t = found.get(which.get(r.merged_id, -1))
        now = (t.id if t is not None else None, t.status if t is not None else None,
               t.binding if t is not None and t.binding is not None else r.binding)
        if now != (r.tracked_id, r.status_now, r.binding_now):
            changes.append({"m": r.merged_id, "t": now[0], "s": now[1], "b": now[2]})
    if changes:
        conn.execute(update(deal_terms).where(deal_terms.c.merged_id == bindparam("m"))
                     .values(tracked_id=bindparam("t"), status_now=bindparam("s"), binding_now=bindparam("b")),
                     changes)
    which = _majority(conn, tracked_pledge_items, "pledge_id", "pledge", story_id)
    found = _tracked(conn, tracked_pledges, [tracked_pledges.c.state, tracked_pledges.c.made, tracked_pledges.c.due,
                                             tracked_pledges.c.fulfilled_on], set(which.values()), everything)
    if everything:
        conn.execute(delete(pledge_terms))
    else:
        conn.execute(delete(pledge_terms).where(pledge_terms.c.merged_id.in_(
            select(merged_items.c.id).where(merged_items.c.story_id == story_id))))
    rows = [{"merged_id": merged, "tracked_id": t.id, "state": t.state, "made": t.made, "due": t.due,
             "fulfilled_on": t.fulfilled_on} for merged, tracked_id in sorted(which.items())
            if (t := found.get(tracked_id)) is not None]
    if rows:
        conn.execute(insert(pledge_terms), rows)
