"""Candidate entity spans: spaCy's NER, repaired (types, edges, junk) and completed by title rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dragoman.extract.geo import country_by_capital, country_by_demonym, country_by_name
from dragoman.extract.names import (
    GENERIC_ORG_WORDS,
    ORG_CUE_NOUNS,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    given_names,
    institutions,
    is_media,
    norm_key,
    starts_like_a_person,
)
from dragoman.extract.places import (
    NOT_ORGANISATIONS,
    dateline_spans,
    is_currency_code,
    is_subdivision,
    known_place_country,
)
from dragoman.extract.regions import region_named
from dragoman.extract.titles import HONORIFICS, MODIFIERS, is_office_word, title_before

STRONG_TITLES = {"president", "minister", "secretary", "senator", "ambassador", "envoy", "governor", "mayor",
                 "chancellor", "king", "queen", "prince", "emir", "sheikh", "sultan", "commissioner",
                 "chairman", "chairwoman", "spokesperson", "spokesman", "spokeswoman", "premier", "judge",
                 "general", "admiral", "colonel", "congressman", "congresswoman", "representative"}
LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
CALENDAR_WORDS = set(MONTHS.split("|")) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                            "sunday", "today", "yesterday", "tomorrow"}
INSTRUMENT_WORDS = {"bill", "act", "law", "treaty", "agreement", "accord", "protocol", "convention", "amendment",
                    "directive", "regulation", "initiative", "programme", "program", "plan", "strategy", "summit",
                    "forum", "conference", "declaration", "charter", "pact", "deal", "framework", "memorandum",
                    "roadmap", "vision", "compact", "partnership"}
PLACE_SUFFIXES = {"bay", "city", "port", "river", "lake", "mountain", "mountains", "province", "region", "district",
                  "valley", "island", "islands", "coast", "gulf", "sea", "strait", "street", "square", "airport",
                  "station", "mine", "dam", "corridor", "basin", "desert", "peninsula", "county",
                  "oblast", "governorate", "prefecture", "canal", "harbour", "harbor", "field", "hills", "falls", "town",
                  "beach", "bridge", "avenue", "road", "highway"}
FACILITY_NOUNS = {"mine", "mines", "project", "site", "plant", "field", "port", "deposit", "deposits", "railway",
                  "line", "refinery", "smelter", "dam", "pipeline", "terminal", "corridor", "concession", "area",
                  "province", "region", "district", "valley", "basin", "licence", "license", "border", "river"}
_CITATION_TAIL = re.compile(rf"^[^()]{{0,40}}?(?:,\s*(?:{MONTHS})\b|,\s*\d{{4}}|;|\))", re.I)
_BYLINE = re.compile(r"^\s*(?:by|written by|reporting by|words by|additional reporting by)\s+"
                     r"(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*(?:,|and|&)\s*){0,3}$", re.I)
_NAME_OK = re.compile(r"^[\w][\w .'\u2019&+-]*[\w.)]?$")


@dataclass
class Candidate:
    start: int
    end: int
    tstart: int
    tend: int
    name: str
    type: str
    source: bool = False  # named only as the source of a report or citation


def _is_junk_name(name: str, kind: str) -> bool:
    if not name or len(name) > 80 or not any(ch.isalpha() for ch in name):
        return True
    if any(ch.isdigit() for ch in name) and kind == "person":
        return True
    words = name.split()
    if all(norm_key(w) in GENERIC_ORG_WORDS or is_office_word(w) for w in words) and \
            norm_key(name) not in institutions():
        return True
    if kind == "person" and (len(words) > 5 or not name[0].isupper()):
        return True
    if kind == "organization" and len(words) > 9:
        return True
    return not _NAME_OK.match(name)


def _trim(doc: Any, i: int, j: int, kind: str) -> tuple[int, int]:
    """Drop articles, honorifics, (for people) leading titles, and a trailing possessive."""
    while i < j:
        if doc[i].lower_ in ("the", "a", "an") or doc[i].lower_ in HONORIFICS \
                or (kind == "person" and (is_office_word(doc[i].text) or doc[i].lower_ in MODIFIERS)):
            i += 1
        elif kind == "person" and i + 2 < j and doc[i + 1].text in ("'s", "\u2019s"):
            i += 2  # "Zambia's Sichone": the possessive owner is not part of the name
        else:
            break
    while j > i and (doc[j - 1].text in ("'s", "\u2019s", "'", "\u2019") or (doc[j - 1].is_punct
                     and doc[j - 1].text not in (".", ")")) or doc[j - 1].lower_ in ("and", "&", "of", "the")):
        j -= 1
    return i, j


def _runs(ent: Any) -> list[tuple[int, int]]:
    """Token runs of the entity not broken by line breaks."""
    runs, start = [], ent.start
    for tok in ent:
        if tok.is_space or "\n" in tok.text or tok.text in ("\u2022", "|"):
            if tok.i > start:
                runs.append((start, tok.i))
            start = tok.i + 1
    if ent.end > start:
        runs.append((start, ent.end))
    return runs


def _retype(doc: Any, i: int, j: int, name: str, kind: str) -> str | None:
    """Correct the small model's usual type mistakes; None drops the span."""
    if country_by_name(name):
        return "country"
    if country_by_demonym(name) and len(name.split()) == 1:
        return None
    if kind == "place" and country_by_capital(name):
        return "place"
    last = norm_key(doc[j - 1].text)
    key = norm_key(name)
    if key in CALENDAR_WORDS:
        return None
    if kind in ("person", "organization") and j - i > 1 and last in INSTRUMENT_WORDS:
        return "other"  # "the Corridor Bill", "the Paris Agreement"
    if kind in ("person", "organization") and j - i > 1 and last in PLACE_SUFFIXES \
            and not (kind == "person" and _particle_name(doc, i, j)):
        return "place"
    if kind == "person" and j - i > 1 and (last in _DIRECTIONS or doc[i].lower_ in PLACE_SUFFIXES
                                            or doc[i].lower_ in FACILITY_NOUNS):
        return "place"  # "Arco Norte", "Qaqortoq East", "Corridor X": no person's name
    if kind == "organization" and (is_currency_code(name) or key in NOT_ORGANISATIONS or name.islower()):
        return None  # "AED", "LNG", "MoU", "cassava": things, not organisations
    if kind in ("person", "place") and j - i > 1 and doc[i].lower_ in ORG_PREFIXES and key not in institutions():
        return "organization"  # "Transmissora Vale Sul", "Grupo X", "PT X": a firm by its first word
    if kind in ("person", "organization") and last not in ORG_SUFFIXES and key not in institutions() \
            and (is_subdivision(name) or country_by_capital(name) or _place_named_after(doc, i)):
        return "place"  # "Mato Grosso", "Accra", "the state of X" read as a person or a firm
    if kind in ("person", "organization") and last not in ORG_SUFFIXES and key not in institutions() \
            and not name.isupper() and doc[i].lower_ not in ORG_PREFIXES and _place_context(doc, i, j):
        return "place"  # "between X and Y", "X-based", "the X coast", "Salar de X", "the South Caucasus"
    if kind == "person" and j - i == 1 and _place_cue(doc, i, j):
        return "place"
    nxt = doc[j] if j < len(doc) else None
    if kind in ("organization", "place") and nxt is not None and nxt.is_title and is_office_word(nxt.text) \
            and key not in institutions():
        return None  # "Finance and National Planning Minister X": part of a title, not an organisation
    if kind == "organization" and j - i > 2 and doc[i].lower_ in STRONG_TITLES and doc[i + 1].lower_ in ("of", "for") \
            and not any(norm_key(t.text) in _BODY_WORDS for t in doc[i:j]) and key not in institutions():
        return None  # "Minister of Power": a title, whatever its portfolio
    if kind == "organization" and is_office_word(doc[i].text) and last not in ORG_SUFFIXES \
            and key not in institutions():
        return None  # "Minister of Industry and Trade": a title, not an organisation
    if kind == "organization" and _portfolio_of_title(doc, i) and all(
            t.lower_ in MODIFIERS or t.lower_ in ("and", "&", ",") for t in doc[i:j]) and key not in institutions():
        return None  # "Minister of Natural Resources": portfolio words only
    if kind == "organization" and _portfolio_of_title(doc, i) and last not in ORG_SUFFIXES \
            and key not in institutions() and not country_by_name(doc[j - 1].text):
        return None  # "Minister of State for Foreign Trade": the portfolio of a title
    if kind in ("organization", "place") and starts_like_a_person(name) and key not in institutions() \
            and last not in PLACE_SUFFIXES and not country_by_capital(name):
        return "person"  # "Grace Mwale" tagged ORG: a given name leads it
    if kind in ("person", "place") and (last in ORG_SUFFIXES or key in institutions()
                                        or (len(last) > 6 and last.endswith("bank"))):
        return "organization"  # "Türk Eximbank", "Afreximbank": a bank's name read as a person's
    prev = doc[i - 1] if i > 0 else None
    if kind in ("organization", "place") and _person_by_apposition(doc, i, j) and not country_by_capital(name) \
            and last not in ORG_SUFFIXES and key not in institutions():
        return "person"
    if kind == "person" and prev is not None and prev.lower_ in ("of", "at") and i > 1 and is_office_word(doc[i - 2].text):
        return "organization"  # "chief executive of X", "director at X"
    if kind == "person" and prev is not None and prev.lower_ in ORG_CUE_NOUNS and not _particle_name(doc, i, j) \
            and not (given_names().get(doc[i].lower_) in ("m", "f") and starts_like_a_person(name)):
        return "organization"  # "the miner Kestrel Rock", but not "investor Khalid bin Salman"
    if kind in ("organization", "place") and prev is not None and is_office_word(prev.text) and prev.is_title \
            and j - i <= 3 and all(t.is_title for t in doc[i:j]) and last not in ORG_SUFFIXES \
            and key not in institutions():
        return "person"
    return kind


