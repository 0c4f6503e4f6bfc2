"""Discrepancies: where sources give different values for the same thing, side by side.

Three places are compared: the fields of merged items (a deal's amount, a pledge's deadline,
an event's date or actors, a quote's wording), the titles one person is given within a story,
and aligned statements in the story's texts (``link.claims``). Each discrepancy lists every
value with the articles that gave it and their sentences, and a severity: ``conflict`` (the
values cannot all be right), ``precision`` (compatible values of different precision, such as
"over $1 billion" and "$1.1 billion"), or ``wording`` (one statement quoted differently).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dragoman.link.entities import titles_conflict
from dragoman.link.fields import SET_FIELDS
from dragoman.link.likeness import SHORT_QUOTE
from dragoman.link.merge import FieldValue, MergedItem
from dragoman.link.words import fold, tokens

SKIPPED_FIELDS = frozenset({"action", "speaker", "actor"})  # free text or merge keys: never a discrepancy


@dataclass
class Side:
    """One value of a discrepancy and where it comes from."""

    value: Any
    text: str
    articles: list[int]
    evidence: dict[int, str] = field(default_factory=dict)


@dataclass
class Discrepancy:
    kind: str  # deal | pledge | quote | event | entity | claim
    field: str
    subject: str
    severity: str  # conflict | precision | wording
    sides: list[Side]
    merged: int | None = None  # index into the story's merged items
    entity: str | None = None  # "e<id>" for titles
    note: str = ""

    @property
    def articles(self) -> list[int]:
        return sorted({a for side in self.sides for a in side.articles})


@dataclass(frozen=True)
class TitleSighting:
    """A title one article gives an entity."""

    entity: str  # "e<id>"
    name: str
    title: str
    article_id: int
    evidence: str = ""


def item_discrepancies(merged: Sequence[MergedItem], published: Mapping[int, str | None] | None = None,
                       ) -> list[Discrepancy]:
    """Field-by-field disagreements inside each merged item.

    ``published`` (article id -> date) lets a deal's statuses told on different days be what they
    are, steps of its history (tracked in ``track``), and not a disagreement.
    """
    found: list[Discrepancy] = []
    for index, item in enumerate(merged):
        if len(item.articles) < 2:
            continue
        for name, values in item.fields.items():
            if name in SKIPPED_FIELDS or len(values) < 2:
                continue
            if name == "location" and item.kind == "event" and item.label.startswith("statement:"):
                continue  # one speaker's statements merge loosely: the places are where each was made
            if name == "status" and published is not None:
                values = _same_day(values, published)
                if len(values) < 2:
                    continue
            verdict = _compare(name, values)
            if verdict is None:
                continue
            severity, note = verdict
            sides = [Side(v.value, v.text, list(v.articles), dict(v.evidence)) for v in values]
            found.append(Discrepancy(kind=item.kind, field=name, subject=item.label, severity=severity,
                                     sides=sides, merged=index, note=note))
    return found


def _same_day(values: list[FieldValue], published: Mapping[int, str | None]) -> list[FieldValue]:
    """The values some other value was also reported with on the same day (each with those articles)."""
    def day(article: int) -> str:
        return (published.get(article) or "")[:10]

    kept = []
    for value in values:
        days = {day(a) for a in value.articles}
        others = {day(a) for other in values if other is not value for a in other.articles}
        shared = (days & others) - {""}
        if shared:
            kept.append(FieldValue(value.value, value.text, [a for a in value.articles if day(a) in shared],
                                   {a: e for a, e in value.evidence.items() if day(a) in shared}))
    return kept


def _compare(name: str, values: list[FieldValue]) -> tuple[str, str] | None:
    if name == "value":
        return _money(values)
    if name in ("stakes", "financing"):
        return _numbers_by_key(values)
    if name in SET_FIELDS:
        sets = [set(v.value) for v in values]
        if all(any(not (s <= t or t <= s) for t in sets) for s in sets):
            return "conflict", "each source names someone the others do not"
        return None
    if name == "text":
        return _wording(values)
    if name in ("date", "deadline"):
        dates = [str(v.value.get("deadline") if isinstance(v.value, dict) else v.value or "") for v in values]
        if len(set(dates)) == 1:
            return "precision", "same date, said differently"
        if all(any(a.startswith(b) or b.startswith(a) for b in dates if b != a) for a in dates if a):
            return "precision", "one date is more precise than the other"
        return "conflict", ""
    if name == "commodity":
        return _commodities(values)
    if name == "location":
        values = [v for v in values if _stated(v)]  # a place taken from a dateline is where the report was filed
        countries = {_country_of(v.text) for v in values}
        if None in countries or len(countries) < 2:
            return None  # "White House" and "Washington": one place inside another, or unknown
        return "conflict", "places in different countries"
    return "conflict", ""


def _commodities(values: list[FieldValue]) -> tuple[str, str] | None:
    """A conflict only between two specific commodities ("copper" against "lithium"); a broad word
    ("critical minerals", "minerals") fits any specific one of its sector."""
    from dragoman.extract.commodities import LEXICON

    specific = {str(v.value).lower() for v in values if LEXICON.get(str(v.value).lower(), ("", 3))[1] >= 2}
    return ("conflict", "") if len(specific) >= 2 else None


_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'\u2019 -]{2,}(?:,[^\n\u2013\u2014-]{0,40})?\s*(?:--|[\u2013\u2014-])\s*")


def _stated(value: FieldValue) -> bool:
    """True when a sentence the value comes from names the place (or, without sentences, unknown: kept)."""
    if not value.evidence:
        return True
    parts = [fold(p) for p in str(value.text).split(",") if p.strip()]
    return any(all(p in fold(_DATELINE.sub("", sentence)) for p in parts) for sentence in value.evidence.values())


def _country_of(place: str) -> str | None:
    from dragoman.extract.geo import country_code

    parts = [p.strip() for p in place.split(",") if p.strip()]
    codes = {country_code(p) for p in parts} - {None}
    return codes.pop() if len(codes) == 1 else None


def _money(values: list[FieldValue]) -> tuple[str, str] | None:
    monies = [v.value for v in values if isinstance(v.value, dict)]
    if len({m.get("currency") for m in monies}) > 1:
        return "conflict", "different currencies"
    for a in monies:
        for b in monies:
            if a is not b and not _money_compatible(a, b):
                return "conflict", ""
    return "precision", "the amounts agree within their qualifiers"


def _money_compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    x, y = float(a["amount"]), float(b["amount"])
    qa, qb = (a.get("qualifier") or "").lower(), (b.get("qualifier") or "").lower()
    if x == y:
        return True
    for q, base, other in ((qa, x, y), (qb, y, x)):
        if q in ("over", "more than", "above", "at least", "upwards of") and other >= base:
            return True
        if q in ("up to", "under", "less than", "below", "at most") and other <= base:
            return True
        if q in ("about", "around", "nearly", "almost", "some", "roughly", "approximately") and abs(other - base) <= 0.15 * base:
            return True
    return False


def _numbers_by_key(values: list[FieldValue]) -> tuple[str, str] | None:
    seen: dict[str, set[str]] = defaultdict(set)
    for v in values:
        for norm in v.value:
            key, _, number = str(norm).partition("=")
            if number:
                seen[key].add(number)
    if any(len(numbers) > 1 for numbers in seen.values()):
        return "conflict", "different figures for the same party"
    return None


def _wording(values: list[FieldValue]) -> tuple[str, str] | None:
    texts = [tokens(str(v.value)) for v in values]
    long_enough = [t for t in texts if len(t) >= SHORT_QUOTE]
    if len(long_enough) < 2:
        return None
    pairs = [(a, b) for i, a in enumerate(long_enough) for b in long_enough[i + 1:] if not _inside(a, b)]
    if not pairs:
        return None
    a, b = pairs[0]
    return "wording", _diff(a, b)


def _inside(a: list[str], b: list[str]) -> bool:
    short, long_ = sorted((a, b), key=len)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _diff(a: list[str], b: list[str]) -> str:
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op != "equal":
            parts.append(f"{' '.join(a[i1:i2]) or '(nothing)'} / {' '.join(b[j1:j2]) or '(nothing)'}")
    return "; ".join(parts[:4])


def title_discrepancies(sightings: Iterable[TitleSighting]) -> list[Discrepancy]:
    """Titles of one person that describe different offices within one story."""
    by_entity: dict[str, list[TitleSighting]] = defaultdict(list)
    for s in sightings:
        by_entity[s.entity].append(s)
    found = []
    for entity, seen in sorted(by_entity.items()):
        distinct: dict[str, Side] = {}
        for s in seen:
            side = distinct.setdefault(s.title.strip(), Side(value=s.title.strip(), text=s.title.strip(), articles=[]))
            if s.article_id not in side.articles:
                side.articles.append(s.article_id)
                side.evidence[s.article_id] = s.evidence
        titles = list(distinct)
        if any(titles_conflict(a, b) for i, a in enumerate(titles) for b in titles[i + 1:]):
            found.append(Discrepancy(kind="entity", field="title", subject=seen[0].name, severity="conflict",
                                     sides=list(distinct.values()), entity=entity))
    return found
