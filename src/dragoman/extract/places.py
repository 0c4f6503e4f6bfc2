"""Place and non-name cues for entity spans: first-level subdivisions (provinces, states, districts),
datelines ("NAIROBI, Kenya —"), and words the model often reads as organisations that are no
organisation at all (currency codes, product and document acronyms)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

# subdivision names that are also ordinary words or common given names: never a place on their own
_AMBIGUOUS_SUBDIVISIONS = {"western", "eastern", "northern", "southern", "central", "north", "south", "east",
                           "west", "capital", "federal", "coast", "lakes", "islands", "upper", "lower", "victoria",
                           "georgia", "washington", "jackson", "madison", "lincoln", "santa", "san", "grace",
                           "national", "city", "river", "plateau", "delta", "highlands", "centre", "center"}
# acronyms and words for things, not organisations
NOT_ORGANISATIONS = {"lng", "lpg", "cng", "gdp", "gnp", "mou", "mous", "ceo", "cfo", "coo", "cto", "vat", "fdi",
                     "sez", "sezs", "ev", "evs", "ppp", "ppps", "ipo", "esg", "gw", "mw", "kwh", "mwh", "gwh", "bpd",
                     "tcf", "bcm", "mtpa", "epc", "ict", "ai", "5g", "covid", "covid-19", "memorandum of understanding",
                     "memorandum", "eurobond", "eurobonds", "sukuk", "capex", "opex", "km", "hectares"}
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,2})(?=(?:,|\s*[\u2014\u2013:]|\s+-\s|\s*\())")


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str | None]:
    """Folded subdivision name -> ISO-3 country (None when the name is shared by several countries)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a declared dependency
        return {}
    out: dict[str, str | None] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        code = country.alpha_3 if country is not None else None
        key = _fold(sub.name)
        out[key] = code if out.get(key, code) == code else None
    return out


def _fold(name: str) -> str:
    """Lower case without accents or a leading "the": "Tamil Nādu" and "Tamil Nadu" are one key."""
    text = unicodedata.normalize("NFKD", name.strip().lower().replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text))


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Major cities and well-known regions (data/places.tsv) -> ISO-3 country."""
    table: dict[str, str] = {}
    text = resources.files("dragoman").joinpath("data/places.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, _, code = line.partition("\t")
        for name in names.split(";"):
            if name.strip():
                table.setdefault(_fold(name), code.strip())
    return table


def known_place_country(name: str) -> str | None:
    """ISO-3 country of a major city or well-known region ("Chennai" -> IND, "the Algarve" -> PRT), else None."""
    key = _fold(name)
    if key in _AMBIGUOUS_SUBDIVISIONS:
        return None
    return _gazetteer().get(key) or _subdivisions().get(key)


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def is_subdivision(name: str) -> bool:
    """A province, state, region or district of some country ("Mato Grosso", "Negros Occidental")."""
    key = _fold(name)
    if not key or key in _AMBIGUOUS_SUBDIVISIONS:
        return False
    return key in _subdivisions() or key in _gazetteer()


def is_currency_code(name: str) -> bool:
    return name.isupper() and len(name) == 3 and name in _currencies()


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of dateline places: a line opening with a name in capitals and a comma or dash
    ("NAIROBI, Kenya —", "MUSCAT —", "ISLAMABAD:"), unless the article defines it as an acronym."""
    out = []
    for match in _DATELINE.finditer(text):
        name = match.group(1)
        if len(name.replace(" ", "")) < 4 or f"({name})" in text:
            continue
        out.append((match.start(1), match.end(1)))
    return out
