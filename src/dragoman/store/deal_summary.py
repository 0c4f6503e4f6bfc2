"""A merged deal's terms in one row (table ``deal_summaries``), so the ledger filters and sums fast.

The row copies the merged item's story, label, country, first report and counts, so the ledger
filters, sorts and pages on this narrow table alone and reads whole merged items for one page
only. It is written whenever the story's merged items are (``merging``), from the member deals'
rows: the value and commodity most of its articles give (the earliest article on a tie), whether
any article calls it non-binding (a memorandum, letter of intent or interest, framework), its
first named instrument, and every commodity (and sector), status, financier and party any
article gives, folded to lower case without accents and delimited (``|copper|cobalt|``) so that
a filter keeps the deal when one article reports the term. Rows go with their merged item.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, and_, select

from dragoman.link.words import fold
from dragoman.store.schema import deal_summaries, deals, merged_items, merged_members

BATCH = 500


def delimited(values: Iterable[str | None]) -> str:
    """``|a|b|`` of the folded values (sorted, without blanks or the delimiter itself)."""
    folded = sorted({fold(v).replace("|", "/") for v in values if v and v.strip()})
    return "|" + "|".join(folded) + "|" if folded else ""


def _most_given(pairs: list[tuple[Any, int]]) -> Any:
    """The value given by most articles; the earliest article's on a tie (pairs: value, article id)."""
    counts: Counter[Any] = Counter()
    first: dict[Any, int] = {}
    for value, article in pairs:
        if value is None:
            continue
        counts[value] += 1
        first[value] = min(first.get(value, article), article)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], first[v]))


def summary_row(merged_id: int, members: Sequence[Any]) -> dict[str, Any]:
    """The summary of one merged deal from its member rows (the merged item's columns, and each member's
    article_id, commodity, sector, status, value and data)."""
    item = members[0]
    value = _most_given([((m.value_amount, m.value_currency), m.article_id) for m in members
                         if m.value_amount is not None and m.value_currency])
    data = [m.data or {} for m in members]
    return {
        "merged_id": merged_id, "story_id": item.story_id, "label": item.label, "country": item.country,
        "first_reported": item.first_reported, "article_count": item.article_count,
        "outlet_count": item.outlet_count,
        "value_amount": value[0] if value else None,
        "value_currency": value[1] if value else None,
        "commodity": _most_given([(m.commodity, m.article_id) for m in members]),
        "binding": not any(d.get("binding") is False for d in data),
        "instrument": next((d["instrument"] for d in data if d.get("instrument")), None),
        "commodities": delimited([*(m.commodity for m in members), *(m.sector for m in members)]),
        "statuses": delimited(m.status for m in members),
        "financiers": delimited(f.get("financier") for d in data for f in d.get("financing") or []),
        "parties": delimited(p for d in data for p in d.get("parties") or []),
    }


def summarize(conn: Connection, merged_ids: Sequence[int]) -> int:
    """Write the summaries of the given merged items that are deals (others are ignored); returns how many."""
    written = 0
    for lo in range(0, len(merged_ids), BATCH):
        chunk = list(merged_ids[lo:lo + BATCH])
        rows = conn.execute(
            select(merged_members.c.merged_id, merged_items.c.story_id, merged_items.c.label, merged_items.c.country,
                   merged_items.c.first_reported, merged_items.c.article_count, merged_items.c.outlet_count,
                   merged_members.c.article_id, deals.c.commodity, deals.c.sector,
                   deals.c.status, deals.c.value_amount, deals.c.value_currency, deals.c.data)
            .join(merged_items, and_(merged_items.c.id == merged_members.c.merged_id, merged_items.c.kind == "deal"))
            .join(deals, deals.c.id == merged_members.c.item_id)
            .where(merged_members.c.merged_id.in_(chunk))
            .order_by(merged_members.c.merged_id, merged_members.c.article_id)).all()
        grouped: dict[int, list[Any]] = {}
        for r in rows:
            grouped.setdefault(r.merged_id, []).append(r)
        if grouped:
            conn.execute(deal_summaries.delete().where(deal_summaries.c.merged_id.in_(list(grouped))))
            conn.execute(deal_summaries.insert(), [summary_row(i, members) for i, members in grouped.items()])
            written += len(grouped)
    return written


def summarize_all(conn: Connection) -> int:
    """Write the summary of every merged deal (the migration that adds the table does this once)."""
    ids = list(conn.execute(select(merged_items.c.id).where(merged_items.c.kind == "deal")
                            .order_by(merged_items.c.id)).scalars())
    return summarize(conn, ids)
