"""Database rows as plain JSON-able dicts: the shape the CLI and the JSON API both show."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dragoman.link.fields import FIELDS


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime | dt.date) else value


def story_row(r: Any) -> dict[str, Any]:
    return {"id": r.id, "title": r.title, "first_published": r.first_published, "last_published": r.last_published,
            "articles": r.article_count, "outlets": r.outlet_count, "updated_at": _iso(r.updated_at)}


def best_text(values: list[dict[str, Any]]) -> str | None:
    """The value most articles give (the first reported on a tie)."""
    if not values:
        return None
    return str(max(values, key=lambda v: len(v.get("articles") or []))["text"])


def merged_row(r: Any) -> dict[str, Any]:
    fields = r.fields or {}
    row = {"id": r.id, "kind": r.kind, "story_id": r.story_id, "label": r.label}
    row.update({name: best_text(fields.get(name, [])) for name in FIELDS[r.kind]})
    row.update({"first_reported": r.first_reported, "first_article_id": r.first_article_id,
                "articles": r.article_count, "outlets": r.outlet_count,
                "discrepancies": getattr(r, "discrepancy_count", None), "fields": fields})
    return row


def entity_row(r: Any) -> dict[str, Any]:
    return {"id": r.id, "name": r.name, "type": r.type, "country": r.country, "names": r.names,
            "articles": r.article_count, "mentions": r.mention_count}


def discrepancy_row(r: Any) -> dict[str, Any]:
    return {"id": r.id, "story_id": r.story_id, "merged_id": r.merged_id, "entity_id": r.entity_id,
            "kind": r.kind, "field": r.field, "subject": r.subject, "severity": r.severity, "note": r.note,
            "values": " | ".join(str(s["text"]) for s in r.sides), "articles": r.article_count, "sides": r.sides}


def article_row(r: Any) -> dict[str, Any]:
    return {"id": r.id, "published": r.published, "outlet": r.outlet, "title": r.title, "url": r.url,
            "source": r.source, "story_id": r.story_id, "duplicate_of": r.duplicate_of,
            "duplicate_similarity": r.duplicate_similarity, "content_hash": r.content_hash,
            "ingested_at": _iso(r.ingested_at), "updated_at": _iso(r.updated_at), "extractors": r.extractors,
            "language": r.language, "body": r.body}
