"""Merged items: one deal, pledge, quote or event per real-world thing across a story's articles.

Pure functions over records: ``merge_story`` takes the story's sources (articles) and their
items, and returns ``MergedItem`` values with their supporting articles, the number of
independent outlets (a wire copy counts with its original), when it was first reported, and
every field's values with the articles that gave them. Items are compared only inside blocks
(same speaker, actor, party or kind), so a story's merge stays cheap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dragoman.link.fields import FIELDS, field_values
from dragoman.link.likeness import CONFLICT, Keyed, likeness
from dragoman.link.names import person_parts
from dragoman.link.words import fold
from dragoman.records import Deal, Event, Pledge, Quote

Record = Deal | Pledge | Quote | Event
KINDS = ("deal", "pledge", "quote", "event")
SAME = 0.5  # lowest likeness at which two items are one thing


@dataclass(frozen=True)
class Source:
    """One article of a story, as merging needs it."""

    article_id: int
    outlet: str | None = None
    published: str | None = None
    original_id: int | None = None  # the article this one is a copy of
    order: int = 0  # arrival order
    names: Mapping[str, str] = field(default_factory=dict)  # folded name -> "e<id>"



def outlet_keys(sources: Sequence[Source]) -> dict[int, str]:
    """Article id -> who independently reported it: its outlet, or for a copy its original's outlet.

    Two articles of one outlet count once; a wire copy counts with its original.
    """
    by_id = {s.article_id: s for s in sources}

    def own(source: Source) -> str:
        return f"o:{fold(source.outlet)}" if source.outlet else f"a{source.article_id}"

    keys = {}
    for source in sources:
        if source.original_id is None:
            keys[source.article_id] = own(source)
        elif source.original_id in by_id:
            keys[source.article_id] = own(by_id[source.original_id])
        else:
            keys[source.article_id] = f"a{source.original_id}"
    return keys


@dataclass(frozen=True)
class ItemRef:
    kind: str  # deal | pledge | quote | event
    item_id: int
    article_id: int
    record: Record


@dataclass
class FieldValue:
    value: Any  # normalised, JSON-able
    text: str  # as shown
    articles: list[int] = field(default_factory=list)
    evidence: dict[int, str] = field(default_factory=dict)  # article id -> sentence


@dataclass
class MergedItem:
    kind: str
    label: str
    members: list[tuple[int, int]]  # (item id, article id)
    articles: list[int]
    outlets: int
    first_reported: str | None
    first_article: int
    fields: dict[str, list[FieldValue]]
    entities: list[str]  # "e<id>" keys of the people and organisations involved


def name_key(name: str | None, source: Source) -> str | None:
    """The resolved key of a name as one article uses it ("e12"), else its folded form."""
    if not name:
        return None
    folded = fold(name)
    if folded in source.names:
        return source.names[folded]
    _, surname = person_parts(name)
    matches = {key for known, key in source.names.items() if surname and person_parts(known)[1] == surname}
    if len(matches) == 1:
        return matches.pop()
    return f"n:{folded}"


def merge_story(sources: Sequence[Source], items: Iterable[ItemRef]) -> list[MergedItem]:
    """Group the items of one story into merged items, in order of first report."""
    by_id = {s.article_id: s for s in sources}
    keyed = [Keyed.of(item, by_id[item.article_id], name_key) for item in items if item.article_id in by_id]
    keyed.sort(key=lambda k: (_order(by_id[k.item.article_id]), k.item.item_id))
    clusters: list[list[Keyed]] = []
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for entry in keyed:
        best, best_score = None, SAME
        for block in entry.blocks:
            for index in blocks.get(block, ()):
                scores = [likeness(entry, other) for other in clusters[index]]
                score = max(scores) if min(scores) > CONFLICT else CONFLICT  # no member may contradict it
                if score >= best_score and (best is None or score > best_score or index < best):
                    best, best_score = index, score
        if best is None:
            clusters.append([entry])
            best = len(clusters) - 1
        else:
            clusters[best].append(entry)
        for block in entry.blocks:
            if best not in blocks[block]:
                blocks[block].append(best)
    outlets = outlet_keys(sources)
    return [_merged(cluster, by_id, outlets) for cluster in clusters]


def _order(source: Source) -> tuple[str, int]:
    return (source.published or "9999", source.order)


def _merged(cluster: list[Keyed], sources: Mapping[int, Source], outlets: Mapping[int, str]) -> MergedItem:
    kind = cluster[0].item.kind
    articles = sorted({k.item.article_id for k in cluster}, key=lambda a: _order(sources[a]))
    first = articles[0]
    dated = sorted(p for p in (sources[a].published for a in articles) if p)
    fields: dict[str, list[FieldValue]] = {}
    for name in FIELDS[kind]:
        values: dict[str, FieldValue] = {}
        for entry in cluster:
            for norm, value, text in field_values(kind, name, entry.item.record, entry.keys):
                slot = values.setdefault(norm, FieldValue(value=value, text=text))
                if entry.item.article_id not in slot.articles:
                    slot.articles.append(entry.item.article_id)
                    slot.evidence[entry.item.article_id] = _evidence(entry.item.record)
        if values:
            fields[name] = list(values.values())
    entities = sorted({key for k in cluster for key in k.entity_keys if key.startswith("e")})
    return MergedItem(
        kind=kind, label=_label(cluster[0]), members=[(k.item.item_id, k.item.article_id) for k in cluster],
        articles=articles, outlets=len({outlets[a] for a in articles}),
        first_reported=dated[0] if dated else None, first_article=first, fields=fields, entities=entities)


def _evidence(record: Record) -> str:
    return record.evidence


def _label(entry: Keyed) -> str:
    record = entry.item.record
    if isinstance(record, Quote):
        text = record.text if len(record.text) <= 90 else record.text[:87] + "..."
        return f"\u201c{text}\u201d \u2014 {record.speaker or 'unattributed'}"
    if isinstance(record, Pledge):
        return f"{record.actor}: {record.action}"
    if isinstance(record, Deal):
        what = record.commodity or record.sector or "deal"
        parties = ", ".join(record.parties) or "unnamed parties"
        return f"{parties}: {what}" + (f" ({record.country})" if record.country else "")
    summary = record.summary or record.evidence
    return f"{record.kind}: {summary if len(summary) <= 100 else summary[:97] + '...'}"
