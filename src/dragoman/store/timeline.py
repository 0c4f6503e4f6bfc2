"""Merged events on a timeline: ordered by the date the event happened, not the date reported.

An event's date is the earliest date its articles give it (``YYYY``, ``YYYY-MM`` or a full
date); events without one fall back to when they were first reported. Filters on the kind of
event (meeting, visit ...) keep a merged event when one of its articles reports that kind.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, func, select

from dragoman.store.queries import Page, _discrepancy_count, _like, _order, _page
from dragoman.store.repository import Store
from dragoman.store.rows import merged_row
from dragoman.store.schema import events, merged_entities, merged_items, merged_members


def list_events(store: Store, *, kind: str | None = None, since: str | None = None, until: str | None = None,
                story: int | None = None, entity: int | None = None, q: str | None = None,
                min_outlets: int | None = None, sort: str = "-date", limit: int = 50, offset: int = 0) -> Page:
    dated = (select(merged_members.c.merged_id, func.min(events.c.date).label("date"))
             .join(events, events.c.id == merged_members.c.item_id).where(events.c.date.is_not(None))
             .group_by(merged_members.c.merged_id)).subquery("dated")
    when = func.coalesce(dated.c.date, merged_items.c.first_reported)
    query = (select(merged_items, _discrepancy_count(), when.label("date_of_event"))
             .outerjoin(dated, dated.c.merged_id == merged_items.c.id).where(merged_items.c.kind == "event"))
    if kind:
        query = query.where(exists(select(events.c.id).join(merged_members, merged_members.c.item_id == events.c.id)
                                   .where(merged_members.c.merged_id == merged_items.c.id, events.c.kind == kind)))
    if since:
        query = query.where(when >= since)
    if until:
        query = query.where(when <= until)
    if story is not None:
        query = query.where(merged_items.c.story_id == story)
    if entity is not None:
        query = query.where(merged_items.c.id.in_(select(merged_entities.c.merged_id)
                                                  .where(merged_entities.c.entity_id == entity)))
    if q:
        query = query.where(_like(merged_items.c.label, q))
    if min_outlets:
        query = query.where(merged_items.c.outlet_count >= min_outlets)
    order = _order(sort, {"date": when, "first_reported": merged_items.c.first_reported,
                          "outlets": merged_items.c.outlet_count, "articles": merged_items.c.article_count,
                          "id": merged_items.c.id}, "events")
    return _page(store, query, order, merged_items.c.id, limit, offset, _event_row)


def _event_row(r: Any) -> dict[str, Any]:
    row = merged_row(r)
    row["date_of_event"] = r.date_of_event
    return row
