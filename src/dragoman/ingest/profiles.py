"""Relevance profiles: a cheap pre-filter so that only pages on the topic reach the extractors.

A profile (TOML, see ``examples/profiles/``) has a ``threshold`` and groups of terms, each group with
a ``weight``: ``keywords`` (any case; a trailing ``*`` matches word endings), ``entities`` (exact
case) and ``countries`` (names, demonyms, capitals or ISO-3 codes, resolved by ``extract.geo``;
``"*"`` is any country). A page scores ``weight`` per occurrence of a term, at most ``max_hits``
occurrences per term; groups with a negative weight push off-topic pages down. With groups marked
``required``, a page must also match one of them. Pages below the threshold become
``Rejected(reason="off_profile")``.

It runs twice: on the raw page (tags stripped) before cleaning, counting only positive weights so
that it does not reject a page the second check would keep (the raw text holds the body); then on the clean title and body.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dragoman.errors import ConfigError
from dragoman.extract.geo import country_code, country_name
from dragoman.ingest.documents import RawDocument
from dragoman.records import Article, Rejected
from dragoman.tomlfiles import check_keys, read_toml

_PROFILE_KEYS = {"name", "description", "threshold", "max_hits", "groups"}
_GROUP_KEYS = {"name", "weight", "required", "max_hits", "keywords", "entities", "countries"}
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")
_CAPITALISED = re.compile(r"[A-Z][\w'’.\-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w'’.\-]*)*")
_LONGEST_COUNTRY = 6  # words


def visible_text(raw: RawDocument) -> str:
    """The page's title (when the source gave one) and text, cheaply: scripts, styles, comments and tags removed, entities decoded."""
    title = f"{raw.title}\n" if raw.title else ""
    if raw.kind != "html":
        return title + raw.content
    return title + html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", raw.content)))


@dataclass(frozen=True)
class Group:
    name: str
    weight: float
    required: bool
    max_hits: int
    keywords: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    countries: frozenset[str] = frozenset()
    any_country: bool = False


@dataclass
class Score:
    """A page's relevance: the total, whether a required group matched, and the terms counted."""

    total: float = 0.0
    required_met: bool = True
    hits: dict[str, int] = field(default_factory=dict)

    def matched(self, limit: int = 6) -> str:
        top = sorted(self.hits.items(), key=lambda kv: -kv[1])[:limit]
        return ", ".join(f"{term} x{n}" for term, n in top) or "nothing"


def _trie_pattern(terms: list[str], *, case: bool) -> str:
    """One regex for many terms, shaped as a trie (``mine(?:ral\\w*|s\\b|\\b)``): Python's ``re`` tries
    one branch per character instead of every term at every position, several times faster."""
    separator = r"\s+" if case else r"[\s\-]+"
    root: dict[str, Any] = {}
    for term in terms:
        node = root
        for char in _norm(term.rstrip("*"), case=case):
            node = node.setdefault(char, {})
        node[""] = "*" if term.endswith("*") or node.get("") == "*" else ""

    def emit(node: dict[str, Any]) -> str:
        alternatives = [(separator if char == " " else re.escape(char)) + emit(child)
                        for char, child in sorted(node.items()) if char]
        if "" in node:
            alternatives.append(r"\w*" if node[""] == "*" else r"\b")
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return r"\b" + emit(root)


def _norm(text: str, *, case: bool = False) -> str:
    """How a term and its matches are compared: spaces collapsed; keywords also lower-cased, hyphens as spaces."""
    return " ".join(text.split()) if case else " ".join(text.replace("-", " ").split()).lower()


