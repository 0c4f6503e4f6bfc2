"""The deal ledger: merged deals filtered by their terms, with value totals and a breakdown.

A merged deal is one deal across a story's articles (``merged_items`` of kind "deal"); its
terms sit in its ``deal_summaries`` row (``deal_summary.py``), so a filter on commodity, status,
financier or party keeps a merged deal when at least one article reports that term. Its value
is the one most of its articles give (the earliest article on a tie). A merged deal is
*non-binding* when an article calls it a memorandum, letter of intent or interest or framework
(``binding`` false in the record); totals leave those out unless ``include_nonbinding`` is set.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Select, func, select

from dragoman.link.words import fold
from dragoman.store.queries import Page, _discrepancy_count, _like, _order, check_paging
from dragoman.store.repository import Store
from dragoman.store.rows import merged_row
from dragoman.store.schema import deal_summaries, merged_entities, merged_items

SORTS = ("first_reported", "articles", "outlets", "id", "label", "value", "country")


@dataclass(frozen=True)
class DealFilter:
    """What narrows the ledger; every field is optional."""

    country: str | None = None
    commodity: str | None = None
    status: str | None = None
    financier: str | None = None
    party: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    story: int | None = None
    entity: int | None = None
    min_outlets: int | None = None
    binding: bool | None = None  # True: binding deals only; False: non-binding only

    @classmethod
    def of(cls, **given: Any) -> DealFilter:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in given.items() if k in names and v is not None})


def _contains(column: Any, text: str) -> Any:
    """True when one of the delimited folded values of ``column`` contains ``text`` (folded)."""
    escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def _filtered(query: Select[Any], f: DealFilter) -> Select[Any]:
    """``query`` (over ``deal_summaries``) narrowed by ``f``."""
    ds = deal_summaries.c
    if f.country:
        query = query.where(ds.country == f.country.upper())
    if f.commodity:
        query = query.where(_contains(ds.commodities, f.commodity))
    if f.status:
        query = query.where(ds.statuses.like(f"%|{f.status}|%"))
    if f.financier:
        query = query.where(_contains(ds.financiers, f.financier))
    if f.party:
        query = query.where(_contains(ds.parties, f.party))
    if f.story is not None:
        query = query.where(ds.story_id == f.story)
    if f.entity is not None:
        query = query.where(ds.merged_id.in_(select(merged_entities.c.merged_id)
                                             .where(merged_entities.c.entity_id == f.entity)))
    if f.q:
        query = query.where(_like(ds.label, f.q))
    if f.since:
        query = query.where(ds.first_reported >= f.since)
    if f.until:
        query = query.where(ds.first_reported <= f.until)
    if f.min_outlets:
        query = query.where(ds.outlet_count >= f.min_outlets)
    if f.binding is not None:
        query = query.where(ds.binding.is_(f.binding))
    return query


def list_deals(store: Store, f: DealFilter, *, sort: str = "-first_reported", limit: int = 50,
               offset: int = 0) -> Page:
    """Merged deals with their value (most reported), binding flag, instrument and discrepancy count.

    The page's ids are chosen on ``deal_summaries`` alone; whole merged items are read for them only.
    """
    ds = deal_summaries.c
    order = _order(sort, {"first_reported": ds.first_reported, "articles": ds.article_count,
                          "outlets": ds.outlet_count, "id": ds.merged_id, "label": ds.label,
                          "value": ds.value_amount, "country": ds.country}, "deals")
    check_paging(limit, offset)
    chosen = _filtered(select(ds.merged_id), f)
    with store.reading() as conn:
        total = conn.execute(select(func.count()).select_from(chosen.subquery())).scalar_one()
        ids = list(conn.execute(chosen.order_by(*order, ds.merged_id).limit(limit).offset(offset)).scalars())
        found = {r.id: r for r in conn.execute(
            select(merged_items, _discrepancy_count(), ds.value_amount, ds.value_currency, ds.binding, ds.instrument)
            .join(deal_summaries, ds.merged_id == merged_items.c.id).where(merged_items.c.id.in_(ids)))} if ids else {}
    return Page(items=[_deal_row(found[i]) for i in ids if i in found], total=int(total), limit=limit, offset=offset)


def _deal_row(r: Any) -> dict[str, Any]:
    row = merged_row(r)
    row["value_amount"] = r.value_amount
    row["value_currency"] = r.value_currency
    row["binding"] = bool(r.binding)
    row["instrument"] = r.instrument
    return row


def deal_totals(store: Store, f: DealFilter, *, include_nonbinding: bool = False) -> dict[str, Any]:
    """Sums of the (most reported) values of the filtered deals, per currency, and a breakdown.

    ``breakdown`` gives, per country and commodity, the number of deals and their value per
    currency; deals without a country or commodity are grouped under null.
    """
    base = _filtered(select(deal_summaries.c.country, deal_summaries.c.commodity, deal_summaries.c.value_currency,
                            deal_summaries.c.binding, deal_summaries.c.value_amount), f).subquery()
    with store.reading() as conn:
        rows = conn.execute(select(base.c.country, base.c.commodity, base.c.value_currency, base.c.binding,
                                   func.count().label("deals"), func.sum(base.c.value_amount).label("amount"))
                            .group_by(base.c.country, base.c.commodity, base.c.value_currency, base.c.binding)).all()
    totals: dict[str, float] = {}
    breakdown: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    left_out: dict[str, Any] = {"deals": 0, "values": {}}
    counted_deals = 0
    for r in rows:
        skipped = not r.binding and not include_nonbinding
        if skipped:
            left_out["deals"] += r.deals
            if r.value_currency:
                left_out["values"][r.value_currency] = left_out["values"].get(r.value_currency, 0.0) + (r.amount or 0.0)
            continue
        counted_deals += r.deals
        slot = breakdown.setdefault((r.country, r.commodity), {"country": r.country, "commodity": r.commodity,
                                                               "deals": 0, "values": {}})
        slot["deals"] += r.deals
        if r.value_currency:
            totals[r.value_currency] = totals.get(r.value_currency, 0.0) + (r.amount or 0.0)
            slot["values"][r.value_currency] = slot["values"].get(r.value_currency, 0.0) + (r.amount or 0.0)
    return {"deals": counted_deals, "values": dict(sorted(totals.items(), key=lambda kv: -kv[1])),
            "include_nonbinding": include_nonbinding, "left_out": left_out,
            "breakdown": sorted(breakdown.values(), key=lambda s: (-sum(s["values"].values()), -s["deals"],
                                                                    s["country"] or "~", s["commodity"] or "~"))}
