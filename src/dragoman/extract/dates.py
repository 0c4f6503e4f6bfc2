"""dates@2: every date expression of the body, resolved against the publication date.

Each ``DateMention`` keeps its words (``text``, with the preposition: "on Wednesday 5th November")
and its character offsets; ``value`` is ISO with the granularity the words carry (``2026``,
``2026-03``, ``2026-03-05``), or None when it cannot be known (no publication date for a
weekday). Ranges ("last week") resolve to what all their days share: 27 Oct to 2 Nov 2025 is
``2025``. A weekday or a month without a year points back in past-tense clauses and forward in
future ones. A date closing a parenthetical citation ("(Caspian Post, November 7)") is marked
``citation``: it dates the source, not the event. The grammar of the expressions is in
``dates_grammar``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dragoman.extract import dates_grammar as g
from dragoman.extract.clauses import governing_verb, mood
from dragoman.extract.datelines import find_dateline
from dragoman.extract.document import Document
from dragoman.extract.registry import extractor
from dragoman.extract.spans import SpanList, between


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str  # day | month | year | none
    prep: str | None = None  # on, in, by, within, since ...
    citation: bool = False
    explicit_year: bool = False

    @property
    def is_deadline(self) -> bool:
        return self.prep in ("by", "within", "before", "until", "till", "no later than", "not later than")


@extractor("dates", version=2)
def extract_dates(document: Document) -> list[DateMention]:
    text = document.text
    found: SpanList[DateMention] = SpanList()
    for item in g.scan(text):
        try:
            found.append(_resolve(document, item))
        except (ValueError, OverflowError):
            continue
    return found


def dates_between(document: Document, start: int, end: int) -> list[DateMention]:
    """Date mentions lying inside ``[start, end)`` (needs the ``dates`` extractor's results)."""
    return between(document.results.get("dates", []), start, end)


def resolve_phrase(phrase: str, published: dt.date | None, direction: str | None = None) -> str | None:
    """Resolve one date phrase without a parse ("in the coming year", 2025-11-06 -> "2026")."""
    for item in g.scan(phrase):
        value, _ = _value(item.groups, item.rule, published, direction)
        return value
    return None


# -- resolution -------------------------------------------------------------------------------

def _resolve(document: Document, item: g.Found) -> DateMention:
    direction = None
    gd = item.groups
    mod = " ".join((gd.get("mod") or "").lower().split())
    if item.rule in g.NEEDS_TENSE and mod not in ("last", "next", "this", "coming", "past") and document.published:
        direction = _direction(document, item.start, item.end)
    value, gran = _value(gd, item.rule, document.published, direction)
    prep = (gd.get("prep") or "").strip().lower() or None
    return DateMention(start=item.start, end=item.end, text=item.text, value=value, granularity=gran,
                       prep=" ".join(prep.split()) if prep else None,
                       citation=_is_citation(document.text, item.start, item.end),
                       explicit_year=bool(gd.get("y")))


def _direction(document: Document, start: int, end: int) -> str | None:
    doc = document.doc
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or len(span) == 0:
        return None
    verb = governing_verb(span.root)
    if verb is None:
        return None
    tense = mood(verb)
    if tense == "past":
        return "past"
    if tense in ("future", "plan", "conditional"):
        return "future"
    return None


def _is_citation(text: str, start: int, end: int) -> bool:
    """A date that closes a parenthetical source reference: "(Outlet, November 7)", or that is written
    in the article's dateline ("LIMA, May 3 (Wire) -"): it dates the filing, not an event."""
    line = find_dateline(text) if start < 160 else None
    if line is not None and start < line.end:
        return True
    after = text[end:end + 3].lstrip()
    if not after.startswith(")"):
        return False
    before = text[max(0, start - 120):start].rstrip()
    if not before.endswith(","):
        return False
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:]


def _value(gd: dict[str, Any], rule: str, published: dt.date | None,
           direction: str | None) -> tuple[str | None, str]:
    if rule == "full":
        day = dt.date(int(gd["y"]), g.month_number(gd["m"]), int(gd["d"]))
        return day.isoformat(), "day"
    if rule == "iso":
        day = dt.date(int(gd["y"]), int(gd["mo"]), int(gd["d"]))
        return day.isoformat(), "day"
    if rule == "month_year":
        return f"{int(gd['y']):04d}-{g.month_number(gd['m']):02d}", "month"
    if rule == "year":
        return f"{int(gd['y']):04d}", "year"
    if published is None:
        return None, "none"
    if rule == "day_month":
        return _day_month(g.month_number(gd["m"]), int(gd["d"]), gd.get("wdx"), published, direction)
    if rule == "month":
        return _month_only(g.month_number(gd["m"]), gd.get("mod"), published, direction)
    if rule == "weekday":
        return _weekday(gd["wd"], gd.get("mod"), published, direction)
    if rule == "relday":
        return _relday(gd["word"], published)
    if rule == "period":
        return _period(gd["mod"], gd["unit"], published)
    if rule == "coming":
        return _coming(gd["unit"], published)
    if rule == "within":
        return _within(gd["n"], gd["unit"], published)
    if rule == "ago":
        return _ago(gd["n"], gd["unit"], published)
    if rule == "yearend":
        return _yearend(gd.get("which"), published)
    return None, "none"


