"""``/discrepancies`` and ``/discrepancies/{id}``: where sources disagree, every side with its sources."""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Query

from dragoman.store.details import get_discrepancy
from dragoman.store.provenance import members_of
from dragoman.store.queries import list_discrepancies
from dragoman.web.highlight import KINDS as ITEM_KINDS
from dragoman.web.highlight import anchor
from dragoman.web.params import EntityId, Id, Limit, Offset, StoryId, active, listing, sorts
from dragoman.web.twin import StoreDep, twin

router = APIRouter()
Kind = Literal["deal", "pledge", "quote", "event", "entity", "claim"]
Severity = Literal["conflict", "precision", "wording"]
DiscrepancySort = Annotated[str, Query(pattern=sorts("articles", "id", "story", "severity"),
                                       description="Column, - first for descending")]


def discrepancies(store: StoreDep, story: StoryId = None, kind: Kind | None = None, severity: Severity | None = None,
                  entity: EntityId = None, sort: DiscrepancySort = "-articles", limit: Limit = 50,
                  offset: Offset = 0) -> dict[str, Any]:
    """Discrepancies between sources, most widely reported first."""
    page = list_discrepancies(store, story=story, kind=kind, severity=severity, entity=entity, sort=sort,
                              limit=limit, offset=offset)
    return listing(page, sort=sort, filters=active(story=story, kind=kind, severity=severity, entity=entity),
                   kinds=list(get_args(Kind)), severities=list(get_args(Severity)))


def discrepancy(discrepancy_id: Id, store: StoreDep) -> dict[str, Any]:
    """One discrepancy: each value with the articles giving it and their sentences.

    ``anchors`` maps an article id to the item's anchor in that article (``deal-12``), when the
    discrepancy is about a merged item, so each side links to its marked sentence.
    """
    found = get_discrepancy(store, discrepancy_id)
    anchors: dict[str, str] = {}
    if found["merged_id"] is not None and found["kind"] in ITEM_KINDS:
        for member in members_of(store, [int(found["merged_id"])]).get(int(found["merged_id"]), []):
            anchors.setdefault(str(member["article_id"]), anchor(found["kind"], int(member["item_id"])))
    found["anchors"] = anchors
    return found


twin(router, "/discrepancies", "discrepancies.html", discrepancies, summary="Discrepancies", tag="discrepancies")
twin(router, "/discrepancies/{discrepancy_id}", "discrepancy.html", discrepancy, summary="One discrepancy",
     tag="discrepancies")
