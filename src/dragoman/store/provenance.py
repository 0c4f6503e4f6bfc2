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
    """Merged id -> its members, earliest article first: item id, article id, outlet, date.

    Reads neither the merged rows nor the article bodies (both large), only keys and metadata.
    """
    found: dict[int, list[dict[str, Any]]] = {i: [] for i in merged_ids}
    if not merged_ids:
        return found
    with store.reading() as conn:
        rows = conn.execute(
            select(merged_members.c.merged_id, merged_members.c.item_id, merged_members.c.article_id,
                   articles.c.outlet, articles.c.published)
            .join(articles, articles.c.id == merged_members.c.article_id)
            .where(merged_members.c.merged_id.in_(list(merged_ids)))
            .order_by(merged_members.c.merged_id, articles.c.published, merged_members.c.article_id,
                      merged_members.c.item_id)).all()
    for r in rows:
        found[r.merged_id].append({"item_id": r.item_id, "article_id": r.article_id, "outlet": r.outlet,
                                   "published": r.published})
    return found


def with_provenance(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merged rows given ``evidence`` (first member: kind, item and article ids) and ``carried_by`` (outlets)."""
    members = members_of(store, [int(r["id"]) for r in rows])
    for row in rows:
        found = members.get(int(row["id"]), [])
        first = next((m for m in found if m["article_id"] == row.get("first_article_id")), found[0] if found else None)
        row["evidence_item"] = ({"kind": row["kind"], "item_id": first["item_id"], "article_id": first["article_id"]}
                                if first else None)
        row["carried_by"] = sorted({m["outlet"] for m in found if m["outlet"]})
    return rows


def merged_of(conn: Connection, kind: str, article_ids: Sequence[int], item_ids: Sequence[int]) -> dict[int, int]:
    """Item id (of ``kind``, in ``article_ids``) -> its merged item.

    Members are found through the indexed article ids, then kept when their merged item is of
    ``kind`` (item ids of different kinds share numbers).
    """
    if not item_ids or not article_ids:
        return {}
    wanted = set(item_ids)
    pairs = [(r.item_id, r.merged_id) for r in conn.execute(
        select(merged_members.c.item_id, merged_members.c.merged_id)
        .where(merged_members.c.article_id.in_(sorted(set(article_ids))))) if r.item_id in wanted]
    kinds = dict(conn.execute(select(merged_items.c.id, merged_items.c.kind)
                              .where(merged_items.c.id.in_(sorted({m for _, m in pairs})))).all()) if pairs else {}
    return {item: merged for item, merged in pairs if kinds.get(merged) == kind}


def merged_of_items(store: Store, kind: str, article_id: int, item_ids: Sequence[int]) -> dict[int, int]:
    """Item id (of ``kind``, in article ``article_id``) -> the merged item it belongs to."""
    with store.reading() as conn:
        return merged_of(conn, kind, [article_id], item_ids)
