"""What tracking reads: deals, pledges and events as reported, each with the article behind it.

The store builds these from its tables (names already resolved to entity keys such as "e12");
tests build them by hand. ``order`` sorts sightings the same way whatever order the articles
arrived in: by publication date, then by the article's stable key, then by position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Source:
    """An article as tracking cites it."""

    article_id: int
    key: str  # stable across databases and arrival orders (the article's URL or source hash)
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "outlet": self.outlet, "published": self.published,
                "title": self.title, "url": self.url, "source": self.source}


@dataclass(frozen=True)
class Party:
    name: str
    key: str  # resolved entity key ("e12"), else "n:<folded name>"
    is_country: bool = False


@dataclass(frozen=True)
class FinancingLine:
    financier: str
    key: str
    status: str | None  # considered | committed | disbursed
    amount: float | None = None
    currency: str | None = None
    instrument: str | None = None


@dataclass(frozen=True)
class DealSighting:
    item_id: int
    source: Source
    position: int
    evidence: str
    parties: tuple[Party, ...] = ()
    financing: tuple[FinancingLine, ...] = ()
    country: str | None = None
    commodity: str | None = None
    sector: str | None = None
    status: str | None = None
    instrument: str | None = None
    binding: bool | None = None
    value_amount: float | None = None
    value_currency: str | None = None
    value_qualifier: str | None = None
    date: str | None = None  # when the reported step happened, from an event in the same sentence
    date_basis: str = "published"  # "event" when ``date`` came from the text


@dataclass(frozen=True)
class PledgeSighting:
    item_id: int
    source: Source
    position: int
    actor: str
    actor_key: str
    action: str
    evidence: str
    deadline: str | None = None
    deadline_text: str | None = None
    target: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventSighting:
    item_id: int
    source: Source
    position: int
    kind: str
    evidence: str
    actors: tuple[str, ...] = ()
    actor_keys: frozenset[str] = field(default_factory=frozenset)
    date: str | None = None
    date_text: str | None = None
    location: str | None = None
    summary: str | None = None


def order(sighting: DealSighting | PledgeSighting | EventSighting) -> tuple[str, str, int, int]:
    """Sort key independent of arrival order (item ids are not used but to break exact ties)."""
    return (sighting.source.published or "9999", sighting.source.key, sighting.position, sighting.item_id)
