"""The comparable fields of each item kind, and their values in a normal form.

``field_values`` turns one field of one record into ``(norm, value, text)`` triples: ``norm``
decides which values are the same, ``value`` is kept (JSON), ``text`` is shown. Names are
compared through their resolved entity keys, so "Kowalsky" and "Anna Kowalski" agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dragoman.link.words import fold, tokens
from dragoman.records import Deal, Event, Money, Pledge, Quote

FIELDS: dict[str, tuple[str, ...]] = {
    "deal": ("value", "country", "commodity", "status", "parties", "stakes", "financing"),
    "pledge": ("actor", "action", "target", "deadline"),
    "quote": ("speaker", "text"),
    "event": ("date", "location", "actors"),
}
SET_FIELDS = frozenset({"parties", "stakes", "financing", "target", "actors"})
Triple = tuple[str, Any, str]


def money_text(money: Money) -> str:
    amount = money.amount
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if amount >= size:
            shown = f"{amount / size:.3g} {word}"
            break
    else:
        shown = f"{amount:,.0f}"
    return f"{money.qualifier + ' ' if money.qualifier else ''}{money.currency} {shown}"


def _key(name: str, keys: Mapping[str, str]) -> str:
    return keys.get(name) or f"n:{fold(name)}"


def _set(pairs: list[tuple[str, str]]) -> list[Triple]:
    if not pairs:
        return []
    norms = sorted({n for n, _ in pairs})
    texts = sorted({t for _, t in pairs})
    return [("|".join(norms), norms, ", ".join(texts))]


def field_values(kind: str, name: str, record: Any, keys: Mapping[str, str]) -> list[Triple]:
    """The normalised values of field ``name`` of ``record`` (empty when the record gives none)."""
    if isinstance(record, Deal):
        return _deal(name, record, keys)
    if isinstance(record, Pledge):
        return _pledge(name, record, keys)
    if isinstance(record, Quote):
        if name == "speaker" and record.speaker:
            return [(_key(record.speaker, keys), record.speaker, record.speaker)]
        if name == "text":
            return [(" ".join(tokens(record.text)), record.text, record.text)]
        return []
    if isinstance(record, Event):
        if name == "date" and record.date:
            return [(record.date, record.date, record.date_text or record.date)]
        if name == "location" and record.location:
            return [(" ".join(tokens(record.location)), record.location, record.location)]
        if name == "actors":
            return _set([(_key(a, keys), a) for a in record.actors])
    return []


def _deal(name: str, deal: Deal, keys: Mapping[str, str]) -> list[Triple]:
    if name == "value" and deal.value:
        v = deal.value
        return [(f"{v.currency}:{v.amount:.6g}:{v.qualifier or ''}", v.dump(), money_text(v))]
    if name in ("country", "status") and getattr(deal, name):
        value = getattr(deal, name)
        return [(value, value, value)]
    if name == "commodity" and deal.commodity:
        return [(fold(deal.commodity), deal.commodity, deal.commodity)]
    if name == "parties":
        return _set([(_key(p, keys), p) for p in deal.parties])
    if name == "stakes":
        return _set([(f"{_key(s.party, keys)}={s.percent:g}", f"{s.party} {s.percent:g}%") for s in deal.stakes])
    if name == "financing":
        return _set([(f"{_key(f.financier, keys)}={f.amount or ''}",
                      f"{f.financier}" + (f" {f.currency or ''} {f.amount:,.0f}" if f.amount else ""))
                     for f in deal.financing])
    return []


def _pledge(name: str, pledge: Pledge, keys: Mapping[str, str]) -> list[Triple]:
    if name == "actor":
        return [(_key(pledge.actor, keys), pledge.actor, pledge.actor)]
    if name == "action":
        return [(fold(pledge.action), pledge.action, pledge.action)]
    if name == "target":
        return _set([(fold(t), t) for t in pledge.target])
    if name == "deadline" and (pledge.deadline or pledge.deadline_text):
        shown = pledge.deadline_text or pledge.deadline or ""
        norm = f"{pledge.deadline or ''}|{fold(pledge.deadline_text or '')}"
        return [(norm, {"deadline": pledge.deadline, "deadline_text": pledge.deadline_text}, shown)]
    return []
