"""Watchlists and their deliveries, persisted: what to watch, what was queued, what was delivered.

``queue_deliveries`` compares every watchlist with the ledger's items (tracked deals and pledges,
merged quotes and events) and queues one delivery per target (webhook, file) for each item that
is new to the watchlist or has changed since it was last queued. The unique index on
(watchlist, target, item, fingerprint) makes a second queueing of the same thing impossible,
so an item is delivered once per change, whatever happens to a run. Sending is not done here
(the store never touches HTTP): ``due_deliveries`` and ``record_attempt`` serve the sender.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, or_, select, update

from dragoman.errors import InputError, NotFound
from dragoman.store.repository import Store, utcnow
from dragoman.store.schema import deliveries, entities, watchlists
from dragoman.store.sql import insert_ignore
from dragoman.store.watch_items import watch_items
from dragoman.track.watch import KINDS, Watch, WatchItem, changes

TARGETS = ("webhook", "file")
_ISO3 = re.compile(r"^[A-Za-z]{3}$")


@dataclass(frozen=True)
class Due:
    """A delivery to attempt now."""

    id: int
    watchlist: str
    target: str
    address: str  # the webhook URL or the file path
    item_key: str
    payload: dict[str, Any]
    attempts: int


def _row(r: Any, counts: dict[str, int] | None = None) -> dict[str, Any]:
    return {"id": r.id, "name": r.name, "entity": r.entity, "country": r.country, "commodity": r.commodity,
            "kind": r.kind, "webhook": r.webhook, "file": r.file,
            "created_at": r.created_at.isoformat() if r.created_at else None, "deliveries": counts or {}}


def add_watchlist(store: Store, name: str, *, entity: str | None = None, country: str | None = None,
                  commodity: str | None = None, kind: str | None = None, webhook: str | None = None,
                  file: str | None = None, backfill: bool = False) -> dict[str, Any]:
    """Create a watchlist; the items it matches now are taken as known unless ``backfill``."""
    if not name.strip() or len(name) > 100:
        raise InputError(f"watchlist name {name!r} is empty or too long", hint="use 1 to 100 characters")
    if kind is not None and kind not in KINDS:
        raise InputError(f"--kind {kind!r} is not an item kind", hint=f"use one of {', '.join(KINDS)}")
    if country is not None and not _ISO3.match(country):
        raise InputError(f"--country {country!r} is not an ISO 3166 alpha-3 code", hint="e.g. ZMB, NAM, KAZ")
    if webhook is not None and not webhook.lower().startswith(("http://", "https://")):
        raise InputError(f"--webhook {webhook!r} is not an http(s) URL", hint="e.g. https://hooks.example/dragoman")
    if not webhook and not file:
        raise InputError(f"watchlist {name!r} has nowhere to deliver", hint="give --webhook URL and/or --file PATH")
    now = utcnow()
    with store.writing() as conn:
        if conn.execute(select(watchlists.c.id).where(watchlists.c.name == name)).first() is not None:
            raise InputError(f"there is already a watchlist {name!r}",
                             hint=f"remove it first (dragoman watchlist remove {name}) or choose another name")
        conn.execute(watchlists.insert().values(name=name, entity=entity, country=country.upper() if country else None,
                                                commodity=commodity, kind=kind, webhook=webhook, file=file,
                                                created_at=now))
        row = conn.execute(select(watchlists).where(watchlists.c.name == name)).one()
        if not backfill:
            _queue(conn, row, watch_items(conn), now, change="baseline")
    return _row(row)


def list_watchlists(store: Store) -> list[dict[str, Any]]:
    with store.reading() as conn:
        rows = conn.execute(select(watchlists).order_by(watchlists.c.name)).all()
        counts: dict[int, dict[str, int]] = {}
        for r in conn.execute(select(deliveries.c.watchlist_id, deliveries.c.status, func.count().label("n"))
                              .group_by(deliveries.c.watchlist_id, deliveries.c.status)).all():
            counts.setdefault(r.watchlist_id, {})[r.status] = int(r.n)
    return [_row(r, counts.get(r.id)) for r in rows]


def remove_watchlist(store: Store, name: str) -> None:
    with store.writing() as conn:
        found = conn.execute(select(watchlists.c.id).where(watchlists.c.name == name)).first()
        if found is None:
            raise NotFound(f"there is no watchlist {name!r}", hint="see them with 'dragoman watchlist list'")
        conn.execute(delete(deliveries).where(deliveries.c.watchlist_id == found.id))
        conn.execute(delete(watchlists).where(watchlists.c.id == found.id))


def _watch(conn: Connection, row: Any) -> Watch:
    keys: set[str] = set()
    if row.entity:
        text = row.entity.strip()
        if text.isdigit():
            keys.add(f"e{int(text)}")
        else:
            found = conn.execute(select(entities.c.id).where(func.lower(entities.c.name) == text.lower())).scalars()
            keys.update(f"e{i}" for i in found)
    return Watch(name=row.name, entity=row.entity, entity_keys=frozenset(keys), country=row.country,
                 commodity=row.commodity, kind=row.kind)


def _queue(conn: Connection, row: Any, items: list[WatchItem], now: dt.datetime, change: str | None = None) -> int:
    told: dict[str, set[str]] = {}
    for d in conn.execute(select(deliveries.c.item_key, deliveries.c.fingerprint)
                          .where(deliveries.c.watchlist_id == row.id)).all():
        told.setdefault(d.item_key, set()).add(d.fingerprint)
    found = changes(_watch(conn, row), items, told)
    targets = [t for t, address in (("webhook", row.webhook), ("file", row.file)) if address]
    status = "baseline" if change == "baseline" else "pending"
    rows = [{"watchlist_id": row.id, "target": target, "item_key": c.item.key, "fingerprint": c.item.fingerprint,
             "change": change or c.change, "status": status, "attempts": 0, "created_at": now,
             "next_attempt_at": now if status == "pending" else None,
             "payload": {"watchlist": row.name, "change": change or c.change, "kind": c.item.kind,
                         "key": c.item.key, "item": c.item.payload}}
            for c in found for target in targets]
    insert_ignore(conn, deliveries, rows)
    return len(found)


def queue_deliveries(store: Store, now: dt.datetime | None = None) -> int:
    """Queue what every watchlist has not been told yet; returns how many items were queued."""
    now = now or utcnow()
    with store.writing() as conn:
        rows = conn.execute(select(watchlists).order_by(watchlists.c.id)).all()
        if not rows:
            return 0
        items = watch_items(conn)
        return sum(_queue(conn, row, items, now) for row in rows)


def due_deliveries(store: Store, now: dt.datetime | None = None, names: Iterable[str] | None = None) -> list[Due]:
    """Pending deliveries whose next attempt is due, oldest first."""
    now = now or utcnow()
    query = (select(deliveries, watchlists.c.name, watchlists.c.webhook, watchlists.c.file)
             .join(watchlists, watchlists.c.id == deliveries.c.watchlist_id)
             .where(deliveries.c.status == "pending",
                    or_(deliveries.c.next_attempt_at.is_(None), deliveries.c.next_attempt_at <= now))
             .order_by(deliveries.c.id))
    if names is not None:
        query = query.where(watchlists.c.name.in_(list(names)))
    with store.reading() as conn:
        rows = conn.execute(query).all()
    return [Due(id=r.id, watchlist=r.name, target=r.target, address=r.webhook if r.target == "webhook" else r.file,
                item_key=r.item_key, payload=r.payload, attempts=r.attempts) for r in rows
            if (r.webhook if r.target == "webhook" else r.file)]


def record_attempt(store: Store, delivery_id: int, *, tries: int, error: str | None, status: str,
                   next_attempt_at: dt.datetime | None = None) -> None:
    """Write the outcome of sending one delivery: delivered, pending again (with when), or failed."""
    now = utcnow()
    with store.writing() as conn:
        conn.execute(update(deliveries).where(deliveries.c.id == delivery_id).values(
            status=status, attempts=deliveries.c.attempts + tries, last_error=error, next_attempt_at=next_attempt_at,
            delivered_at=now if status == "delivered" else None))
