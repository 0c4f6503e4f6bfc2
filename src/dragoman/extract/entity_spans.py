"""Candidate entity spans: spaCy's NER, repaired (types, edges, junk) and completed by title rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dragoman.extract.geo import country_by_capital, country_by_demonym, country_by_name
from dragoman.extract.names import (
    GENERIC_ORG_WORDS,
    ORG_CUE_NOUNS,
    ORG_SUFFIXES,
    given_names,
    institutions,
    is_media,
    norm_key,
    starts_like_a_person,
)
from dragoman.extract.places import NOT_ORGANISATIONS, dateline_spans, is_currency_code, is_subdivision
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
_BYLINE = re.compile(r"^\s*(?:by|written by|reporting by|words by)\s+$", re.I)
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
                     and doc[j - 1].text not in (".", ")"))):
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
    if kind in ("person", "organization") and j - i > 1 and last in PLACE_SUFFIXES:
        return "place"
    if kind == "organization" and (is_currency_code(name) or key in NOT_ORGANISATIONS or name.islower()):
        return None  # "AED", "LNG", "MoU", "cassava": things, not organisations
    if kind in ("person", "organization") and last not in ORG_SUFFIXES and key not in institutions() \
            and (is_subdivision(name) or country_by_capital(name)):
        return "place"  # "Mato Grosso", "Accra" read as a person or a firm
    if kind == "person" and j - i == 1 and _place_cue(doc, i, j):
        return "place"
    nxt = doc[j] if j < len(doc) else None
    if kind in ("organization", "place") and nxt is not None and nxt.is_title and is_office_word(nxt.text) \
            and key not in institutions():
        return None  # "Finance and National Planning Minister X": part of a title, not an organisation
    if kind == "organization" and is_office_word(doc[i].text) and last not in ORG_SUFFIXES \
            and key not in institutions():
        return None  # "Minister of Industry and Trade": a title, not an organisation
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
    if kind == "person" and prev is not None and prev.lower_ in ORG_CUE_NOUNS:
        return "organization"
    if kind in ("organization", "place") and prev is not None and is_office_word(prev.text) and prev.is_title \
            and j - i <= 3 and all(t.is_title for t in doc[i:j]) and last not in ORG_SUFFIXES \
            and key not in institutions():
        return "person"
    return kind


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
    """ "the Chinese embassy in Lusaka", "China's embassy in Lusaka" -> "Embassy of China in Lusaka"."""
    from dragoman.extract.geo import country_name

    out = []
    for match in _MISSION.finditer(text):
        code = country_by_demonym(match.group(1)) or country_by_name(match.group(1))
        if not code:
            continue
        name = f"{match.group(2).title()} of {country_name(code)}"
        if match.group(3):
            name += f" in {match.group(3)}"
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
    found: list[Candidate] = _missions(doc, text) + _ministries(doc, text)
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
            i, j = _trim(doc, i, j, kind)
            if i >= j:
                continue
            if kind == "organization":
                j = next((k for k in range(i + 1, j) if doc[k].like_num), j)  # "Nordwind 40 percent"
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            name = text[start:end].strip()
            new_kind = _retype(doc, i, j, name, kind)
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
        title = title_before(doc, i)
        strong = title is not None and any(w.lower() in STRONG_TITLES for w in title.split())
        given = given_names().get(doc[i].lower_) in ("m", "f") and norm_key(doc[j - 1].text) not in ORG_SUFFIXES
        if strong or (j - i >= 2 and (_role_follows(doc, j) or given)):
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            name = text[start:end]
            if not _is_junk_name(name, "person") and "\n" not in name:
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
