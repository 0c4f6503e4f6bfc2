"""Publication dates written on a page: "Friday, March 6, 2026", "14-07-2025 10:20 IST", datelines.

Every function returns an ISO ``YYYY-MM-DD`` string or None; nothing here guesses a date that
the text does not spell out, except the year of a dateline, which the caller supplies.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from dragoman.clean import patterns as pt


def iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    return pt.MONTHS[name.lower()[:3]]


def find_date(text: str) -> str | None:
    """The first full calendar date spelled out in ``text``."""
    found: list[tuple[int, str]] = []
    for regex in (pt.DATE_ISO, pt.DATE_MDY, pt.DATE_DMY, pt.DATE_NUMERIC):
        for match in regex.finditer(text):
            value = _from_match(regex, match, text)
            if value:
                found.append((match.start(), value))
                break
    return min(found)[1] if found else None


def _from_match(regex: re.Pattern[str], match: re.Match[str], text: str) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if regex is pt.DATE_ISO:
        return iso(year, int(groups["m"]), int(groups["d"]))
    if regex is pt.DATE_NUMERIC:
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12:
            return iso(year, b, a)
        if b > 12:
            return iso(year, a, b)
        if pt.MDY_ZONES.search(text) and not pt.DMY_ZONES.search(text):
            return iso(year, a, b)
        return iso(year, b, a)  # most of the world writes day-month-year
    return iso(year, _month(groups["month"]), int(groups["day"]))


def is_date_line(text: str) -> bool:
    """A line that holds a date and little else ("Friday, March 6, 2026 | 10:45")."""
    if not find_date(text):
        return False
    rest = text
    for regex in (pt.DATE_ISO, pt.DATE_MDY, pt.DATE_DMY, pt.DATE_NUMERIC):
        rest = regex.sub(" ", rest)
    rest = re.sub(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b[A-Z]{2,4}\b|[|,·•()/-]", " ", rest, flags=re.IGNORECASE)
    return len(rest.split()) <= 2


def dateline_date(text: str, year: int | None) -> str | None:
    """The date of a dateline at the start of a lead ("TBILISI, Georgia, March 3. ..."); the year,
    when the dateline leaves it out, is ``year``."""
    head = text[:80]
    match = pt.DATELINE.match(head)
    if not match:
        return None
    rest = match.group("rest")
    full = find_date(head[: match.start("rest") + 30])
    if full:
        return full
    for regex in (pt.DATE_MD_NOYEAR, pt.DATE_DM_NOYEAR):
        found = regex.match(rest.lstrip(" ,(-–—"))
        if found and year:
            return iso(year, _month(found.group("month")), int(found.group("day")))
    return None


def month_day(text: str, year: int) -> str | None:
    """A month and day written without a year ("Updated Nov 19, 6:55 AM"), dated in ``year``."""
    for regex in (pt.DATE_MD_NOYEAR, pt.DATE_DM_NOYEAR):
        found = regex.search(text)
        if found:
            return iso(year, _month(found.group("month")), int(found.group("day")))
    return None


_AHEAD = re.compile(r"\b(?:by|until|till|through|before|due|to|from|beyond|after|target|targets|horizon|"
                    r"vision|agenda|plan)\s+(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?(?:[A-Z][a-z]+\s+)?$", re.I)


def context_year(texts: Iterable[str], *, latest: bool = False) -> int | None:
    """The year a page speaks of most, or the latest one it names (a copyright line's "2024-2025").

    Speaking of, not the year a text looks ahead to: "by 2028", "until 2030", "bonds due 2031" and
    "Vision 2030" are left out of the count (a copyright range is counted whole).
    """
    counts: Counter[int] = Counter()
    for text in texts:
        counts.update(int(m.group(1)) for m in pt.YEAR.finditer(text)
                      if latest or not _AHEAD.search(text[max(0, m.start() - 30):m.start()]))
    if not counts:
        return None
    return max(counts) if latest else counts.most_common(1)[0][0]
