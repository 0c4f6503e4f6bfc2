"""Builders of extraction records for ledger tests: articles written in the tests, items by hand.

Items get ``extractor`` and ``span`` like the pipeline's (the span found in the body), so
store tests run without the NLP pipeline.
"""

from __future__ import annotations

from typing import Any

from dragoman.clean.ids import article_id
from dragoman.records import Article, Deal, Entity, Event, Extraction, Money, Pledge, Quote


def _span(body: str, evidence: str) -> tuple[int, int] | None:
    start = body.find(evidence)
    return (start, start + len(evidence)) if start >= 0 else None


def record(body: str, *, source: str = "page.txt", url: str | None = None, outlet: str | None = None,
           title: str | None = None, published: str | None = None, entities: list[Entity] | None = None,
           quotes: list[tuple[str | None, str]] | None = None, deals: list[dict[str, Any]] | None = None,
           pledges: list[dict[str, Any]] | None = None, events: list[dict[str, Any]] | None = None,
           version: int = 1) -> Extraction:
    """An extraction record; quotes are (speaker, text) found in the body, the sentence is the evidence."""
    article = Article(id=article_id(body), source=source, url=url, outlet=outlet, title=title, published=published,
                      body=body)
    quote_items = []
    for speaker, text in quotes or []:
        start = body.find(text)
        end = body.find(".", start + len(text)) + 1 if start >= 0 else 0
        begin = body.rfind(". ", 0, max(start, 0)) + 2 if start > 0 else 0
        evidence = body[begin:end or len(body)].strip() if start >= 0 else text
        quote_items.append(Quote(speaker=speaker, text=text, evidence=evidence, extractor=f"quotes@{version}",
                                 span=_span(body, evidence)))
    return Extraction(
        article=article,
        entities=[e.model_copy(update={"extractor": f"entities@{version}"}) for e in entities or []],
        quotes=quote_items,
        deals=[_item(Deal, body, d, f"deals@{version}") for d in deals or []],
        pledges=[_item(Pledge, body, p, f"pledges@{version}") for p in pledges or []],
        events=[_item(Event, body, e, f"events@{version}") for e in events or []],
    )


def _item(cls: Any, body: str, fields: dict[str, Any], extractor: str) -> Any:
    fields = dict(fields)
    if isinstance(fields.get("value"), tuple):
        amount, currency, *qualifier = fields["value"]
        fields["value"] = Money(amount=amount, currency=currency, qualifier=qualifier[0] if qualifier else None)
    return cls(extractor=extractor, span=_span(body, fields["evidence"]), **fields)


def person(name: str, *, title: str | None = None, aliases: tuple[str, ...] = (), mentions: int = 1,
           country: str | None = None) -> Entity:
    return Entity(name=name, type="person", title=title, aliases=list(aliases), mentions=mentions, country=country)


def org(name: str, *, aliases: tuple[str, ...] = (), mentions: int = 1, country: str | None = None) -> Entity:
    return Entity(name=name, type="organization", aliases=list(aliases), mentions=mentions, country=country)


def country(name: str, code: str, mentions: int = 1) -> Entity:
    return Entity(name=name, type="country", country=code, mentions=mentions)


def place(name: str, mentions: int = 1) -> Entity:
    return Entity(name=name, type="place", mentions=mentions)