_BODY_WORDS = {"bank", "ministry", "department", "office", "company", "corporation", "group", "fund", "agency",
               "authority", "council", "commission", "committee", "bureau", "secretariat", "board", "court"}


_HONOURS = {"excellency", "h.e.", "he", "hon.", "hon", "honourable", "honorable"}


def _given_after_honorific(doc: Any, i: int, covered: set[int]) -> bool:
    """ "His Excellency Sultan X": a title word right after an honorific is the person's given name."""
    return i >= 2 and doc[i - 2].lower_ in _HONOURS and doc[i - 1].is_title and is_office_word(doc[i - 1].text) \
        and (i - 1) not in covered


def _particle_at(doc: Any, k: int) -> bool:
    return doc[k].is_lower and doc[k].lower_ in NAME_PARTICLES and doc[k].whitespace_ != ""


def _honoured_name(doc: Any, i: int, j: int, name: str) -> bool:
    """After an honorific: two to four capitalised words (particles allowed) that name no firm, place or body."""
    words = [t for t in doc[i:j] if not (t.is_lower and t.lower_ in NAME_PARTICLES) and t.text != "-"]
    return 2 <= len(words) <= 4 and all(t.text[:1].isupper() for t in words) \
        and norm_key(doc[j - 1].text) not in ORG_SUFFIXES and norm_key(name) not in institutions() \
        and not any(is_office_word(t.text) or country_by_name(t.text) for t in words) and not _is_place_name(name)


