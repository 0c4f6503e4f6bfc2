"""Pledges, quotes and events (merged across articles), and the page of any merged item.

``/pledges`` is the pledge board, ``/quotes`` the quote wall (speaker, text, the outlets
carrying it and its wording variants), ``/events`` the timeline. ``/{kind}/{id}`` shows one
merged deal, pledge, quote or event with every article's version and evidence.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Query

from dragoman.errors import NotFound
from dragoman.records import EventKind
from dragoman.store.details import get_merged
from dragoman.store.provenance import with_provenance
from dragoman.store.queries import list_merged, pledge_counts
from dragoman.store.timeline import list_events
from dragoman.store.tracked import last_run
from dragoman.store.tracking_rows import with_days_left
from dragoman.web.params import (
    EntityId,
    Id,
    Limit,
    MinOutlets,
    Offset,
    Since,
    StoryId,
    Text,
    Until,
    active,
    lean,
    listing,
    sorts,
)
from dragoman.web.twin import StoreDep, TodayDep, twin

router = APIRouter()
PledgeState = Literal["open", "fulfilled", "partly_fulfilled", "lapsed"]
DueFilter = Literal["overdue", "next_30_days", "no_deadline"]
PledgeSort = Annotated[str, Query(pattern=sorts("first_reported", "articles", "outlets", "id", "label", "due"),
                                  description="Column, - first for descending (due: soonest deadline first)")]
MergedSort = Annotated[str, Query(pattern=sorts("first_reported", "articles", "outlets", "id", "label"),
                                  description="Column, - first for descending")]
EventSort = Annotated[str, Query(pattern=sorts("date", "first_reported", "outlets", "articles", "id"),
                                 description="Column, - first for descending")]


def _merged(store: StoreDep, kind: str, story: int | None, entity: int | None, q: str | None, since: str | None,
            until: str | None, min_outlets: int | None, sort: str, limit: int, offset: int) -> dict[str, Any]:
    page = list_merged(store, kind, story=story, entity=entity, q=q, since=since, until=until,
                       min_outlets=min_outlets, sort=sort, limit=limit, offset=offset)
    lean(with_provenance(store, page.items))
    return listing(page, sort=sort, filters=active(story=story, entity=entity, q=q, since=since, until=until,
                                                   min_outlets=min_outlets))


def pledges(store: StoreDep, today: TodayDep, story: StoryId = None, entity: EntityId = None, q: Text = None,
            since: Since = None, until: Until = None, min_outlets: MinOutlets = None,
            state: Annotated[PledgeState | None, Query(description="Only pledges tracked in this state "
                                                                   "(as of the last track run)")] = None,
            due: Annotated[DueFilter | None, Query(description="overdue: deadline passed, not kept; next_30_days: "
                                                               "due within 30 days, not kept; no_deadline")] = None,
            sort: PledgeSort = "-first_reported", limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Pledges merged across articles: who promised what, to whom, by when, and whether it was kept.

    ``counts`` gives how many pledges are in each state (within the due bucket chosen) and each
    due bucket (within the state chosen), with the other filters; ``today`` is the day due dates and ``days_left`` count from.
    """
    page = list_merged(store, "pledge", story=story, entity=entity, q=q, since=since, until=until,
                       min_outlets=min_outlets, state=state, due=due, today=today, sort=sort, limit=limit,
                       offset=offset)
    lean(with_days_left(with_provenance(store, page.items), today))
    counts = pledge_counts(store, today=today, state=state, due=due, story=story, entity=entity, q=q, since=since,
                           until=until, min_outlets=min_outlets)
    return listing(page, sort=sort, today=today.isoformat(), counts=counts, as_of=_as_of(store),
                   filters=active(story=story, entity=entity, q=q, since=since, until=until,
                                  min_outlets=min_outlets, state=state, due=due))


def _as_of(store: StoreDep) -> str | None:
    run = last_run(store)
    return str(run["as_of"]) if run else None


def quotes(store: StoreDep, story: StoryId = None, entity: EntityId = None, q: Text = None, since: Since = None,
           until: Until = None, min_outlets: MinOutlets = None, sort: MergedSort = "-outlets",
           limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Direct quotes merged across articles: speaker, text, the outlets carrying it, its wording variants."""
    return _merged(store, "quote", story, entity, q, since, until, min_outlets, sort, limit, offset)


def events(store: StoreDep, kind: EventKind | None = None, story: StoryId = None, entity: EntityId = None,
           q: Text = None, since: Since = None, until: Until = None, min_outlets: MinOutlets = None,
           sort: EventSort = "-date", limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Events merged across articles, by the date they happened."""
    page = list_events(store, kind=kind, story=story, entity=entity, q=q, since=since, until=until,
                       min_outlets=min_outlets, sort=sort, limit=limit, offset=offset)
    lean(with_provenance(store, page.items))
    return listing(page, sort=sort, kinds=list(get_args(EventKind)),
                   filters=active(kind=kind, story=story, entity=entity, q=q, since=since, until=until,
                                  min_outlets=min_outlets))


def _one(store: StoreDep, kind: str, item_id: int) -> dict[str, Any]:
    item = get_merged(store, item_id)
    if item["kind"] != kind:
        raise NotFound(f"there is no {kind} {item_id}", hint=f"item {item_id} is a {item['kind']}: see "
                                                             f"/{item['kind']}s/{item_id}")
    with_provenance(store, [item])
    anchors: dict[str, str] = {}
    for member in item["supporting"]:
        anchors.setdefault(str(member["article_id"]), f"{kind}-{member['item_id']}")
    item["anchors"] = anchors
    return item


def deal(item_id: Id, store: StoreDep) -> dict[str, Any]:
    """One deal: every article's version of it, with evidence, where they disagree, and its dated
    status steps across the whole ledger (``history``, ``status_now``)."""
    item = _one(store, "deal", item_id)
    item["tracked_as_of"] = _as_of(store)
    return item


def pledge(item_id: Id, store: StoreDep, today: TodayDep) -> dict[str, Any]:
    """One pledge: every article's version of it, with evidence, where they disagree, and whether it
    was kept: its tracked state, the later events that keep it (dated, with sources), ``days_left``."""
    item = _one(store, "pledge", item_id)
    with_days_left([item], today)
    item["today"] = today.isoformat()
    item["tracked_as_of"] = _as_of(store)
    return item


def quote(item_id: Id, store: StoreDep) -> dict[str, Any]:
    """One quote: its wording in each article, with evidence, and where they disagree."""
    return _one(store, "quote", item_id)


def event(item_id: Id, store: StoreDep) -> dict[str, Any]:
    """One event: every article's version of it, with evidence, and where they disagree."""
    return _one(store, "event", item_id)


twin(router, "/pledges", "pledges.html", pledges, summary="The pledge board", tag="pledges")
twin(router, "/quotes", "quotes.html", quotes, summary="The quote wall", tag="quotes")
twin(router, "/events", "events.html", events, summary="The events timeline", tag="events")
for _kind, _data in (("deal", deal), ("pledge", pledge), ("quote", quote), ("event", event)):
    twin(router, f"/{_kind}s/{{item_id}}", "item.html", _data, summary=f"One {_kind}", tag=f"{_kind}s")
