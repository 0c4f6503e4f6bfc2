"""Commodities and sectors named in a text: what a deal is about.

``find_commodities(text)`` returns every mention with its canonical name, sector and
specificity (3: one commodity such as tungsten or LNG; 2: a family such as rare earths;
1: a broad class such as critical minerals; 0: a sector word alone such as "mining").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dragoman.extract.wordforms import lowered

# canonical name: (sector, specificity, other surface forms)
# words with an everyday second sense ("USB port", "talent pipeline") appear only in qualified forms
LEXICON: dict[str, tuple[str, int, tuple[str, ...]]] = {
    "tungsten": ("mining", 3, ("wolfram",)), "lithium": ("mining", 3, ()), "copper": ("mining", 3, ()),
    "cobalt": ("mining", 3, ()), "nickel": ("mining", 3, ()), "uranium": ("mining", 3, ()),
    "gold": ("mining", 3, ()), "silver": ("mining", 3, ()), "iron ore": ("mining", 3, ()),
    "graphite": ("mining", 3, ()), "zinc": ("mining", 3, ()), "aluminium": ("mining", 3, ("aluminum",)),
    "bauxite": ("mining", 3, ()), "manganese": ("mining", 3, ()), "molybdenum": ("mining", 3, ()),
    "antimony": ("mining", 3, ()), "gallium": ("mining", 3, ()), "germanium": ("mining", 3, ()),
    "titanium": ("mining", 3, ()), "vanadium": ("mining", 3, ()), "platinum": ("mining", 3, ()),
    "palladium": ("mining", 3, ()), "potash": ("mining", 3, ()), "phosphate": ("mining", 3, ("phosphates",)),
    "chromium": ("mining", 3, ("chrome",)), "tantalum": ("mining", 3, ()), "niobium": ("mining", 3, ()),
    "diamonds": ("mining", 3, ()), "helium": ("mining", 3, ()), "fluorspar": ("mining", 3, ()),
    "beryllium": ("mining", 3, ()), "magnesium": ("mining", 3, ()), "coal": ("mining", 3, ("coking coal",)),
    "steel": ("manufacturing", 3, ()),
    "rare earths": ("mining", 2, ("rare earth", "rare-earth", "rare earth elements", "rare earth minerals",
                                  "rare-earth elements", "rare-earths", "rare earth metals")),
    "critical minerals": ("mining", 1, ("critical mineral", "critical raw materials", "strategic minerals",
                                        "critical metals", "battery metals", "battery minerals")),
    "minerals": ("mining", 0, ("mineral", "mineral deposits", "mineral resources", "metals")),
    "oil": ("energy", 3, ("crude", "crude oil", "petroleum", "oilfield", "oil field")),
    "natural gas": ("energy", 3, ("gas", "gas field", "gasfield")),
    "lng": ("energy", 3, ("liquefied natural gas",)),
    "green hydrogen": ("energy", 3, ("renewable hydrogen", "clean hydrogen")),
    "hydrogen": ("energy", 3, ()), "green ammonia": ("energy", 3, ()), "ammonia": ("energy", 3, ()),
    "solar power": ("energy", 3, ("solar", "solar farm", "solar plant", "photovoltaic")),
    "wind power": ("energy", 3, ("wind farm", "wind farms", "offshore wind", "wind energy", "wind turbines")),
    "hydropower": ("energy", 3, ("hydroelectric", "hydro power", "hydropower plant", "dam")),
    "nuclear power": ("energy", 3, ("nuclear plant", "nuclear power plant", "nuclear reactor", "reactors")),
    "electricity": ("energy", 3, ("power plant", "power station", "power grid", "grid")),
    "renewable energy": ("energy", 2, ("renewables", "clean energy")),
    "batteries": ("manufacturing", 3, ("battery", "battery plant", "gigafactory")),
    "railway": ("transport", 3, ("railways", "rail", "railroad", "rail line", "high-speed rail", "railway line")),
    "ports": ("transport", 3, ("seaport", "seaports", "deep-sea port", "deepwater port", "deep-water port",
                               "container port", "port terminal", "container terminal", "port project")),
    "airport": ("transport", 3, ("airports",)), "highway": ("transport", 3, ("expressway", "motorway")),
    "road bridge": ("transport", 3, ("rail bridge", "railway bridge", "road-rail bridge", "toll bridge")),
    "aircraft": ("aviation", 3, ("airliners", "jets", "planes", "airplanes")),
    "gas pipeline": ("energy", 3, ("gas pipelines", "natural gas pipeline")),
    "oil pipeline": ("energy", 3, ("oil pipelines", "crude pipeline")),
    "refinery": ("energy", 3, ("refineries",)),
    "semiconductors": ("technology", 3, ("semiconductor", "chips", "chip plant", "chipmaking")),
    "data centres": ("technology", 3, ("data centre", "data center", "data centers")),
    "telecommunications": ("technology", 3, ("telecoms", "5g", "fibre-optic", "undersea cable")),
    "wheat": ("agriculture", 3, ("grain", "grains")), "cotton": ("agriculture", 3, ()),
    "fertilizer": ("agriculture", 3, ("fertiliser", "fertilizers", "fertilisers")),
    "weapons": ("defence", 3, ("fighter jets", "missiles", "air defence", "air defense", "arms")),
}
SECTOR_WORDS = {
    "mining": "mining", "mines": "mining", "energy": "energy", "infrastructure": "infrastructure",
    "transport": "transport", "logistics": "transport", "agriculture": "agriculture", "agricultural": "agriculture",
    "technology": "technology", "digital": "technology", "defence": "defence", "defense": "defence",
    "manufacturing": "manufacturing", "healthcare": "health", "pharmaceutical": "health",
    "pharmaceuticals": "health", "tourism": "tourism", "aviation": "aviation", "banking": "finance",
    "shipbuilding": "manufacturing", "petrochemical": "energy", "petrochemicals": "energy",
}


@dataclass(frozen=True)
class CommodityMention:
    start: int
    end: int
    name: str | None  # None for a sector word alone
    sector: str
    specificity: int


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str | None, str, int]]]:
    forms: dict[str, tuple[str | None, str, int]] = {}
    for name, (sector, spec, others) in LEXICON.items():
        for form in (name, *others):
            forms[form.lower()] = (name, sector, spec)
    for word, sector in SECTOR_WORDS.items():
        forms.setdefault(word, (None, sector, 0))
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])"), forms


def find_commodities(text: str) -> list[CommodityMention]:
    pattern, forms = _pattern()
    out = []
    for m in pattern.finditer(lowered(text)):
        word = text[m.start():m.end()]
        key = " ".join(m.group(0).split())
        if key not in forms:
            continue
        name, sector, spec = forms[key]
        if word.isupper() and len(word) > 3 and name is not None:
            continue  # headings in capitals
        out.append(CommodityMention(m.start(), m.end(), name, sector, spec if name else -1))
    return out


def best(mentions: list[CommodityMention]) -> tuple[str | None, str | None]:
    """(commodity, sector) from the most specific mention; a sector word alone gives the sector."""
    named = [m for m in mentions if m.name is not None]
    if named:
        top = max(named, key=lambda m: (m.specificity, -m.start))
        return top.name, top.sector
    if mentions:
        return None, mentions[0].sector
    return None, None
