"""Where merged items come from: for each, its outlets and the item in each article behind it.

The web layer links every merged item to the evidence sentence in its first article
(``/articles/{article_id}#{kind}-{item_id}``) and lists the outlets that carry it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from dragoman.store.repository import Store
from dragoman.store.schema import articles, merged_items, merged_members


def members_of(store: Store, merged_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Merged id -> its members, earliest article first: item id, article id, outlet, date."""
    found: dict[int, list[dict[str, Any]]] = {i: [] for i in merged_ids}
    if not merged_ids:
        return found
    with store.reading() as conn:
        rows = conn.execute(
            select(merged_members.c.merged_id, merged_members.c.item_id, merged_members.c.article_id,
                   merged_items.c.kind, articles.c.outlet, articles.c.published, articles.c.duplicate_of)
            .join(merged_items, merged_items.c.id == merged_members.c.merged_id)
            .join(articles, articles.c.id == merged_members.c.article_id)
            .where(merged_members.c.merged_id.in_(list(merged_ids)))
            .order_by(merged_members.c.merged_id, articles.c.published, merged_members.c.article_id,
                      merged_members.c.item_id)).all()
    for r in rows:
        found[r.merged_id].append({"kind": r.kind, "item_id": r.item_id, "article_id": r.article_id,
                                   "outlet": r.outlet, "published": r.published, "copy_of": r.duplicate_of})
    return found


def with_provenance(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merged rows given ``evidence`` (first member: kind, item and article ids) and ``carried_by`` (outlets)."""
    members = members_of(store, [int(r["id"]) for r in rows])
    for row in rows:
        found = members.get(int(row["id"]), [])
        first = next((m for m in found if m["article_id"] == row.get("first_article_id")), found[0] if found else None)
        row["evidence_item"] = ({"kind": first["kind"], "item_id": first["item_id"], "article_id": first["article_id"]}
                                if first else None)
        row["carried_by"] = sorted({m["outlet"] for m in found if m["outlet"]})
    return rows


def merged_of(conn: Connection, kind: str, item_ids: Sequence[int]) -> dict[int, int]:
    """Item id (of ``kind``) -> the merged item it belongs to, on an open connection.

    Two lookups by index (members by item, then the kind of their merged items): a join lets
    SQLite scan every merged item of the kind instead.
    """
    if not item_ids:
        return {}
    pairs = conn.execute(select(merged_members.c.item_id, merged_members.c.merged_id)
                         .where(merged_members.c.item_id.in_(list(item_ids)))).all()
    if not pairs:
        return {}
    right_kind = set(conn.execute(select(merged_items.c.id).where(
        merged_items.c.id.in_(sorted({p.merged_id for p in pairs})), merged_items.c.kind == kind)).scalars())
    return {p.item_id: p.merged_id for p in pairs if p.merged_id in right_kind}


def merged_of_items(store: Store, kind: str, item_ids: Sequence[int]) -> dict[int, int]:
    """Item id (of ``kind``) -> the merged item it belongs to."""
    if not item_ids:
        return {}
    with store.reading() as conn:
        return merged_of(conn, kind, item_ids)
