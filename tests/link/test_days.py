"""The days an article is about: publication day and the dates its text writes out."""

from __future__ import annotations

import datetime as dt

from dragoman.link.days import article_days, mentioned_days


def test_dates_without_a_year_take_the_publication_year() -> None:
    found = mentioned_days("Talks opened on March 3 and closed on 5th March.", dt.date(2025, 3, 20))
    assert found == {dt.date(2025, 3, 3), dt.date(2025, 3, 5)}


def test_a_december_date_in_a_january_article_is_last_year() -> None:
    assert mentioned_days("The deal of December 20 was signed.", dt.date(2025, 1, 10)) == {dt.date(2024, 12, 20)}


def test_dates_long_before_publication_are_background() -> None:
    assert mentioned_days("The treaty of June 1, 1990 still holds.", dt.date(2025, 3, 1)) == set()


def test_without_publication_date_the_latest_dated_mention_sets_the_year() -> None:
    text = "Monday, March 10, 2025. Ministers met on March 7 to prepare the summit."
    assert mentioned_days(text, None) == {dt.date(2025, 3, 10), dt.date(2025, 3, 7)}
    assert mentioned_days("Ministers met on March 7.", None) == set()


def test_article_days_join_publication_mentions_and_event_dates() -> None:
    days = article_days("2025-03-10", "They met on March 8.", ["2025-03-09", None, "1999-01-01"])
    assert [dt.date.fromordinal(d).isoformat() for d in days] == ["2025-03-08", "2025-03-09", "2025-03-10"]
