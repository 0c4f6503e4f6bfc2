"""The one repository for SQLite and PostgreSQL: open, ingest, reprocess.

``Store.ingest`` writes one article in one transaction: the article, its entities (resolved),
its items, its copy link, its story, and the story's merged items and discrepancies. A process
killed mid-way leaves nothing of that article; the next run does it again. Re-ingesting the
same normalised body changes nothing; a new body under the same URL (or source, without URL)
replaces the article's items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Row, or_, select, true, update

from dragoman.link import dedup
from dragoman.link import stories as story_link
from dragoman.link.days import article_days
from dragoman.records import Article, Extraction
from dragoman.store import clusters
from dragoman.store.engine import open_engine, upgrade
from dragoman.store.items import article_key, delete_items, extractors_of, insert_items
from dragoman.store.merging import refresh_story
from dragoman.store.resolve import Resolved, forget_mentions, names_of, resolve_entities
from dragoman.store.schema import article_bands, articles
from dragoman.store.sql import lock_writers, new_id


@dataclass(frozen=True)
class Ingested:
    status: str  # new | unchanged | updated
    article_id: int
    story_id: int | None = None
    duplicate_of: int | None = None


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Store:
    """The ledger's database. ``Store.open(url)`` migrates it to the current schema first."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        engine = open_engine(url)
        if migrate:
            upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write transaction (writers take turns: BEGIN IMMEDIATE / an advisory lock)."""
        with self.engine.connect() as conn:
            conn.execution_options(immediate=True)
            with conn.begin():
                lock_writers(conn)
                yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def is_stored(self, article: Article) -> bool:
        """True when this very article (same URL or source, same normalised body) is already stored."""
        with self.reading() as conn:
            return _stored(conn, article) is not None

    def ingest(self, extraction: Extraction, ran: Mapping[str, str] | None = None) -> Ingested:
        """Store one extraction record; ``ran`` names the extractors that ran (``{name: name@version}``)."""
        article = extraction.article
        key = article_key(article)
        now = utcnow()
        with self.writing() as conn:
            stored = _stored(conn, article)
            if stored is not None:
                return Ingested("unchanged", stored.id, stored.story_id)
            existing = conn.execute(select(articles.c.id, articles.c.story_id, articles.c.profile)
                                    .where(articles.c.key == key)).first()
            values = {"key": key, "content_hash": article.id, "source": article.source, "url": article.url,
                      "outlet": article.outlet, "title": article.title, "published": article.published,
                      "language": article.language, "body": article.body, "updated_at": now,
                      "extractors": extractors_of(extraction, ran)}
            old_story: int | None = None
            if existing is None:
                article_id = new_id(conn.execute(articles.insert().values(ingested_at=now, **values)))
                status = "new"
            else:
                article_id, old_story, status = existing.id, existing.story_id, "updated"
                forget_mentions(conn, article_id)
                delete_items(conn, article_id)
                conn.execute(article_bands.delete().where(article_bands.c.article_id == article_id))
                conn.execute(update(articles).where(articles.c.id == article_id)
                             .values(story_id=None, duplicate_of=None, duplicate_similarity=None, **values))
                if old_story is not None and existing.profile:
                    clusters.leave_story(conn, old_story, story_link.ArticleProfile.from_json(existing.profile))
            story_id, original = self._link(conn, article_id, extraction, now)
            refresh_story(conn, story_id, now)
            if old_story is not None and old_story != story_id and not clusters.leave_story(conn, old_story, None):
                refresh_story(conn, old_story, now)
            return Ingested(status, article_id, story_id, original)

    def _link(self, conn: Connection, article_id: int, extraction: Extraction,
              now: dt.datetime) -> tuple[int, int | None]:
        """Resolve entities, store items, find the original and the story: (story, original)."""
        article = extraction.article
        resolved = resolve_entities(conn, article_id, extraction.entities, now)
        insert_items(conn, article_id, extraction, names_of(extraction.entities, resolved))
        sig = dedup.signature(article.body)
        original: int | None = None
        joined: int | None = None
        if sig is not None:
            keys = dedup.band_keys(sig)
            copy = clusters.find_copy(conn, article_id, sig, keys)
            if copy is not None:
                root = clusters.link_copy(conn, article_id, article.published, copy)
                joined = conn.execute(select(articles.c.story_id).where(articles.c.id == copy.original_id)).scalar()
                original = None if root == article_id else root
            clusters.file_bands(conn, article_id, keys)
        profile = self.profile(extraction, resolved)
        story_id, _ = clusters.assign_story(conn, profile, joined, now)
        conn.execute(update(articles).where(articles.c.id == article_id).values(
            story_id=story_id, signature=dedup.signature_bytes(sig) if sig is not None else None,
            profile=profile.to_json()))
        return story_id, original

    @staticmethod
    def profile(extraction: Extraction, resolved: list[Resolved]) -> story_link.ArticleProfile:
        article = extraction.article
        days = article_days(article.published, article.body, (e.date for e in extraction.events))
        return story_link.profile(article.title, article.body,
                                  [(r.entity_id, r.type, r.mentions) for r in resolved], days)


def _stored(conn: Connection, article: Article) -> Row[Any, Any] | None:
    """The stored row of this article with this body: same key, or same body and no other URL."""
    same_key = conn.execute(select(articles.c.id, articles.c.story_id).where(
        articles.c.key == article_key(article), articles.c.content_hash == article.id)).first()
    if same_key is not None:
        return same_key
    return conn.execute(select(articles.c.id, articles.c.story_id).where(
        articles.c.content_hash == article.id,
        or_(articles.c.url.is_(None), articles.c.url == article.url) if article.url else true())
        .order_by(articles.c.id).limit(1)).first()
