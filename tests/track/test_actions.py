"""What a promise is to do, where, and which reported events are plans rather than facts."""

from __future__ import annotations

import pytest

from dragoman.track.actions import Action, family_of, is_intention
from dragoman.track.dates import period_end, period_start, precision
from dragoman.track.places import places_in


@pytest.mark.parametrize(("action", "family"), [
    ("travel to Seoul, Tokyo and Berlin", "visit"), ("visited the plant", "visit"), ("sign the accord", "sign"),
    ("publish new rules on royalties", "publish"), ("table amendments to the Railways Act", "legislate"),
    ("lend $200 million to the port", "fund"), ("judge this one by its contracts", None),
])
def test_the_verb_of_an_action_gives_its_family(action: str, family: str | None) -> None:
    assert family_of(action) == family


def test_object_words_leave_out_the_verb_and_the_timing() -> None:
    assert Action.of("publish new rules on lithium royalties by the end of March").words == {"rule", "lithium", "royalty"}


def test_places_are_capitalised_names_without_people_titles_or_months() -> None:
    found = places_in("Foreign Minister Tomas Okafor said in March he would travel to Seoul, Tokyo and Berlin",
                      people=["Tomas Okafor"])
    assert [p.name for p in found] == ["Seoul", "Tokyo", "Berlin"]
    assert [p.country for p in found] == ["KOR", "JPN", "DEU"]


def test_a_capital_and_its_country_are_the_same_place() -> None:
    [london] = places_in("a visit to London")
    [kingdom] = places_in("talks in the United Kingdom")
    assert london.same(kingdom) and not london.same(places_in("Paris")[0])


@pytest.mark.parametrize(("summary", "evidence", "date_text", "planned"), [
    ("X visited the site on Thursday", "X visited the site on Thursday, keeping a promise she made in March.", None,
     False),
    ("X visit the site", "She said she would travel next week and visit the site.", "next week", True),
    ("visit to the site by X before the end of July", "A promised visit to the site by X before the end of July.",
     None, True),
    ("X to sign the accord", "X is expected to sign the accord.", None, True),
])
def test_plans_and_promises_are_not_events_that_happened(summary: str, evidence: str, date_text: str | None,
                                                         planned: bool) -> None:
    assert is_intention(summary, evidence, date_text) is planned


def test_partial_dates_name_periods() -> None:
    assert (period_start("2026-10"), period_end("2026-10")) == (period_start("2026-10-01"), period_end("2026-10-31"))
    assert str(period_end("2027")) == "2027-12-31" and str(period_end("2024-02")) == "2024-02-29"
    assert (precision("2026"), precision("2026-10-05"), precision("soon"), period_end("2026-13")) == (
        "year", "day", None, None)
