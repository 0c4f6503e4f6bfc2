"""One deal across the whole ledger: which reports, from any story and any month, are the same deal.

Coverage of a deal spans months and stories, and each report names it differently: the parties
("ZCMC" for the state company's full name, or just "Zambia"), the commodity ("copper",
"critical minerals"), the value or none. ``likeness`` weighs what two reports share:

- parties, resolved to entities (a firm or person counts more than a country as a party;
  financiers count as involved parties too), and counterparts that differ;
- the host country, the commodity and the sector, the instrument (a memorandum is not a contract);
- the value: close values agree strongly, values more than twice apart are two deals.

``group_deals`` joins each report to the most alike deal above ``SAME`` (no member may
contradict it), in an order that does not depend on when the articles arrived.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from dragoman.link.words import fold, stem, tokens
from dragoman.track.sightings import DealSighting, order

SAME = 0.5
CLOSE_VALUE = 1.25  # values within this ratio are one figure told two ways
FAR_VALUE = 2.0  # values further apart than this ratio are two deals
BLOCK_CANDIDATES = 40  # deals compared per lookup key: the most recently reported ones
COMPARED = 32  # reports of a deal a new report is compared with: the first ones and the latest
_GENERIC_WHAT = frozenset({"and", "of", "the", "other", "related", "services", "sector", "industry", "project"})
# words that name a class of commodities: "critical minerals" may be the copper or the lithium of another report
UMBRELLA = frozenset({"mineral", "critical", "metal", "resource", "commodity", "raw", "material", "strategic",
                      "rare", "base", "battery"})


def _words(text: str | None) -> frozenset[str]:
    return frozenset(stem(w) for w in tokens(text or "") if w not in _GENERIC_WHAT)


@dataclass(frozen=True)
class DealKeys:
    """A report reduced to what identity compares."""

    sighting: DealSighting
    strong: frozenset[str]  # firms, people, institutions (parties and financiers)
    weak: frozenset[str]  # countries as parties
    commodity: frozenset[str]
    sector: frozenset[str]
    instrument: str | None
    financing_only: bool  # a report of money lent or granted, naming only the lenders as parties

    @property
    def blocks(self) -> frozenset[str]:
        """Keys under which alike reports are looked up: each named party; what (commodity and
        sector words) with where (the country, or a country named as a party)."""
        where = ([f"c:{self.sighting.country}"] if self.sighting.country else []) + sorted(self.weak)
        what = self.commodity | self.sector
        if not what:
            return self.strong | frozenset(where)
        return self.strong | frozenset(f"{place}|{w}" for place in where for w in what)

    @property
    def signature(self) -> tuple[object, ...]:
        """Everything ``likeness`` reads: two reports with one signature score the same against anything."""
        s = self.sighting
        return (self.strong, self.weak, self.commodity, self.sector, self.instrument, self.financing_only,
                s.country, s.binding, s.value_amount, s.value_currency)

    @classmethod
    def of(cls, s: DealSighting) -> DealKeys:
        lenders = {f.key for f in s.financing}
        named = {p.key for p in s.parties if not p.is_country}
        weak = {p.key for p in s.parties if p.is_country}
        return cls(s, frozenset(named | lenders), frozenset(weak), _words(s.commodity), _words(s.sector),
                   fold(s.instrument) if s.instrument else None, bool(lenders) and named <= lenders)


def _value_ratio(a: DealSighting, b: DealSighting) -> float | None:
    if not (a.value_amount and b.value_amount and a.value_currency and a.value_currency == b.value_currency):
        return None
    return max(a.value_amount, b.value_amount) / min(a.value_amount, b.value_amount)


def likeness(a: DealKeys, b: DealKeys) -> float | None:
    """How surely two reports are one deal, roughly 0 to 1.5; None when they cannot be.

    A report of financing alone ("the bank approved a $250 million loan for the plant") names the
    lender, not the deal's parties, and its amount is the loan's: it is compared with a deal on
    where and what (country, commodity, sector), not on counterparts, instrument or value.
    """
    lending = a.financing_only != b.financing_only
    ratio = None if lending else _value_ratio(a.sighting, b.sighting)
    if ratio is not None and ratio > FAR_VALUE:
        return None
    score = 0.0
    shared = a.strong & b.strong
    if shared:
        score += 0.3 + 0.2 * len(shared) / min(len(a.strong), len(b.strong))
    elif a.weak & b.weak:
        score += 0.15
    mine, theirs = (a.strong | a.weak) - (b.strong | b.weak), (b.strong | b.weak) - (a.strong | a.weak)
    if a.strong and b.strong and not shared and not lending:
        score -= 0.5  # two sets of firms: two deals, however alike the rest
    elif mine and theirs and not lending:
        score -= 0.15  # each names a counterpart the other does not
    ca, cb = a.sighting.country, b.sighting.country
    if ca and cb:
        score += 0.1 if ca == cb else -0.3
    if a.commodity & b.commodity:
        score += 0.25
    elif a.commodity and b.commodity and not (a.commodity <= UMBRELLA or b.commodity <= UMBRELLA):
        score -= 0.15  # two different commodities (a class such as "minerals" may hold the other)
    if a.sector & b.sector:
        score += 0.1
    if a.instrument and b.instrument and not lending:
        score += 0.1 if a.instrument == b.instrument else -0.15
    if lending and ca and ca == cb and a.commodity & b.commodity:
        score += 0.2  # money for a deal of this kind, in this country
    ba, bb = a.sighting.binding, b.sighting.binding
    if ba is not None and bb is not None and ba != bb and not lending:
        score -= 0.2
    if ratio is not None and ratio <= CLOSE_VALUE:
        score += 0.35
    return score


class _Group:
    """A deal being gathered: its reports, and one report per distinct signature to compare with."""

    def __init__(self, first: DealKeys) -> None:
        self.members = [first]
        self.distinct = {first.signature: first}
        self.values = {(first.sighting.value_amount, first.sighting.value_currency, first.financing_only)}

    def add(self, keys: DealKeys) -> None:
        self.members.append(keys)
        self.distinct.setdefault(keys.signature, keys)
        self.values.add((keys.sighting.value_amount, keys.sighting.value_currency, keys.financing_only))

    def _contradicts(self, keys: DealKeys) -> bool:
        s = keys.sighting
        if not (s.value_amount and s.value_currency):
            return False
        return any(amount and currency == s.value_currency and lending == keys.financing_only
                   and max(amount, s.value_amount) / min(amount, s.value_amount) > FAR_VALUE
                   for amount, currency, lending in self.values)

    def score(self, keys: DealKeys) -> float | None:
        """The best likeness with a member (the first and the latest few distinct ones), None when a
        member's value contradicts the report's."""
        if self._contradicts(keys):
            return None
        shown = list(self.distinct.values())
        if len(shown) > COMPARED:
            shown = shown[:COMPARED // 4] + shown[-(COMPARED - COMPARED // 4):]
        scores = [found for found in (likeness(keys, other) for other in shown) if found is not None]
        return max(scores) if scores else None


def group_deals(sightings: Iterable[DealSighting]) -> list[list[DealSighting]]:
    """The reports of each deal together, first report first; the same for any arrival order."""
    groups: list[_Group] = []
    blocks: dict[str, dict[int, None]] = {}  # block -> its groups, the most recently joined last
    for keys in (DealKeys.of(s) for s in sorted(sightings, key=order)):
        best, best_score = None, SAME
        candidates = {i for block in keys.blocks for i in islice(reversed(blocks.get(block, {})), BLOCK_CANDIDATES)}
        for index in sorted(candidates):
            score = groups[index].score(keys)
            if score is not None and score >= best_score and (best is None or score > best_score):
                best, best_score = index, score
        if best is None:
            groups.append(_Group(keys))
            best = len(groups) - 1
        else:
            groups[best].add(keys)
        for block in keys.blocks:
            recent = blocks.setdefault(block, {})
            recent.pop(best, None)
            recent[best] = None
    return [[k.sighting for k in group.members] for group in groups]
