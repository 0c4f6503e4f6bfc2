"""The dateline opening an article: where the story is filed from, and where its date ends."""

from __future__ import annotations

import pytest

from dragoman.extract.datelines import find_dateline


@pytest.mark.parametrize(("text", "place"), [
    ("LILONGWE, Malawi \u2014 The finance ministry said on Monday", "Lilongwe"),
    ("DODOMA (Lakeside Wire) - Tanzania's cabinet approved", "Dodoma"),
    ("PORT MORESBY, March 4 (Coral Agency) - The government", "Port Moresby"),
    ("Kigali, 12 June 2026: Rwanda and Benin signed", "Kigali"),
    ("SUVA, Fiji, May 2. Ministers gathered", "Suva"),
    ("YEREVAN. Energy ministers of three countries agreed", "Yerevan"),
])
def test_dateline_names_the_city_the_story_is_filed_from(text: str, place: str) -> None:
    line = find_dateline(text)
    assert line is not None and line.place == place
    assert text[line.end:][0].isupper()


@pytest.mark.parametrize("text", [
    "Malawi \u2014 a landlocked country \u2014 signed a loan.",
    "The Government of Fiji today signed a grant agreement.",
    "UN Trade Chief (acting) resigns",
    "NATO. The alliance met in Brussels.",
])
def test_ordinary_opening_is_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None