def _particle_name(doc: Any, i: int, j: int) -> bool:
    """ "Pieter van Dam", "Ana da Costa": a given name, a lower-case particle and a surname make a person."""
    return j - i >= 3 and doc[j - 2].lower_ in NAME_PARTICLES and doc[j - 2].is_lower \
        and all(t.is_title for t in doc[i:j - 2]) and doc[i].lower_ not in ORG_PREFIXES \
        and norm_key(doc[j - 1].text) not in ORG_SUFFIXES


def _is_place_name(name: str) -> bool:
    return bool(is_subdivision(name) or known_place_country(name) or country_by_capital(name) or country_by_name(name))


def _joined_places(doc: Any, i: int, j: int) -> list[Candidate]:
    """ "Goi\u00e1s and Tocantins" tagged as one span: each side of the "and" a known place -> one candidate each."""
    cuts = [k for k in range(i + 1, j - 1) if doc[k].lower_ in ("and", "&") or doc[k].text == ","]
    if not cuts:
        return []
    out, a = [], i
    for k in [*cuts, j]:
        if a >= k:
            return []
        start, end = doc[a].idx, doc[k - 1].idx + len(doc[k - 1].text)
        name = doc.text[start:end]
        if not _is_place_name(name):
            return []
        out.append(Candidate(start, end, a, k, name, "country" if country_by_name(name) else "place"))
        a = k + 1
    return out


PLACE_KIND_NOUNS = {"state", "province", "region", "city", "district", "county", "prefecture", "town", "village",
                    "municipality", "governorate", "emirate", "territory", "island", "islands", "department", "oblast",
                    "canton", "borough", "port", "capital"}


