"""Deal status histories: the dated steps of one deal, each with the reports behind it.

A deal moves ``proposed -> announced -> signed -> in_progress -> completed`` (or is
``cancelled``); each financier's line moves ``considered -> committed -> disbursed``, shown
as the steps ``financing_considered``, ``financing_committed``, ``financing_disbursed``.
A step is dated by the event reported in the same sentence when there is one ("signed on
Tuesday"), else by the first article reporting it. A later report of an earlier stage ("the
deal announced in April", told in October) is a restatement, not a step back: the history
keeps each stage's first report and only moves forward (a cancellation always counts).

A deal made only of memoranda of understanding or letters of interest is ``binding: False``:
it is kept out of committed totals, as are financing lines that are only considered.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dragoman.track.dates import period_end, period_start
from dragoman.track.deal_identity import group_deals
from dragoman.track.sightings import DealSighting, FinancingLine, order

LIFECYCLE = ("proposed", "announced", "signed", "in_progress", "completed")
FINANCING = ("considered", "committed", "disbursed")
COMMITTED = frozenset({"signed", "in_progress", "completed"})
# where each step sorts among steps of the same day
RANK = {"proposed": 0, "announced": 1, "signed": 2, "financing_considered": 3, "financing_committed": 4,
        "financing_disbursed": 5, "in_progress": 6, "completed": 7, "cancelled": 8}
NON_BINDING_WORDS = ("memorand", "letter of intent", "letter of interest", "framework", "expression of interest",
                     "heads of terms", "term sheet")


@dataclass
class Step:
    status: str
    date: str | None
    date_basis: str
    reports: list[DealSighting]
    financier: str | None = None
    amount: float | None = None
    currency: str | None = None
    instrument: str | None = None
    binding: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "date": self.date, "date_basis": self.date_basis, "financier": self.financier,
                "amount": self.amount, "currency": self.currency, "instrument": self.instrument,
                "binding": self.binding,
                "sources": [{"item_id": r.item_id, "evidence": r.evidence, **r.source.to_json()} for r in self.reports]}


@dataclass
class TrackedDeal:
    key: str
    members: list[DealSighting]
    history: list[Step] = field(default_factory=list)
    status: str | None = None
    binding: bool | None = None

    @property
    def first(self) -> DealSighting:
        return self.members[0]

    def most(self, attr: str) -> Any:
        """The value most reports give (the first reported on a tie)."""
        values = [getattr(m, attr) for m in self.members if getattr(m, attr)]
        return Counter(values).most_common(1)[0][0] if values else None

    def parties(self) -> list[str]:
        counts = Counter(p.name for m in self.members for p in m.parties)
        seen: dict[str, str] = {}
        for m in self.members:
            for p in m.parties:
                if p.key not in seen or counts[p.name] > counts[seen[p.key]]:
                    seen[p.key] = p.name
        return list(seen.values())

    def value(self) -> dict[str, Any] | None:
        values = [(m.value_amount, m.value_currency, m.value_qualifier) for m in self.members
                  if m.value_amount and m.value_currency]
        if not values:
            return None
        amount, currency, qualifier = Counter(values).most_common(1)[0][0]
        return {"amount": amount, "currency": currency, "qualifier": qualifier}

    def financing(self) -> list[dict[str, Any]]:
        """Each financier's line at its latest step."""
        latest: dict[str, Step] = {}
        for step in self.history:
            if step.financier is not None:
                latest[step.financier] = step
        return [{"financier": s.financier, "status": s.status.removeprefix("financing_"), "amount": s.amount,
                 "currency": s.currency, "instrument": s.instrument, "binding": s.binding, "date": s.date}
                for s in latest.values()]

    def committed(self) -> list[dict[str, Any]]:
        """The money this deal commits: its value once signed (binding deals only), else the financing
        committed to it (lines only considered, and letters of interest, never count)."""
        value = self.value()
        if value and self.binding is not False and self.status in COMMITTED:
            return [{"what": "value", **value}]
        return [{"what": f"financing:{line['financier']}", "amount": line["amount"], "currency": line["currency"],
                 "qualifier": None} for line in self.financing()
                if line["status"] in ("committed", "disbursed") and line["binding"] is not False and line["amount"]
                and line["currency"]]


