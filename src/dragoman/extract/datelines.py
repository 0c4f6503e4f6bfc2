"""The dateline opening an article: "NAIROBI, Kenya —", "ABUJA (Outlet) -", "LIMA, May 3 (Wire) -".

``dateline`` returns the place the story is filed from (title case: "Nairobi") and the end offset of
the dateline, so that a date written in it ("May 3") is known to date the filing, not an event.
A place in capitals needs only the dash, colon or full stop after it ("TBILISI. Ministers ..."); a place in ordinary case needs a date or
an agency in brackets too ("Abu Dhabi, 14 May 2026:"), so that a sentence opening "Kenya - ..." is
not taken for one.

``is_dateline`` and ``past_dateline`` keep a place in capitals opening a line ("MUSCAT — The X
Authority ...") from being read as the actor of the sentence after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dragoman.extract.document import Document
from dragoman.extract.geo import is_capital

Token = Any

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
_WORD = r"[A-Z][A-Za-z'’.-]+"
_PLACE_CAPS = r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}"
_PLACE = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_REGION = rf"(?:,\s+{_WORD}(?:\s+{_WORD}){{0,2}})"
_TAIL = rf"(?:,?\s+(?P<date>{_DATE}))?(?:\s*\((?P<agency>[^()\n]{{1,40}})\))?(?:\s*(?:—|–|--|-|:)|(?<=\d)\.)\s+"
_CAPS = re.compile(rf"^\s*(?P<place>{_PLACE_CAPS}){_REGION}?(?:{_TAIL}|\.\s+(?=[A-Z][a-z]))")
_MIXED = re.compile(rf"^\s*(?P<place>{_PLACE}){_REGION}?{_TAIL}")


@dataclass(frozen=True)
class Dateline:
    place: str
    end: int  # offset just past the dateline's dash or colon


def dateline(document: Document) -> Dateline | None:
    return find_dateline(document.text)


def find_dateline(text: str) -> Dateline | None:
    head = text[:160]
    match = _CAPS.match(head)
    if match is None or not any(c.isalpha() for c in match["place"]) or len(match["place"]) < 3:
        match = _MIXED.match(head)
        if match is None or not (match["date"] or match["agency"]):
            return None
    place = " ".join(w if not w.isupper() else w.capitalize() for w in match["place"].split())
    if match.group(0).rstrip().endswith(".") and not match["date"] and not is_capital(place):
        return None  # "NATO. The alliance ...": a full stop after capitals is a dateline only for a known city
    return Dateline(place=place, end=match.end())


def is_dateline(text: str, name: str) -> bool:
    """"MUSCAT — ...", "NAIROBI, March 4 (Wire) - ...": a name in capitals opening a line of ``text``."""
    if not name.isupper() or len(name) < 4 or len(name.split()) > 3:
        return False
    return re.search(rf"(?m)^\s*{re.escape(name)}\b\s*(?:[,(\u2014\u2013-]|$)", text) is not None


def past_dateline(text: str, tokens: list[Token]) -> list[Token]:
    """Subject tokens with a dateline replaced by the name in apposition to it."""
    out: list[Token] = []
    for tok in tokens:
        if tok.pos_ in ("PROPN", "NOUN") and is_dateline(text, tok.text):
            out += [c for c in tok.children if c.dep_ == "appos"]
        else:
            out.append(tok)
    return out