def _place_named_after(doc: Any, i: int) -> bool:
    """ "the state of X", "the southern province of X", "the port city of X": X is a place."""
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in PLACE_KIND_NOUNS:
        return False
    k = i - 3
    while k >= 0 and doc[k].is_lower and doc[k].lower_ not in ("the", "a", "an") and i - k < 6:
        k -= 1  # "the northern Indian state of": lower-case describers before the noun
    return k >= 0 and (doc[k].lower_ in ("the", "a", "an") or country_by_demonym(doc[k].text) is not None)


_NAME_SUFFIXES = {"Filho", "Neto", "Sobrinho", "J\u00fanior", "Junior", "Jr", "Jr.", "Sr.", "II", "III"}
_LEGAL_FORMS = {"ltd", "limited", "inc", "plc", "llc", "llp", "corp", "sa", "ag", "gmbh", "nv", "bv", "jsc", "pjsc",
                "ojsc", "tbk", "bhd", "berhad", "pvt", "pte", "pty", "spa", "srl", "ltda", "sab", "asa", "oyj", "ab", "co"}
_DIRECTIONS = {"norte", "sur", "sul", "nord", "sud", "este", "oeste", "leste", "north", "south", "east", "west",
               "centro", "oriental", "occidental", "northeast", "northwest", "southeast", "southwest"}
PLACE_PREFIXES = {"salar", "rio", "r\u00edo", "lago", "monte", "sierra", "serra", "cerro", "isla", "ilha",
                  "puerto", "bahia", "bah\u00eda", "ba\u00eda", "cabo", "laguna", "lagoa", "nevado",
                  "volc\u00e1n", "pulau", "gunung", "kampung", "tanjung", "wadi", "jebel", "jabal", "ras"}
_PLACE_NEXT = {"coast", "region", "province", "district", "county", "governorate", "prefecture", "valley", "basin",
               "municipality", "peninsula", "delta", "plateau", "highlands", "lowlands", "hinterland", "oblast"}


_ROUTE_WORDS = {"road", "roads", "railway", "rail", "line", "route", "corridor", "cable", "pipeline", "highway", "border",
                "link", "section", "interconnector", "flights", "ferry", "kilometres", "kilometers", "km", "miles",
                "stretch", "bridge", "tunnel", "motorway", "expressway", "connection", "trains", "services"}


def _place_context(doc: Any, i: int, j: int) -> bool:
    """Words around a span that make it a place whatever the model said."""
    name = doc[i:j].text
    found = region_named(name)
    if found is not None and found[1] == name:
        return True  # "the South Caucasus", "Central Asia"
    if doc[i].lower_ in PLACE_PREFIXES and j - i > 1:
        return True
    if j + 1 < len(doc) and doc[j].text in ("-", "\u2013") and doc[j + 1].lower_ == "based" and not doc[j - 1].whitespace_:
        return True  # "Bacolod-based"
    if j < len(doc) and doc[j].lower_ in _PLACE_NEXT:
        return True  # "the Ratnagiri coast"
    k = i - 1  # "between X and Y": walk back over the names and "and"
    while k >= 0 and i - k < 8 and (doc[k].is_title or doc[k].lower_ in ("and", ",", "de", "do", "da")):
        k -= 1
    if k >= 0 and doc[k].lower_ == "between" and any(t.lower_ in _ROUTE_WORDS for t in doc[max(0, k - 4):k]):
        return True  # "a railway between X and Y", not "a venture between X and Y"
    if i > 0 and doc[i - 1].lower_ in ("near", "outside"):
        return True
    if i > 0 and doc[i - 1].lower_ == "to":  # "from Honiara to X"
        return any(t.lower_ == "from" for t in doc[max(0, i - 6):i - 1]) and any(
            t.ent_type_ == "GPE" for t in doc[max(0, i - 6):i - 1])
    return False


def _portfolio_of_title(doc: Any, i: int) -> bool:
    """The words at ``i`` continue "Minister of Transport and ...": a portfolio, not an organisation."""
    k = i - 1
    while k > 0 and i - k <= 8:
        tok = doc[k]
        if tok.lower_ in ("of", "for") and doc[k - 1].lower_ in ("minister", "ministers", "secretary", "state"):
            return True
        if not (tok.lower_ in ("and", "&") or (tok.text == "," and k < i - 1)
                or (tok.is_title and not is_office_word(tok.text))):
            return False
        k -= 1
    return False


