"""Read queries: filtered, sorted, paged lists with a total count, the same for CLI and web.

Every list function takes the ``Store`` and keyword filters, and returns a ``Page`` of plain
JSON-able dicts; the CLI prints them as tables or JSON, the web layer renders them as HTML
or returns them from ``/api/...`` unchanged. Sorting takes a column name, ``-`` first for
descending ("-outlets"); unknown names are an ``InputError`` listing the allowed ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select

from dragoman.errors import InputError
from dragoman.store.repository import Store
from dragoman.store.rows import article_row, discrepancy_row, entity_row, merged_row, story_row
from dragoman.store.schema import (
    articles,
    deal_terms,
    discrepancies,
    entities,
    mentions,
    merged_entities,
    merged_items,
    pledge_terms,
    stories,
)
from dragoman.store.tracking_rows import (
    DUE_FILTERS,
    PLEDGE_STATES,
    attach_tracking,
    due_bucket,
    due_conditions,
    tracked_pledge_is,
)

MAX_LIMIT = 1000
MERGED_KINDS = {"deals": "deal", "pledges": "pledge", "quotes": "quote", "events": "event"}


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


def _order(sort: str, columns: Mapping[str, Any], what: str) -> list[Any]:
    name = sort.lstrip("-")
    if name not in columns:
        raise InputError(f"cannot sort {what} by {sort!r}", hint=f"use one of {', '.join(sorted(columns))} "
                         "(prefix - for descending)")
    column = columns[name]
    return [column.desc() if sort.startswith("-") else column.asc()]


def check_paging(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit {limit} is out of range", hint=f"use 1 to {MAX_LIMIT}")
    if offset < 0:
        raise InputError(f"offset {offset} is negative", hint="use 0 or more")


def _page(store: Store, query: Select[Any], order: list[Any], id_column: Any, limit: int, offset: int,
          row: Callable[[Any], dict[str, Any]], counted: Select[Any] | None = None) -> Page:
    """One page of ``query`` in ``order``, and the total (counted over ``counted`` when given: the same
    rows, read from a narrower table)."""
    check_paging(limit, offset)
    slim = query.with_only_columns(id_column)  # count and order on keys: whole rows (large JSON) for the page only
    with store.reading() as conn:
        total = conn.execute(select(func.count()).select_from((counted if counted is not None else slim)
                                                              .subquery())).scalar_one()
        ids = list(conn.execute(slim.order_by(*order, id_column).limit(limit).offset(offset)).scalars())
        # the page's rows by key alone: the filters again would walk every row they keep (a state, a due bucket)
        rows = select(*query.selected_columns).where(id_column.in_(ids))
        found = {getattr(r, id_column.name): r for r in conn.execute(rows)} if ids else {}
    return Page(items=[row(found[i]) for i in ids if i in found], total=int(total), limit=limit, offset=offset)


def _like(column: Any, text: str) -> ColumnElement[bool]:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped.lower()}%", escape="\\")


def list_stories(store: Store, *, q: str | None = None, since: str | None = None, until: str | None = None,
                 entity: int | None = None, sort: str = "-last_published", limit: int = 50, offset: int = 0) -> Page:
    query = select(stories)
    if q:
        query = query.where(_like(stories.c.title, q))
    if since:
        query = query.where(stories.c.last_published >= since)
    if until:
        query = query.where(stories.c.first_published <= until)
    if entity is not None:
        query = query.where(stories.c.id.in_(select(articles.c.story_id).join(mentions, mentions.c.article_id == articles.c.id)
                                              .where(mentions.c.entity_id == entity)))
    order = _order(sort, {"last_published": stories.c.last_published, "first_published": stories.c.first_published,
                          "articles": stories.c.article_count, "outlets": stories.c.outlet_count,
                          "id": stories.c.id, "title": stories.c.title}, "stories")
    return _page(store, query, order, stories.c.id, limit, offset, story_row)


def _merged_query(kind: str, *, story: int | None = None, country: str | None = None, entity: int | None = None,
                  q: str | None = None, since: str | None = None, until: str | None = None,
                  min_outlets: int | None = None, state: str | None = None, status_now: str | None = None,
                  due: str | None = None, today: dt.date | None = None) -> Select[Any]:
    if kind not in MERGED_KINDS.values():
        raise InputError(f"no such item kind {kind!r}", hint=f"use one of {', '.join(MERGED_KINDS.values())}")
    if state is not None and (kind != "pledge" or state not in PLEDGE_STATES):
        raise InputError(f"cannot filter {kind}s by state {state!r}",
                         hint=f"states are for pledges: {', '.join(PLEDGE_STATES)}")
    if due is not None and (kind != "pledge" or due not in DUE_FILTERS):
        raise InputError(f"cannot filter {kind}s by due {due!r}",
                         hint=f"due is for pledges: {', '.join(DUE_FILTERS)}")
    if status_now is not None and kind != "deal":
        raise InputError(f"cannot filter {kind}s by status now", hint="status now is for deals")
    query = select(merged_items, _discrepancy_count()).where(merged_items.c.kind == kind)
    if story is not None:
        query = query.where(merged_items.c.story_id == story)
    if country:
        query = query.where(merged_items.c.country == country.upper())
    if entity is not None:
        query = query.where(merged_items.c.id.in_(select(merged_entities.c.merged_id)
                                                  .where(merged_entities.c.entity_id == entity)))
    if q:
        query = query.where(_like(merged_items.c.label, q))
    if since:
        query = query.where(merged_items.c.first_reported >= since)
    if until:
        query = query.where(merged_items.c.first_reported <= until)
    if min_outlets:
        query = query.where(merged_items.c.outlet_count >= min_outlets)
    if state or due:
        query = query.where(tracked_pledge_is(merged_items.c.id, state, due, today or dt.date.today()))
    if status_now:
        query = query.where(select(deal_terms.c.merged_id).where(deal_terms.c.merged_id == merged_items.c.id,
                                                                 deal_terms.c.status_now == status_now).exists())
    return query


def list_merged(store: Store, kind: str, *, story: int | None = None, country: str | None = None,
                entity: int | None = None, q: str | None = None, since: str | None = None, until: str | None = None,
                min_outlets: int | None = None, state: str | None = None, status_now: str | None = None,
                due: str | None = None, today: dt.date | None = None, sort: str = "-first_reported",
                limit: int = 50, offset: int = 0) -> Page:
    """Merged deals, pledges, quotes or events (``kind`` is "deal", "pledge", "quote" or "event").

    Deals carry their tracked ``history`` and ``status_now`` and pledges their tracked ``state``,
    ``due`` day and ``evidence`` (see ``store.tracking_rows``); ``status_now`` filters deals by it,
    ``state`` and ``due`` (``DUE_FILTERS``, as of ``today``) filter pledges. Pledges also sort by
    ``due`` (those without a deadline last).
    """
    query = _merged_query(kind, story=story, country=country, entity=entity, q=q, since=since, until=until,
                          min_outlets=min_outlets, state=state, status_now=status_now, due=due, today=today)
    columns: dict[str, Any] = {"first_reported": merged_items.c.first_reported,
               "articles": merged_items.c.article_count,
               "outlets": merged_items.c.outlet_count, "id": merged_items.c.id, "label": merged_items.c.label}
    if kind == "pledge":
        columns["due"] = func.coalesce(select(pledge_terms.c.due).where(pledge_terms.c.merged_id == merged_items.c.id)
                                       .correlate(merged_items).scalar_subquery(), "9999-12-31")
    order = _order(sort, columns, f"{kind}s")
    counted = None
    if kind == "pledge" and (state or due) and not any((story, country, entity, q, since, until, min_outlets)):
        counted = select(pledge_terms.c.merged_id)  # the board's tabs alone: count the narrow rows
        if state:
            counted = counted.where(pledge_terms.c.state == state)
        if due:
            counted = counted.where(*due_conditions(due, today or dt.date.today()))
    page = _page(store, query, order, merged_items.c.id, limit, offset, merged_row, counted)
    with store.reading() as conn:
        attach_tracking(conn, kind, page.items)
    return page


def pledge_counts(store: Store, *, today: dt.date | None = None, state: str | None = None, due: str | None = None,
                  **filters: Any) -> dict[str, dict[str, int]]:
    """How many merged pledges (with ``filters``) are in each state and each due bucket, for tabs.

    The states are counted within the ``due`` bucket when one is given, and the buckets within
    the ``state``, so each tab says how many rows choosing it would show.
    """
    chosen = _merged_query("pledge", **filters).with_only_columns(merged_items.c.id).subquery()
    day = today or dt.date.today()
    grouped = select(pledge_terms.c.state, pledge_terms.c.due, func.count().label("n"))
    if any(v is not None for v in filters.values()):  # else every row of pledge_terms is a pledge shown
        grouped = grouped.join(chosen, chosen.c.id == pledge_terms.c.merged_id)
    with store.reading() as conn:
        rows = conn.execute(grouped.group_by(pledge_terms.c.state, pledge_terms.c.due)).all()
        total = conn.execute(select(func.count()).select_from(chosen)).scalar_one()
    states = dict.fromkeys(PLEDGE_STATES, 0)
    buckets = dict.fromkeys(DUE_FILTERS, 0)
    for r in rows:
        bucket = due_bucket(r.state, r.due, day)
        if due is None or bucket == due:
            states[r.state] = states.get(r.state, 0) + r.n
        if bucket and (state is None or r.state == state):
            buckets[bucket] += r.n
    every = int(total) if due is None else sum(states.values())
    return {"states": states, "due": buckets, "all": {"pledges": every, "tracked": sum(states.values())}}


def _discrepancy_count() -> Any:
    return (select(func.count()).where(discrepancies.c.merged_id == merged_items.c.id)
            .correlate(merged_items).scalar_subquery().label("discrepancy_count"))


def list_entities(store: Store, *, type: str | None = None, q: str | None = None, country: str | None = None,
                  sort: str = "-articles", limit: int = 50, offset: int = 0) -> Page:
    query = select(entities)
    if type:
        query = query.where(entities.c.type == type)
    if country:
        query = query.where(entities.c.country == country.upper())
    if q:
        query = query.where(_like(entities.c.name, q))
    order = _order(sort, {"articles": entities.c.article_count, "mentions": entities.c.mention_count,
                          "name": entities.c.name, "id": entities.c.id}, "entities")
    return _page(store, query, order, entities.c.id, limit, offset, entity_row)


def list_discrepancies(store: Store, *, story: int | None = None, kind: str | None = None,
                       severity: str | None = None, entity: int | None = None, sort: str = "-articles",
                       limit: int = 50, offset: int = 0) -> Page:
    query = select(discrepancies)
    if story is not None:
        query = query.where(discrepancies.c.story_id == story)
    if kind:
        query = query.where(discrepancies.c.kind == kind)
    if severity:
        query = query.where(discrepancies.c.severity == severity)
    if entity is not None:
        query = query.where(or_(discrepancies.c.entity_id == entity, discrepancies.c.merged_id.in_(
            select(merged_entities.c.merged_id).where(merged_entities.c.entity_id == entity))))
    order = _order(sort, {"articles": discrepancies.c.article_count, "id": discrepancies.c.id,
                          "story": discrepancies.c.story_id, "severity": discrepancies.c.severity}, "discrepancies")
    return _page(store, query, order, discrepancies.c.id, limit, offset, discrepancy_row)


def list_articles(store: Store, *, story: int | None = None, outlet: str | None = None, q: str | None = None,
                  since: str | None = None, until: str | None = None, copies: bool = True,
                  sort: str = "-published", limit: int = 50, offset: int = 0) -> Page:
    query = select(*(c for c in articles.c if c.name not in ("signature", "profile")))
    if story is not None:
        query = query.where(articles.c.story_id == story)
    if outlet:
        query = query.where(articles.c.outlet == outlet)
    if q:
        query = query.where(or_(_like(articles.c.title, q), _like(articles.c.body, q)))
    if since:
        query = query.where(articles.c.published >= since)
    if until:
        query = query.where(articles.c.published <= until)
    if not copies:
        query = query.where(articles.c.duplicate_of.is_(None))
    order = _order(sort, {"published": articles.c.published, "ingested": articles.c.ingested_at,
                          "id": articles.c.id, "outlet": articles.c.outlet}, "articles")
    return _page(store, query, order, articles.c.id, limit, offset, article_row)


def iterate(lister: Callable[..., Page], store: Store, *args: Any, batch: int = MAX_LIMIT, **filters: Any) -> Iterator[dict[str, Any]]:
    """Every row a list function gives, page after page (for exports)."""
    offset = 0
    while True:
        page = lister(store, *args, limit=batch, offset=offset, **filters)
        yield from page.items
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return
