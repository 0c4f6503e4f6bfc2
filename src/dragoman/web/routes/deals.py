"""``/deals``: the deal ledger (filters, sorting, totals, value by country and commodity) and ``/deals/{id}``."""

from __future__ import annotations

from typing import Annotated, Any, get_args

from fastapi import APIRouter, Query

from dragoman.records import DealStatus
from dragoman.store.ledger import SORTS, DealFilter, deal_totals, list_deals
from dragoman.store.provenance import with_provenance
from dragoman.web.params import (
    Country,
    EntityId,
    Limit,
    MinOutlets,
    Offset,
    Since,
    StoryId,
    Text,
    Until,
    Words,
    active,
    lean,
    listing,
    sorts,
)
from dragoman.web.twin import StoreDep, twin

router = APIRouter()
DealSort = Annotated[str, Query(pattern=sorts(*SORTS), description="Column, - first for descending")]
STATUSES = get_args(DealStatus)
StatusNow = Annotated[DealStatus | None, Query(description="Only deals whose tracked status is now this "
                                                          "(across every report, as of the last track run)")]


def deal_filter(country: Country = None, commodity: Words = None, status: DealStatus | None = None,
                financier: Words = None, party: Words = None, since: Since = None, until: Until = None,
                q: Text = None, story: StoryId = None, entity: EntityId = None, min_outlets: MinOutlets = None,
                binding: Annotated[bool | None, Query(description="true: binding deals only; false: "
                                                                  "memoranda and letters only")] = None,
                status_now: StatusNow = None) -> DealFilter:
    """The ledger's filters (the same for the page, its JSON twin and the exports)."""
    return DealFilter(country=country, commodity=commodity, status=status, financier=financier, party=party,
                      since=since, until=until, q=q, story=story, entity=entity, min_outlets=min_outlets,
                      binding=binding, status_now=status_now)


def deals(store: StoreDep, country: Country = None, commodity: Words = None, status: DealStatus | None = None,
          financier: Words = None, party: Words = None, since: Since = None, until: Until = None, q: Text = None,
          story: StoryId = None, entity: EntityId = None, min_outlets: MinOutlets = None,
          binding: bool | None = None, status_now: StatusNow = None,
          include_nonbinding: Annotated[bool, Query(description="Count memoranda and letters of intent or "
                                                                "interest in the totals")] = False,
          sort: DealSort = "-first_reported", limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Deals merged across articles, filtered, with value totals (binding deals unless asked) and a breakdown."""
    f = deal_filter(country, commodity, status, financier, party, since, until, q, story, entity, min_outlets,
                    binding, status_now)
    page = list_deals(store, f, sort=sort, limit=limit, offset=offset)
    lean(with_provenance(store, page.items))
    filters = active(country=country, commodity=commodity, status=status, financier=financier, party=party,
                     since=since, until=until, q=q, story=story, entity=entity, min_outlets=min_outlets,
                     status_now=status_now)
    if binding is not None:
        filters["binding"] = binding
    return listing(page, filters=filters, sort=sort, statuses=list(STATUSES),
                   totals=deal_totals(store, f, include_nonbinding=include_nonbinding))


twin(router, "/deals", "deals.html", deals, summary="The deal ledger", tag="deals")
