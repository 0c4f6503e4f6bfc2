"""``/search?q=``: full-text search over articles and extracted items, and entities by name."""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Query

from dragoman.store.queries import list_entities
from dragoman.store.search import search as search_index
from dragoman.web.params import PLAIN, Limit, Offset
from dragoman.web.twin import StoreDep, twin

router = APIRouter()
Kind = Literal["article", "deal", "pledge", "quote", "event"]
ENTITIES_SHOWN = 10


def search(store: StoreDep, q: Annotated[str, Query(max_length=200, pattern=PLAIN, description="Words to find (all of them)")] = "",
           kind: Kind | None = None, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    """Articles and items containing every word of ``q`` (stemmed), best first; entities whose name contains it."""
    page = search_index(store, q, kind=kind, limit=limit, offset=offset)
    people = list_entities(store, q=q.strip(), limit=ENTITIES_SHOWN).items if q.strip() else []
    return {**page.to_json(), "q": q, "kind": kind, "kinds": list(get_args(Kind)), "entities": people}


twin(router, "/search", "search.html", search, summary="Search", tag="search")
