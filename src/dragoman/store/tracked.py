"""Read queries over tracking: deals and pledges across the whole ledger, and the last track run.

The same shape as ``store.queries``: filters, a sort column, a ``Page`` of JSON-able dicts, for
the CLI (``dragoman track --json``) and the web layer alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from dragoman.errors import InputError, NotFound
from dragoman.store.queries import Page, _order, _page
from dragoman.store.repository import Store
from dragoman.store.schema import pledge_terms, track_runs, tracked_deals, tracked_pledges
from dragoman.store.tracking_rows import PLEDGE_STATES, tracked_deal_row, tracked_pledge_row


def list_tracked_deals(store: Store, *, status: str | None = None, country: str | None = None,
                       binding: bool | None = None, sort: str = "first_reported", limit: int = 50,
                       offset: int = 0) -> Page:
    query = select(tracked_deals)
    if status:
        query = query.where(tracked_deals.c.status == status)
    if country:
        query = query.where(tracked_deals.c.country == country.upper())
    if binding is not None:
        query = query.where(tracked_deals.c.binding.is_(binding))
    order = _order(sort, {"first_reported": tracked_deals.c.first_reported, "reports": tracked_deals.c.report_count,
                          "status": tracked_deals.c.status, "id": tracked_deals.c.id}, "tracked deals")
    return _page(store, query, order, tracked_deals.c.id, limit, offset, tracked_deal_row)


def list_tracked_pledges(store: Store, *, state: str | None = None, entity: int | None = None,
                         sort: str = "made", limit: int = 50, offset: int = 0) -> Page:
    query = select(tracked_pledges)
    if state:
        if state not in PLEDGE_STATES:
            raise InputError(f"no such pledge state {state!r}", hint=f"use one of {', '.join(PLEDGE_STATES)}")
        query = query.where(tracked_pledges.c.state == state)
    if entity is not None:
        query = query.where(tracked_pledges.c.actor_entity_id == entity)
    order = _order(sort, {"made": tracked_pledges.c.made, "due": tracked_pledges.c.due,
                          "state": tracked_pledges.c.state, "reports": tracked_pledges.c.report_count,
                          "id": tracked_pledges.c.id}, "tracked pledges")
    return _page(store, query, order, tracked_pledges.c.id, limit, offset, tracked_pledge_row)


def get_tracked_deal(store: Store, tracked_id: int) -> dict[str, Any]:
    with store.reading() as conn:
        row = conn.execute(select(tracked_deals).where(tracked_deals.c.id == tracked_id)).first()
    if row is None:
        raise NotFound(f"there is no tracked deal {tracked_id}", hint="see the ids with 'dragoman track --json'")
    return tracked_deal_row(row)


def get_tracked_pledge(store: Store, tracked_id: int) -> dict[str, Any]:
    with store.reading() as conn:
        row = conn.execute(select(tracked_pledges).where(tracked_pledges.c.id == tracked_id)).first()
    if row is None:
        raise NotFound(f"there is no tracked pledge {tracked_id}", hint="see the ids with 'dragoman track --json'")
    return tracked_pledge_row(row)


def pledge_record(store: Store, entity: int, *, limit: int = 100) -> dict[str, Any]:
    """The pledges an entity made, tracked across the ledger: counts by state, and the pledges (newest
    promise first, each with the merged pledge to link to) up to ``limit``."""
    with store.reading() as conn:
        counts: dict[str, int] = dict(conn.execute(select(tracked_pledges.c.state, func.count())
                                   .where(tracked_pledges.c.actor_entity_id == entity)
                                   .group_by(tracked_pledges.c.state)).all())
        rows = conn.execute(select(tracked_pledges).where(tracked_pledges.c.actor_entity_id == entity)
                            .order_by(tracked_pledges.c.made.desc(), tracked_pledges.c.id).limit(limit)).all()
        merged: dict[int, int] = dict(conn.execute(select(pledge_terms.c.tracked_id, func.min(pledge_terms.c.merged_id))
                                   .where(pledge_terms.c.tracked_id.in_([r.id for r in rows]))
                                   .group_by(pledge_terms.c.tracked_id)).all()) if rows else {}
    pledges = []
    for r in rows:
        row = tracked_pledge_row(r)
        row["merged_id"] = merged.get(r.id)
        pledges.append(row)
    states = {state: int(counts.get(state, 0)) for state in PLEDGE_STATES}
    return {"total": sum(states.values()), "states": states, "items": pledges}


def last_run(store: Store) -> dict[str, Any] | None:
    """The newest track run: its as-of day, when it ran, and its summary; None before the first."""
    with store.reading() as conn:
        row = conn.execute(select(track_runs).order_by(track_runs.c.id.desc()).limit(1)).first()
    if row is None:
        return None
    return {"as_of": row.as_of, "ran_at": row.ran_at.isoformat() if row.ran_at else None, **row.summary}
