"""Name lists the entity rules use: institutions and their acronyms, news organisations, org words,
given names (with their usual gender)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

ORG_SUFFIXES = {
    "bank", "group", "holding", "holdings", "ltd", "ltd.", "limited", "inc", "inc.", "corp", "corp.",
    "corporation", "company", "co.", "plc", "llc", "llp", "ag", "sa", "s.a.", "gmbh", "nv", "jsc", "ojsc",
    "pjsc", "capital", "partners", "technologies", "technology", "resources", "mining", "minerals",
    "metals", "energy", "petroleum", "oil", "gas", "power", "fund", "foundation", "institute", "agency",
    "authority", "ministry", "department", "council", "commission", "committee", "university", "party",
    "association", "federation", "union", "organisation", "organization", "exploration", "industries",
    "enterprises", "ventures", "investments", "investment", "systems", "solutions", "motors", "airlines",
    "airways", "railways", "rail", "ports", "logistics", "shipping", "telecom", "pharmaceuticals",
    "consortium", "trust", "office", "administration", "parliament", "assembly", "senate", "congress",
    "court", "army", "forces", "police", "service", "services", "board", "bureau", "secretariat",
    "materials", "chemicals", "steel", "cement", "electric", "networks", "media", "airport", "exchange",
    "reserve", "treasury", "cooperative", "alliance", "network", "mobile", "pharma", "semiconductor",
    "battery", "batteries", "automotive", "aerospace", "airline", "refinery", "shipyard", "works",
    "securities", "consulting", "consultancy", "advisory", "advisors", "advisers", "research", "economics",
    "analytics", "insurance", "brokers", "brokerage", "engineering", "construction", "freight",
    # legal forms in other languages and markets (compared after norm_key: "S.A." -> "sa", "Ltda." -> "ltda")
    "ltda", "spa", "srl", "sarl", "sas", "sab", "bv", "tbk", "berhad", "bhd", "pvt", "pte", "pty", "asa", "oyj",
    "kk", "ab", "se", "kg", "ooo", "pao", "oao", "zao", "sl", "lda",
}
#: first words that make a firm in several languages: "Transmissora X", "Companhia X", "Grupo X", "PT X"
ORG_PREFIXES = {
    "transmissora", "companhia", "compania", "compa\u00f1\u00eda", "grupo", "groupe", "gruppo", "banco", "banca",
    "empresa", "empresas", "sociedad", "sociedade", "soci\u00e9t\u00e9", "societe", "compagnie", "industrias",
    "ind\u00fastrias", "construtora", "constructora", "petr\u00f3leos", "petroleos", "minera", "mineradora",
    "energ\u00eda", "energia", "centrais", "companhias", "distribuidora", "pt", "pt.", "cv", "jsc", "pjsc", "ojsc",
}
ORG_CUE_NOUNS = {
    "company", "firm", "group", "bank", "lender", "miner", "operator", "producer", "fund", "corporation",
    "conglomerate", "subsidiary", "developer", "contractor", "investor", "insurer", "agency", "startup",
    "start-up", "utility", "carrier", "manufacturer", "maker", "exporter", "importer", "refiner",
    "trader", "consortium", "giant", "enterprise", "holding", "outfit", "venture",
}
GENERIC_ORG_WORDS = {
    "state", "commerce", "treasury", "defense", "defence", "energy", "news", "newsletter", "digital",
    "government", "administration", "ministry", "department", "secretary", "president", "the", "latest",
    "opinion", "blog", "interview", "trending", "editions", "sectors", "home", "menu", "contact",
    "subscribe", "login", "search", "video", "videos", "photos", "world", "business", "markets",
}


def norm_key(name: str) -> str:
    key = name.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    key = re.sub(r"^(the|a)\s+", "", key)
    key = re.sub(r"[.,]", "", key)
    return re.sub(r"\s+", " ", key).strip()


@lru_cache(maxsize=1)
def institutions() -> dict[str, tuple[str, str | None]]:
    """Normalised name or acronym -> (full name, ISO-3 country or None)."""
    out: dict[str, tuple[str, str | None]] = {}
    text = resources.files("dragoman").joinpath("data/institutions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [*line.split("\t"), "", ""][:3]
        full, others, country = cols[0].strip(), cols[1], cols[2].strip() or None
        out.setdefault(norm_key(full), (full, country))
        for other in others.split(";"):
            if other.strip():
                out.setdefault(norm_key(other), (full, country))
    return out


@lru_cache(maxsize=1)
def media_names() -> frozenset[str]:
    text = resources.files("dragoman").joinpath("data/media.txt").read_text(encoding="utf-8")
    return frozenset(norm_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_media(name: str) -> bool:
    return norm_key(name) in media_names()


def acronym_of(name: str) -> str:
    """Initials of the capitalised words of ``name`` ("European Investment Bank" -> "EIB")."""
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    return "".join(w[0].upper() for w in words if w[0].isupper())


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Common given names -> "m", "f", "u" (either), or "family" (an East Asian family name, written first)."""
    text = resources.files("dragoman").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            out[name.strip().lower()] = gender.strip() or "u"
    return out


def starts_like_a_person(name: str) -> bool:
    """ "Grace Mwale", "Zhou Wenbo": two to four capitalised words led by a common given (or family) name."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[0].lower() in given_names() \
        and norm_key(words[-1]) not in ORG_SUFFIXES


def gender_of(name: str) -> str | None:
    """ "m" or "f" when the first word is a given name with a usual gender, else None."""
    words = name.split()
    gender = given_names().get(words[0].lower()) if words else None
    return gender if gender in ("m", "f") else None
