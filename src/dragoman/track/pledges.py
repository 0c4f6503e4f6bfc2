"""Pledge states: a promise followed across the ledger and matched with the events that keep it.

``group_pledges`` puts the reports of one promise together (same actor, a like action, deadlines
that agree), in an order that does not depend on when the articles arrived. ``pledge_state``
then looks for events that keep it: the same actor, an event kind that does what was promised
("travel" is kept by a visit or a meeting, "sign" by an agreement), at a place the promise names
when it names one, after the promise was first reported and not after the deadline.

States, as of a given day:

- ``fulfilled``: a matching event before the deadline (for a promise naming several places,
  one for each place);
- ``partly_fulfilled``: some of the places named, not all ("a tour of four capitals", two visited);
- ``lapsed``: the deadline has passed with nothing matching;
- ``open``: otherwise (no deadline yet passed, or no deadline at all).

Reports and events published after the as-of day are not seen, so an earlier day gives the
state the ledger would have shown then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dragoman.link.words import content_words, stem
from dragoman.track.actions import Action, is_intention, kinds_keeping
from dragoman.track.dates import period_end, period_start
from dragoman.track.places import Place, overlaps, places_in
from dragoman.track.sightings import EventSighting, PledgeSighting, order

SAME = 0.5  # lowest likeness at which two reports are one promise
DEADLINE_SLACK_DAYS = 45  # deadlines this close are one deadline told two ways
STATES = ("open", "fulfilled", "partly_fulfilled", "lapsed")
TOURS = frozenset({"visit", "meet"})  # promises kept place by place


@dataclass(frozen=True)
class Evidence:
    """An event that keeps (all or part of) a promise."""

    event: EventSighting
    date: str  # as precise as the report gives it
    date_basis: str  # "event" (the text dates it) or "published" (the article's date)
    target: str | None  # the place of the promise it covers, when the promise names places
    on_time: bool

    def to_json(self) -> dict[str, Any]:
        e = self.event
        return {"event_id": e.item_id, "date": self.date, "date_basis": self.date_basis, "kind": e.kind,
                "target": self.target, "on_time": self.on_time, "summary": e.summary, "evidence": e.evidence,
                "source": e.source.to_json()}


@dataclass
class TrackedPledge:
    key: str
    members: list[PledgeSighting]
    state: str = "open"
    made: str | None = None
    deadline: str | None = None
    deadline_text: str | None = None
    due: str | None = None
    fulfilled_on: str | None = None
    targets: list[str] = field(default_factory=list)
    met: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def first(self) -> PledgeSighting:
        return self.members[0]

    def progress(self) -> dict[str, Any] | None:
        if len(self.targets) < 2:
            return None
        return {"met": len(self.met), "of": len(self.targets), "targets": self.targets, "done": self.met}


@dataclass(frozen=True)
class _Keyed:
    sighting: PledgeSighting
    action: Action
    places: tuple[Place, ...]
    due: dt.date | None
    published: dt.date | None

    @classmethod
    def of(cls, s: PledgeSighting) -> _Keyed:
        return cls(s, Action.of(s.action), tuple(places_in(s.action, people=[s.actor])), period_end(s.deadline),
                   period_start(s.source.published))


def _likeness(a: _Keyed, b: _Keyed) -> float | None:
    """How surely two reports are one promise (None when they cannot be)."""
    score = a.action.likeness(b.action)
    if a.due and b.due:
        if abs((a.due - b.due).days) > DEADLINE_SLACK_DAYS:
            return None
        score += 0.3
    elif a.due or b.due:
        due, told = (a.due, b.published) if a.due else (b.due, a.published)
        if due is not None and told is not None and told <= due:
            score += 0.2  # told again while the promise was still running
    if a.places and b.places:
        score += 0.2 if overlaps(a.places, b.places) else -0.3
    return score


def group_pledges(sightings: Iterable[PledgeSighting]) -> list[list[PledgeSighting]]:
    """The reports of each promise together, first report first; the same for any arrival order."""
    groups: list[list[_Keyed]] = []
    by_actor: dict[str, list[int]] = {}
    for keyed in (_Keyed.of(s) for s in sorted(sightings, key=order)):
        best, best_score = None, SAME
        for index in by_actor.get(keyed.sighting.actor_key, []):
            scores = [_likeness(keyed, other) for other in groups[index]]
            if any(s is None for s in scores):
                continue
            score = max(s for s in scores if s is not None)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = index, score
        if best is None:
            groups.append([keyed])
            by_actor.setdefault(keyed.sighting.actor_key, []).append(len(groups) - 1)
        else:
            groups[best].append(keyed)
    return [[k.sighting for k in group] for group in groups]


def _union(groups: Iterable[list[Place]]) -> list[Place]:
    out: list[Place] = []
    for group in groups:
        out += [p for p in group if p not in out]
    return out


def _event_when(event: EventSighting) -> tuple[str, str] | None:
    """(date, basis) of an event that happened, or None for a plan (dated after its own report)."""
    published = period_start(event.source.published)
    if event.date and period_start(event.date) is not None:
        start = period_start(event.date)
        if published is not None and start is not None and start > published:
            return None
        return event.date, "event"
    if event.source.published:
        return event.source.published, "published"
    return None


def _places_of(event: EventSighting, actor: str) -> list[Place]:
    found = places_in(event.location or "", people=[actor]) if event.location else []
    for text in (event.summary or "", event.evidence):
        found += [p for p in places_in(text, people=[actor, *event.actors]) if p not in found]
    return found


def _words(event: EventSighting) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(f"{event.summary or ''} {event.evidence}"))


def _keeps(action: Action, event: EventSighting) -> bool:
    """The event does the kind of thing promised (places are checked apart)."""
    if event.kind == "pledge" or event.kind not in kinds_keeping(action.family):
        return False
    if action.family in TOURS or not action.words:
        return True
    shared = len(action.words & _words(event))
    return shared >= 1 if action.family is not None else shared >= max(2, len(action.words) // 2)


def pledge_state(members: Sequence[PledgeSighting], events: Iterable[EventSighting], as_of: dt.date) -> TrackedPledge:
    """The state of one promise (its reports, first first) as of ``as_of``, with the events that keep it."""
    first = members[0]
    tracked = TrackedPledge(key=f"{first.source.key}:{first.position}", members=list(members))
    tracked.made = first.source.published
    with_deadline = next((m for m in members if m.deadline), None)
    if with_deadline is not None:
        tracked.deadline, tracked.deadline_text = with_deadline.deadline, with_deadline.deadline_text
    due = period_end(tracked.deadline)
    tracked.due = due.isoformat() if due else None
    made = period_start(tracked.made)
    action = Action.of(first.action)
    named = [places_in(m.action, people=[m.actor]) for m in members]
    targets = max(named, key=len)
    tracked.targets = [p.name for p in targets] if len(targets) >= 2 and action.family in TOURS else []
    site = _union([*named, places_in(first.evidence, people=[first.actor])])
    found: list[Evidence] = []
    for event in sorted(events, key=order):
        if first.actor_key not in event.actor_keys:
            continue
        when = _event_when(event)
        if when is None or not _keeps(action, event) or is_intention(event.summary or "", event.evidence,
                                                                     event.date_text):
            continue
        start, end = period_start(when[0]), period_end(when[0])
        published = period_start(event.source.published)
        if start is None or end is None or published is None or published > as_of or start > as_of:
            continue
        if made is not None and (end < made or published <= made):
            continue  # before the promise, or not reported after it
        places = _places_of(event, first.actor)
        if site and action.family in TOURS and not overlaps(site, places):
            continue
        on_time = due is None or start <= due
        for target in (overlaps(targets, places) if tracked.targets else [None]):
            found.append(Evidence(event=event, date=when[0], date_basis=when[1],
                                  target=target.name if target else None, on_time=on_time))
    tracked.evidence = found
    _decide(tracked, due, as_of)
    return tracked


def _decide(tracked: TrackedPledge, due: dt.date | None, as_of: dt.date) -> None:
    kept = [e for e in tracked.evidence if e.on_time]
    if tracked.targets:
        first_for: dict[str, Evidence] = {}
        for e in sorted(kept, key=lambda e: (period_start(e.date) or dt.date.max, e.date)):
            if e.target is not None:
                first_for.setdefault(e.target, e)
        tracked.met = [t for t in tracked.targets if t in first_for]
        if len(tracked.met) == len(tracked.targets):
            tracked.state = "fulfilled"
            tracked.fulfilled_on = max((first_for[t].date for t in tracked.met),
                                       key=lambda d: period_start(d) or dt.date.min)
            return
        if tracked.met:
            tracked.state = "partly_fulfilled"
            return
    elif kept:
        tracked.state = "fulfilled"
        tracked.fulfilled_on = min(kept, key=lambda e: period_start(e.date) or dt.date.max).date
        return
    tracked.state = "lapsed" if due is not None and as_of > due else "open"


def track_pledges(pledges: Iterable[PledgeSighting], events: Sequence[EventSighting],
                  as_of: dt.date) -> list[TrackedPledge]:
    """Every promise the reports (published by ``as_of``) make, with its state as of that day."""
    seen = [p for p in pledges if (period_start(p.source.published) or dt.date.min) <= as_of]
    by_actor: dict[str, list[EventSighting]] = {}
    for event in events:
        for key in event.actor_keys:
            by_actor.setdefault(key, []).append(event)
    return [pledge_state(group, by_actor.get(group[0].actor_key, []), as_of) for group in group_pledges(seen)]
