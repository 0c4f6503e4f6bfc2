"""Narrow rows beside the merged items, for the lists that filter, sort and sum many of them.

Merged rows keep every article's evidence and are large; lists read these narrow rows for
their filters, order, counts and totals, and the merged rows only for the page shown.

``deal_terms``, one row per merged deal: the value and the commodity most articles give (the
first reported on a tie), the status, whether it binds (False as soon as one article calls it
a memorandum, letter of intent or interest, or framework; True when one says it binds; else
unknown), and every reported commodity, status, party and financier as "|"-separated lists
(filtered in lower case).

``event_terms``, one row per merged event: the earliest date its articles give it (``YYYY``,
``YYYY-MM`` or a full date) and every kind they give it.

Their tracking columns (status now, binding now) and ``pledge_terms`` are written by
``store/tracked_terms.py``, here for the story's new rows and after every track run for all.

Written in the same transaction as the merged items (``refresh_story``; rows go with their
merged item), and by migration 0003_terms for ledgers stored before.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from dragoman.store.schema import deal_terms, deals, event_terms, events, merged_items, merged_members
from dragoman.store.tracked_terms import refresh_tracked_terms


def _best(values: list[dict[str, Any]]) -> dict[str, Any] | None:
    return max(values, key=lambda v: len(v.get("articles") or [])) if values else None


def listed(texts: list[str]) -> str | None:
    """``|a|b|``: distinct texts (case-insensitively), sorted, for LIKE filters on ``|a|``."""
    kept: dict[str, str] = {}
    for raw in texts:
        text = raw.strip().replace("|", "/")
        if text:
            kept.setdefault(text.lower(), text)
    return "|" + "|".join(sorted(kept.values(), key=str.lower)) + "|" if kept else None


def _texts(values: list[dict[str, Any]]) -> list[str]:
    return [str(v.get("text") or "") for v in values]


def deal_terms_of(fields: dict[str, list[dict[str, Any]]], bindings: list[bool | None]) -> dict[str, Any]:
    """The ``deal_terms`` columns for a merged deal's ``fields`` and its members' binding flags."""
    value = _best(fields.get("value", []))
    money = value.get("value") if value else None
    money = money if isinstance(money, dict) else {}
    commodity = _best(fields.get("commodity", []))
    status = _best(fields.get("status", []))
    return {
        "value_amount": float(money["amount"]) if money.get("amount") is not None else None,
        "value_currency": str(money["currency"]) if money.get("currency") else None,
        "value_qualifier": str(money["qualifier"]) if money.get("qualifier") else None,
        "value_text": str(value["text"]) if value and value.get("text") else None,
        "commodity": str(commodity["value"]) if commodity else None,
        "status": str(status["value"]) if status else None,
        "binding": False if False in bindings else (True if True in bindings else None),
        "commodities": listed(_texts(fields.get("commodity", []))),
        "statuses": listed(_texts(fields.get("status", []))),
        "parties": listed([p for t in _texts(fields.get("parties", [])) for p in t.split(", ")]),
        "financiers": listed(_texts(fields.get("financing", []))),
    }


def _common(r: Any) -> dict[str, Any]:
    return {"merged_id": r.id, "story_id": r.story_id, "label": r.label, "country": r.country,
            "first_reported": r.first_reported, "article_count": r.article_count, "outlet_count": r.outlet_count}


def _merged(kind: str, story_id: int | None) -> Any:
    query = select(merged_items.c.id, merged_items.c.story_id, merged_items.c.label, merged_items.c.country,
                   merged_items.c.first_reported, merged_items.c.article_count, merged_items.c.outlet_count,
                   merged_items.c.fields).where(merged_items.c.kind == kind)
    return query if story_id is None else query.where(merged_items.c.story_id == story_id)


def _members(table: Any, kind: str, story_id: int | None, *columns: Any) -> Any:
    query = (select(merged_members.c.merged_id, *columns).join(table, table.c.id == merged_members.c.item_id)
             .join(merged_items, merged_items.c.id == merged_members.c.merged_id).where(merged_items.c.kind == kind))
    return query if story_id is None else query.where(merged_items.c.story_id == story_id)


def refresh_terms(conn: Connection, story_id: int | None = None, *, tracking: bool = True) -> int:
    """Rewrite the deal and event terms of one story's merged items (or of all); returns how many rows.

    ``tracking=False`` leaves the tracking columns empty (migration 0003 runs before they exist)."""
    for table in (deal_terms, event_terms):
        conn.execute(delete(table) if story_id is None else delete(table).where(table.c.story_id == story_id))
    bindings: dict[int, list[bool | None]] = defaultdict(list)
    for row in conn.execute(_members(deals, "deal", story_id, deals.c.data["binding"].as_boolean().label("b"))):
        bindings[row.merged_id].append(None if row.b is None else bool(row.b))
    deal_rows = [{**_common(r), **deal_terms_of(r.fields or {}, bindings.get(r.id, []))}
                 for r in conn.execute(_merged("deal", story_id))]
    dates: dict[int, list[str]] = defaultdict(list)
    kinds: dict[int, list[str]] = defaultdict(list)
    for row in conn.execute(_members(events, "event", story_id, events.c.date, events.c.kind)):
        if row.date:
            dates[row.merged_id].append(str(row.date))
        kinds[row.merged_id].append(str(row.kind))
    event_rows = [{**_common(r), "date": min(dates[r.id]) if dates.get(r.id) else None,
                   "kinds": listed(kinds.get(r.id, []))} for r in conn.execute(_merged("event", story_id))]
    for table, rows in ((deal_terms, deal_rows), (event_terms, event_rows)):
        if rows:
            conn.execute(insert(table), rows)
    if tracking:
        refresh_tracked_terms(conn, story_id)
    return len(deal_rows) + len(event_rows)