def _day_month(month: int, day: int, weekday: str | None, published: dt.date,
               direction: str | None) -> tuple[str | None, str]:
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday:
        wd = g.weekday_number(weekday)
        matching = [c for c in candidates if c.weekday() == wd]
        candidates = matching or candidates
    if not candidates:
        return None, "none"
    chosen = _pick(candidates, published, direction)
    return chosen.isoformat(), "day"


def _pick(candidates: list[dt.date], published: dt.date, direction: str | None) -> dt.date:
    if direction == "past":  # two days' grace: a late-evening event in an article dated the next morning
        before = [c for c in candidates if c <= published + dt.timedelta(days=2)]
        if before:
            return max(before)
    elif direction == "future":
        after = [c for c in candidates if c >= published]
        if after:
            return min(after)
    return min(candidates, key=lambda c: abs((c - published).days))


def _month_only(month: int, mod: str | None, published: dt.date, direction: str | None) -> tuple[str | None, str]:
    mod = (mod or "").strip().lower()
    year = published.year
    if mod.startswith("last"):
        year = year if month < published.month else year - 1
    elif mod.startswith("next"):
        year = year if month > published.month else year + 1
    elif direction == "past":
        year = year if month <= published.month else year - 1
    elif direction == "future":
        year = year if month >= published.month else year + 1
    return f"{year:04d}-{month:02d}", "month"


def _weekday(name: str, mod: str | None, published: dt.date, direction: str | None) -> tuple[str | None, str]:
    wd = g.weekday_number(name)
    mod = (mod or "").strip().lower()
    back = (published.weekday() - wd) % 7
    forward = (wd - published.weekday()) % 7
    if mod in ("last", "past"):
        day = published - dt.timedelta(days=back or 7)
    elif mod in ("next", "coming"):
        day = published + dt.timedelta(days=forward or 7)
    elif mod == "this":
        monday = published - dt.timedelta(days=published.weekday())
        day = monday + dt.timedelta(days=wd)
    elif direction == "future":
        day = published + dt.timedelta(days=forward)
    elif direction == "past":
        day = published - dt.timedelta(days=back)
    else:
        day = published - dt.timedelta(days=back) if back <= 3 else published + dt.timedelta(days=forward)
    return day.isoformat(), "day"


def _relday(word: str, published: dt.date) -> tuple[str | None, str]:
    word = " ".join(word.lower().split())
    shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
    return (published + dt.timedelta(days=shift)).isoformat(), "day"


def _common(a: dt.date, b: dt.date) -> tuple[str | None, str]:
    if a.year != b.year:
        return None, "none"
    if a.month != b.month:
        return f"{a.year:04d}", "year"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}", "month"
    return a.isoformat(), "day"


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _period(mod: str, unit: str, published: dt.date) -> tuple[str | None, str]:
    mod = " ".join(mod.lower().split())
    unit = unit.lower()
    step = -1 if mod in g.BACK_MODS else 1 if mod in g.FORWARD_MODS else 0
    if unit in ("week", "weekend"):
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        first = monday + dt.timedelta(days=5) if unit == "weekend" else monday
        return _common(first, monday + dt.timedelta(days=6))
    if unit == "month":
        first = _shift_month(published, step)
        return f"{first.year:04d}-{first.month:02d}", "month"
    if unit == "year":
        return f"{published.year + step:04d}", "year"
    if unit == "decade":  # "over the next decade": a deadline ten years on
        return (f"{published.year + 10:04d}", "year") if step == 1 else (None, "none")
    return None, "none"


def _coming(unit: str, published: dt.date) -> tuple[str | None, str]:
    unit = unit.lower()
    if unit == "years":
        return None, "none"
    unit = unit.rstrip("s")
    if unit == "year":
        return f"{published.year + 1:04d}", "year"
    days = {"day": 7, "week": 42, "month": 180}.get(unit)
    if days is None:
        return None, "none"
    return _common(published, published + dt.timedelta(days=days))


def _within(n: str, unit: str, published: dt.date) -> tuple[str | None, str]:
    count = g.number(n)
    if count is None or count > 100:
        return None, "none"
    unit = unit.lower().rstrip("s")
    if unit == "year":
        return f"{published.year + count:04d}", "year"
    if unit == "decade":
        return f"{published.year + 10 * count:04d}", "year"
    if unit == "month":
        end = _shift_month(published, count)
        return f"{end.year:04d}-{end.month:02d}", "month"
    days = count * (7 if unit == "week" else 1)
    return (published + dt.timedelta(days=days)).isoformat(), "day"


def _ago(n: str, unit: str, published: dt.date) -> tuple[str | None, str]:
    count = g.number(n)
    if count is None or count > 200:
        return None, "none"
    unit = unit.lower().rstrip("s")
    if unit == "year":
        return f"{published.year - count:04d}", "year"
    if unit == "decade":
        return f"{published.year - 10 * count:04d}", "year"
    if unit == "month":
        first = _shift_month(published, -count)
        return f"{first.year:04d}-{first.month:02d}", "month"
    if unit == "day":
        return (published - dt.timedelta(days=count)).isoformat(), "day"
    back = published - dt.timedelta(weeks=count)
    monday = back - dt.timedelta(days=back.weekday())
    return _common(monday, monday + dt.timedelta(days=6))


def _yearend(which: str | None, published: dt.date) -> tuple[str | None, str]:
    which = (which or "").lower()
    if which == "next":
        return f"{published.year + 1:04d}", "year"
    if which == "month":
        return f"{published.year:04d}-{published.month:02d}", "month"
    return f"{published.year:04d}", "year"
