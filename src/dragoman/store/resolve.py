"""Entity resolution, persisted: each article's entities matched to the ledger's known ones.

Candidates come from the indexed ``entity_keys`` table (blocking keys), never from a scan; the
decision is ``link.entities.resolve``. Returns how the article's names map to entity ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, or_, select, update

from dragoman.link.entities import KnownEntity, NameRef, better_name, resolve
from dragoman.link.names import blocking_keys
from dragoman.link.words import fold
from dragoman.records import Entity
from dragoman.store.schema import entities, entity_keys, mentions
from dragoman.store.sql import insert_ignore, new_id

MAX_NAMES = 40  # forms remembered per entity


@dataclass(frozen=True)
class Resolved:
    entity_id: int
    type: str
    mentions: int


def _keys(ref: NameRef) -> list[str]:
    return sorted({key for form in ref.forms for key in blocking_keys(form, ref.type, ref.country)})


def _candidates(conn: Connection, keys: list[str]) -> list[KnownEntity]:
    if not keys:
        return []
    ids = select(entity_keys.c.entity_id).where(entity_keys.c.key.in_(keys)).distinct().scalar_subquery()
    rows = conn.execute(select(entities.c.id, entities.c.name, entities.c.type, entities.c.country,
                               entities.c.names, entities.c.mention_count).where(entities.c.id.in_(ids))).all()
    return [KnownEntity(entity_id=r.id, name=r.name, type=r.type, country=r.country, names=set(r.names or []),
                        mentions=r.mention_count) for r in rows]


def resolve_entities(conn: Connection, article_id: int, records: list[Entity], now: dt.datetime) -> list[Resolved]:
    """Match or create an entity for each record, write the article's mentions, return one per record."""
    out: list[Resolved] = []
    counted: set[int] = set()
    mention_rows = []
    for position, record in enumerate(records):
        ref = NameRef(name=record.name, type=record.type, country=record.country, aliases=tuple(record.aliases),
                      title=record.title)
        keys = _keys(ref)
        known = resolve(ref, _candidates(conn, keys))
        first_in_article = known is None or known.entity_id not in counted
        if known is None:
            entity_id = new_id(conn.execute(entities.insert().values(
                name=record.name, type=record.type, country=record.country, names=sorted(set(ref.forms))[:MAX_NAMES],
                mention_count=record.mentions, article_count=1, created_at=now)))
        else:
            entity_id = known.entity_id
            names = sorted(known.names | set(ref.forms))[:MAX_NAMES]
            conn.execute(update(entities).where(entities.c.id == entity_id).values(
                name=better_name(known.name, record.name, known.type), names=names,
                country=known.country or record.country,
                mention_count=entities.c.mention_count + record.mentions,
                article_count=entities.c.article_count + (1 if first_in_article else 0)))
        counted.add(entity_id)
        insert_ignore(conn, entity_keys, [{"key": k, "entity_id": entity_id} for k in keys])
        span = record.span or (None, None)
        mention_rows.append({"article_id": article_id, "entity_id": entity_id, "position": position,
                             "name": record.name, "type": record.type, "title": record.title,
                             "country": record.country, "aliases": list(record.aliases), "count": record.mentions,
                             "extractor": record.extractor, "span_start": span[0], "span_end": span[1]})
        out.append(Resolved(entity_id=entity_id, type=known.type if known else record.type, mentions=record.mentions))
    if mention_rows:
        conn.execute(mentions.insert(), mention_rows)
    return out


def names_of(records: list[Entity], resolved: list[Resolved]) -> dict[str, int]:
    """Every form of every entity of the article (as written, and folded) -> entity id."""
    table: dict[str, int] = {}
    for record, r in zip(records, resolved, strict=True):
        for form in (record.name, *record.aliases):
            table.setdefault(form, r.entity_id)
            table.setdefault(fold(form), r.entity_id)
    return table


def forget_mentions(conn: Connection, article_id: int, extractor_names: list[str] | None = None) -> None:
    """Take back the counts an article's mentions added to their entities (before deleting them)."""
    query = select(mentions.c.entity_id, mentions.c.count).where(mentions.c.article_id == article_id)
    if extractor_names is not None:
        query = query.where(or_(*(mentions.c.extractor.like(f"{name}@%") for name in extractor_names)))
    seen: set[int] = set()
    for row in conn.execute(query).all():
        conn.execute(update(entities).where(entities.c.id == row.entity_id).values(
            mention_count=entities.c.mention_count - row.count,
            article_count=entities.c.article_count - (0 if row.entity_id in seen else 1)))
        seen.add(row.entity_id)