def _person_by_apposition(doc: Any, i: int, j: int) -> bool:
    """ "managing director, Anna Berg," or "the minister, Anna Berg, said": a name set beside a role."""
    if j - i > 3 or not all(t.is_title and t.pos_ == "PROPN" for t in doc[i:j]):
        return False
    if j + 1 < len(doc) and doc[j].text == "," and (i == 0 or doc[i - 1].text in (".", ",", "\n") or doc[i - 1].is_space):
        # "Anna Berg, president director of X, said": a name opening a clause and followed by a role
        k = j + 2 if doc[j + 1].lower_ in ("the", "a", "an") and j + 2 < len(doc) else j + 1
        if j - i >= 2 and (is_office_word(doc[k].text) or (doc[k].lower_ in MODIFIERS and k + 1 < len(doc)
                                                           and is_office_word(doc[k + 1].text))):
            return True
    if i < 2 or doc[i - 1].text != "," or not (is_office_word(doc[i - 2].text) or title_before(doc, i - 1, max_tokens=16)):
        return False
    return j >= len(doc) or doc[j].text in (",", ".") or doc[j].pos_ in ("VERB", "AUX")


def _split_title_name(doc: Any, i: int, j: int) -> int | None:
    """ "Commissioner for International Partnerships Anna Berg" tagged as one organisation: where the name starts."""
    if j - i < 3 or norm_key(doc[j - 1].text) in ORG_SUFFIXES:
        return None
    head = next((k for k in range(max(0, i - 4), i) if doc[k].is_title and doc[k].lower_ in STRONG_TITLES), None)
    if head is None:
        return None
    k = j  # the name: the capitalised words (and hyphens joining them) at the end, not office words
    while k > i + 1 and j - k < 5 and (doc[k - 1].text == "-" or (
            doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN" and not is_office_word(doc[k - 1].text)
            and doc[k - 1].lower_ not in MODIFIERS and norm_key(doc[k - 1].text) not in ORG_SUFFIXES)):
        k -= 1
    while k < j and doc[k].text == "-":
        k += 1
    words = [m for m in range(k, j) if doc[m].text != "-" and (m == k or doc[m - 1].text != "-")]
    if len(words) < 2:
        return None
    if len(words) > 2 and doc[words[-3]].lower_ not in given_names():
        return words[-2]  # two name words, unless a known given name leads three
    return k


def _place_cue(doc: Any, i: int, j: int) -> bool:
    """A one-word "name" used as a place: "at X", "the X mine", "X project"."""
    prev = doc[i - 1].lower_ if i > 0 else ""
    nxt = doc[j].lower_ if j < len(doc) else ""
    return prev in ("at", "near", "in", "from", "to", "around") or nxt in FACILITY_NOUNS


def _is_source(text: str, start: int, end: int, name: str) -> bool:
    """Named as a citation "(Outlet, March 3)" or a news organisation: a source, not an actor."""
    before = text[max(0, start - 160):start]
    paren = before.rfind("(")
    if paren != -1 and ")" not in before[paren:] and _CITATION_TAIL.match(text[end:end + 60]):
        return True
    return is_media(name)


def _is_byline(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_BYLINE.match(text[line_start:start]))


_MISSION = re.compile(
    r"\b(?:[Tt]he\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:'s|\u2019s)?\s+(embassy|consulate|high commission|mission)"
    r"(?:\s+in\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?))?", re.I if False else 0)


def _missions(doc: Any, text: str) -> list[Candidate]:
    """ "the Chinese embassy in Lusaka", "China's embassy in Lusaka": a country's mission, named as printed."""
    out = []
    for match in _MISSION.finditer(text):
        code = country_by_demonym(match.group(1)) or country_by_name(match.group(1))
        if not code:
            continue
        name = text[match.start(1):match.end()]  # as printed: "Chinese embassy in Lusaka"
        span = doc.char_span(match.start(1), match.end(), alignment_mode="expand")
        if span is not None:
            out.append(Candidate(match.start(1), match.end(), span.start, span.end, name, "organization"))
    return out


_MINISTRY = re.compile(
    r"\b(?:[Tt]he\s+)?([A-Z][\w.]+(?:\s[A-Z][a-z]+)?)(?:'s|\u2019s)?\s+"
    r"((?:[A-Za-z]+\s){1,3})(ministry|department)\b(?!\s+of\b)")
