"""Discrepancies inside merged items and between titles: which differences count, and how much."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.link.discrepancies import TitleSighting, item_discrepancies, title_discrepancies
from dragoman.link.merge import FieldValue, MergedItem


def item(kind: str, field: str, *values: tuple[Any, str, list[int]]) -> MergedItem:
    return MergedItem(kind=kind, label="x", members=[], articles=[1, 2, 3], outlets=3, first_reported=None,
                      first_article=1, entities=[],
                      fields={field: [FieldValue(value=v, text=t, articles=a, evidence={x: t for x in a})
                                      for v, t, a in values]})


def money(amount: float, qualifier: str | None = None) -> dict[str, Any]:
    return {"amount": amount, "currency": "USD", "qualifier": qualifier}


@pytest.mark.parametrize(("a", "b", "severity"), [
    (money(1e9, "over"), money(1.1e9), "precision"),
    (money(2e9), money(2.4e9, "about"), "conflict"),
    (money(4e8, "up to"), money(3.5e8), "precision"),
    (money(1e9), money(1e9, "nearly"), "precision"),
])
def test_amounts_conflict_only_beyond_their_qualifiers(a: dict[str, Any], b: dict[str, Any], severity: str) -> None:
    found = item_discrepancies([item("deal", "value", (a, "a", [1]), (b, "b", [2]))])
    assert [d.severity for d in found] == [severity]


def test_dates_of_different_precision_are_reported_as_precision() -> None:
    found = item_discrepancies([item("event", "date", ("2025", "2025", [1]), ("2025-10", "2025-10", [2]))])
    assert [(d.field, d.severity) for d in found] == [("date", "precision")]
    found = item_discrepancies([item("event", "date", ("2025-10-02", "x", [1]), ("2025-10-20", "y", [2]))])
    assert [d.severity for d in found] == ["conflict"]


def test_places_conflict_only_in_different_countries() -> None:
    inside = item("event", "location", ("washington", "Washington", [1]), ("white house", "White House", [2]))
    apart = item("event", "location", ("moscow", "Moscow", [1]), ("astana", "Astana", [2]))
    assert item_discrepancies([inside]) == []
    assert [d.severity for d in item_discrepancies([apart])] == ["conflict"]


def test_a_place_no_sentence_of_its_source_names_is_no_place_discrepancy() -> None:
    def located(sentence: str) -> MergedItem:
        return MergedItem(kind="event", label="financing: a loan", members=[], articles=[1, 2], outlets=2,
                          first_reported=None, first_article=1, entities=[], fields={"location": [
                              FieldValue(value="windhoek", text="Windhoek", articles=[1],
                                         evidence={1: "The bank signed the loan in Windhoek on Monday."}),
                              FieldValue(value="nairobi", text="Nairobi", articles=[2], evidence={2: sentence})]})

    assert item_discrepancies([located("The bank signed the loan on Monday, officials said.")]) == []
    assert item_discrepancies([located("NAIROBI, May 4 (Wire) - The bank signed the loan on Monday.")]) == []
    assert [d.field for d in item_discrepancies([located("The bank signed the loan in Nairobi.")])] == ["location"]


def test_deal_statuses_told_on_different_days_are_its_history_but_on_one_day_a_discrepancy() -> None:
    deal = item("deal", "status", ("proposed", "proposed", [1]), ("signed", "signed", [2]), ("announced", "announced", [3]))
    assert item_discrepancies([deal], {1: "2026-03-01", 2: "2026-06-16", 3: "2026-04-02"}) == []
    found = item_discrepancies([deal], {1: "2026-03-01", 2: "2026-06-16", 3: "2026-06-16T09:00:00"})
    assert [sorted(s.value for s in d.sides) for d in found] == [["announced", "signed"]]


def test_a_broad_commodity_word_fits_a_specific_one_but_two_specific_ones_conflict() -> None:
    broad = item("deal", "commodity", ("copper", "copper", [1]), ("critical minerals", "critical minerals", [2]),
                 ("minerals", "minerals", [3]))
    assert item_discrepancies([broad]) == []
    two = item("deal", "commodity", ("copper", "copper", [1]), ("lithium", "lithium", [2]))
    assert [d.field for d in item_discrepancies([two])] == ["commodity"]


def test_statements_of_one_speaker_made_in_different_countries_are_no_place_discrepancy() -> None:
    said = item("event", "location", ("lima", "Lima", [1]), ("madrid", "Madrid", [2]))
    said.label = "statement: Ana Ruiz said"
    assert item_discrepancies([said]) == []


def test_one_source_naming_fewer_actors_is_no_discrepancy_but_different_actors_are() -> None:
    fewer = item("event", "actors", (["e1"], "A", [1]), (["e1", "e2"], "A, B", [2]))
    other = item("event", "actors", (["e1"], "A", [1]), (["e3"], "C", [2]))
    assert item_discrepancies([fewer]) == []
    assert [d.field for d in item_discrepancies([other])] == ["actors"]


def test_a_quote_worded_differently_is_reported_but_a_fragment_of_it_is_not() -> None:
    reworded = item("quote", "text", ("we will build the port this year", "a", [1]),
                    ("we shall build the port this year", "b", [2]))
    fragment = item("quote", "text", ("we will build the port this year", "a", [1]), ("build the port", "b", [2]))
    found = item_discrepancies([reworded])
    assert [(d.severity, d.note) for d in found] == [("wording", "will / shall")]
    assert item_discrepancies([fragment]) == []


def test_a_single_source_item_has_no_discrepancy() -> None:
    lone = item("deal", "value", (money(1e9), "a", [1]), (money(2e9), "b", [1]))
    lone.articles = [1]
    assert item_discrepancies([lone]) == []


def test_titles_of_different_offices_within_a_story_are_a_discrepancy() -> None:
    sightings = [TitleSighting("e1", "Ana Ruiz", "ambassador to Chile", 1), TitleSighting("e1", "Ana Ruiz", "envoy for trade", 2),
                 TitleSighting("e2", "Li Wen", "Foreign Minister", 1), TitleSighting("e2", "Li Wen", "foreign minister", 2)]
    found = title_discrepancies(sightings)
    assert [(d.subject, sorted(s.text for s in d.sides)) for d in found] == [
        ("Ana Ruiz", ["ambassador to Chile", "envoy for trade"])]
