"""``/``: the ledger at a glance (counts, latest stories, newest deals and pledges, activity chart)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from dragoman.store.ledger import DealFilter, list_deals
from dragoman.store.overview import activity, ledger_counts
from dragoman.store.provenance import with_provenance
from dragoman.store.queries import list_merged, list_stories
from dragoman.web.params import lean
from dragoman.web.twin import StoreDep, twin

router = APIRouter()
LATEST = 8


def overview(store: StoreDep) -> dict[str, Any]:
    """Counts per table, the latest stories, the newest deals and pledges, and activity per day."""
    return {
        "counts": ledger_counts(store),
        "stories": list_stories(store, limit=LATEST).items,
        "deals": lean(with_provenance(store, list_deals(store, DealFilter(), limit=LATEST).items)),
        "pledges": lean(with_provenance(store, list_merged(store, "pledge", limit=LATEST).items)),
        "activity": activity(store),
    }


twin(router, "/", "overview.html", overview, summary="The ledger at a glance", tag="overview")
