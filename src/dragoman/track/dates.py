"""Dates of partial precision ("2026", "2026-10", "2026-10-05") as the periods they name."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    match = _PARTIAL.match(value or "")
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if month and not 1 <= int(month) <= 12:
            return None
        if day:
            dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return int(year), int(month) if month else None, int(day) if day else None


def period_start(value: str | None) -> dt.date | None:
    """The first day of the period ``value`` names, or None when it is not a date."""
    parts = _parts(value)
    if parts is None:
        return None
    year, month, day = parts
    return dt.date(year, month or 1, day or 1)


def period_end(value: str | None) -> dt.date | None:
    """The last day of the period ``value`` names ("2026-10" -> 2026-10-31), or None."""
    parts = _parts(value)
    if parts is None:
        return None
    year, month, day = parts
    if month is None:
        return dt.date(year, 12, 31)
    return dt.date(year, month, day or calendar.monthrange(year, month)[1])


def precision(value: str | None) -> str | None:
    """"day", "month" or "year" for a date string, None for anything else."""
    parts = _parts(value)
    if parts is None:
        return None
    return "day" if parts[2] else "month" if parts[1] else "year"


def parse_as_of(value: str | dt.date | None) -> dt.date:
    """The day tracking is computed for: a given date, or today."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
