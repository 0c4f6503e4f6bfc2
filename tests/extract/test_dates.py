"""dates@2: date expressions resolved against the publication date, with their words kept."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.extract.dates import DateMention, resolve_phrase
from tests.helpers import make_document

PUBLISHED = "2025-11-06"  # a Thursday


def dates(nlp: Any, text: str, published: str | None = PUBLISHED) -> list[DateMention]:
    return make_document(nlp, text, published=published, names=["dates"]).results["dates"]


def only(nlp: Any, text: str, published: str | None = PUBLISHED) -> DateMention:
    found = dates(nlp, text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "value", "words"), [
    ("The minister said on Wednesday that talks had ended.", "2025-11-05", "on Wednesday"),
    ("The envoy will fly to Nairobi on Monday.", "2025-11-10", "on Monday"),
    ("The two leaders met on Wednesday 5th November in Rome.", "2025-11-05", "on Wednesday 5th November"),
    ("Officials signed the accord on 6th November.", "2025-11-06", "on 6th November"),
    ("Officials signed the accord on November 3.", "2025-11-03", "on November 3"),
    ("The ministers will meet again in March.", "2026-03", "in March"),
    ("Exports fell sharply in March.", "2025-03", "in March"),
    ("The mine is expected to open in 2026.", "2026", "in 2026"),
    ("The plant will be finished by the end of 2027.", "2027", "by the end of 2027"),
    ("The company promised to repay the loan within two years.", "2027", "within two years"),
    ("The port authority said it would hire staff in the coming year.", "2026", "in the coming year"),
    ("The railway will open next year.", "2026", "next year"),
    ("Negotiators met earlier this month in Baku.", "2025-11", "earlier this month"),
    ("A delegation visited the refinery last week.", "2025", "last week"),
    ("Parliament will vote on the bill this week.", "2025-11", "this week"),
    ("The fund was created in March 2024.", "2024-03", "in March 2024"),
    ("The treaty was signed on 12 June 2019 in Vienna.", "2019-06-12", "on 12 June 2019"),
    ("The ceasefire began on 2025-10-30.", "2025-10-30", "on 2025-10-30"),
    ("The forum was founded a decade ago.", "2015", "a decade ago"),
    ("Shipments will resume tomorrow.", "2025-11-07", "tomorrow"),
])
def test_expression_resolves_against_publication_date(nlp: Any, text: str, value: str, words: str) -> None:
    found = only(nlp, text)
    assert found.value == value
    assert found.text == words
    assert text[found.start:found.end] == words


def test_weekday_without_publication_date_stays_unresolved(nlp: Any) -> None:
    found = only(nlp, "The minister said on Wednesday that talks had ended.", published=None)
    assert found.value is None
    assert found.text == "on Wednesday"


def test_explicit_date_needs_no_publication_date(nlp: Any) -> None:
    assert only(nlp, "The treaty was signed on 12 June 2019.", published=None).value == "2019-06-12"


def test_weekday_in_day_month_picks_the_matching_year(nlp: Any) -> None:
    # 5 November fell on a Wednesday in 2025, not in 2024 or 2026
    assert only(nlp, "They met on Wednesday 5 November.", published="2026-01-10").value == "2025-11-05"


def test_date_closing_a_citation_is_marked_as_the_source_date(nlp: Any) -> None:
    found = dates(nlp, "The bank is weighing a loan for the smelter (Mining Weekly, November 7).")
    assert [d.citation for d in found] == [True]


def test_numbers_that_are_not_dates_stay_out(nlp: Any) -> None:
    text = "About 2,000 workers produced 2025 tonnes of ore and 1999 people signed; output rose 12% in value."
    assert dates(nlp, text) == []


def test_month_name_used_as_a_verb_or_name_is_not_a_date(nlp: Any) -> None:
    assert dates(nlp, "Prices may march higher, analysts said.") == []


def test_deadline_prepositions_are_recognised(nlp: Any) -> None:
    assert only(nlp, "The line must be built by 2030.").is_deadline
    assert not only(nlp, "The line was built in 2019.").is_deadline


@pytest.mark.parametrize(("phrase", "value"), [
    ("in the coming year", "2026"),
    ("this week", "2025-11"),
    ("by the end of next year", "2026"),
    ("over the next five years", "2030"),
    ("in the coming months", None),  # November to May: no month or year they all share
    ("nothing here", None),
])
def test_phrase_resolves_without_a_parse(phrase: str, value: str | None) -> None:
    import datetime as dt

    assert resolve_phrase(phrase, dt.date(2025, 11, 6)) == value