_MINISTRY_WORDS = {"foreign", "finance", "defence", "defense", "trade", "economy", "energy", "interior", "justice",
                   "health", "mines", "mining", "transport", "commerce", "industry", "agriculture", "environment",
                   "education", "labour", "labor", "treasury", "state", "affairs", "economic", "external",
                   "petroleum", "oil", "investment", "planning", "development", "communications", "digital",
                   "infrastructure", "water", "home", "culture", "tourism", "fisheries", "security"}


def _ministries(doc: Any, text: str) -> list[Candidate]:
    """ "China's foreign ministry", "the Kenyan finance ministry" -> "Chinese Foreign Ministry"."""
    from dragoman.extract.geo import country_adjective

    out = []
    for match in _MINISTRY.finditer(text):
        code = country_by_name(match.group(1)) or country_by_demonym(match.group(1))
        words = match.group(2).split()
        if not code or not all(w.lower() in _MINISTRY_WORDS for w in words):
            continue
        name = " ".join([country_adjective(code), *(w.capitalize() for w in words), match.group(3).capitalize()])
        span = doc.char_span(match.start(1), match.end(), alignment_mode="expand")
        if span is not None:
            out.append(Candidate(match.start(1), match.end(), span.start, span.end, name, "organization"))
    return out


_LOCAL_GOVERNMENT = re.compile(
    r"\b(?:[Tt]he\s+)?([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){0,2})\s+(state|provincial|regional|municipal|city|county|prefectural"
    r"|territorial)\s+(government)\b")


def _local_governments(doc: Any, text: str) -> list[Candidate]:
    """ "the Para state government", "the Sindh provincial government": a body named after its place."""
    out = []
    for match in _LOCAL_GOVERNMENT.finditer(text):
        place = match.group(1)
        first = place.split()[0]
        if first.lower() in ("the", "a", "an") or is_office_word(first) or country_by_demonym(first):
            continue
        span = doc.char_span(match.start(1), match.end(), alignment_mode="expand")
        if span is not None:
            out.append(Candidate(match.start(1), match.end(), span.start, span.end, text[match.start(1):match.end()],
                                 "organization"))
    return out


_ACRONYM_PAREN = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_NAME_CONNECTORS = {"of", "for", "and", "&", "de", "du", "des", "la", "el", "del", "on", "in"}


def _defined_acronyms(doc: Any, text: str) -> list[Candidate]:
    """ "the Japan Bank for International Cooperation (JBIC)": the capitalised words before a bracketed
    acronym whose initials spell it name an organisation, however the model split or merged them."""
    out = []
    for match in _ACRONYM_PAREN.finditer(text):
        letters = [ch for ch in match.group(1) if ch.isupper()]
        if len(letters) < 2:
            continue
        span = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        if span is None:
            continue
        j = span.start  # the token of the opening bracket
        k, i, wanted = j - 1, None, list(letters)
        while k >= 0 and wanted and j - k <= 14:
            tok = doc[k]
            if tok.lower_ in _NAME_CONNECTORS and k + 1 < j:
                k -= 1
                continue
            if not tok.text[:1].isupper() or tok.is_punct or "\n" in tok.text:
                break
            parts = [p for p in re.split(r"-", tok.text) if p][::-1]
            for part in parts:
                if wanted and part[:1].upper() == wanted[-1]:
                    wanted.pop()
                else:
                    wanted = ["?"]
                    break
            i = k
            k -= 1
        if wanted or i is None or j - i < 2:
            continue
        name = text[doc[i].idx:doc[j - 1].idx + len(doc[j - 1].text)]
        kind = _retype(doc, i, j, name, "organization")
        if kind != "organization" or _is_junk_name(name, kind):
            continue
        out.append(Candidate(doc[i].idx, doc[i].idx + len(name), i, j, name, kind))
    return out


