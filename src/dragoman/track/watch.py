"""Watchlists: which items a watchlist wants, and whether an item is new or has changed.

A watchlist names any of an entity (an id, or words of a name: "Halvern" finds "Halvern
Minerals"), a country (ISO-3), a commodity and an item kind; an item matches when it meets
every one given. Each item carries a fingerprint of what a reader would want to hear about
again (a deal's status and steps, a pledge's state and evidence); a watchlist is told once per
fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dragoman.link.words import fold, stem, tokens

KINDS = ("deal", "pledge", "quote", "event")


@dataclass(frozen=True)
class Watch:
    name: str
    entity: str | None = None
    entity_keys: frozenset[str] = field(default_factory=frozenset)  # resolved ids of ``entity`` ("e12")
    country: str | None = None
    commodity: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class WatchItem:
    kind: str
    key: str  # stable identity ("deal:12")
    fingerprint: str
    payload: dict[str, Any]
    names: tuple[str, ...] = ()
    entity_keys: frozenset[str] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)
    commodity: str | None = None


@dataclass(frozen=True)
class Change:
    item: WatchItem
    change: str  # new | changed


def fingerprint(parts: Any) -> str:
    """A short stable hash of JSON-able ``parts``."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _names_match(wanted: str, names: Iterable[str]) -> bool:
    words = tokens(wanted)
    if not words:
        return False
    for name in names:
        have = tokens(name)
        if any(have[i:i + len(words)] == words for i in range(len(have) - len(words) + 1)):
            return True
    return False


def _commodity_match(wanted: str, commodity: str | None) -> bool:
    want = {stem(w) for w in tokens(wanted)}
    have = {stem(w) for w in tokens(commodity or "")}
    return bool(want) and want <= have


def matches(watch: Watch, item: WatchItem) -> bool:
    if watch.kind and item.kind != watch.kind:
        return False
    if watch.entity and not (watch.entity_keys & item.entity_keys or _names_match(watch.entity, item.names)):
        return False
    if watch.country and watch.country.upper() not in item.countries:
        return False
    return not (watch.commodity and not _commodity_match(watch.commodity, item.commodity))


def changes(watch: Watch, items: Iterable[WatchItem], told: Mapping[str, set[str]]) -> list[Change]:
    """The items ``watch`` wants that it was not told about in their present form.

    ``told`` maps an item key to the fingerprints already queued for the watchlist.
    """
    out = []
    for item in items:
        if not matches(watch, item):
            continue
        seen = told.get(item.key)
        if seen is None:
            out.append(Change(item, "new"))
        elif item.fingerprint not in seen:
            out.append(Change(item, "changed"))
    return out


def folded(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({fold(n) for n in names if n}))
