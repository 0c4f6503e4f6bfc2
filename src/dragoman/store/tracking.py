"""Tracking, persisted: deals and pledges across the whole ledger, recomputed in one transaction.

``run_tracking`` loads every deal and pledge (and the events of the articles that name a pledge's
actor), with names resolved to entity keys through each article's mentions, lets the pure
``dragoman.track`` functions decide, and replaces the tracked rows. A tracked row keeps its id
from run to run when it keeps most of its items, so links and watchlist deliveries stay put.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update

from dragoman.extract.geo import country_code
from dragoman.link.words import fold
from dragoman.records import Deal, Event, Pledge
from dragoman.store.repository import Store, utcnow
from dragoman.store.schema import (
    articles,
    deals,
    events,
    mentions,
    pledges,
    track_runs,
    tracked_deal_items,
    tracked_deals,
    tracked_pledge_items,
    tracked_pledges,
)
from dragoman.store.sql import new_id
from dragoman.store.tracked_terms import refresh_tracked_terms
from dragoman.track.deals import TrackedDeal, track_deals
from dragoman.track.pledges import TrackedPledge, track_pledges
from dragoman.track.sightings import (
    DealSighting,
    EventSighting,
    FinancingLine,
    Party,
    PledgeSighting,
    Source,
)
from dragoman.track.timing import step_date

CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class TrackSummary:
    as_of: str
    deals: int
    non_binding: int
    statuses: dict[str, int]
    pledges: int
    states: dict[str, int]
    committed: dict[str, float]  # currency -> total of binding commitments

    def to_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of, "deals": self.deals, "non_binding": self.non_binding, "statuses": self.statuses,
                "pledges": self.pledges, "states": self.states, "committed": self.committed}


class _Names:
    """Each article's names (every form, folded) -> (entity key, type), from its mentions.

    A name the article's own mentions lack (the tagger missed "Vantor Resources" after a dateline)
    falls back to the one entity that name is a form of in the other loaded articles, so that one
    firm does not become two parties; a form shared by several entities stays unresolved.
    """

    def __init__(self, conn: Connection, article_ids: Iterable[int]) -> None:
        self.table: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
        self.anywhere: dict[str, set[tuple[str, str]]] = defaultdict(set)
        ids = sorted(set(article_ids))
        for start in range(0, len(ids), CHUNK):
            rows = conn.execute(select(mentions.c.article_id, mentions.c.entity_id, mentions.c.name,
                                       mentions.c.aliases, mentions.c.type)
                                .where(mentions.c.article_id.in_(ids[start:start + CHUNK]))).all()
            for r in rows:
                for form in (r.name, *(r.aliases or [])):
                    self.table[r.article_id].setdefault(fold(form), (f"e{r.entity_id}", r.type))
                    self.anywhere[fold(form)].add((f"e{r.entity_id}", r.type))

    def key(self, article_id: int, name: str) -> tuple[str, str | None]:
        folded = fold(name)
        found = self.table[article_id].get(folded)
        if found:
            return found
        elsewhere = self.anywhere.get(folded, set())
        return next(iter(elsewhere)) if len(elsewhere) == 1 else (f"n:{folded}", None)

    def party(self, article_id: int, name: str) -> Party:
        key, type_ = self.key(article_id, name)
        return Party(name=name, key=key, is_country=type_ == "country" or (type_ is None and bool(country_code(name))))


def _sources(conn: Connection, ids: Iterable[int]) -> dict[int, Source]:
    wanted = sorted(set(ids))
    out: dict[int, Source] = {}
    for start in range(0, len(wanted), CHUNK):
        rows = conn.execute(select(articles.c.id, articles.c.key, articles.c.published, articles.c.outlet,
                                   articles.c.title, articles.c.url, articles.c.source)
                            .where(articles.c.id.in_(wanted[start:start + CHUNK]))).all()
        out.update({r.id: Source(article_id=r.id, key=r.key, published=r.published, outlet=r.outlet, title=r.title,
                                 url=r.url, source=r.source) for r in rows})
    return out


def _rows(conn: Connection, table: Table, article_ids: Iterable[int] | None = None) -> list[Any]:
    """Every row of ``table`` (of the given articles only, when given), in id order."""
    if article_ids is None:
        return list(conn.execute(select(table).order_by(table.c.id)).all())
    ids, found = sorted(set(article_ids)), list[Any]()
    for start in range(0, len(ids), CHUNK):
        found += conn.execute(select(table).where(table.c.article_id.in_(ids[start:start + CHUNK]))).all()
    return sorted(found, key=lambda r: r.id)


def load_deals(conn: Connection) -> list[DealSighting]:
    rows = _rows(conn, deals)
    ids = {r.article_id for r in rows}
    sources, names = _sources(conn, ids), _Names(conn, ids)
    dated: dict[int, list[Any]] = defaultdict(list)
    for e in _rows(conn, events, ids):
        dated[e.article_id].append(e)
    out = []
    for r in rows:
        deal = Deal.model_validate(r.data)
        source = sources[r.article_id]
        date, basis = step_date((r.span_start, r.span_end), source.published,
                                [((e.span_start, e.span_end), e.date, e.date_text, e.kind) for e in dated[r.article_id]])
        lines = tuple(FinancingLine(financier=f.financier, key=names.key(r.article_id, f.financier)[0], status=f.status,
                                    amount=f.amount, currency=f.currency, instrument=f.instrument) for f in deal.financing)
        out.append(DealSighting(
            item_id=r.id, source=source, position=r.position, evidence=r.evidence,
            parties=tuple(names.party(r.article_id, p) for p in deal.parties), financing=lines, country=deal.country,
            commodity=deal.commodity, sector=deal.sector, status=deal.status, instrument=deal.instrument,
            binding=deal.binding, value_amount=deal.value.amount if deal.value else None,
            value_currency=deal.value.currency if deal.value else None,
            value_qualifier=deal.value.qualifier if deal.value else None, date=date, date_basis=basis))
    return out


def load_pledges(conn: Connection) -> tuple[list[PledgeSighting], list[EventSighting]]:
    """Every pledge, and the events of the articles that mention one of the pledges' actors."""
    rows = _rows(conn, pledges)
    ids = {r.article_id for r in rows}
    names = _Names(conn, ids)
    actors = {r.actor_entity_id for r in rows if r.actor_entity_id is not None}
    event_articles = set(conn.execute(select(mentions.c.article_id).where(mentions.c.entity_id.in_(sorted(actors)))
                                      .distinct()).scalars()) if actors else set()
    event_rows = _rows(conn, events, event_articles | ids)
    event_names = _Names(conn, {e.article_id for e in event_rows})
    sources = _sources(conn, ids | {e.article_id for e in event_rows})
    found = []
    for r in rows:
        pledge = Pledge.model_validate(r.data)
        key = f"e{r.actor_entity_id}" if r.actor_entity_id is not None else names.key(r.article_id, r.actor)[0]
        found.append(PledgeSighting(item_id=r.id, source=sources[r.article_id], position=r.position, actor=r.actor,
                                    actor_key=key, action=r.action, evidence=r.evidence, deadline=r.deadline,
                                    deadline_text=r.deadline_text, target=tuple(pledge.target)))
    happened = []
    for e in event_rows:
        event = Event.model_validate(e.data)
        keys = frozenset(event_names.key(e.article_id, a)[0] for a in event.actors)
        happened.append(EventSighting(item_id=e.id, source=sources[e.article_id], position=e.position, kind=e.kind,
                                      evidence=e.evidence, actors=tuple(event.actors), actor_keys=keys, date=e.date,
                                      date_text=e.date_text, location=e.location, summary=e.summary))
    return found, happened


