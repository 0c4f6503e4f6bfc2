"""A pledge's deadline seen from a day: days left and the due bucket (overdue, within 30 days, none)."""

from __future__ import annotations

import datetime as dt

import pytest

from dragoman.track.due import days_left, due_bucket, with_days_left

TODAY = dt.date(2026, 5, 10)


@pytest.mark.parametrize(("state", "due", "bucket"), [
    ("open", "2026-05-09", "overdue"),
    ("lapsed", "2026-01-31", "overdue"),
    ("partly_fulfilled", "2026-04-30", "overdue"),  # some places still not visited
    ("fulfilled", "2026-04-30", None),  # kept: neither overdue nor due
    ("open", "2026-05-10", "next_30_days"),
    ("open", "2026-06-09", "next_30_days"),
    ("open", "2026-06-10", None),
    ("fulfilled", "2026-05-20", None),
    ("open", None, "no_deadline"),
    ("fulfilled", None, "no_deadline"),
    (None, "2026-05-01", None),  # not tracked yet
])
def test_a_tracked_pledge_falls_in_one_due_bucket(state: str | None, due: str | None, bucket: str | None) -> None:
    assert due_bucket(state, due, TODAY) == bucket


def test_days_left_count_from_the_given_day_and_go_negative_when_overdue() -> None:
    assert days_left("2026-05-31", TODAY) == 21
    assert days_left("2026-05-01", TODAY) == -9
    assert days_left(None, TODAY) is None and days_left("2026-05", TODAY) is None
    rows = with_days_left([{"state": "open", "due": "2026-05-20"}, {"id": 3}], TODAY)
    assert [(r["days_left"], r["due_bucket"]) for r in rows] == [(10, "next_30_days"), (None, None)]
