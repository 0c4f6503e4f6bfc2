"""Merged events on a timeline: ordered by the date the event happened, not the date reported.

An event's date is the earliest date its articles give it (``YYYY``, ``YYYY-MM`` or a full
date; ``event_terms``, see store/terms.py); events without one fall back to when they were
first reported. A filter on the kind of event (meeting, visit ...) keeps a merged event when
one of its articles reports that kind.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from dragoman.store.queries import Page, _discrepancy_count, _like, _order, check_paging
from dragoman.store.repository import Store
from dragoman.store.rows import merged_row
from dragoman.store.schema import event_terms, merged_entities, merged_items


def list_events(store: Store, *, kind: str | None = None, since: str | None = None, until: str | None = None,
                story: int | None = None, entity: int | None = None, q: str | None = None,
                min_outlets: int | None = None, sort: str = "-date", limit: int = 50, offset: int = 0) -> Page:
    when = func.coalesce(event_terms.c.date, event_terms.c.first_reported)
    keys = select(event_terms.c.merged_id)  # filtered, counted and sorted on the narrow rows alone
    if kind:
        keys = keys.where(_like(event_terms.c.kinds, f"|{kind}|"))
    if since:
        keys = keys.where(when >= since)
    if until:
        keys = keys.where(when <= until)
    if story is not None:
        keys = keys.where(event_terms.c.story_id == story)
    if entity is not None:
        keys = keys.where(event_terms.c.merged_id.in_(select(merged_entities.c.merged_id)
                                                      .where(merged_entities.c.entity_id == entity)))
    if q:
        keys = keys.where(_like(event_terms.c.label, q))
    if min_outlets:
        keys = keys.where(event_terms.c.outlet_count >= min_outlets)
    order = _order(sort, {"date": when, "first_reported": event_terms.c.first_reported,
                          "outlets": event_terms.c.outlet_count, "articles": event_terms.c.article_count,
                          "id": event_terms.c.merged_id}, "events")
    check_paging(limit, offset)
    with store.reading() as conn:
        total = conn.execute(select(func.count()).select_from(keys.subquery())).scalar_one()
        ids = list(conn.execute(keys.order_by(*order, event_terms.c.merged_id).limit(limit).offset(offset)).scalars())
        rows = conn.execute(select(merged_items, _discrepancy_count(), when.label("date_of_event"))
                            .join(event_terms, event_terms.c.merged_id == merged_items.c.id)
                            .where(merged_items.c.id.in_(ids))).all() if ids else []
    by_id = {r.id: r for r in rows}
    return Page(items=[_event_row(by_id[i]) for i in ids if i in by_id], total=int(total), limit=limit, offset=offset)


def _event_row(r: Any) -> dict[str, Any]:
    row = merged_row(r)
    row["date_of_event"] = r.date_of_event
    return row
