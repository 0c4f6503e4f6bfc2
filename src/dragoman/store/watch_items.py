"""The ledger's items as watchlists see them: tracked deals and pledges, merged quotes and events.

Each item has a key that stays the same from run to run (a tracked row's id; for a quote or an
event, the article and position of its first report) and a fingerprint of what is worth telling
again: a deal's status and steps, a pledge's state and evidence. Quotes and events are told once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from dragoman.extract.geo import country_code
from dragoman.store.rows import merged_row
from dragoman.store.schema import (
    ITEM_TABLES,
    articles,
    merged_items,
    merged_members,
    tracked_deals,
    tracked_pledges,
)
from dragoman.store.tracking_rows import tracked_deal_row, tracked_pledge_row
from dragoman.track.watch import WatchItem, fingerprint

CHUNK = 500


def _codes(names: Iterable[str | None]) -> frozenset[str]:
    return frozenset(code for code in (country_code(n) if n else None for n in names) if code)


def _deal(r: Any) -> WatchItem:
    row = tracked_deal_row(r)
    steps = [(s["status"], s["date"], s["financier"], s["amount"]) for s in row["history"]]
    names = [*row["parties"], *(f["financier"] for f in row["financing"] if f["financier"])]
    return WatchItem(kind="deal", key=f"deal:{r.id}", payload=row,
                     fingerprint=fingerprint([row["status"], row["binding"], steps]), names=tuple(names),
                     entity_keys=frozenset((r.data or {}).get("entities", [])),
                     countries=frozenset(c for c in (r.country,) if c) | _codes(row["parties"]),
                     commodity=" ".join(x for x in (r.commodity, r.sector) if x))


def _pledge(r: Any) -> WatchItem:
    row = tracked_pledge_row(r)
    progress = row["progress"] or {}
    return WatchItem(kind="pledge", key=f"pledge:{r.id}", payload=row,
                     fingerprint=fingerprint([row["state"], row["fulfilled_on"], progress.get("done"),
                                              sorted(e["event_id"] for e in row["evidence"])]),
                     names=(r.actor,), entity_keys=frozenset({f"e{r.actor_entity_id}"} if r.actor_entity_id else ()),
                     countries=frozenset((r.data or {}).get("countries", [])), commodity=r.action)


def _first_reports(conn: Connection, kind: str, merged_ids: list[int]) -> dict[int, str]:
    """merged id -> "article key:position" of its first report."""
    table = ITEM_TABLES[kind]
    best: dict[int, tuple[str, str, int]] = {}
    for start in range(0, len(merged_ids), CHUNK):
        rows = conn.execute(select(merged_members.c.merged_id, table.c.position, articles.c.key, articles.c.published)
                            .join(table, table.c.id == merged_members.c.item_id)
                            .join(articles, articles.c.id == merged_members.c.article_id)
                            .where(merged_members.c.merged_id.in_(merged_ids[start:start + CHUNK]))).all()
        for r in rows:
            rank = (r.published or "9999", r.key, r.position)
            if r.merged_id not in best or rank < best[r.merged_id]:
                best[r.merged_id] = rank
    return {merged: f"{rank[1]}:{rank[2]}" for merged, rank in best.items()}


def _merged(conn: Connection, kind: str) -> list[WatchItem]:
    rows = conn.execute(select(merged_items).where(merged_items.c.kind == kind).order_by(merged_items.c.id)).all()
    first = _first_reports(conn, kind, [r.id for r in rows])
    out = []
    for r in rows:
        row = merged_row(r)
        if kind == "quote":
            names, countries, words = [row.get("speaker")], {r.country}, row.get("text")
        else:
            actors = [v["text"] for v in (r.fields or {}).get("actors", [])]
            names, countries, words = actors, {r.country, country_code(row.get("location") or "")}, r.label
        out.append(WatchItem(kind=kind, key=f"{kind}:{first.get(r.id, r.id)}", payload=row, fingerprint="once",
                             names=tuple(n for n in names if n), entity_keys=frozenset(r.entities or []),
                             countries=frozenset(c for c in countries if c), commodity=words))
    return out


def watch_items(conn: Connection) -> list[WatchItem]:
    items = [_deal(r) for r in conn.execute(select(tracked_deals).order_by(tracked_deals.c.id)).all()]
    items += [_pledge(r) for r in conn.execute(select(tracked_pledges).order_by(tracked_pledges.c.id)).all()]
    return items + _merged(conn, "quote") + _merged(conn, "event")
