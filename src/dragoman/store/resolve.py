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


class _Known:
    """The known entities under the article's keys, fetched in one query and kept current while resolving."""

    def __init__(self, conn: Connection, keys: set[str]) -> None:
        self.by_key: dict[str, set[int]] = {}
        self.entities: dict[int, KnownEntity] = {}
        if not keys:
            return
        rows = conn.execute(select(entity_keys.c.key, entities.c.id, entities.c.name, entities.c.type,
                                   entities.c.country, entities.c.names, entities.c.mention_count)
                            .join(entities, entities.c.id == entity_keys.c.entity_id)
                            .where(entity_keys.c.key.in_(sorted(keys)))).all()
        for r in rows:
            self.by_key.setdefault(r.key, set()).add(r.id)
            self.entities.setdefault(r.id, KnownEntity(entity_id=r.id, name=r.name, type=r.type, country=r.country,
                                                        names=set(r.names or []), mentions=r.mention_count))

    def candidates(self, keys: list[str]) -> list[KnownEntity]:
        ids = sorted({i for k in keys for i in self.by_key.get(k, ())})
        return [self.entities[i] for i in ids]

    def remember(self, entity: KnownEntity, keys: list[str]) -> None:
        self.entities[entity.entity_id] = entity
        for k in keys:
            self.by_key.setdefault(k, set()).add(entity.entity_id)


def resolve_entities(conn: Connection, article_id: int, records: list[Entity], now: dt.datetime) -> list[Resolved]:
    """Match or create an entity for each record, write the article's mentions, return one per record."""
    out: list[Resolved] = []
    counted: set[int] = set()
    mention_rows = []
    refs = [NameRef(name=r.name, type=r.type, country=r.country, aliases=tuple(r.aliases), title=r.title)
            for r in records]
    all_keys = [_keys(ref) for ref in refs]
    known_here = _Known(conn, {k for keys in all_keys for k in keys})
    for position, (record, ref, keys) in enumerate(zip(records, refs, all_keys, strict=True)):
        known = resolve(ref, known_here.candidates(keys))
        first_in_article = known is None or known.entity_id not in counted
        if known is None:
            names = sorted(set(ref.forms))[:MAX_NAMES]
            entity_id = new_id(conn.execute(entities.insert().values(
                name=record.name, type=record.type, country=record.country, names=names,
                mention_count=record.mentions, article_count=1, created_at=now)))
            known_here.remember(KnownEntity(entity_id, record.name, record.type, record.country, set(names),
                                            record.mentions), keys)
        else:
            entity_id = known.entity_id
            names = sorted(known.names | set(ref.forms))[:MAX_NAMES]
            name = better_name(known.name, record.name, known.type)
            conn.execute(update(entities).where(entities.c.id == entity_id).values(
                name=name, names=names, country=known.country or record.country,
                mention_count=entities.c.mention_count + record.mentions,
                article_count=entities.c.article_count + (1 if first_in_article else 0)))
            known_here.remember(KnownEntity(entity_id, name, known.type, known.country or record.country, set(names),
                                            known.mentions + record.mentions), keys)
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
