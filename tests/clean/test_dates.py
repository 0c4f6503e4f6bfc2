"""Dates written on pages: full dates in the usual orders, bare date lines, datelines."""

from __future__ import annotations

import pytest

from dragoman.clean.dates import context_year, dateline_date, find_date, is_date_line


@pytest.mark.parametrize(("text", "expected"), [
    ("Friday, March 6, 2026", "2026-03-06"),
    ("Thu 14 Aug 2025 18.05 BST", "2025-08-14"),
    ("Posted on September 3rd, 2025 by admin", "2025-09-03"),
    ("Updated: 14-07-2025 10:20 IST", "2025-07-14"),
    ("Updated: 03-08-2025 09:10 IST", "2025-08-03"),
    ("11/06/2025 10:00 EST", "2025-11-06"),
    ("25/12/2025", "2025-12-25"),
    ("2025-03-04T09:14:00Z", "2025-03-04"),
    ("Sept. 9, 2025", "2025-09-09"),
])
def test_full_dates_are_read_in_their_own_order(text: str, expected: str) -> None:
    assert find_date(text) == expected


def test_impossible_dates_are_ignored() -> None:
    assert find_date("31/02/2025") is None


@pytest.mark.parametrize("text", ["Friday, March 6, 2026", "21 May 2025 14:05 (UTC+04:00)",
                                  "Accra, 12 June 2025", "November 20, 2019 - 11:28 AMT"])
def test_lines_holding_only_a_date_are_date_lines(text: str) -> None:
    assert is_date_line(text)


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    assert not is_date_line("The ministers met on 12 June 2025 to sign the treaty in Accra.")


def test_dateline_without_a_year_takes_the_given_year() -> None:
    assert dateline_date("TBILISI, Georgia, March 3. The ministers met.", 2025) == "2025-03-03"
    assert dateline_date("TBILISI, Georgia, March 3. The ministers met.", None) is None
    assert dateline_date("WASHINGTON, May 5, 2025 — The board approved a loan.", None) == "2025-05-05"
    assert dateline_date("The ministers met on March 3 in Tbilisi.", 2025) is None


def test_context_year_is_the_latest_of_a_copyright_range() -> None:
    assert context_year(["© 2024-2025 Example Daily"], latest=True) == 2025


def test_context_year_is_the_year_a_text_speaks_of_not_the_one_it_looks_ahead_to() -> None:
    body = ["The two ports signed the lease in March 2026.", "The terminal is due to open by 2028.",
            "Traffic should double by 2028 and again before 2031, under the Vision 2030 plan."]
    assert context_year(body) == 2026
