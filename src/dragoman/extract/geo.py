"""Countries: names, demonyms and capital-city metonyms to ISO 3166-1 alpha-3 codes."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """(names, demonyms, capitals, iso3 -> preferred name, iso3 -> adjective); name keys lower-case."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    preferred: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    text = resources.files("dragoman").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [*line.split("\t"), "", "", ""][:4]
        code = cols[0].strip()
        others = [x.strip() for x in cols[1].split(";") if x.strip()]
        if others:
            preferred[code] = others[0]
        adjective = cols[2].split(";")[0].strip()
        if adjective:
            adjectives[code] = adjective
        for value, table in ((others, names), (cols[2].split(";"), demonyms), (cols[3].split(";"), capitals)):
            for item in value:
                if item.strip():
                    table.setdefault(item.strip().lower(), code)
    try:
        import pycountry

        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                label = getattr(country, attr, None)
                if isinstance(label, str):
                    names.setdefault(label.lower(), country.alpha_3)
            preferred.setdefault(country.alpha_3, getattr(country, "common_name", None) or country.name)
    except ImportError:  # pragma: no cover - pycountry is a declared dependency
        pass
    return names, demonyms, capitals, preferred, adjectives


def _key(text: str) -> str:
    key = text.strip().strip(".,;:").lower()
    if key.startswith("the "):
        key = key[4:]
    return key.replace("\u2019", "'")


def country_by_name(text: str) -> str | None:
    """ISO-3 code of a country named ``text`` ("Kazakhstan", "the U.S."), else None."""
    names = _tables()[0]
    key = _key(text)
    return names.get(key) or names.get(key.replace(".", "")) or names.get(text.strip().lower())


def country_by_demonym(text: str) -> str | None:
    """ISO-3 code for an adjective or demonym ("Kazakh", "Uzbekistani", "U.S.-based")."""
    demonyms = _tables()[1]
    key = _key(text)
    if key.endswith("'s"):
        key = key[:-2]
    return demonyms.get(key)


def country_by_capital(text: str) -> str | None:
    """ISO-3 code for a capital or seat of government used for its country ("Astana", "Kremlin")."""
    return _tables()[2].get(_key(text))


def country_code(text: str) -> str | None:
    """Any of the above: a name, a demonym or a capital."""
    if not text or len(text) > 80:
        return None
    return country_by_name(text) or country_by_demonym(text) or country_by_capital(text)


def country_name(code: str) -> str:
    """The usual English name for an ISO-3 code ("KAZ" -> "Kazakhstan")."""
    return _tables()[3].get(code, code)


def is_capital(text: str) -> bool:
    return _key(text) in _tables()[2]


def country_adjective(code: str) -> str:
    """The usual adjective for an ISO-3 code ("CHN" -> "Chinese"), else its name."""
    return _tables()[4].get(code) or country_name(code)


@lru_cache(maxsize=1)
def _venues() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("dragoman").joinpath("data/venues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, _, city = line.partition("\t")
        for name in names.split(";"):
            if name.strip():
                table[_key(name)] = city.strip()
    return table


def venue_city(text: str) -> str | None:
    """The city a seat of government or landmark venue stands in ("the White House" -> "Washington")."""
    return _venues().get(_key(text))
