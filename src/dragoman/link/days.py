"""When an article is about: its publication day and the explicit dates its text mentions.

A later rewrite (published weeks after) that reports "on November 5" still belongs with the
coverage of November 5, so stories compare these days rather than publication dates alone.
Dates without a year take the article's publication year (the previous year when that would
put them months after publication). Without a publication date, the latest date the text
writes with its year stands in for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

MONTHS = {name: i + 1 for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])}
MONTHS.update({name[:3]: num for name, num in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
LOOKBACK_DAYS = 90  # mentioned dates further before publication are background, not the news
LOOKAHEAD_DAYS = 14  # a meeting announced for next week belongs to this week's coverage


def parse_day(value: str | None) -> dt.date | None:
    """The date of an ISO ``YYYY-MM-DD`` prefix, else None."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def mentioned_days(text: str, published: dt.date | None) -> set[dt.date]:
    """Explicit calendar dates in ``text`` near the publication date.

    Without a publication date, the latest date written with its year stands in for it.
    """
    if published is None:
        dated = list(_matches(text, None))
        if not dated:
            return set()
        published = max(dated)
    return {day for day in _matches(text, published)
            if published - dt.timedelta(days=LOOKBACK_DAYS) <= day <= published + dt.timedelta(days=LOOKAHEAD_DAYS)}


def _matches(text: str, published: dt.date | None) -> Iterator[dt.date]:
    for pattern in (_MONTH_DAY, _DAY_MONTH, _ISO):
        for match in pattern.finditer(text):
            day = _resolve(match.group("month"), match.group("day"), match.group("year"), published)
            if day is not None:
                yield day


def _resolve(month_text: str, day_text: str, year_text: str | None, published: dt.date | None) -> dt.date | None:
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."))
    if month is None:
        return None
    if year_text:
        year = int(year_text)
    elif published is not None:
        year = published.year
    else:
        return None
    try:
        day = dt.date(year, month, int(day_text))
    except ValueError:
        return None
    if not year_text and published is not None and day > published + dt.timedelta(days=60):
        try:
            day = day.replace(year=year - 1)  # "December 20" in a January article
        except ValueError:
            return None
    return day


def article_days(published: str | None, body: str, event_dates: Iterable[str | None] = ()) -> list[int]:
    """Sorted day numbers (``date.toordinal``) an article is about: publication, mentions, events."""
    pub = parse_day(published)
    days = mentioned_days(body, pub)
    if pub is not None:
        days.add(pub)
    for value in event_dates:
        day = parse_day(value)
        if day is not None and (pub is None or abs((pub - day).days) <= LOOKBACK_DAYS):
            days.add(day)
    return sorted(d.toordinal() for d in days)
