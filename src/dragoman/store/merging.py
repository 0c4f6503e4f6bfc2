"""Merged items and discrepancies of one story, recomputed when an article joins or changes.

The work is bounded by the story: its articles, their items and mentions are loaded, the pure
``link`` functions decide, and the story's previous merged items and discrepancies are
replaced in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, select, update

from dragoman.link.claims import Text, claim_discrepancies
from dragoman.link.discrepancies import Discrepancy, TitleSighting, item_discrepancies, title_discrepancies
from dragoman.link.merge import MergedItem, Source, merge_story, outlet_keys
from dragoman.link.wordings import quoted_wording_discrepancies
from dragoman.link.words import fold, sentences
from dragoman.store.items import load_items
from dragoman.store.schema import (
    articles,
    discrepancies,
    entities,
    mentions,
    merged_entities,
    merged_items,
    merged_members,
    stories,
)
from dragoman.store.terms import refresh_terms


def refresh_story(conn: Connection, story_id: int, now: dt.datetime) -> None:
    rows = conn.execute(select(articles.c.id, articles.c.outlet, articles.c.published, articles.c.duplicate_of,
                               articles.c.title, articles.c.body)
                        .where(articles.c.story_id == story_id).order_by(articles.c.id)).all()
    ids = [r.id for r in rows]
    names: dict[int, dict[str, str]] = defaultdict(dict)
    sightings: list[TitleSighting] = []
    bodies = {r.id: r.body for r in rows}
    mention_rows = conn.execute(
        select(mentions.c.article_id, mentions.c.entity_id, mentions.c.name, mentions.c.aliases, mentions.c.title,
               mentions.c.span_start, mentions.c.type, entities.c.name.label("entity_name"))
        .join(entities, entities.c.id == mentions.c.entity_id).where(mentions.c.article_id.in_(ids))).all()
    people: dict[int, dict[str, str]] = defaultdict(dict)
    for m in mention_rows:
        for form in (m.name, *(m.aliases or [])):
            names[m.article_id].setdefault(fold(form), f"e{m.entity_id}")
            if m.type in ("person", "organization"):
                people[m.article_id].setdefault(form, f"e{m.entity_id}")
            if m.type == "person" and len(form.split()) >= 2 and len(form.split()[-1]) > 2:
                people[m.article_id].setdefault(form.split()[-1], f"e{m.entity_id}")  # "Varga's pledge"
        if m.title:
            sightings.append(TitleSighting(entity=f"e{m.entity_id}", name=m.entity_name, title=m.title,
                                           article_id=m.article_id,
                                           evidence=_title_sentence(bodies[m.article_id], m.span_start, m.name,
                                                                    m.title)))
    sources = [Source(article_id=r.id, outlet=r.outlet, published=r.published, original_id=r.duplicate_of,
                      order=r.id, names=names[r.id]) for r in rows]
    merged = merge_story(sources, load_items(conn, ids))
    texts = [Text(r.id, r.body, r.published, r.duplicate_of, people[r.id], r.title) for r in rows]
    found = [*item_discrepancies(merged, {r.id: r.published for r in rows}), *title_discrepancies(sightings), *claim_discrepancies(texts),
             *quoted_wording_discrepancies(texts)]
    _replace(conn, story_id, merged, found)
    refresh_terms(conn, story_id)
    dated = sorted(r.published for r in rows if r.published)
    first = min(rows, key=lambda r: (r.published or "9999", r.id)) if rows else None
    conn.execute(update(stories).where(stories.c.id == story_id).values(
        article_count=len(rows), outlet_count=len(set(outlet_keys(sources).values())),
        first_published=dated[0] if dated else None, last_published=dated[-1] if dated else None,
        title=_story_title(rows, first), updated_at=now))


def _title_sentence(body: str, offset: int | None, name: str, title: str) -> str:
    """The sentence of the mention, or (without offsets) the first one naming the person with that title."""
    found = sentences(body)
    if offset is not None:
        return next((s.text for s in found if s.start <= offset < s.end), "")
    surname = name.split()[-1]
    title_words = title.split()[-2:]
    for s in found:
        if surname in s.text and all(w in s.text for w in title_words):
            return s.text
    return next((s.text for s in found if surname in s.text), "")


def _story_title(rows: Sequence[Any], first: Any) -> str | None:
    if first is None:
        return None
    titled = sorted((r for r in rows if r.title), key=lambda r: (r.published or "9999", r.id))
    if titled:
        return str(titled[0].title)
    opening = sentences(first.body[:400])
    return opening[0].text[:160] if opening else None


def _replace(conn: Connection, story_id: int, merged: list[MergedItem], found: list[Discrepancy]) -> None:
    conn.execute(delete(discrepancies).where(discrepancies.c.story_id == story_id))
    conn.execute(delete(merged_items).where(merged_items.c.story_id == story_id))
    merged_ids: list[int] = []
    if merged:
        rows_in = [{"story_id": story_id, "kind": item.kind, "label": item.label,
                    "country": next((str(v.value) for v in item.fields.get("country", [])), None),
                    "first_reported": item.first_reported, "first_article_id": item.first_article,
                    "article_count": len(item.articles), "outlet_count": item.outlets,
                    "fields": {name: [_value_json(v) for v in values] for name, values in item.fields.items()},
                    "entities": item.entities} for item in merged]
        result = conn.execute(merged_items.insert().returning(merged_items.c.id, sort_by_parameter_order=True),
                              rows_in)
        merged_ids = [int(r.id) for r in result]
        members = [{"merged_id": merged_id, "item_id": item_id, "article_id": article_id}
                   for merged_id, item in zip(merged_ids, merged, strict=True) for item_id, article_id in item.members]
        conn.execute(merged_members.insert(), members)
        involved = [{"merged_id": merged_id, "entity_id": e} for merged_id, item in zip(merged_ids, merged, strict=True)
                    for e in sorted({int(key[1:]) for key in item.entities})]
        if involved:
            conn.execute(merged_entities.insert(), involved)
    rows = [{
        "story_id": story_id, "merged_id": merged_ids[d.merged] if d.merged is not None else None,
        "entity_id": int(d.entity[1:]) if d.entity else None, "kind": d.kind, "field": d.field,
        "subject": d.subject, "severity": d.severity, "note": d.note, "article_count": len(d.articles),
        "sides": [{"value": s.value, "text": s.text, "articles": s.articles,
                   "evidence": {str(k): v for k, v in s.evidence.items()}} for s in d.sides],
    } for d in found]
    if rows:
        conn.execute(discrepancies.insert(), rows)


def _value_json(value: Any) -> dict[str, Any]:
    return {"value": value.value, "text": value.text, "articles": value.articles,
            "evidence": {str(k): v for k, v in value.evidence.items()}}