def _joined_people(doc: Any) -> list[Any]:
    """The model's entities, with a person split in two joined again ("Marcelo" + "Quintela" with the
    middle name "Tavares" left out between them)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Any] = []
    for ent in ents:
        if ent.label_ in ("GPE", "LOC", "NORP", "ORG") and len(ent) == 1 and ent.text[:1].isupper() \
                and (given_names().get(ent.text.lower()) in ("m", "f") or title_before(doc, ent.start)) \
                and not country_by_capital(ent.text) and not country_by_name(ent.text) \
                and not country_by_demonym(ent.text):
            k = ent.end  # "Luciana Prado Moraes" read as a place from its given name
            while k < len(doc) and k - ent.start < 4 and doc[k].ent_type_ in ("", "PERSON") \
                    and _name_token(doc[k], set()):
                k += 1
            if k - ent.start >= 2:
                out.append(Span(doc, ent.start, k, label="PERSON"))
                continue
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "PERSON" and ent.label_ == "PERSON" and ent.start - prev.end <= 1 \
                and all(t.is_title and t.pos_ == "PROPN" and "\n" not in t.text and not is_office_word(t.text)
                        and t.lower_ not in MODIFIERS and t.lower_ not in HONORIFICS for t in doc[prev.end:ent.start]) \
                and not any(country_by_demonym(t.text) or country_by_name(t.text) or is_office_word(t.text)
                            for t in doc[prev.start:ent.end]) \
                and ent.end - prev.start <= 4:
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


def collect_candidates(doc: Any, text: str) -> list[Candidate]:
    found: list[Candidate] = _missions(doc, text) + _ministries(doc, text) + _local_governments(doc, text)
    taken = {k for c in found for k in range(c.tstart, c.tend)}
    found += [c for c in _defined_acronyms(doc, text) if not any(k in taken for k in range(c.tstart, c.tend))]
    covered: set[int] = {k for c in found for k in range(c.tstart, c.tend)}
    datelines = dateline_spans(text)
    for ent in _joined_people(doc):
        kind = LABELS.get(ent.label_) or _misread_firm(doc, ent)
        if kind is None or any(k in covered for k in range(ent.start, ent.end)):
            continue
        for i, j in _runs(ent):
            if kind in ("organization", "place"):
                split = _split_title_name(doc, i, j)
                if split is not None:
                    i, kind = split, "person"
            while kind == "person" and i > 0 and j - i < 4 and doc[i - 1].ent_type_ == "" \
                    and _name_token(doc[i - 1], covered):
                i -= 1  # "Shri Arvind Kumar Sethi" tagged from "Kumar": the given name the model left out
            while kind == "person" and j + 1 < len(doc) and j - i < 5 and _particle_at(doc, j - 1) \
                    and doc[j].is_title and doc[j].pos_ == "PROPN" and doc[j].i not in covered:
                j += 1  # "Ana da" + "Costa": the surname after a particle
            while kind == "person" and j + 1 < len(doc) and j - i < 4 and _particle_at(doc, j) \
                    and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN" and (j + 1) not in covered:
                j += 2  # "Ana" + "da Costa"
            if kind == "person" and j < len(doc) and doc[j].text in _NAME_SUFFIXES and (j not in covered):
                j += 1  # "Pedro dos Santos Filho", "Carlos Mendes Jr."
            lead = i
            i, j = _trim(doc, i, j, kind)
            if i >= j:
                continue
            if kind == "person" and _given_after_honorific(doc, i, covered):
                i -= 1  # "His Excellency Sultan Al Harthy": the title word after the honorific is the given name
            honoured = any(doc[k].lower_ in HONORIFICS and doc[k].lower_ not in ("his", "her")
                           for k in range(max(0, min(lead, i - 1)), i))
            if kind == "organization":
                j = next((k for k in range(i + 1, j) if doc[k].like_num), j)  # "Nordwind 40 percent"
                j = next((k for k in range(i + 1, j) if doc[k].lower_ in ("for", "to", "at", "with", "from")
                          and doc[k].is_lower and norm_key(doc[k - 1].text) in _LEGAL_FORMS), j)  # "X Ltd for Rs"
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            name = text[start:end].strip()
            places = _joined_places(doc, i, j)
            if places:  # "Goi\u00e1s and Tocantins" read as one firm: two places
                found.extend(places)
                covered.update(range(i, j))
                continue
            new_kind = _retype(doc, i, j, name, kind)
            if new_kind in ("organization", "place") and honoured and _honoured_name(doc, i, j, name):
                new_kind = "person"  # "the Honourable X Y", "H.E. X Y" read as an organisation
            if new_kind in ("organization", "person") and any(a <= start < b for a, b in datelines):
                new_kind = "place"  # "NAIROBI, Kenya \u2014": the dateline names where the story was filed
            if new_kind is None or _is_junk_name(name, new_kind) or _is_byline(text, start):
                continue
            cand = Candidate(start, end, i, j, name, new_kind)
            cand.source = new_kind in ("organization", "person") and _is_source(text, start, end, name)
            if cand.source and new_kind == "person":
                continue
            found.append(cand)
            covered.update(range(i, j))
    found.extend(_titled_people(doc, text, covered))
    found.sort(key=lambda c: c.start)
    return found


def _misread_firm(doc: Any, ent: Any) -> str | None:
    """A firm the model read as a title or a product ("Adriatic Gateway Terminals, the company that
    ..."): capitalised words ending in a company word, or followed by "the company"/"the operator"."""
    if ent.label_ not in ("WORK_OF_ART", "PRODUCT", "EVENT") or len(ent) < 2 \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return None
    if norm_key(ent[-1].text) in ORG_SUFFIXES:
        return "organization"
    after = [t for t in doc[ent.end:ent.end + 4] if t.pos_ != "DET"]
    if len(after) >= 2 and after[0].text == "," and after[1].lower_ in ORG_CUE_NOUNS | {"operator", "owner"}:
        return "organization"
    return None


def _titled_people(doc: Any, text: str, covered: set[int]) -> list[Candidate]:
    """People the model missed: capitalised names right after a title ("Special Envoy for X Rask Holm")."""
    out: list[Candidate] = []
    n = len(doc)
    i = 0
    while i < n:
        if not _name_token(doc[i], covered):
            i += 1
            continue
        j = i
        while j < n and j - i < 3 and _name_token(doc[j], covered):
            j += 1
            if j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and _name_token(doc[j + 1], covered):
                j += 2  # a hyphenated surname: "Lyberth-Petersen"
            elif j + 1 < n and doc[j].lower_ in NAME_PARTICLES and doc[j].is_lower and _name_token(doc[j + 1], covered):
                j += 2  # "Pieter de Vries", "Ana dos Santos"
        if sum(t.text != "-" for t in doc[i:j]) > 3 or (j < n and doc[j].text == ":") \
                or (j < n and _name_token(doc[j], covered)):  # longer than a name: "Lucas do Rio Verde"
            i = j
            continue
        if _given_after_honorific(doc, i, covered):
            i -= 1  # "His Excellency Sultan Al Marri": after the honorific, the word is the given name
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            out.append(Candidate(start, end, i, j, text[start:end], "person"))
            covered.update(range(i, j))
            i = j
            continue
        title = title_before(doc, i)
        if title is not None and j - i == 1 and re.search(r"\b(?:of|for)\b", title) and j < n \
                and (doc[j].text == "," or doc[j].lower_ in HONORIFICS):
            i = j  # "Minister of Water Supply, Hon. X": the word ends the portfolio, the name follows
            continue
        strong = title is not None and any(w.lower() in STRONG_TITLES for w in title.split())
        given = given_names().get(doc[i].lower_) in ("m", "f") and norm_key(doc[j - 1].text) not in ORG_SUFFIXES
        honoured = i > 0 and doc[i - 1].lower_ in HONORIFICS and doc[i - 1].lower_ not in ("his", "her") \
            and norm_key(doc[j - 1].text) not in ORG_SUFFIXES
        if strong or (j - i >= 2 and (_role_follows(doc, j) or given or honoured)):
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            name = text[start:end]
            if not _is_junk_name(name, "person") and "\n" not in name and not _is_byline(text, start):
                out.append(Candidate(start, end, i, j, name, "person"))
                covered.update(range(i, j))
        i = j
    return out


NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter", "ten", "le",
                  "la", "du", "bin", "binti", "al", "el"}
SPEECH_VERBS = {"said", "says", "told", "added", "argued", "noted", "stressed", "warned", "explained", "insisted",
                "announced", "confirmed", "wrote", "replied", "urged", "recalled", "acknowledged", "claimed"}


def _role_follows(doc: Any, j: int) -> bool:
    """ "Anna Berg, the member for X," / "Anna Berg said": the run before ``j`` names a person."""
    if j >= len(doc):
        return False
    if doc[j].lower_ in SPEECH_VERBS:
        return True
    if doc[j].text != ",":
        return False
    for tok in doc[j + 1:j + 6]:
        if tok.text in (",", ".", ";"):
            return False
        if is_office_word(tok.text) or tok.lower_ in ("member", "leader", "head", "founder", "owner"):
            return True
    return False


def _name_token(tok: Any, covered: set[int]) -> bool:
    return (tok.i not in covered and tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ in ("", "PERSON")
            and not is_office_word(tok.text) and tok.lower_ not in MODIFIERS and tok.lower_ not in HONORIFICS
            and tok.lower_ not in PLACE_SUFFIXES and not country_by_name(tok.text) and not country_by_demonym(tok.text))
