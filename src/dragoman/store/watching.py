"""The watcher's memory in the ledger's database: sources polled, items seen, HTTP validators.

``WatchStore`` implements ``dragoman.watch.WatchState`` and ``StoredValidators`` implements
``dragoman.ingest.conditional.ValidatorCache``. Every write is its own short transaction, so a
watcher killed at any point loses at most the item it was working on.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import select, update

from dragoman.ingest.conditional import Validators
from dragoman.store.repository import Store, utcnow
from dragoman.store.schema import http_validators, watch_items, watch_sources


def url_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class StoredValidators:
    """ETag / Last-Modified per URL in the ``http_validators`` table."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, url: str) -> Validators | None:
        with self.store.reading() as conn:
            row = conn.execute(select(http_validators.c.etag, http_validators.c.last_modified)
                               .where(http_validators.c.url_hash == url_hash(url))).first()
        return Validators(row.etag, row.last_modified) if row else None

    def put(self, url: str, validators: Validators) -> None:
        values = {"url": url, "etag": validators.etag, "last_modified": validators.last_modified,
                  "updated_at": utcnow()}
        key = url_hash(url)
        with self.store.writing() as conn:
            done = conn.execute(update(http_validators).where(http_validators.c.url_hash == key).values(**values))
            if not done.rowcount:
                conn.execute(http_validators.insert().values(url_hash=key, **values))


class WatchStore:
    """The state of ``dragoman watch``: when each source was polled, and what became of each item."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._validators = StoredValidators(store)

    @property
    def validators(self) -> StoredValidators:
        return self._validators

    def last_polled(self, source_url: str) -> dt.datetime | None:
        with self.store.reading() as conn:
            value = conn.execute(select(watch_sources.c.polled_at)
                                 .where(watch_sources.c.url_hash == url_hash(source_url))).scalar()
        if value is not None and value.tzinfo is None:  # SQLite hands back naive datetimes
            value = value.replace(tzinfo=dt.UTC)
        return value

    def record_poll(self, source_url: str, name: str, at: dt.datetime, status: str) -> None:
        key = url_hash(source_url)
        with self.store.writing() as conn:
            done = conn.execute(update(watch_sources).where(watch_sources.c.url_hash == key).values(
                url=source_url, name=name, polled_at=at, status=status[:40], polls=watch_sources.c.polls + 1))
            if not done.rowcount:
                conn.execute(watch_sources.insert().values(url_hash=key, url=source_url, name=name, polled_at=at,
                                                           status=status[:40], polls=1))

    def item_attempts(self, source_url: str, key: str) -> int | None:
        with self.store.reading() as conn:
            row = conn.execute(select(watch_items.c.done, watch_items.c.attempts).where(
                watch_items.c.source_hash == url_hash(source_url), watch_items.c.item_hash == url_hash(key))).first()
        if row is None:
            return None
        return -1 if row.done else int(row.attempts)

    def record_item(self, source_url: str, key: str, url: str | None, status: str, *, done: bool,
                    article_id: int | None = None) -> None:
        where = (watch_items.c.source_hash == url_hash(source_url), watch_items.c.item_hash == url_hash(key))
        now = utcnow()
        with self.store.writing() as conn:
            changed = conn.execute(update(watch_items).where(*where).values(
                url=url, status=status[:40], done=done, attempts=watch_items.c.attempts + 1, article_id=article_id,
                updated_at=now))
            if not changed.rowcount:
                conn.execute(watch_items.insert().values(
                    source_hash=url_hash(source_url), item_hash=url_hash(key), item_key=key, url=url,
                    status=status[:40], done=done, attempts=1, article_id=article_id, first_seen_at=now,
                    updated_at=now))

    def pending_items(self, source_url: str) -> list[tuple[str, str | None]]:
        with self.store.reading() as conn:
            rows = conn.execute(select(watch_items.c.item_key, watch_items.c.url)
                                .where(watch_items.c.source_hash == url_hash(source_url), watch_items.c.done.is_(False))
                                .order_by(watch_items.c.id)).all()
        return [(r.item_key, r.url) for r in rows]

    def items(self, source_url: str) -> list[tuple[str, str, bool, int]]:
        """(item key, status, done, attempts) of every item seen on a source, oldest first."""
        with self.store.reading() as conn:
            rows = conn.execute(select(watch_items.c.item_key, watch_items.c.status, watch_items.c.done,
                                       watch_items.c.attempts)
                                .where(watch_items.c.source_hash == url_hash(source_url))
                                .order_by(watch_items.c.id)).all()
        return [(r.item_key, r.status, bool(r.done), int(r.attempts)) for r in rows]
