"""Sightings built by hand for the pure tracking tests: one invented article per call."""

from __future__ import annotations

from typing import Any

from dragoman.track.sightings import DealSighting, EventSighting, FinancingLine, Party, PledgeSighting, Source

_IDS = iter(range(1, 1_000_000))


def source(published: str | None, name: str) -> Source:
    return Source(article_id=next(_IDS), key=f"key-{name}", published=published, outlet=f"{name} outlet",
                  source=f"{name}.txt")


def pledge(published: str, name: str, actor: str, action: str, *, deadline: str | None = None,
           actor_key: str | None = None, evidence: str | None = None, position: int = 0) -> PledgeSighting:
    return PledgeSighting(item_id=next(_IDS), source=source(published, name), position=position, actor=actor,
                          actor_key=actor_key or f"n:{actor.lower()}", action=action,
                          evidence=evidence or f"{actor} said they would {action}.", deadline=deadline)


def event(published: str, name: str, kind: str, actor: str, summary: str, *, date: str | None = None,
          date_text: str | None = None, location: str | None = None, evidence: str | None = None,
          actor_key: str | None = None) -> EventSighting:
    return EventSighting(item_id=next(_IDS), source=source(published, name), position=0, kind=kind,
                         evidence=evidence or summary + ".", actors=(actor,),
                         actor_keys=frozenset({actor_key or f"n:{actor.lower()}"}), date=date, date_text=date_text,
                         location=location, summary=summary)


def party(name: str, *, country: bool = False) -> Party:
    return Party(name=name, key=f"n:{name.lower()}", is_country=country)


def deal(published: str, name: str, *parties: str, position: int = 0, **fields: Any) -> DealSighting:
    """A deal report; ``countries=("Peru",)`` adds country parties, ``financing=[(name, status, amount)]``."""
    countries = fields.pop("countries", ())
    lines = tuple(FinancingLine(financier=f, key=f"n:{f.lower()}", status=st, amount=amount,
                                currency="USD" if amount else None, instrument=instrument)
                  for f, st, amount, instrument in fields.pop("financing", ()))
    value = fields.pop("value", None)
    return DealSighting(item_id=next(_IDS), source=source(published, name), position=position,
                        evidence=fields.pop("evidence", f"A deal reported by {name}."),
                        parties=tuple(party(p) for p in parties) + tuple(party(c, country=True) for c in countries),
                        financing=lines, value_amount=value, value_currency="USD" if value else None, **fields)
