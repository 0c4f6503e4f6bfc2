"""The date expressions ``dates`` recognises: one compiled pattern per shape, scanned once each.

``scan(text)`` yields ``(match, rule)`` pairs without overlaps (at a shared start the longer
expression wins). Month and weekday names must be capitalised ("may" and "march" are verbs); a
bare year or month needs a preposition or modifier before it ("in 2026", "by the end of 2027",
"early March"), so that counts and amounts are not taken for years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "twenty-four": 24, "thirty-six": 36,
    "a couple of": 2, "a few": 3, "several": 3,
}
BACK_MODS = {"last", "past", "the past", "previous", "the previous", "early last", "late last"}
FORWARD_MODS = {"next", "the next", "following", "the following", "early next", "late next"}
NEEDS_TENSE = {"day_month", "month", "weekday"}

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ANY = (r"(?P<m>" + _MONTH_FULL[3:-1] + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])")
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_WEEKDAY_OPT = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d\w])"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?![\d\w])"
_PREP = (r"(?P<prep>\b(?i:on|in|by|since|until|till|before|after|from|during|through|throughout|as of|"
         r"no later than|not later than|ahead of|around|for|at|within|starting|effective)\s+)?")
_NUM = (r"(?P<n>\d{1,3}|(?i:a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|fifteen|eighteen|twenty-four|thirty-six|twenty|thirty|forty|fifty))")

_DAY_MONTH_WD = r"(?:(?P<wdx>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"

_RULES: list[tuple[str, str]] = [
    ("iso", _PREP + r"\b(?P<y>(?:19|20)\d{2})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\d\w])"),
    ("full", _PREP + r"\b" + _WEEKDAY_OPT + _DAY + r"\s+(?:of\s+)?" + _MONTH_ANY + r",?\s+" + _YEAR),
    ("full", _PREP + r"\b" + _WEEKDAY_OPT + _MONTH_ANY + r"\s+" + _DAY + r",?\s+" + _YEAR),
    ("day_month", _PREP + r"\b" + _DAY_MONTH_WD + _DAY + r"\s+(?:of\s+)?" + _MONTH_ANY),
    ("day_month", _PREP + r"\b" + _DAY_MONTH_WD + _MONTH_ANY + r"\s+" + _DAY),
    ("month_year", _PREP + r"(?P<mod>\b(?i:early|mid|late|the end of|end of|the beginning of|the start of|"
     r"the middle of)[\s-]+)?\b" + _MONTH_ANY + r",?\s+(?:of\s+)?" + _YEAR),
    ("month", r"(?P<prep>\b(?i:in|by|since|until|till|before|after|from|during|through|for|of)\s+)?"
     r"(?P<mod>\b(?i:last|next|this|early|late|mid|the end of|end of|the beginning of|the start of|"
     r"the middle of)[\s-]+)?\b(?P<m>" + _MONTH_FULL[3:-1] + r")\b"),
    ("year", r"(?P<prep>\b(?i:in|by|since|until|till|before|after|from|during|through|throughout|as of|"
     r"no later than|not later than|around|circa|for)\s+)?(?P<mod>\b(?i:the end of|end of|end-|"
     r"the start of|the beginning of|the middle of|mid-|mid|early|late|the first half of|"
     r"the second half of|the first quarter of|the second quarter of|the third quarter of|"
     r"the fourth quarter of|the summer of|the spring of|the autumn of|the fall of|the winter of|"
     r"the year|fiscal year|fiscal|year-end|Q[1-4]|H[12])[\s-]*)?(?<![\d$€£¥.,])" + _YEAR +
     r"(?!\s*(?:%|(?i:per ?cent|million|billion|trillion|tonnes|tons|barrels|units|people|troops|km|mw|gw)\b)|[-–/]\d)"),
    ("weekday", _PREP + r"(?P<mod>\b(?i:last|next|this|coming|past)\s+)?\b" + _WEEKDAY +
     r"(?:\s+(?i:morning|afternoon|evening|night))?"),
    ("relday", _PREP + r"\b(?P<word>(?i:today|yesterday|tomorrow|tonight|last night|this morning|"
     r"this afternoon|this evening))(?![\w])"),
    ("period", _PREP + r"\b(?P<mod>(?i:last|this|next|earlier this|later this|early this|late this|"
     r"early next|late next|early last|late last|the past|the previous|the following|the next|the current|"
     r"the same|past|previous|following))\s+(?P<unit>(?i:week|weekend|month|year|decade))(?![\w-])"),
    ("coming", _PREP + r"\b(?i:the\s+)?(?i:coming|upcoming)\s+(?P<unit>(?i:year|years|months|weeks|days))\b"),
    ("coming", _PREP + r"\b(?i:the\s+)?(?i:next|coming)\s+(?i:few|several|couple of)\s+"
     r"(?P<unit>(?i:years|months|weeks|days))\b"),
    ("coming", _PREP + r"\b(?i:the\s+)?(?P<unit>(?i:year|months|weeks|days))\s+(?i:ahead|to come)\b"),
    ("within", r"\b(?P<prep>(?i:within|in|over the next|over the coming|in the next|during the next|"
     r"for the next|within the next)\s+)" + _NUM + r"\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\b"
     r"(?!\s+(?i:ago|earlier|later|old|after|before|of)\b)"),
    ("ago", r"\b" + _NUM + r"\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+"
     r"(?P<prep>(?i:ago|earlier))\b"),
    ("yearend", _PREP + r"\b(?i:the\s+)?(?i:end|close)\s+of\s+(?i:the\s+|this\s+)?(?P<which>(?i:year|month))\b"),
    ("yearend", _PREP + r"\b(?i:the\s+)?(?i:end|close)\s+of\s+(?P<which>(?i:next))\s+(?i:year)\b"),
    ("yearend", _PREP + r"\b(?i:year[\s-]end|end[\s-]of[\s-]year)\b"),
]

COMPILED = [(rule, re.compile(pattern)) for rule, pattern in _RULES]


def scan(text: str) -> Iterator[tuple[Any, str]]:
    """Date expressions of ``text`` in order, the longest at each start, none overlapping."""
    found: list[tuple[int, int, Any, str]] = []
    for rule, pattern in COMPILED:
        for m in pattern.finditer(text):
            if m.end() == m.start() or not _acceptable(m, rule):
                continue
            found.append((m.start(), -m.end(), m, rule))
    found.sort(key=lambda f: (f[0], f[1]))
    last_end = -1
    for start, neg_end, m, rule in found:
        if start >= last_end:
            last_end = -neg_end
            yield m, rule


def _acceptable(m: Any, rule: str) -> bool:
    gd = m.groupdict()
    if rule in ("month", "year"):
        return bool(gd.get("prep") or gd.get("mod"))
    if rule in ("day_month", "full", "iso"):
        day = int(gd["d"])
        return 1 <= day <= 31
    return True


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return [m[:3] for m in MONTHS].index(key) + 1


def weekday_number(name: str) -> int:
    return WEEKDAYS.index(name.lower())


def number(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)
