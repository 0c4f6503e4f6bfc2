"""Extracted items in and out of their tables: one row per record, the record kept whole."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, delete, or_, select

from dragoman.link.merge import ItemRef, Record
from dragoman.records import Article, Deal, Event, Extraction, Pledge, Quote
from dragoman.store.schema import ITEM_TABLES, mentions

RECORD_TYPES: dict[str, type[Record]] = {"event": Event, "deal": Deal, "pledge": Pledge, "quote": Quote}
EXTRACTION_FIELDS = {"event": "events", "deal": "deals", "pledge": "pledges", "quote": "quotes"}


def article_key(article: Article) -> str:
    """What makes two ingests the same article: its URL when it has one, else its source."""
    identity = f"url:{article.url.strip()}" if article.url else f"source:{article.source}"
    return hashlib.sha1(identity.encode("utf-8")).hexdigest()


def extractors_of(extraction: Extraction, ran: Mapping[str, str] | None = None) -> dict[str, str]:
    """``{name: name@version}`` of the extractors behind the record (those that ran, when known)."""
    found = dict(ran or {})
    for kind in ("entities", *EXTRACTION_FIELDS.values()):
        for item in getattr(extraction, kind):
            if item.extractor:
                found.setdefault(item.extractor.split("@", 1)[0], item.extractor)
    return found


def _common(article_id: int, position: int, item: Any) -> dict[str, Any]:
    span = item.span or (None, None)
    return {"article_id": article_id, "position": position, "extractor": item.extractor, "evidence": item.evidence,
            "span_start": span[0], "span_end": span[1], "data": item.dump()}


def item_row(kind: str, article_id: int, position: int, item: Any, entity_of: Mapping[str, int]) -> dict[str, Any]:
    row = _common(article_id, position, item)
    if isinstance(item, Event):
        row.update(kind=item.kind, date=item.date, date_text=item.date_text, location=item.location,
                   summary=item.summary, actors=list(item.actors))
    elif isinstance(item, Deal):
        value = item.value
        row.update(country=item.country, commodity=item.commodity, sector=item.sector, status=item.status,
                   value_amount=value.amount if value else None, value_currency=value.currency if value else None,
                   value_qualifier=value.qualifier if value else None, parties=list(item.parties))
    elif isinstance(item, Pledge):
        row.update(actor=item.actor, actor_entity_id=entity_of.get(item.actor), action=item.action,
                   deadline=item.deadline, deadline_text=item.deadline_text, target=list(item.target))
    elif isinstance(item, Quote):
        row.update(speaker=item.speaker, speaker_entity_id=entity_of.get(item.speaker or ""), text=item.text)
    return row


def insert_items(conn: Connection, article_id: int, extraction: Extraction, entity_of: Mapping[str, int],
                 only: Iterable[str] | None = None) -> int:
    """Insert the article's items (only those of the ``only`` extractors when given); returns how many."""
    wanted = set(only) if only is not None else None
    count = 0
    for kind, table in ITEM_TABLES.items():
        rows = [item_row(kind, article_id, i, item, entity_of)
                for i, item in enumerate(getattr(extraction, EXTRACTION_FIELDS[kind]))
                if wanted is None or _name(item.extractor) in wanted]
        if rows:
            conn.execute(table.insert(), rows)
            count += len(rows)
    return count


def _name(extractor: str | None) -> str:
    return (extractor or "").split("@", 1)[0]


def delete_items(conn: Connection, article_id: int, extractor_names: Sequence[str] | None = None) -> None:
    """Delete the article's items and mentions (only those of the named extractors when given)."""
    for table in (*ITEM_TABLES.values(), mentions):
        query = delete(table).where(table.c.article_id == article_id)
        if extractor_names is not None:
            query = query.where(or_(*(table.c.extractor.like(f"{name}@%") for name in extractor_names),
                                    *((table.c.extractor.is_(None),) if "" in extractor_names else ())))
        conn.execute(query)


def load_items(conn: Connection, article_ids: Sequence[int]) -> list[ItemRef]:
    """Every item of the given articles, as records, in article and position order."""
    refs: list[ItemRef] = []
    if not article_ids:
        return refs
    for kind, table in ITEM_TABLES.items():
        rows = conn.execute(select(table.c.id, table.c.article_id, table.c.data)
                            .where(table.c.article_id.in_(article_ids))
                            .order_by(table.c.article_id, table.c.position)).all()
        record_type = RECORD_TYPES[kind]
        refs += [ItemRef(kind=kind, item_id=row.id, article_id=row.article_id,
                         record=record_type.model_validate(row.data)) for row in rows]
    return refs
