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

from dragoman.link.words import fold, stem, tokens
from dragoman.track.sightings import DealSighting, order

SAME = 0.5
CLOSE_VALUE = 1.25  # values within this ratio are one figure told two ways
FAR_VALUE = 2.0  # values further apart than this ratio are two deals
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
        """Keys under which alike reports are looked up: parties, country, commodity words."""
        country = {f"c:{self.sighting.country}"} if self.sighting.country else set()
        return self.strong | self.weak | country | {f"w:{w}" for w in self.commodity}

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
    if mine and theirs and not lending:
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


def group_deals(sightings: Iterable[DealSighting]) -> list[list[DealSighting]]:
    """The reports of each deal together, first report first; the same for any arrival order."""
    groups: list[list[DealKeys]] = []
    blocks: dict[str, set[int]] = {}
    for keys in (DealKeys.of(s) for s in sorted(sightings, key=order)):
        best, best_score = None, SAME
        candidates = sorted({i for block in keys.blocks for i in blocks.get(block, ())})
        for index in candidates:
            group = groups[index]
            scores = [likeness(keys, other) for other in group]
            if any(s is None for s in scores):
                continue
            score = max(s for s in scores if s is not None)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = index, score
        if best is None:
            groups.append([keys])
            best = len(groups) - 1
        else:
            groups[best].append(keys)
        for block in keys.blocks:
            blocks.setdefault(block, set()).add(best)
    return [[k.sighting for k in group] for group in groups]
