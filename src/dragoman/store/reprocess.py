"""Reprocessing: articles whose extractors have newer versions, and replacing only their output.

``stale_articles`` pages through the articles (by id, a batch at a time) and yields those for
which some registered extractor is newer than the version that produced their items;
``replace_output`` swaps in the new items of exactly those extractors, in one transaction,
and recomputes the article's story merges.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, select, update

from dragoman.records import Article, Extraction
from dragoman.store.items import delete_items, insert_items
from dragoman.store.merging import refresh_story
from dragoman.store.repository import Store, utcnow
from dragoman.store.resolve import forget_mentions, resolve_entities
from dragoman.store.schema import articles, mentions

BATCH = 200


@dataclass(frozen=True)
class Stale:
    article_id: int
    article: Article
    names: list[str]  # extractors to run again


def version_of(extractor_id: str | None) -> int:
    """The version number of ``name@version`` (0 when absent or unreadable)."""
    try:
        return int((extractor_id or "").rsplit("@", 1)[1])
    except (IndexError, ValueError):
        return 0


def stale_names(stored: Mapping[str, str], registered: Mapping[str, str]) -> list[str]:
    """Registered extractors newer than the stored ones (or never run on the article)."""
    return sorted(name for name, current in registered.items()
                  if version_of(current) > version_of(stored.get(name)))


def stale_articles(store: Store, registered: Mapping[str, str]) -> Iterator[Stale]:
    last = 0
    while True:
        with store.reading() as conn:
            rows = conn.execute(select(articles).where(articles.c.id > last).order_by(articles.c.id).limit(BATCH)).all()
        if not rows:
            return
        for row in rows:
            names = stale_names(row.extractors or {}, registered)
            if names:
                article = Article(id=row.content_hash, source=row.source, url=row.url, outlet=row.outlet,
                                  title=row.title, published=row.published, language=row.language, body=row.body)
                yield Stale(article_id=row.id, article=article, names=names)
        last = rows[-1].id


def replace_output(store: Store, stale: Stale, extraction: Extraction, registered: Mapping[str, str]) -> None:
    """Replace the items of the stale extractors with ``extraction``'s, keeping everything else."""
    now = utcnow()
    names = stale.names
    with store.writing() as conn:
        row = conn.execute(select(articles.c.extractors, articles.c.story_id)
                           .where(articles.c.id == stale.article_id)).one()
        if "entities" in names:
            forget_mentions(conn, stale.article_id, names)
        delete_items(conn, stale.article_id, names)
        if "entities" in names:
            resolve_entities(conn, stale.article_id, extraction.entities, now)
        entity_of = _entity_ids(conn, stale.article_id)
        insert_items(conn, stale.article_id, extraction, entity_of, only=names)
        done = dict(row.extractors or {})
        done.update({name: registered[name] for name in names if name in registered})
        conn.execute(update(articles).where(articles.c.id == stale.article_id).values(extractors=done, updated_at=now))
        if row.story_id is not None:
            refresh_story(conn, row.story_id, now)


def _entity_ids(conn: Connection, article_id: int) -> dict[str, int]:
    rows = conn.execute(select(mentions.c.entity_id, mentions.c.name, mentions.c.aliases)
                        .where(mentions.c.article_id == article_id)).all()
    table: dict[str, int] = {}
    for r in rows:
        for form in (r.name, *(r.aliases or [])):
            table.setdefault(form, r.entity_id)
    return table
