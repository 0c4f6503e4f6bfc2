"""Typed records that mirror ``spec/extraction.schema.json`` (the interchange record).

Every extracted item also carries two fields the schema allows as extras: ``extractor``
(``name@version`` of the component that produced it) and ``span`` (character offsets of its
evidence in the article body), so that stored items stay traceable and replaceable.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["person", "organization", "country", "place", "other"]
EventKind = Literal[
    "meeting", "visit", "agreement", "statement", "investment", "financing", "legislation", "pledge", "other"
]
DealStatus = Literal[
    "proposed", "announced", "signed", "financing_considered", "in_progress", "completed", "cancelled"
]
FinancingStatus = Literal["considered", "committed", "disbursed"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    def dump(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class Item(Record):
    """Base of extracted items: who made it and where its evidence sits in the body."""

    extractor: str | None = None
    span: tuple[int, int] | None = None


class Money(Record):
    amount: float = Field(ge=0)
    currency: str
    qualifier: str | None = None


class Article(Record):
    id: str
    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = "en"
    body: str


class Entity(Item):
    name: str
    type: EntityType
    title: str | None = None
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 1


class Event(Item):
    date: str | None = None
    date_text: str | None = None
    kind: EventKind
    actors: list[str] = Field(default_factory=list)
    location: str | None = None
    summary: str | None = None
    evidence: str


class Stake(Record):
    party: str
    percent: float = Field(ge=0, le=100)


class Financing(Record):
    financier: str
    amount: float | None = None
    currency: str | None = None
    instrument: str | None = None
    status: FinancingStatus | None = None


class Deal(Item):
    parties: list[str] = Field(default_factory=list)
    country: str | None = None
    commodity: str | None = None
    sector: str | None = None
    value: Money | None = None
    stakes: list[Stake] = Field(default_factory=list)
    financing: list[Financing] = Field(default_factory=list)
    status: DealStatus | None = None
    instrument: str | None = None  # memorandum of understanding, letter of interest, loan, contract ...
    binding: bool | None = None  # False for memoranda, letters of intent or interest, framework agreements
    evidence: str


class Pledge(Item):
    actor: str
    action: str
    target: list[str] = Field(default_factory=list)
    deadline: str | None = None
    deadline_text: str | None = None
    evidence: str


class Quote(Item):
    speaker: str | None = None
    text: str = Field(min_length=1)
    evidence: str


class Extraction(Record):
    """One article and everything extracted from it: one line of ``dragoman extract``."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    deals: list[Deal] = Field(default_factory=list)
    pledges: list[Pledge] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)


class Rejected(Record):
    """An input that was dropped, with a machine-readable reason and a human detail."""

    source: str
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}: {self.detail}" if self.detail else f"{self.source}: {self.reason}"
