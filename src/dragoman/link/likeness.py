"""How alike two extracted items are: the test behind merging (same deal, same quote ...).

Each item is first ``Keyed``: its names resolved to entity keys, its comparison words, and the
blocks it is filed under. ``likeness`` then scores two keyed items of one kind from 0 to 1;
``merge.SAME`` is the bar for "one real-world thing".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from dragoman.link.days import parse_day
from dragoman.link.words import content_words, stem, tokens
from dragoman.records import Deal, Event, Pledge, Quote

if TYPE_CHECKING:
    from dragoman.link.merge import ItemRef, Source

CONFLICT = -1.0  # two items that cannot be one thing (different speakers, firms, days): keeps clusters apart
QUOTE_SAME = 0.8  # token-set agreement from which two quotes are one statement
SHORT_QUOTE = 4  # quotes shorter than this many words match only inside a longer one


@dataclass
class Keyed:
    item: ItemRef
    keys: dict[str, str] = field(default_factory=dict)  # name as written -> key
    words: frozenset[str] = frozenset()
    blocks: list[tuple[str, str]] = field(default_factory=list)

    @property
    def entity_keys(self) -> set[str]:
        return set(self.keys.values())

    def key(self, name: str | None) -> str | None:
        return self.keys.get(name) if name else None

    @classmethod
    def of(cls, item: ItemRef, source: Source, name_key: Callable[[str | None, Source], str | None]) -> Keyed:
        record = item.record
        names: list[str] = []
        text = ""
        if isinstance(record, Quote):
            names, text = [record.speaker] if record.speaker else [], record.text
        elif isinstance(record, Pledge):
            names, text = [record.actor], f"{record.action} {' '.join(record.target)}"
        elif isinstance(record, Deal):
            names = [*record.parties, *(s.party for s in record.stakes), *(f.financier for f in record.financing)]
            text = " ".join(x for x in (record.commodity, record.sector) if x)
        elif isinstance(record, Event):
            names, text = list(record.actors), f"{record.summary or ''} {record.evidence}"
        keys = {n: k for n in names if (k := name_key(n, source))}
        entry = cls(item=item, keys=keys, words=frozenset(stem(w) for w in content_words(text)))
        entry.blocks = _blocks(entry)
        return entry


def _blocks(entry: Keyed) -> list[tuple[str, str]]:
    record, kind = entry.item.record, entry.item.kind
    if isinstance(record, Quote):
        return [(kind, entry.key(record.speaker) or "none")]
    if isinstance(record, Pledge):
        return [(kind, entry.key(record.actor) or "none")]
    if isinstance(record, Deal):
        blocks = [(kind, k) for n in record.parties if (k := entry.key(n)) and not _is_country_name(n)]
        blocks.append((kind, f"{record.country}/{record.commodity}"))
        return blocks
    if isinstance(record, Event):
        actors = [k for n in record.actors if (k := entry.key(n))]
        return [(kind, f"{record.kind}/{a}") for a in actors] or [(kind, f"{record.kind}/-")]
    return [(kind, "-")]


def _is_country_name(name: str) -> bool:
    from dragoman.extract.geo import country_by_name

    return country_by_name(name) is not None


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared words over the smaller set."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def likeness(a: Keyed, b: Keyed) -> float:
    ra, rb = a.item.record, b.item.record
    if isinstance(ra, Quote) and isinstance(rb, Quote):
        return _quotes(ra, rb, a, b)
    if isinstance(ra, Pledge) and isinstance(rb, Pledge):
        ka, kb = a.key(ra.actor), b.key(rb.actor)
        if ka and kb and ka != kb:
            return CONFLICT
        return overlap(a.words, b.words)
    if isinstance(ra, Deal) and isinstance(rb, Deal):
        return _deals(ra, rb, a, b)
    if isinstance(ra, Event) and isinstance(rb, Event):
        return _events(ra, rb, a, b)
    return 0.0


def _quotes(ra: Quote, rb: Quote, a: Keyed, b: Keyed) -> float:
    ka, kb = a.key(ra.speaker), b.key(rb.speaker)
    if ka and kb and ka != kb:
        return CONFLICT
    ta, tb = tokens(ra.text), tokens(rb.text)
    short, long_ = sorted((ta, tb), key=len)
    if len(short) < SHORT_QUOTE:
        inside = any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))
        return 0.9 if short and inside and ka and kb else 0.0
    score = fuzz.token_set_ratio(" ".join(ta), " ".join(tb)) / 100.0
    return score if score >= QUOTE_SAME else 0.0


def _deals(ra: Deal, rb: Deal, a: Keyed, b: Keyed) -> float:
    if ra.country and rb.country and ra.country != rb.country:
        return CONFLICT
    sa, sb = _sector(ra), _sector(rb)
    if sa and sb and sa != sb:
        return CONFLICT  # a railway and a copper mine of one firm are two deals
    pa = {k for n in ra.parties if (k := a.key(n)) and not _is_country_name(n)}
    pb = {k for n in rb.parties if (k := b.key(n)) and not _is_country_name(n)}
    if pa & pb:
        return 0.9
    if pa and pb:
        return CONFLICT  # both name firms, and not the same ones
    if ra.commodity and rb.commodity:
        ca, cb = stem(ra.commodity.lower()), stem(rb.commodity.lower())
        return 0.7 if ca == cb else (0.0 if ca in cb or cb in ca else CONFLICT)
    return 0.0


def _sector(deal: Deal) -> str | None:
    from dragoman.extract.commodities import LEXICON

    known = LEXICON.get((deal.commodity or "").lower())
    return known[0] if known else deal.sector


def _events(ra: Event, rb: Event, a: Keyed, b: Keyed) -> float:
    if ra.kind != rb.kind:
        return CONFLICT
    da, db = parse_day(ra.date), parse_day(rb.date)
    if da and db and abs((da - db).days) > 1:
        return CONFLICT
    if ra.date and rb.date and not (da and db) and not (ra.date.startswith(rb.date) or rb.date.startswith(ra.date)):
        return CONFLICT  # "2026-03" and "2026-06-16"
    actors_a = {k for n in ra.actors if (k := a.key(n))}
    actors_b = {k for n in rb.actors if (k := b.key(n))}
    text = overlap(a.words, b.words)
    if actors_a & actors_b:
        return 0.4 + 0.6 * text
    if actors_a and actors_b:
        return CONFLICT
    same_place = bool(ra.location and rb.location and tokens(ra.location) == tokens(rb.location))
    return 0.3 * same_place + 0.7 * text
