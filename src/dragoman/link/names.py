"""Names of people and organisations: normal forms, parts and blocking keys.

Blocking keys decide which known entities a new name is compared with: a person is filed
under the first and the last four letters of the surname (so a one-letter slip still meets its
twin), an organisation under its first distinctive word, a country under its ISO code. The
store indexes the keys, so resolution never scans all entities.
"""

from __future__ import annotations

import re

from dragoman.link.words import fold

HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "sheikh", "sen", "rep", "gen"])
PARTICLES = frozenset(["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "al", "el", "bin", "ibn"])
SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
# words of a firm's legal form: "X Capital" and "X Capital Group LLC" are one firm
LEGAL_FORMS = frozenset(["inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "plc", "corp", "corporation", "co", "company", "companies", "group", "holding", "holdings", "sa", "ag", "gmbh", "nv", "bv", "spa", "jsc", "pjsc", "ojsc", "ao", "oao", "pao", "tov", "kk", "ab", "asa", "oy", "as", "sarl", "srl", "bhd", "pte", "pty"])
# words too common in organisation names to file one under them
GENERIC = frozenset(["the", "of", "and", "for", "on", "in", "at", "to", "a", "an", "international", "national", "global", "united", "federal", "central", "general", "public", "state", "department", "ministry", "ministries", "bank", "fund", "council", "committee", "agency", "office", "service", "services", "authority", "commission", "association", "organization", "organisation", "institute", "foundation", "corporation", "administration", "university", "board", "trust", "partners", "partnership", "capital", "investment", "investments", "development", "energy", "resources", "mining", "minerals", "technologies", "technology", "industries", "industrial", "news", "media", "new", "american", "european", "asian", "african"])
_PUNCT = re.compile(r"[^\w\s+-]")
_COUNTRY_WORDS = frozenset(["u.s", "us", "usa", "america", "american", "united", "states", "uk", "britain", "british", "eu", "european", "union"])


def name_tokens(name: str) -> list[str]:
    """Folded words of ``name`` without punctuation ("U.S." -> "us"; "Rolls-Royce" stays whole)."""
    text = fold(name).replace("'s ", " ").replace(".", "")
    return [t for t in _PUNCT.sub(" ", text).split() if t]


def person_parts(name: str) -> tuple[list[str], str]:
    """(given names, surname) of a person's name; the surname keeps its particles ("von der X")."""
    words = [t for t in name_tokens(name) if t not in HONORIFICS and t not in SUFFIXES]
    if not words:
        return [], ""
    i = len(words) - 1
    while i > 0 and words[i - 1] in PARTICLES:
        i -= 1
    return words[:i], " ".join(words[i:])


def org_words(name: str) -> list[str]:
    """The words of an organisation's name that identify it: no legal form, no "the"/"of"."""
    return [t for t in name_tokens(name) if t not in LEGAL_FORMS and t not in ("the", "of", "and", "&")]


def org_core(name: str) -> list[str]:
    """``org_words`` without country words, for comparing "U.S. Department of State" and "State Department"."""
    return [t for t in org_words(name) if t not in _COUNTRY_WORDS]


def acronym(name: str) -> str:
    """Initials of the capitalised words of ``name`` ("Export-Import Bank" -> "EIB")."""
    parts = re.findall(r"[A-Za-z][\w]*", name.replace("-", " "))
    return "".join(p[0].upper() for p in parts if p[0].isupper() and p.lower() not in ("of", "the", "and"))


def person_keys(name: str) -> list[str]:
    _, surname = person_parts(name)
    if not surname:
        return []
    last = surname.replace(" ", "")
    return sorted({f"p<{last[:4]}", f"p>{last[-4:]}"})


def org_keys(name: str) -> list[str]:
    words = org_core(name) or org_words(name)
    if not words:
        return []
    distinctive = [w for w in words if w not in GENERIC]
    keys = {f"o:{distinctive[0]}" if distinctive else "o:" + "+".join(sorted(set(words)))}
    initials = name if len(name) <= 8 and name.isupper() else (acronym(name) if len(words) >= 2 else "")
    if len(initials) >= 3:
        keys.add(f"a:{initials}")
    return sorted(keys)


def blocking_keys(name: str, type_: str, country: str | None) -> list[str]:
    """The keys a known entity is filed under, and a new one looked up by."""
    if type_ == "person":
        return person_keys(name)
    if type_ == "organization":
        return org_keys(name)
    if type_ == "country" and country:
        return [f"c:{country}"]
    words = name_tokens(name)
    return [f"{type_[0]}:{' '.join(words)}"] if words else []