class Profile:
    """A compiled profile: ``screen_raw`` before cleaning, ``screen_article`` after."""

    def __init__(self, name: str, threshold: float, groups: list[Group], *, source: str = "") -> None:
        self.name, self.threshold, self.groups, self.source = name, threshold, groups, source
        self._required = any(g.required for g in groups)
        self._keyword_re, self._keywords, self._prefixes = self._compile(
            [(k, i) for i, g in enumerate(groups) for k in g.keywords], case=False)
        self._entity_re, self._entities, _ = self._compile(
            [(e, i) for i, g in enumerate(groups) for e in g.entities], case=True)
        self._country_groups = [i for i, g in enumerate(groups) if g.countries or g.any_country]

    @staticmethod
    def _compile(terms: list[tuple[str, int]], *, case: bool) -> tuple[re.Pattern[str] | None, dict[str, list[int]],
                                                                       list[tuple[str, list[int]]]]:
        exact: dict[str, list[int]] = {}
        prefixes: dict[str, list[int]] = {}
        for term, group in terms:
            if term.endswith("*"):
                prefixes.setdefault(_norm(term.rstrip("*")), []).append(group)
            else:
                exact.setdefault(_norm(term, case=case), []).append(group)
        if not exact and not prefixes:
            return None, {}, []
        regex = re.compile(_trie_pattern([t for t, _ in terms], case=case), 0 if case else re.I)
        return regex, exact, sorted(prefixes.items(), key=lambda kv: -len(kv[0]))

    def score(self, text: str, *, upper_bound: bool = False) -> Score:
        """Score ``text``; with ``upper_bound``, negative groups are left out (the raw-page check)."""
        counts: dict[tuple[int, str], int] = {}

        def count(group: int, term: str) -> None:
            counts[(group, term)] = counts.get((group, term), 0) + 1

        if self._keyword_re is not None:
            for match in self._keyword_re.finditer(text):
                key = _norm(match.group())
                groups = self._keywords.get(key)
                label = key
                if groups is None:
                    for prefix, prefix_groups in self._prefixes:
                        if key.startswith(prefix):
                            groups, label = prefix_groups, prefix + "*"
                            break
                for g in groups or ():
                    count(g, label)
        if self._entity_re is not None:
            for match in self._entity_re.finditer(text):
                name = _norm(match.group(), case=True)
                for g in self._entities.get(name, ()):
                    count(g, name)
        if self._country_groups:
            for code in _countries_in(text):
                for g in self._country_groups:
                    group = self.groups[g]
                    if group.any_country or code in group.countries:
                        count(g, country_name(code))
        result = Score(required_met=not self._required)
        for (g, term), n in counts.items():
            group = self.groups[g]
            if upper_bound and group.weight < 0:
                continue
            result.total += group.weight * min(n, group.max_hits)
            result.hits[term] = result.hits.get(term, 0) + n
            if group.required:
                result.required_met = True
        return result

    def screen(self, source: str, text: str, *, upper_bound: bool = False, what: str = "text") -> Rejected | None:
        """None when ``text`` is on the profile, else the ``off_profile`` rejection saying why."""
        found = self.score(text, upper_bound=upper_bound)
        if found.required_met and found.total >= self.threshold:
            return None
        why = (f"relevance {found.total:.1f} is below the threshold {self.threshold:g}" if found.required_met
               else "no term of a required group")
        return Rejected(source=source, reason="off_profile",
                        detail=f"{what}: {why} of profile {self.name!r} (matched: {found.matched()})")

    def screen_raw(self, raw: RawDocument) -> Rejected | None:
        """The check before cleaning, on the whole page text; it counts positive weights only."""
        return self.screen(raw.source, visible_text(raw), upper_bound=True, what="page")

    def screen_article(self, article: Article) -> Rejected | None:
        """The check after cleaning, on the title and body."""
        return self.screen(article.source, f"{article.title or ''}\n{article.body}", what="article")


@lru_cache(maxsize=65536)
def _country(phrase: str) -> str | None:
    return country_code(phrase)


def _countries_in(text: str) -> list[str]:
    """ISO-3 codes of the countries named in ``text`` (names, demonyms, capitals), one per mention."""
    found: list[str] = []
    for run in _CAPITALISED.findall(text):
        found.extend(_countries_in_run(run))
    return found


@lru_cache(maxsize=65536)
def _countries_in_run(run: str) -> tuple[str, ...]:
    """The countries in one run of capitalised words, longest names first (menus repeat: cached)."""
    words = run.split()
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST_COUNTRY, len(words) - i), 0, -1):
            code = _country(" ".join(words[i:i + n]))
            if code:
                found.append(code)
                i += n
                break
        else:
            i += 1
    return tuple(found)


def load_profile(path: str | Path) -> Profile:
    """Read and check a TOML profile; every mistake is a ``ConfigError`` naming the file and key."""
    data = read_toml(path, what="profile",
                     hint="give the path of a .toml profile, e.g. examples/profiles/economic-statecraft.toml")
    return parse_profile(data, source=str(path))


def parse_profile(data: dict[str, Any], *, source: str = "profile") -> Profile:
    check_keys(data, _PROFILE_KEYS, source)
    threshold = _number(data.get("threshold"), f"{source}: threshold")
    default_hits = int(_number(data.get("max_hits", 3), f"{source}: max_hits"))
    raw_groups = data.get("groups")
    if not isinstance(raw_groups, list) or not raw_groups:
        raise ConfigError(f"the profile {source} has no [[groups]]", hint="add at least one [[groups]] table with keywords")
    groups = [_group(g, i, source, default_hits) for i, g in enumerate(raw_groups, start=1)]
    return Profile(str(data.get("name") or Path(source).stem), threshold, groups, source=source)


def _group(raw: Any, index: int, source: str, default_hits: int) -> Group:
    where = f"{source}: group {index}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where} is not a table", hint="write each group as a [[groups]] table")
    check_keys(raw, _GROUP_KEYS, where)
    keywords, entities, places = (_strings(raw.get(key, []), f"{where}: {key}") for key in ("keywords", "entities", "countries"))
    codes: set[str] = set()
    for place in places:
        if place == "*":
            continue
        code = place.upper() if len(place) == 3 and place.isupper() and country_name(place.upper()) != place.upper() \
            else country_code(place)
        if not code:
            raise ConfigError(f"{where}: {place!r} is not a country dragoman knows",
                              hint='use an English name ("Zambia"), a demonym, a capital or an ISO-3 code ("ZMB")')
        codes.add(code)
    if not (keywords or entities or places):
        raise ConfigError(f"{where} has no keywords, entities or countries", hint="give it at least one term")
    return Group(name=str(raw.get("name") or f"group {index}"), weight=_number(raw.get("weight", 1.0), f"{where}: weight"),
                 required=bool(raw.get("required", False)),
                 max_hits=int(_number(raw.get("max_hits", default_hits), f"{where}: max_hits")),
                 keywords=tuple(keywords), entities=tuple(entities), countries=frozenset(codes), any_country="*" in places)


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{where} must be a number, not {value!r}", hint="write e.g. threshold = 6.0")
    return float(value)


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where} must be a list of non-empty strings", hint='write e.g. keywords = ["lithium", "rare earth*"]')
    return [v.strip() for v in value]