def _reuse(conn: Connection, items: Table, item_column: str, groups: Sequence[Sequence[int]]) -> list[int | None]:
    """For each group of item ids, the id of the tracked row that held most of them (each row used once)."""
    held: dict[int, int] = {}
    for row in conn.execute(select(items.c[item_column], items.c.tracked_id)).all():
        held[row[0]] = row[1]
    chosen: list[int | None] = [None] * len(groups)
    used: set[int] = set()
    for index in sorted(range(len(groups)), key=lambda i: -len(groups[i])):
        votes = Counter(held[i] for i in groups[index] if i in held)
        for tracked_id, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if tracked_id not in used:
                chosen[index] = tracked_id
                used.add(tracked_id)
                break
    return chosen


def _replace(conn: Connection, table: Table, items: Table, item_column: str, rows: list[dict[str, Any]],
             groups: list[list[int]]) -> None:
    reuse = _reuse(conn, items, item_column, groups)
    conn.execute(delete(items))
    kept = [i for i in reuse if i is not None]
    conn.execute(delete(table).where(table.c.id.not_in(kept)) if kept else delete(table))
    links = []
    for values, group, tracked_id in zip(rows, groups, reuse, strict=True):
        if tracked_id is None:
            tracked_id = new_id(conn.execute(table.insert().values(**values)))
        else:
            conn.execute(update(table).where(table.c.id == tracked_id).values(**values))
        links += [{item_column: item, "tracked_id": tracked_id} for item in group]
    if links:
        conn.execute(items.insert(), links)


