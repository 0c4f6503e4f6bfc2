"""``/stories`` and ``/stories/{id}``: articles about one happening, and what they report."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dragoman.store.details import get_story
from dragoman.store.provenance import with_provenance
from dragoman.store.queries import list_stories
from dragoman.web.params import EntityId, Id, Limit, Offset, Since, Text, Until, active, lean, listing, sorts
from dragoman.web.twin import StoreDep, twin

router = APIRouter()
StorySort = Annotated[str, Query(pattern=sorts("last_published", "first_published", "articles", "outlets", "id",
                                               "title"), description="Column, - first for descending")]
KIND_ORDER = ("deal", "pledge", "quote", "event")
SHOWN = 12  # items of each kind on a story's page


def stories(store: StoreDep, q: Text = None, since: Since = None, until: Until = None, entity: EntityId = None,
            sort: StorySort = "-last_published", limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stories, newest first: each a cluster of articles about one happening."""
    page = list_stories(store, q=q, since=since, until=until, entity=entity, sort=sort, limit=limit, offset=offset)
    return listing(page, filters=active(q=q, since=since, until=until, entity=entity), sort=sort)


def _shown_first(item: dict[str, Any]) -> tuple[Any, ...]:
    """Most widely carried first, then earliest reported."""
    return (-(item.get("outlets") or 0), -(item.get("articles") or 0), item.get("first_reported") or "9999", item["id"])


def story(story_id: Id, store: StoreDep) -> dict[str, Any]:
    """One story: its articles by outlet and time, its events, deals, pledges, quotes and discrepancies.

    Each kind shows its ``SHOWN`` most widely carried items; ``totals`` counts them all (the
    lists under /api/deals?story=ID and the like page through the rest).
    """
    found = get_story(store, story_id)
    items = found.pop("items")
    found["totals"] = {kind: sum(1 for i in items if i["kind"] == kind) for kind in KIND_ORDER}
    kept = [i for kind in KIND_ORDER for i in sorted((i for i in items if i["kind"] == kind), key=_shown_first)[:SHOWN]]
    kept = lean(with_provenance(store, kept))
    found["items"] = {kind: [i for i in kept if i["kind"] == kind] for kind in KIND_ORDER}
    return found


twin(router, "/stories", "stories.html", stories, summary="Stories", tag="stories")
twin(router, "/stories/{story_id}", "story.html", story, summary="One story", tag="stories")
