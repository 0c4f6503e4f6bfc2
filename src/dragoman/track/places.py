"""Places named in a sentence, for telling which trip or site a pledge and an event are about.

A place is a run of capitalised words ("Brussels", "North-Western Province", "Chisola") that is
not a person's name given to the function, a title of office, a month or weekday, or a function
word starting a sentence. Two places are the same when they share a distinctive word or name the
same country ("London" and "the United Kingdom"). This is deliberately plain: it needs no parser,
so the same rule reads an action phrase, an event's location and an evidence sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dragoman.extract.geo import country_code
from dragoman.extract.titles import MODIFIERS, is_office_word
from dragoman.link.words import STOPWORDS, fold

_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:of|de|del|la|el|upon|am|an|al)?\s*[A-Z][\w'\u2019-]*)*")
_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# Words that name a kind of place rather than one place: they never make two places the same.
GENERIC = frozenset({
    "province", "region", "district", "county", "state", "states", "city", "town", "village", "site", "mine",
    "port", "capital", "republic", "kingdom", "united", "federal", "people's", "democratic", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "new", "great",
    "island", "islands", "bay", "river", "lake", "valley", "mount", "corridor", "project", "plant", "airport",
    "station", "house", "hall", "palace", "ministry", "government", "office", "national", "international",
    "european", "african", "asian", "american", "union", "commission", "council", "bank", "summit", "forum",
})
_CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday", "sept"})


@dataclass(frozen=True)
class Place:
    name: str
    words: frozenset[str]  # distinctive folded words
    country: str | None  # ISO-3 when the place is a country or a capital

    def same(self, other: Place) -> bool:
        return bool(self.words & other.words) or (self.country is not None and self.country == other.country)


def place(name: str) -> Place | None:
    """A place for a name as written, or None when it has no distinctive word."""
    words = frozenset(w for w in _TOKEN.findall(fold(name)) if w not in GENERIC and w not in STOPWORDS)
    code = country_code(name)
    if not words and code is None:
        return None
    return Place(name=name.strip(), words=words, country=code)


def _skip(word: str, names: set[str]) -> bool:
    low = fold(word).strip("'")
    return (low in STOPWORDS or low in _CALENDAR or low in names or is_office_word(low) or low in MODIFIERS
            or (low.endswith("'s") and low[:-2] in names))


def places_in(text: str, *, people: Iterable[str] = ()) -> list[Place]:
    """The places ``text`` names, in order, without the words of ``people``'s names."""
    return list(_places(text or "", tuple(people)))


@lru_cache(maxsize=65536)
def _places(text: str, people: tuple[str, ...]) -> tuple[Place, ...]:
    names = {w for person in people for w in _TOKEN.findall(fold(person))}
    found: list[Place] = []
    for match in _RUN.finditer(text):
        kept = [w for w in match.group(0).split() if w[:1].isupper() and not _skip(w, names)]
        if not kept:
            continue
        found_place = place(" ".join(kept))
        if found_place is not None and not any(p.same(found_place) and p.words == found_place.words for p in found):
            found.append(found_place)
    return tuple(found)


def overlaps(ours: Iterable[Place], theirs: Iterable[Place]) -> list[Place]:
    """Those of ``ours`` that one of ``theirs`` names too."""
    others = list(theirs)
    return [p for p in ours if any(p.same(o) for o in others)]
