"""The date expressions ``dates`` recognises: one compiled pattern per shape, scanned once each.

``scan(text)`` yields ``(match, rule)`` pairs without overlaps (at a shared start the longer
expression wins). Month and weekday names must be capitalised ("may" and "march" are verbs); a
bare year or month needs a preposition or modifier before it ("in 2026", "by the end of 2027",
"early March"), so that counts and amounts are not taken for years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dragoman.extract.wordforms import lowered

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
_NUM = (r"(?P<n>\d{1,3}|(?i:a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|fifteen|eighteen|twenty-four|thirty-six|twenty|thirty|forty|fifty))")
_DAY_MONTH_WD = r"(?:(?P<wdx>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"

# what may stand before an expression: a modifier ("early", "the end of") and a preposition
_MODS = {
    "month": r"last|next|this|early|late|mid|the end of|end of|the beginning of|the start of|the middle of",
    "month_year": r"early|mid|late|the end of|end of|the beginning of|the start of|the middle of",
    "year": (r"the end of|end of|end|the start of|the beginning of|the middle of|mid|early|late|the first half of|"
             r"the second half of|the first quarter of|the second quarter of|the third quarter of|"
             r"the fourth quarter of|the summer of|the spring of|the autumn of|the fall of|the winter of|"
             r"the year|fiscal year|fiscal|year-end|Q[1-4]|H[12]"),
    "weekday": r"last|next|this|coming|past",
}
_PREPS = (r"on|in|by|since|until|till|before|after|from|during|through|throughout|as of|no later than|"
          r"not later than|ahead of|around|circa|for|at|within|starting|effective|of")
_BEFORE = {rule: re.compile(r"(?:\b(?P<prep>" + _PREPS + r")\s+)?(?:\b(?P<mod>" + mods + r")[\s-]+)$", re.I)
           for rule, mods in _MODS.items()}
_PREP_BEFORE = re.compile(r"\b(?P<prep>" + _PREPS + r")\s+$", re.I)

# longer shapes first: at one position the first that matches is taken
_RULES: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>(?:19|20)\d{2})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\d\w])"),
    ("full", r"\b" + _WEEKDAY_OPT + _DAY + r"\s+(?:of\s+)?" + _MONTH_ANY + r",?\s+" + _YEAR),
    ("full", r"\b" + _WEEKDAY_OPT + _MONTH_ANY + r"\s+" + _DAY + r",?\s+" + _YEAR),
    ("day_month", r"\b" + _DAY_MONTH_WD + _DAY + r"\s+(?:of\s+)?" + _MONTH_ANY),
    ("day_month", r"\b" + _DAY_MONTH_WD + _MONTH_ANY + r"\s+" + _DAY),
    ("month_year", r"\b" + _MONTH_ANY + r",?\s+(?:of\s+)?" + _YEAR),
    ("month", r"\b(?P<m>" + _MONTH_FULL[3:-1] + r")\b"),
    ("year", r"(?<![\d$€£¥.,])" + _YEAR +
     r"(?!\s*(?:%|(?i:per ?cent|million|billion|trillion|tonnes|tons|barrels|units|people|troops|km|mw|gw)\b)|[-–/]\d)"),
    ("weekday", _WEEKDAY + r"(?:\s+(?i:morning|afternoon|evening|night))?"),
    ("within", r"\b(?P<prep>(?i:within|in|over the next|over the coming|in the next|during the next|"
     r"for the next|within the next)\s+)" + _NUM + r"\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\b"
     r"(?!\s+(?i:ago|earlier|later|old|after|before|of)\b)"),
    ("ago", r"\b" + _NUM + r"\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+"
     r"(?P<prep>(?i:ago|earlier))\b"),
    ("coming", r"\b(?i:the\s+)?(?i:coming|upcoming)\s+(?P<unit>(?i:year|years|months|weeks|days))\b"),
    ("coming", r"\b(?i:the\s+)?(?i:next|coming)\s+(?i:few|several|couple of)\s+"
     r"(?P<unit>(?i:years|months|weeks|days))\b"),
    ("coming", r"\b(?i:the\s+)?(?P<unit>(?i:year|months|weeks|days))\s+(?i:ahead|to come)\b"),
    ("yearend", r"\b(?i:the\s+)?(?i:end|close)\s+of\s+(?i:the\s+|this\s+)?(?P<which>(?i:year|month))\b"),
    ("yearend", r"\b(?i:the\s+)?(?i:end|close)\s+of\s+(?P<which>(?i:next))\s+(?i:year)\b"),
    ("yearend", r"\b(?i:year[\s-]end|end[\s-]of[\s-]year)\b"),
    ("relday", r"\b(?P<word>(?i:today|yesterday|tomorrow|tonight|last night|this morning|"
     r"this afternoon|this evening))(?![\w])"),
    ("period", r"\b(?P<mod>(?i:last|this|next|earlier this|later this|early this|late this|"
     r"early next|late next|early last|late last|the past|the previous|the following|the next|the current|"
     r"the same|past|previous|following))\s+(?P<unit>(?i:week|weekend|month|year|decade))(?![\w-])"),
]


def _combine(rules: list[tuple[str, str]]) -> tuple[re.Pattern[str], list[tuple[str, str, list[str]]]]:
    """One pattern for all rules (one scan of the text): group names get the rule's number."""
    parts: list[str] = []
    index: list[tuple[str, str, list[str]]] = []
    for k, (rule, pattern) in enumerate(rules):
        names = re.findall(r"\(\?P<(\w+)>", pattern)
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{k}>", pattern)
        parts.append(f"(?P<rule_{k}>{renamed})")
        index.append((f"rule_{k}", rule, names))
    return re.compile("|".join(parts)), index


