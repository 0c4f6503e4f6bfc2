"""Entity resolution across articles: one person or organisation behind many spellings.

A name as one article gives it (``NameRef``) is compared only with the known entities that
share one of its blocking keys (``names.blocking_keys``), so the cost per article stays flat.
People match on surname (exact, or one letter apart from five letters up) with compatible given
names, or on a surname alone when one known person carries it; organisations match on their
identifying words, a short name contained in the full legal one ("X Capital" in "X Kaz Capital
Group"), or an acronym. Titles are kept per mention; ``titles_conflict`` says when two titles
of one person cannot both be right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from dragoman.link.names import acronym, name_tokens, org_core, org_words, person_parts
from dragoman.link.words import STOPWORDS

_RANKS = frozenset({"vice", "deputy", "assistant", "under", "associate", "lieutenant"})
MATCH = 0.7  # lowest score that resolves a name to a known entity
_COUNTRY_TAGS = {"us": "USA", "usa": "USA", "america": "USA", "american": "USA", "united states": "USA",
                 "uk": "GBR", "britain": "GBR", "british": "GBR", "eu": "EU", "european": "EU"}


@dataclass(frozen=True)
class NameRef:
    """An entity as one article names it."""

    name: str
    type: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    title: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class KnownEntity:
    """A resolved entity as the ledger knows it."""

    entity_id: int
    name: str
    type: str
    country: str | None = None
    names: set[str] = field(default_factory=set)
    mentions: int = 0

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *sorted(self.names - {self.name}))


def resolve(ref: NameRef, candidates: Sequence[KnownEntity]) -> KnownEntity | None:
    """The known entity ``ref`` names, or None when it is new (or too ambiguous to tell)."""
    scored = sorted(((match_score(ref, known), known) for known in candidates),
                    key=lambda pair: (-pair[0], -pair[1].mentions, pair[1].entity_id))
    scored = [(score, known) for score, known in scored if score >= MATCH]
    if not scored:
        return None
    best_score, best = scored[0]
    rivals = [known for score, known in scored[1:] if score == best_score]
    if rivals and best_score < 1.0 and best.mentions < 2 * max(r.mentions for r in rivals):
        return None  # "Smith" alone with two known Smiths: do not guess
    return best


def match_score(ref: NameRef, known: KnownEntity) -> float:
    """How surely ``ref`` and ``known`` are one entity, 0 to 1."""
    if ref.country and known.country and ref.country != known.country and ref.type != "country":
        return 0.0
    if ref.type != known.type:
        if {ref.type, known.type} <= {"person", "organization"} and _same_form(ref.forms, known.forms):
            return 0.8  # a tagger's person/organisation confusion on an identical name
        return 0.0
    if ref.type == "person":
        return _best(_person_score, ref.forms, known.forms)
    if ref.type == "organization":
        return _best(_org_score, ref.forms, known.forms)
    if ref.type == "country":
        return 1.0 if ref.country and ref.country == known.country else 0.0
    return 1.0 if _same_form(ref.forms, known.forms) else 0.0


def _same_form(a: Iterable[str], b: Iterable[str]) -> bool:
    keys = {" ".join(name_tokens(x)) for x in a}
    return any(" ".join(name_tokens(y)) in keys for y in b)


def _best(score: Callable[[str, str], float], a_forms: Iterable[str], b_forms: Iterable[str]) -> float:
    return max((score(a, b) for a in a_forms for b in b_forms), default=0.0)


def _person_score(a: str, b: str) -> float:
    given_a, sur_a = person_parts(a)
    given_b, sur_b = person_parts(b)
    if not sur_a or not sur_b:
        return 0.0
    if sur_a == sur_b:
        exact = True
    elif min(len(sur_a), len(sur_b)) >= 5 and Levenshtein.distance(sur_a, sur_b) <= (2 if len(sur_a) >= 10 else 1):
        exact = False
    else:
        return 0.0
    if given_a and given_b:
        if not _given_compatible(given_a[0], given_b[0]):
            return 0.0
        return 1.0 if exact and given_a == given_b else (0.95 if exact else 0.85)
    if not exact and min(len(sur_a), len(sur_b)) < 6:
        return 0.0
    return 0.8 if exact else 0.72


def _given_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) <= 2:  # an initial, or two ("J." / "JD")
        return long_.startswith(short[0])
    return len(short) >= 3 and long_.startswith(short)  # "Chris" / "Christopher"


def _country_tag(name: str) -> str | None:
    words = name_tokens(name)
    text = " ".join(words)
    if "united states" in text:
        return "USA"
    return next((_COUNTRY_TAGS[w] for w in words if w in _COUNTRY_TAGS), None)


def _org_score(a: str, b: str) -> float:
    tag_a, tag_b = _country_tag(a), _country_tag(b)
    if tag_a and tag_b and tag_a != tag_b:
        return 0.0
    core_a, core_b = org_core(a) or org_words(a), org_core(b) or org_words(b)
    if not core_a or not core_b:
        return 0.0
    if set(core_a) == set(core_b):
        return 1.0
    short, long_ = sorted((core_a, core_b), key=len)
    if len(short) >= 2 and short[0] == long_[0] and set(short) < set(long_):
        return 0.85  # "X Capital" inside "X Kaz Capital Group"
    for x, y in ((a, b), (b, a)):
        if x.isupper() and 2 <= len(x) <= 6 and len(y.split()) >= 2 and acronym(y) == x:
            return 0.85
    joined_a, joined_b = " ".join(core_a), " ".join(core_b)
    if min(len(joined_a), len(joined_b)) >= 8 and fuzz.ratio(joined_a, joined_b) >= 92:
        return 0.8
    return 0.0


def better_name(current: str, new: str, type_: str) -> str:
    """The name to show for an entity: a person's fullest form, else the first one seen."""
    if type_ == "person":
        cur_given, _ = person_parts(current)
        new_given, _ = person_parts(new)
        if len(new_given) > len(cur_given):
            return new
    elif current.isupper() and len(current) <= 6 and not new.isupper():
        return new  # an acronym gives way to the full name
    return current


# words beside a title that do not name an office: "his Chinese counterpart", "a senior energy official"
_NOT_OFFICE = frozenset({"former", "then", "current", "united", "states", "mr", "ms", "counterpart", "counterparts",
                         "official", "officials", "senior", "top"})


_POSSESSOR = re.compile(r"\b[\w.-]+['\u2019]s\b")  # "Zambia's", "the president's": whose office, not which
_SAME_OFFICE = {"mp": "member", "mps": "member", "lawmaker": "member", "legislator": "member"}


def title_words(title: str) -> frozenset[str]:
    """The words of a title that say what the office is: no country it belongs to ("Zambia's",
    "Zambian"), no possessor ("the president's"), no "the" or "former"; "MP" is a member."""
    from dragoman.extract.geo import country_by_demonym

    drop = set(_COUNTRY_TAGS) | STOPWORDS | _NOT_OFFICE
    words = name_tokens(_POSSESSOR.sub(" ", title))
    return frozenset(_SAME_OFFICE.get(w, w) for w in words
                     if w not in drop and not (w[:1].isalpha() and country_by_demonym(w)))


def titles_conflict(a: str, b: str) -> bool:
    """True when two titles of one person describe different offices ("envoy to X" / "ambassador to Y")."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return False
    if wa & _RANKS != wb & _RANKS:
        return True  # "President" and "Vice President" are two offices
    return not (wa <= wb or wb <= wa)