def _deal_row(deal: TrackedDeal, now: dt.datetime) -> dict[str, Any]:
    dates = sorted(m.source.published for m in deal.members if m.source.published)
    parties = deal.parties()
    what = deal.most("commodity") or deal.most("sector") or "deal"
    country = deal.most("country")
    label = f"{', '.join(parties) or 'unnamed parties'}: {what}" + (f" ({country})" if country else "")
    return {"key": deal.key, "label": label, "country": country, "commodity": deal.most("commodity"),
            "sector": deal.most("sector"), "status": deal.status, "binding": deal.binding,
            "first_reported": dates[0] if dates else None, "last_reported": dates[-1] if dates else None,
            "report_count": len(deal.members), "updated_at": now,
            "data": {"parties": parties, "value": deal.value(), "instrument": deal.most("instrument"),
                     "entities": sorted({p.key for m in deal.members for p in m.parties if p.key.startswith("e")}
                                        | {f.key for m in deal.members for f in m.financing if f.key.startswith("e")}),
                     "financing": deal.financing(), "committed": deal.committed(),
                     "history": [s.to_json() for s in deal.history]}}


def _pledge_row(pledge: TrackedPledge, as_of: dt.date, actor_entity: int | None, now: dt.datetime) -> dict[str, Any]:
    first = pledge.first
    return {"key": pledge.key, "actor": first.actor, "actor_entity_id": actor_entity, "action": first.action,
            "state": pledge.state, "made": pledge.made, "due": pledge.due, "fulfilled_on": pledge.fulfilled_on,
            "as_of": as_of.isoformat(), "report_count": len(pledge.members), "updated_at": now,
            "data": {"deadline": pledge.deadline, "deadline_text": pledge.deadline_text,
                     "countries": sorted({c for m in pledge.members for t in m.target
                                          for c in ([t] if t.isupper() and len(t) == 3 else [country_code(t)]) if c}),
                     "progress": pledge.progress(), "evidence": [e.to_json() for e in pledge.evidence],
                     "reports": [{"item_id": m.item_id, "action": m.action, "evidence": m.evidence,
                                  **m.source.to_json()} for m in pledge.members]}}


def run_tracking(store: Store, as_of: dt.date) -> TrackSummary:
    """Recompute every tracked deal and pledge as of ``as_of``, in one write transaction."""
    now = utcnow()
    with store.writing() as conn:
        tracked = track_deals(load_deals(conn), as_of)
        _replace(conn, tracked_deals, tracked_deal_items, "deal_id", [_deal_row(d, now) for d in tracked],
                 [[m.item_id for m in d.members] for d in tracked])
        found, happened = load_pledges(conn)
        kept = track_pledges(found, happened, as_of)
        entity = {p.actor_key: int(p.actor_key[1:]) for p in found if p.actor_key.startswith("e")}
        _replace(conn, tracked_pledges, tracked_pledge_items, "pledge_id",
                 [_pledge_row(p, as_of, entity.get(p.first.actor_key), now) for p in kept],
                 [[m.item_id for m in p.members] for p in kept])
        refresh_tracked_terms(conn)
        summary = _summary(as_of, tracked, kept)
        conn.execute(track_runs.insert().values(as_of=as_of.isoformat(), ran_at=now, summary=summary.to_json()))
    return summary


def _summary(as_of: dt.date, tracked: list[TrackedDeal], kept: list[TrackedPledge]) -> TrackSummary:
    committed: Counter[str] = Counter()
    for deal in tracked:
        for line in deal.committed():
            committed[line["currency"]] += line["amount"]
    return TrackSummary(as_of=as_of.isoformat(), deals=len(tracked),
                        non_binding=sum(1 for d in tracked if d.binding is False),
                        statuses=dict(Counter(d.status or "unknown" for d in tracked)), pledges=len(kept),
                        states=dict(Counter(p.state for p in kept)), committed=dict(sorted(committed.items())))
