"""``/entities`` and ``/entities/{id}``: people, organisations, countries and places across articles."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from dragoman.store.details import get_entity
from dragoman.store.provenance import with_provenance
from dragoman.store.queries import list_discrepancies, list_merged
from dragoman.store.queries import list_entities as query_entities
from dragoman.store.tracked import pledge_record
from dragoman.store.tracking_rows import with_days_left
from dragoman.web.params import Country, Id, Limit, Offset, Text, active, lean, listing, sorts
from dragoman.web.twin import StoreDep, TodayDep, twin

router = APIRouter()
EntityType = Literal["person", "organization", "country", "place", "other"]
EntitySort = Annotated[str, Query(pattern=sorts("articles", "mentions", "name", "id"),
                                  description="Column, - first for descending")]
SHOWN = 100  # items of each kind on an entity's page


def entities(store: StoreDep, type: EntityType | None = None, q: Text = None, country: Country = None,
             sort: EntitySort = "-articles", limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Entities resolved across articles, most written-about first."""
    page = query_entities(store, type=type, q=q, country=country, sort=sort, limit=limit, offset=offset)
    return listing(page, sort=sort, filters=active(type=type, q=q, country=country))


def entity(entity_id: Id, store: StoreDep, today: TodayDep) -> dict[str, Any]:
    """One entity: its names, its roles over time, and everything it did or said, with sources.

    Each kind of item, and the articles (newest first), show their first ``SHOWN``; the totals
    say how many there are (the lists filtered by ``entity=ID`` have them all). ``pledge_record``
    gives the pledges this entity made, tracked across the ledger, and how many are in each state.
    """
    found = get_entity(store, entity_id)
    found["sources_total"] = len(found["sources"])
    found["sources"] = sorted(found["sources"], key=lambda a: (a["published"] or "", a["id"]), reverse=True)[:SHOWN]
    for kind in ("deal", "pledge", "quote", "event"):
        page = list_merged(store, kind, entity=entity_id, limit=SHOWN)
        found[f"{kind}s"] = {"total": page.total, "items": lean(with_provenance(store, page.items))}
    record = pledge_record(store, entity_id, limit=SHOWN)
    with_days_left(record["items"], today)
    found["pledge_record"] = record
    page = list_discrepancies(store, entity=entity_id, limit=SHOWN)
    found["discrepancies"] = {"total": page.total, "items": page.items}
    return found


twin(router, "/entities", "entities.html", entities, summary="Entities", tag="entities")
twin(router, "/entities/{entity_id}", "entity.html", entity, summary="One entity", tag="entities")
