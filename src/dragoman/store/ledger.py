"""The deal ledger: merged deals filtered by their terms, with value totals and a breakdown.

A merged deal is one deal across a story's articles (``merged_items`` of kind "deal"); its terms
are narrow ``deal_terms`` rows (``store/deal_terms.py``): filters, order, counts and sums read
those, and the (large) merged rows are read only for the page shown. A filter on commodity, status, party or
financier keeps a merged deal when at least one article reports that term. Its value is the one
most of its articles give (the earliest reported on a tie). A merged deal is *non-binding* when
an article calls it a memorandum, letter of intent or interest or framework; totals leave those
out unless ``include_nonbinding`` is set. Once tracked, a deal's binding and ``status_now`` are
those of the tracked deal (every report across the ledger; ``store/tracked_terms.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Select, false, func, select

from dragoman.errors import InputError
from dragoman.store.queries import MAX_LIMIT, Page, _discrepancy_count, _like, _order
from dragoman.store.repository import Store
from dragoman.store.schema import deal_terms, merged_entities, merged_items

SORTS = ("first_reported", "articles", "outlets", "id", "label", "value", "country", "status_now")  # "-" first: descending


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
    binding: bool | None = None  # True: binding (or unknown) only; False: non-binding only
    status_now: str | None = None  # the tracked status (across the whole ledger, as of the last track run)

    @classmethod
    def of(cls, **given: Any) -> DealFilter:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in given.items() if k in names and v is not None})


def nonbinding() -> Any:
    """True for a merged deal that is not binding: as tracked across the ledger (a memorandum later
    signed as a binding agreement binds), else as an article of its story reports it."""
    return deal_terms.c.binding_now.is_not(None) & (deal_terms.c.binding_now == false())


def _filtered(query: Select[Any], f: DealFilter) -> Select[Any]:
    if f.country:
        query = query.where(deal_terms.c.country == f.country.upper())
    if f.commodity:
        query = query.where(_like(deal_terms.c.commodities, f.commodity))
    if f.status:
        query = query.where(_like(deal_terms.c.statuses, f"|{f.status}|"))
    if f.status_now:
        query = query.where(deal_terms.c.status_now == f.status_now)
    if f.financier:
        query = query.where(_like(deal_terms.c.financiers, f.financier))
    if f.party:
        query = query.where(_like(deal_terms.c.parties, f.party))
    if f.story is not None:
        query = query.where(deal_terms.c.story_id == f.story)
    if f.entity is not None:
        query = query.where(deal_terms.c.merged_id.in_(select(merged_entities.c.merged_id)
                                                       .where(merged_entities.c.entity_id == f.entity)))
    if f.q:
        query = query.where(_like(deal_terms.c.label, f.q))
    if f.since:
        query = query.where(deal_terms.c.first_reported >= f.since)
    if f.until:
        query = query.where(deal_terms.c.first_reported <= f.until)
    if f.min_outlets:
        query = query.where(deal_terms.c.outlet_count >= f.min_outlets)
    if f.binding is not None:
        query = query.where(~nonbinding() if f.binding else nonbinding())
    return query


def list_deals(store: Store, f: DealFilter, *, sort: str = "-first_reported", limit: int = 50,
               offset: int = 0) -> Page:
    """Merged deals (``deal_row``): value and terms most reported, all reported terms, binding, counts."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit {limit} is out of range", hint=f"use 1 to {MAX_LIMIT}")
    if offset < 0:
        raise InputError(f"offset {offset} is negative", hint="use 0 or more")
    if sort.lstrip("-") == "value":  # deals without a value come last either way
        value = deal_terms.c.value_amount
        order = [(value.desc() if sort.startswith("-") else value.asc()).nulls_last()]
    else:
        order = _order(sort, {"first_reported": deal_terms.c.first_reported, "articles": deal_terms.c.article_count,
                              "outlets": deal_terms.c.outlet_count, "id": deal_terms.c.merged_id,
                              "label": deal_terms.c.label, "country": deal_terms.c.country,
                              "status_now": deal_terms.c.status_now}, "deals")
    chosen = _filtered(select(deal_terms.c.merged_id), f)
    with store.reading() as conn:
        total = conn.execute(select(func.count()).select_from(chosen.subquery())).scalar_one()
        ids = list(conn.execute(chosen.order_by(*order, deal_terms.c.merged_id).limit(limit).offset(offset)).scalars())
        rows = conn.execute(select(deal_terms, merged_items.c.first_article_id, _discrepancy_count())
                            .join(merged_items, merged_items.c.id == deal_terms.c.merged_id)
                            .where(deal_terms.c.merged_id.in_(ids))).all() if ids else []
    by_id = {r.merged_id: r for r in rows}
    return Page(items=[deal_row(by_id[i]) for i in ids if i in by_id], total=int(total), limit=limit,
                offset=offset)


