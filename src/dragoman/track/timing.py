"""When a reported step happened: the date of the event told in the same sentence, if any.

"Zambia signed the agreement on Tuesday", published on Wednesday: the events extractor dates the
signing to Tuesday, and the deal found in that sentence takes the date. Events dated after their
article (plans, "next week") and events of other sentences do not date a step.
"""

from __future__ import annotations

from collections.abc import Iterable

from dragoman.track.actions import is_intention
from dragoman.track.dates import period_start, precision

Span = tuple[int | None, int | None]
DATING_KINDS = frozenset({"agreement", "investment", "financing", "meeting", "visit", "legislation", "other"})
_PRECISION = {"day": 0, "month": 1, "year": 2}


def _overlap(a: Span, b: Span) -> int:
    if None in a or None in b:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))  # type: ignore[type-var,operator]


def step_date(span: Span, published: str | None,
              events: Iterable[tuple[Span, str | None, str | None, str]]) -> tuple[str | None, str]:
    """(date, "event") from the best event overlapping ``span``, else (published, "published").

    ``events`` are (span, date, date_text, kind) of the same article's events.
    """
    told = period_start(published)
    best: tuple[int, int, str] | None = None
    for event_span, date, date_text, kind in events:
        start = period_start(date)
        if kind not in DATING_KINDS or start is None or date is None or _overlap(span, event_span) == 0:
            continue
        if (told is not None and start > told) or (date_text and is_intention("", "", date_text)):
            continue
        rank = (_PRECISION[precision(date) or "year"], -_overlap(span, event_span), date)
        if best is None or rank < best:
            best = rank
    if best is not None and best[0] < _PRECISION["year"]:
        return best[2], "event"
    return published, "published"
