"""Place and non-name cues for entity spans: first-level subdivisions (provinces, states, districts),
datelines ("NAIROBI, Kenya —"), and words the model often reads as organisations that are no
organisation at all (currency codes, product and document acronyms)."""

from __future__ import annotations

import re
from functools import lru_cache

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
def _subdivisions() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a declared dependency
        return frozenset()
    return frozenset(s.name.lower() for s in pycountry.subdivisions)


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def is_subdivision(name: str) -> bool:
    """A province, state, region or district of some country ("Mato Grosso", "Negros Occidental")."""
    key = name.strip().lower()
    if not key or key in _AMBIGUOUS_SUBDIVISIONS:
        return False
    return key in _subdivisions()


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
