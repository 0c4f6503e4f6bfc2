"""Merged events on a timeline: ordered by the date the event happened, not the date reported.

An event's date is the earliest date its articles give it (``YYYY``, ``YYYY-MM`` or a full
date; ``event_terms``, see store/terms.py); events without one fall back to when they were
first reported. A filter on the kind of event (meeting, visit ...) keeps a merged event when
one of its articles reports that kind.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from dragoman.store.queries import Page, _discrepancy_count, _like, _order, _page
from dragoman.store.repository import Store
from dragoman.store.rows import merged_row
from dragoman.store.schema import event_terms, merged_entities, merged_items


def list_events(store: Store, *, kind: str | None = None, since: str | None = None, until: str | None = None,
                story: int | None = None, entity: int | None = None, q: str | None = None,
                min_outlets: int | None = None, sort: str = "-date", limit: int = 50, offset: int = 0) -> Page:
    when = func.coalesce(event_terms.c.date, event_terms.c.first_reported)
    query = (select(merged_items, _discrepancy_count(), when.label("date_of_event"))
             .join(event_terms, event_terms.c.merged_id == merged_items.c.id))
    if kind:
        query = query.where(_like(event_terms.c.kinds, f"|{kind}|"))
    if since:
        query = query.where(when >= since)
    if until:
        query = query.where(when <= until)
    if story is not None:
        query = query.where(event_terms.c.story_id == story)
    if entity is not None:
        query = query.where(event_terms.c.merged_id.in_(select(merged_entities.c.merged_id)
                                                        .where(merged_entities.c.entity_id == entity)))
    if q:
        query = query.where(_like(event_terms.c.label, q))
    if min_outlets:
        query = query.where(event_terms.c.outlet_count >= min_outlets)
    order = _order(sort, {"date": when, "first_reported": event_terms.c.first_reported,
                          "outlets": event_terms.c.outlet_count, "articles": event_terms.c.article_count,
                          "id": event_terms.c.merged_id}, "events")
    return _page(store, query, order, merged_items.c.id, limit, offset, _event_row)


def _event_row(r: Any) -> dict[str, Any]:
    row = merged_row(r)
    row["date_of_event"] = r.date_of_event
    return row
