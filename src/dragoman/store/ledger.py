"""The deal ledger: merged deals filtered by their terms, with value totals and a breakdown.

A merged deal is one deal across a story's articles (``merged_items`` of kind "deal"); its
terms are read from its member deals (``deals`` rows), so a filter on commodity, status or
financier keeps a merged deal when at least one article reports that term. Its value is the
one most of its articles give (the earliest article on a tie). A merged deal is *non-binding*
when an article calls it a memorandum, letter of intent or interest or framework (``binding``
false in the record); totals leave those out unless ``include_nonbinding`` is set.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Select, and_, exists, func, select

from dragoman.store.queries import Page, _discrepancy_count, _like, _order, _page
from dragoman.store.repository import Store
from dragoman.store.rows import merged_row
from dragoman.store.schema import deals, merged_entities, merged_items, merged_members

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


def _member_where(*conditions: Any) -> Any:
    """True when a member deal of the merged deal meets ``conditions``."""
    return exists(select(merged_members.c.item_id).join(deals, deals.c.id == merged_members.c.item_id)
                  .where(merged_members.c.merged_id == merged_items.c.id, *conditions))


def nonbinding() -> Any:
    """True for a merged deal that an article reports as not binding."""
    return _member_where(deals.c.data["binding"].as_boolean().is_(False))


def best_values() -> Any:
    """Per merged deal, the value most of its articles give: (merged_id, value_amount, value_currency)."""
    given = (select(merged_members.c.merged_id, deals.c.value_amount, deals.c.value_currency,
                    func.count().label("n"), func.min(merged_members.c.article_id).label("first"))
             .join(deals, deals.c.id == merged_members.c.item_id)
             .join(merged_items, and_(merged_items.c.id == merged_members.c.merged_id, merged_items.c.kind == "deal"))
             .where(deals.c.value_amount.is_not(None))
             .group_by(merged_members.c.merged_id, deals.c.value_amount, deals.c.value_currency)).subquery()
    ranked = select(given.c.merged_id, given.c.value_amount, given.c.value_currency,
                    func.row_number().over(partition_by=given.c.merged_id,
                                           order_by=(given.c.n.desc(), given.c.first)).label("rank")).subquery()
    return select(ranked.c.merged_id, ranked.c.value_amount, ranked.c.value_currency).where(
        ranked.c.rank == 1).subquery("best")


def _filtered(query: Select[Any], f: DealFilter) -> Select[Any]:
    query = query.where(merged_items.c.kind == "deal")
    if f.country:
        query = query.where(merged_items.c.country == f.country.upper())
    if f.commodity:
        query = query.where(_member_where(_like(deals.c.commodity, f.commodity) | _like(deals.c.sector, f.commodity)))
    if f.status:
        query = query.where(_member_where(deals.c.status == f.status))
    if f.financier:
        query = query.where(_member_where(_like(deals.c.data["financing"].as_string(), f.financier)))
    if f.party:
        query = query.where(_member_where(_like(deals.c.data["parties"].as_string(), f.party)))
    if f.story is not None:
        query = query.where(merged_items.c.story_id == f.story)
    if f.entity is not None:
        query = query.where(merged_items.c.id.in_(select(merged_entities.c.merged_id)
                                                  .where(merged_entities.c.entity_id == f.entity)))
    if f.q:
        query = query.where(_like(merged_items.c.label, f.q))
    if f.since:
        query = query.where(merged_items.c.first_reported >= f.since)
    if f.until:
        query = query.where(merged_items.c.first_reported <= f.until)
    if f.min_outlets:
        query = query.where(merged_items.c.outlet_count >= f.min_outlets)
    if f.binding is not None:
        query = query.where(~nonbinding() if f.binding else nonbinding())
    return query


def list_deals(store: Store, f: DealFilter, *, sort: str = "-first_reported", limit: int = 50,
               offset: int = 0) -> Page:
    """Merged deals with their value (most reported), a non-binding flag and the discrepancy count."""
    best = best_values()
    query = (select(merged_items, _discrepancy_count(), best.c.value_amount, best.c.value_currency,
                    nonbinding().label("nonbinding"))
             .outerjoin(best, best.c.merged_id == merged_items.c.id))
    query = _filtered(query, f)
    order = _order(sort, {"first_reported": merged_items.c.first_reported, "articles": merged_items.c.article_count,
                          "outlets": merged_items.c.outlet_count, "id": merged_items.c.id,
                          "label": merged_items.c.label, "value": best.c.value_amount,
                          "country": merged_items.c.country}, "deals")
    return _page(store, query, order, merged_items.c.id, limit, offset, _deal_row)


def _deal_row(r: Any) -> dict[str, Any]:
    row = merged_row(r)
    row["value_amount"] = r.value_amount
    row["value_currency"] = r.value_currency
    row["binding"] = not r.nonbinding
    return row


def deal_totals(store: Store, f: DealFilter, *, include_nonbinding: bool = False) -> dict[str, Any]:
    """Sums of the (most reported) values of the filtered deals, per currency, and a breakdown.

    ``breakdown`` gives, per country and commodity, the number of deals and their value per
    currency; deals without a country or commodity are grouped under null.
    """
    best = best_values()
    commodity = (select(deals.c.commodity).join(merged_members, merged_members.c.item_id == deals.c.id)
                 .where(merged_members.c.merged_id == merged_items.c.id, deals.c.commodity.is_not(None))
                 .order_by(merged_members.c.article_id).limit(1).correlate(merged_items).scalar_subquery())
    flag = nonbinding().label("nonbinding")
    base = _filtered(select(merged_items.c.id, merged_items.c.country, commodity.label("commodity"),
                            best.c.value_amount, best.c.value_currency, flag)
                     .outerjoin(best, best.c.merged_id == merged_items.c.id), f).subquery()
    with store.reading() as conn:
        rows = conn.execute(select(base.c.country, base.c.commodity, base.c.value_currency, base.c.nonbinding,
                                   func.count().label("deals"), func.sum(base.c.value_amount).label("amount"))
                            .group_by(base.c.country, base.c.commodity, base.c.value_currency, base.c.nonbinding)).all()
    totals: dict[str, float] = {}
    breakdown: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    left_out: dict[str, Any] = {"deals": 0, "values": {}}
    counted_deals = 0
    for r in rows:
        skipped = bool(r.nonbinding) and not include_nonbinding
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