PATTERN, _INDEX = _combine(_RULES)


@dataclass(frozen=True)
class Found:
    """One date expression: where it is, which rule read it, and its parts."""

    start: int
    end: int
    text: str
    rule: str
    groups: dict[str, str | None]


# every expression holds one of these words; the full grammar only runs in windows around them
_ANCHORS = re.compile(r"\b(?:(?:19|20)\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|"
                      r"Sat|Sun)[a-z]*)\b")
_LOWER_ANCHORS = re.compile(r"\b(?:today|tomorrow|yesterday|tonight|night|morning|afternoon|evening|coming|upcoming|"
                            r"ahead|come|ago|earlier|day|days|week|weeks|weekend|month|months|year|years|decade|"
                            r"decades|end)\b")
_BACK, _AHEAD = 48, 32


def windows(text: str) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` ranges around the anchor words of ``text``."""
    spans = [(m.start(), m.end()) for m in _ANCHORS.finditer(text)]
    spans += [(m.start(), m.end()) for m in _LOWER_ANCHORS.finditer(lowered(text))]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = max(0, start - _BACK), min(len(text), end + _AHEAD)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def scan(text: str) -> Iterator[Found]:
    """Date expressions of ``text`` in order; at each position the longest shape, none overlapping."""
    last_end = -1
    for lo, hi in windows(text):
        for m in PATTERN.finditer(text, lo, hi):
            key = m.lastgroup
            for name, rule, names in _INDEX:
                if name != key:
                    continue
                k = name[5:]
                groups = {n: m.group(f"{n}_{k}") for n in names}
                item = _widen(text, m.start(), m.end(), rule, groups)
                if item is not None and item.start >= last_end:
                    last_end = item.end
                    yield item
                break


def _widen(text: str, start: int, end: int, rule: str, groups: dict[str, str | None]) -> Found | None:
    """Take in the modifier and preposition before the core words; drop what the rule forbids."""
    before = text[max(0, start - 40):start]
    if rule in _BEFORE and not groups.get("mod"):
        wide = _BEFORE[rule].search(before)
        if wide is not None:
            groups["mod"], groups["prep"] = wide.group("mod"), wide.group("prep")
            start -= len(before) - wide.start()
    if not groups.get("prep") and rule not in ("within", "ago"):
        prep = _PREP_BEFORE.search(text[max(0, start - 25):start])
        if prep is not None:
            groups["prep"] = prep.group("prep")
            start -= len(prep.group(0))
    if rule in ("month", "year") and not (groups.get("prep") or groups.get("mod")):
        return None
    if rule == "month" and (groups.get("prep") or "").lower() == "of" and not groups.get("mod"):
        return None
    if rule in ("day_month", "full", "iso") and not 1 <= int(groups.get("d") or 0) <= 31:
        return None
    return Found(start, end, text[start:end], rule, groups)


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
