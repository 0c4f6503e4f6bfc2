"""Read one thing by id, with what hangs off it: a story's articles and items, an entity's roles."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, select

from dragoman.errors import NotFound
from dragoman.store.items import RECORD_TYPES
from dragoman.store.repository import Store
from dragoman.store.rows import article_row, discrepancy_row, entity_row, merged_row, story_row
from dragoman.store.schema import (
    ITEM_TABLES,
    articles,
    discrepancies,
    entities,
    mentions,
    merged_items,
    merged_members,
    stories,
)
from dragoman.store.tracking_rows import attach_tracking

_LISTING = {"story": "stories", "item": "deals, pledges, quotes or events", "entity": "entities",
            "article": "export articles", "discrepancy": "discrepancies"}


def _one(conn: Connection, table: Table, ident: int, what: str) -> Any:
    row = conn.execute(select(table).where(table.c.id == ident)).first()
    if row is None:
        raise NotFound(f"there is no {what} {ident}", hint=f"see the ids with 'dragoman {_LISTING[what]}'")
    return row


def _sources(conn: Connection, article_ids: list[int]) -> list[dict[str, Any]]:
    rows = conn.execute(select(articles.c.id, articles.c.outlet, articles.c.published, articles.c.title,
                               articles.c.url, articles.c.source, articles.c.duplicate_of)
                        .where(articles.c.id.in_(article_ids)).order_by(articles.c.published, articles.c.id)).all()
    return [{"id": r.id, "outlet": r.outlet, "published": r.published, "title": r.title, "url": r.url,
             "source": r.source, "duplicate_of": r.duplicate_of} for r in rows]


def get_story(store: Store, story_id: int) -> dict[str, Any]:
    with store.reading() as conn:
        story = story_row(_one(conn, stories, story_id, "story"))
        ids = list(conn.execute(select(articles.c.id).where(articles.c.story_id == story_id)).scalars())
        story["sources"] = _sources(conn, ids)
        merged = conn.execute(select(merged_items).where(merged_items.c.story_id == story_id)
                              .order_by(merged_items.c.kind, merged_items.c.id)).all()
        story["items"] = [merged_row(r) for r in merged]
        found = conn.execute(select(discrepancies).where(discrepancies.c.story_id == story_id)
                             .order_by(discrepancies.c.id)).all()
        story["discrepancies"] = [discrepancy_row(r) for r in found]
    return story


def get_merged(store: Store, merged_id: int) -> dict[str, Any]:
    """A merged item with each supporting item as extracted: extractor, evidence, offsets, article."""
    with store.reading() as conn:
        row = _one(conn, merged_items, merged_id, "item")
        item = merged_row(row)
        table = ITEM_TABLES[row.kind]
        members = conn.execute(select(table).join(merged_members, merged_members.c.item_id == table.c.id)
                               .where(merged_members.c.merged_id == merged_id).order_by(table.c.article_id)).all()
        item["supporting"] = [{"item_id": m.id, "article_id": m.article_id, "extractor": m.extractor,
                               "evidence": m.evidence, "span": [m.span_start, m.span_end]
                               if m.span_start is not None else None,
                               "record": RECORD_TYPES[row.kind].model_validate(m.data).dump()} for m in members]
        item["sources"] = _sources(conn, sorted({m.article_id for m in members}))
        found = conn.execute(select(discrepancies).where(discrepancies.c.merged_id == merged_id)).all()
        item["discrepancy_list"] = [discrepancy_row(r) for r in found]
        attach_tracking(conn, row.kind, [item])
    return item


def entity_roles(conn: Connection, entity_id: int) -> list[dict[str, Any]]:
    """The titles an entity was given, each with when it was first and last seen and by whom."""
    rows = conn.execute(select(mentions.c.title, articles.c.id, articles.c.outlet, articles.c.published)
                        .join(articles, articles.c.id == mentions.c.article_id)
                        .where(mentions.c.entity_id == entity_id, mentions.c.title.is_not(None))
                        .order_by(articles.c.published, articles.c.id)).all()
    roles: dict[str, dict[str, Any]] = {}
    for r in rows:
        role = roles.setdefault(r.title, {"title": r.title, "first_seen": r.published, "last_seen": r.published,
                                          "sources": []})
        if r.published and (role["first_seen"] is None or r.published < role["first_seen"]):
            role["first_seen"] = r.published
        if r.published and (role["last_seen"] is None or r.published > role["last_seen"]):
            role["last_seen"] = r.published
        role["sources"].append({"article_id": r.id, "outlet": r.outlet, "published": r.published})
    return sorted(roles.values(), key=lambda role: (role["first_seen"] or "9999", role["title"]))


def get_entity(store: Store, entity_id: int) -> dict[str, Any]:
    with store.reading() as conn:
        entity = entity_row(_one(conn, entities, entity_id, "entity"))
        entity["roles"] = entity_roles(conn, entity_id)
        ids = sorted(set(conn.execute(select(mentions.c.article_id).where(mentions.c.entity_id == entity_id)).scalars()))
        entity["sources"] = _sources(conn, ids)
    return entity


def get_article(store: Store, article_id: int) -> dict[str, Any]:
    """An article with every item extracted from it."""
    with store.reading() as conn:
        article = article_row(_one(conn, articles, article_id, "article"))
        for kind, table in ITEM_TABLES.items():
            rows = conn.execute(select(table).where(table.c.article_id == article_id).order_by(table.c.position)).all()
            article[f"{kind}s"] = [{"id": r.id, "extractor": r.extractor, "span": [r.span_start, r.span_end]
                                    if r.span_start is not None else None, **r.data} for r in rows]
        found = conn.execute(select(mentions).where(mentions.c.article_id == article_id)
                             .order_by(mentions.c.position)).all()
        article["entities"] = [{"entity_id": m.entity_id, "name": m.name, "type": m.type, "title": m.title,
                                "country": m.country, "aliases": m.aliases, "mentions": m.count,
                                "extractor": m.extractor} for m in found]
    return article


def get_discrepancy(store: Store, discrepancy_id: int) -> dict[str, Any]:
    with store.reading() as conn:
        row = discrepancy_row(_one(conn, discrepancies, discrepancy_id, "discrepancy"))
        ids = sorted({int(a) for side in row["sides"] for a in side["articles"]})
        row["sources"] = _sources(conn, ids)
    return row