def is_binding(sighting: DealSighting) -> bool | None:
    if sighting.binding is not None:
        return sighting.binding
    if sighting.instrument and any(w in sighting.instrument.lower() for w in NON_BINDING_WORDS):
        return False
    return None


def _line_binding(line: FinancingLine) -> bool | None:
    if line.instrument and any(w in line.instrument.lower() for w in NON_BINDING_WORDS):
        return False
    return None


def _day(value: str | None) -> dt.date:
    return period_start(value) or dt.date.max


def _when(s: DealSighting) -> tuple[str | None, str]:
    return (s.date, s.date_basis) if s.date else (s.source.published, "published")


def _end(value: str | None) -> dt.date:
    return period_end(value) or dt.date.max


def _first(reports: list[DealSighting]) -> DealSighting:
    """The report dating a step: the earliest, the more precise of two dates that overlap ("2026-03-11"
    before "2026-03"), a date from the text before a publication date."""
    return min(reports, key=lambda r: (_end(_when(r)[0]), _when(r)[1] != "event", order(r)))


def _forward(candidates: list[Step], order_of: Sequence[str]) -> list[Step]:
    """Steps in date order that move forward along ``order_of`` (other statuses always count)."""
    kept: list[Step] = []
    reached = -1
    for step in sorted(candidates, key=lambda s: (_day(s.date), RANK[s.status])):
        name = step.status.removeprefix("financing_")
        if name in order_of:
            if order_of.index(name) <= reached:
                continue
            reached = order_of.index(name)
        kept.append(step)
    return kept


def deal_history(members: Sequence[DealSighting]) -> list[Step]:
    by_status: dict[str, list[DealSighting]] = {}
    for m in members:
        if m.status and m.status in RANK and m.status != "financing_considered":
            by_status.setdefault(m.status, []).append(m)
    steps = []
    for status, reports in by_status.items():
        date, basis = _when(_first(reports))
        steps.append(Step(status, date, basis, sorted(reports, key=order), binding=is_binding(_first(reports))))
    history = _forward(steps, LIFECYCLE)
    history += _financing_steps(members)
    return sorted(history, key=lambda s: (_day(s.date), RANK[s.status]))


def _financing_steps(members: Sequence[DealSighting]) -> list[Step]:
    lines: dict[str, dict[str, list[tuple[DealSighting, FinancingLine | None]]]] = {}
    names: dict[str, str] = {}
    for m in members:
        for line in m.financing:
            if line.status in FINANCING:
                lines.setdefault(line.key, {}).setdefault(line.status, []).append((m, line))
                names.setdefault(line.key, line.financier)
        if m.status == "financing_considered" and not m.financing:
            lines.setdefault("", {}).setdefault("considered", []).append((m, None))
    steps: list[Step] = []
    for key, by_status in lines.items():
        candidates: list[Step] = []
        for status, found in by_status.items():
            report = _first([m for m, _ in found])
            chosen = next(given for m, given in found if m is report)
            date, basis = _when(report)
            candidates.append(Step(f"financing_{status}", date, basis, sorted({m for m, _ in found}, key=order),
                                   financier=names.get(key), amount=chosen.amount if chosen else None,
                                   currency=chosen.currency if chosen else None,
                                   instrument=chosen.instrument if chosen else None,
                                   binding=_line_binding(chosen) if chosen else None))
        steps += _forward(candidates, FINANCING)
    return steps


def track_deal(members: Sequence[DealSighting]) -> TrackedDeal:
    first = members[0]
    tracked = TrackedDeal(key=f"{first.source.key}:{first.position}", members=list(members))
    tracked.history = deal_history(members)
    lifecycle = [s for s in tracked.history if not s.status.startswith("financing_")]
    tracked.status = lifecycle[-1].status if lifecycle else ("financing_considered" if tracked.history else None)
    flags = [is_binding(m) for m in members]
    tracked.binding = True if True in flags else False if False in flags else None
    return tracked


def track_deals(sightings: Iterable[DealSighting], as_of: dt.date) -> list[TrackedDeal]:
    """Every deal the reports published by ``as_of`` describe, each with its dated history."""
    seen = [s for s in sightings if _day(s.source.published) <= as_of or s.source.published is None]
    return [track_deal(group) for group in group_deals(seen)]
