"""Titles of office: recognising "U.S. Secretary of State", "Kazakhstan's President", "chief executive of Y".

A title is a run of words before a name (premodifier) or an apposition after it, holding at least one
office head word from ``data/offices.txt``; nationality words in it give the holder's country.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from dragoman.extract.geo import country_by_demonym, country_by_name

HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madam",
              "his", "her", "excellency", "h.e.", "mister", "prof", "prof.", "professor", "sheikh", "hon", "hon.",
              "honourable", "honorable", "rt", "rt.", "alhaji", "alhaja", "hajiya", "hajia", "haji", "datuk",
              "dato", "dato'", "seri", "tunku", "engr", "engr.", "amb.", "pres.", "shri", "sri", "smt", "smt.",
              "shrimati", "lt", "lt.", "gen", "gen.", "col", "col.", "maj", "maj.",
              "brig", "brig.", "capt", "capt."}
MODIFIERS = {"former", "then", "then-", "acting", "interim", "incoming", "outgoing", "deputy", "vice", "first",
             "second", "senior", "junior", "special", "assistant", "associate", "principal", "chief",
             "executive", "general", "managing", "foreign", "defence", "defense", "finance", "economy",
             "trade", "energy", "state", "commerce", "treasury", "interior", "home", "justice", "health",
             "labour", "labor", "transport", "mines", "mining", "industry", "investment", "development",
             "environment", "climate", "agriculture", "education", "digital", "affairs", "economic",
             "security", "national", "presidential", "prime", "crown", "top", "lead", "chief-executive",
             "u.s.", "us", "u.n.", "un", "eu", "e.u.", "uk", "u.k.", "white", "house", "external", "international",
             "regional", "relations", "cooperation", "integration", "infrastructure", "water", "resources",
             "natural", "planning", "information", "communications", "technology", "science", "culture",
             "tourism", "sports", "youth", "women", "social", "public", "works", "budget", "fiscal", "monetary",
             "central", "bank", "majority", "minority", "ranking", "member", "committee", "republican",
             "democratic", "party", "assembly", "parliament", "parliamentary", "senate", "council", "financial",
             "operating", "commercial"}
CONNECTORS = {"of", "for", "and", "to", "on", "at", "in", "the", "&"}
#: words of a time phrase or sentence adverb that can open a sentence before a title ("In May, Zambia's
#: Transport Minister X", "Last June Ghana's ...", "Earlier, ..."): never part of the title
LEAD_IN_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                 "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                 "yesterday", "tomorrow", "tonight", "last", "next", "this", "earlier", "later", "meanwhile",
                 "separately", "also", "however", "then", "previously", "recently", "week", "month", "year",
                 "morning", "afternoon", "evening", "night", "weekend", "ago", "since", "after", "before", "during"}
STOP_TITLE_WORDS = {"the", "and", "of", "for", "to", "on", "at", "in", "&", ","}


@lru_cache(maxsize=1)
def office_heads() -> frozenset[str]:
    text = resources.files("dragoman").joinpath("data/offices.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_office_word(word: str) -> bool:
    return word.lower().strip(".,") in office_heads() or word.lower() in office_heads()


def _title_token_ok(tok: Any) -> bool:
    low = tok.lower_
    if low in CONNECTORS or low in MODIFIERS or is_office_word(tok.text):
        return True
    if tok.text in ("'s", "\u2019s"):
        return True
    if tok.is_title or tok.is_upper:
        # a country or region name or demonym inside an office phrase ("Secretary of State",
        # "Envoy for South and Central Asia", "Kazakhstan's President")
        if tok.ent_type_ == "PERSON":
            return bool(country_by_demonym(tok.text) or country_by_name(tok.text))
        return tok.pos_ in ("PROPN", "ADJ", "NOUN")
    return False


def title_before(doc: Any, start: int, *, max_tokens: int = 12, blocked: frozenset[int] = frozenset()) -> str | None:
    """The title written right before the name starting at token ``start``, or None.

    ``blocked`` holds token indices of other names: a title never reaches across them.
    """
    i = start - 1
    # honorifics sit between the title and the name ("President Mr X" is rare; "Mr X" common)
    while i >= 0 and doc[i].lower_ in HONORIFICS:
        i -= 1
    end = i + 1
    first = end
    if i < 0 or doc[i].lower_ in CONNECTORS:
        return None
    while i >= 0 and end - i <= max_tokens and i not in blocked and (_title_token_ok(doc[i]) or _list_comma(doc, i)):
        if "\n" in doc[i].text or doc[i].is_space or doc[i].lower_ in HONORIFICS:
            break
        first = i
        i -= 1
    tokens = list(doc[first:end])
    # a comma whose left part holds no office word closes an opening phrase ("In May, Zambia's ... Minister")
    while any(t.text == "," for t in tokens):
        comma = next(k for k, t in enumerate(tokens) if t.text == ",")
        left = tokens[:comma]
        if not left:
            tokens = tokens[1:]
            continue
        if any(is_office_word(t.text) for t in left) or not (
                left[0].lower_ in ("in", "on", "at", "from", "after", "before", "during", "since")
                or any(t.lower_ in LEAD_IN_WORDS or t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADV" for t in left)):
            break  # "Minister of Power, Energy and ...", "Energy, Mines and Petroleum Minister" are one title
        tokens = tokens[comma + 1:]
    # trim connectors, time phrases and possessive owners at the left edge
    while tokens and (tokens[0].lower_ in STOP_TITLE_WORDS or tokens[0].text in ("'s", "\u2019s")
                      or (tokens[0].lower_ in LEAD_IN_WORDS and not is_office_word(tokens[0].text))
                      or tokens[0].like_num):
        tokens = tokens[1:]
    # a title holds an office head word, the last word or near it
    heads = [k for k, t in enumerate(tokens) if is_office_word(t.text)]
    if not heads:
        return None
    text = _join(tokens)
    if len(text) < 3 or len(text) > 90:
        return None
    return text


def _list_comma(doc: Any, i: int) -> bool:
    """A comma inside a list of portfolios: "Minister of Power, Energy and Mineral Resources"."""
    if doc[i].text != "," or i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return before.is_title and after.is_title and before.ent_type_ != "PERSON" and after.ent_type_ != "PERSON" \
        and not is_office_word(after.text) and any(t.lower_ == "and" for t in doc[i + 1:i + 5])


def title_in_apposition_before(doc: Any, start: int, end: int, blocked: frozenset[int] = frozenset()) -> str | None:
    """ "Vietnam's trade minister, Nguyen Thi Lan, said": a title set before the name and a comma.

    Only when the name closes the apposition (a comma, a full stop or the end follows it), so that
    "After meeting the president, X said" gives X no title.
    """
    honoured = False
    while start > 0 and doc[start - 1].lower_ in HONORIFICS:
        start -= 1  # "the finance minister, Hon. X," / "..., Sheikh X,"
        honoured = True
    if start < 2 or doc[start - 1].text != ",":
        return None
    if end < len(doc) and doc[end].text not in (",", ".", ";", ")") and "\n" not in doc[end].text and not honoured:
        return None  # an honorific after the comma is apposition enough: "The Minister of X, Hon. Y said"
    if not is_office_word(doc[start - 2].text) and not any(is_office_word(t.text) for t in doc[max(0, start - 12):start - 1]):
        return None
    return title_before(doc, start - 1, blocked=blocked, max_tokens=16)


def title_after(doc: Any, span_end: int, blocked: frozenset[int] = frozenset()) -> str | None:
    """An appositive title after the name ending before token ``span_end``: "X, chief executive of Y,"."""
    if span_end >= len(doc) or doc[span_end].text != ",":
        return None
    head = doc[span_end - 1]
    for tok in doc[span_end + 1: span_end + 4]:
        if tok.dep_ == "appos" and tok.head.i == head.i:
            break
    else:
        tok = None
    if tok is None:
        return _comma_phrase_title(doc, span_end, blocked)
    words = [t for t in tok.subtree if t.i > span_end]
    if not words:
        return None
    if not any(is_office_word(t.text) for t in words):
        return _comma_phrase_title(doc, span_end, blocked)  # "a vice-president of X" parsed in pieces
    # drop a leading article and possessive owners ("Mr X's special envoy" -> "special envoy")
    kept: list[Any] = []
    skip: set[int] = set()
    for t in words:
        if t.dep_ == "poss" and t.ent_type_ == "PERSON":
            skip.update(x.i for x in t.subtree)
    for t in words:
        if t.i in skip or (t.text in ("'s", "\u2019s") and (t.i - 1) in skip):
            continue
        if t.i in blocked:
            return None
        kept.append(t)
    while kept and kept[0].lower_ in ("the", "a", "an"):
        kept = kept[1:]
    while kept and kept[-1].is_punct:
        kept = kept[:-1]
    text = _join(kept)
    return text if 3 <= len(text) <= 100 else None


def _comma_phrase_title(doc: Any, comma: int, blocked: frozenset[int]) -> str | None:
    """ "X, chief executive of Y, said": the phrase between two commas that starts with a role."""
    words: list[Any] = []
    for t in doc[comma + 1: comma + 14]:
        if t.text in (",", ".", ";", ":") or "\n" in t.text:
            break
        words.append(t)
    else:
        return None
    article = bool(words) and words[0].lower_ in ("a", "an")
    while words and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    lead = 2 if len(words) > 2 and words[1].text in ("'s", "\u2019s") and words[0].pos_ == "PROPN" else 0
    if not words[lead:] or not (is_office_word(words[lead].text) or words[lead].lower_ in MODIFIERS
                                or (article and _described_role(words))):
        return None  # "X, Vietnam's deputy chief negotiator," keeps its owner; other phrases are no title
    if any(t.i in blocked for t in words) and not any(t.dep_ == "pobj" for t in words):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.lower_ not in MODIFIERS and not is_office_word(t.text)
           and t.lower_ != "based" for t in words):
        return None  # a clause, not a title ("managing" in "managing director" is no verb)
    text = _join(words)
    return text if 3 <= len(text) <= 100 else None


def _described_role(words: list[Any]) -> bool:
    """ "a Muscat-based energy analyst", "an Arctic resources analyst at ...", "a farmer and member of ...":
    a role word within the first words, after describers only."""
    head = next((k for k, t in enumerate(words[:6]) if is_office_word(t.text)), None)
    return head is not None and head > 0 and all(
        t.pos_ in ("ADJ", "NOUN", "PROPN", "CCONJ") or t.text in ("-", "\u2013") or t.lower_ == "based"
        for t in words[:head])


def _join(tokens: list[Any]) -> str:
    out = ""
    for t in tokens:
        joined = t.text in ("-", "\u2013") and t.i > 0 and not t.doc[t.i - 1].whitespace_
        if out and t.text not in ("'s", "\u2019s", ",", ".") and not out.endswith(("-", "\u2013")) and not joined:
            out += " "
        out += t.text
    return out.replace(" ,", ",").strip()


def title_country(title: str | None) -> str | None:
    """The nationality a title carries ("U.S. Secretary of State" -> USA, "Kazakhstan's President" -> KAZ)."""
    if not title:
        return None
    words = title.replace("\u2019s", "'s").replace("'s", " 's").split()
    for n in (3, 2, 1):
        for k in range(0, max(0, len(words) - n + 1)):
            phrase = " ".join(words[k:k + n])
            if k == 0 or words[k - 1].lower() not in ("to", "for", "in", "at", "with"):
                code = country_by_demonym(phrase) or (country_by_name(phrase) if phrase.lower() != "state" else None)
                if code:
                    return code
    return None