def _split(listed: str | None) -> list[str]:
    return [part for part in (listed or "").split("|") if part]


def deal_row(r: Any) -> dict[str, Any]:
    """A ledger row: the deal's terms, what every article reports, and its counts (no evidence text)."""
    return {"id": r.merged_id, "kind": "deal", "story_id": r.story_id, "label": r.label, "country": r.country,
            "value": r.value_text, "value_amount": r.value_amount, "value_currency": r.value_currency,
            "value_qualifier": r.value_qualifier, "commodity": r.commodity, "status": r.status,
            "binding": r.binding_now is not False, "status_now": r.status_now, "tracked_deal": r.tracked_id,
            "commodities": _split(r.commodities), "statuses": _split(r.statuses),
            "parties": _split(r.parties), "financiers": _split(r.financiers), "first_reported": r.first_reported,
            "first_article_id": r.first_article_id, "articles": r.article_count, "outlets": r.outlet_count,
            "discrepancies": r.discrepancy_count}


def deal_totals(store: Store, f: DealFilter, *, include_nonbinding: bool = False) -> dict[str, Any]:
    """Sums of the (most reported) values of the filtered deals, per currency, and a breakdown.

    ``breakdown`` gives, per country and commodity, the number of deals and their value per
    currency (deals without a country or commodity are grouped under null); ``left_out`` counts
    the non-binding deals the totals leave out.
    """
    flag = nonbinding().label("nonbinding")
    base = _filtered(select(deal_terms.c.country, deal_terms.c.commodity, deal_terms.c.value_amount,
                            deal_terms.c.value_currency, flag), f).subquery()
    with store.reading() as conn:
        rows = conn.execute(select(base.c.country, base.c.commodity, base.c.value_currency, base.c.nonbinding,
                                   func.count().label("deals"), func.sum(base.c.value_amount).label("amount"))
                            .group_by(base.c.country, base.c.commodity, base.c.value_currency,
                                      base.c.nonbinding)).all()
    totals: dict[str, float] = {}
    breakdown: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    left_out: dict[str, Any] = {"deals": 0, "values": {}}
    counted = 0
    for r in rows:
        if r.nonbinding in (True, 1) and not include_nonbinding:
            left_out["deals"] += r.deals
            if r.value_currency:
                left_out["values"][r.value_currency] = left_out["values"].get(r.value_currency, 0.0) + (r.amount or 0)
            continue
        counted += r.deals
        slot = breakdown.setdefault((r.country, r.commodity), {"country": r.country, "commodity": r.commodity,
                                                               "deals": 0, "values": {}})
        slot["deals"] += r.deals
        if r.value_currency:
            totals[r.value_currency] = totals.get(r.value_currency, 0.0) + (r.amount or 0.0)
            slot["values"][r.value_currency] = slot["values"].get(r.value_currency, 0.0) + (r.amount or 0.0)
    return {"deals": counted, "values": dict(sorted(totals.items(), key=lambda kv: -kv[1])),
            "include_nonbinding": include_nonbinding, "left_out": left_out,
            "breakdown": sorted(breakdown.values(), key=lambda s: (-sum(s["values"].values()), -s["deals"],
                                                                    s["country"] or "~", s["commodity"] or "~"))}

