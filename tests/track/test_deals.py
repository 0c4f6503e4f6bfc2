"""One deal across the ledger and its dated status history; non-binding deals kept out of commitments."""

from __future__ import annotations

import datetime as dt
import itertools

from dragoman.track.deal_identity import group_deals
from dragoman.track.deals import track_deals
from dragoman.track.timing import step_date
from tests.track.builders import deal

DAY = dt.date.fromisoformat
LATER = DAY("2026-01-01")


def _lithium() -> list:  # type: ignore[type-arg]
    return [
        deal("2025-01-15", "ledger-jan", "Vantor Resources", "Altiplano Minerals Corporation", countries=("Peru",),
             country="PER", commodity="lithium", sector="mining", status="announced", instrument="joint venture",
             binding=True, value=900e6),
        deal("2025-02-20", "daily-feb", countries=("Peru",), country="PER", commodity="lithium", sector="mining",
             status="signed", value=900e6, date="2025-02-19", date_basis="event"),
        deal("2025-04-10", "daily-apr", "Pacific Development Bank", country="PER", commodity="lithium",
             instrument="loan", binding=True, value=250e6, financing=[("Pacific Development Bank", "committed", 250e6,
                                                                      "loan")], date="2025-04-09", date_basis="event"),
        deal("2025-04-10", "daily-apr", "Vantor Resources", "Altiplano Minerals Corporation", commodity="minerals",
             sector="mining", status="announced", position=1),
        deal("2025-05-30", "weekly-may", "Vantor Resources", country="PER", commodity="lithium", status="in_progress",
             value=880e6),
    ]


def _ilo() -> list:  # type: ignore[type-arg]
    return [
        deal("2025-02-20", "daily-feb", "Kestrel Shipping Group", "Port Authority of Ilo", commodity="ports",
             sector="transport", status="signed", instrument="contract", binding=True, value=120e6, position=1),
        deal("2025-06-27", "daily-jun", "Port Authority of Ilo", countries=("Peru",), country="PER", commodity="ports",
             sector="transport", status="cancelled", instrument="contract", binding=True, value=120e6),
    ]


def test_reports_naming_a_deal_differently_are_one_deal_with_a_forward_history() -> None:
    [lithium] = track_deals(_lithium(), LATER)
    steps = [(s.status, s.date, s.date_basis, s.financier) for s in lithium.history]
    assert steps == [("announced", "2025-01-15", "published", None), ("signed", "2025-02-19", "event", None),
                     ("financing_committed", "2025-04-09", "event", "Pacific Development Bank"),
                     ("in_progress", "2025-05-30", "published", None)]
    announced = lithium.history[0]
    assert [r.source.key for r in announced.reports] == ["key-ledger-jan", "key-daily-apr"]  # a restatement is a source
    assert lithium.status == "in_progress"


def test_a_signed_contract_later_cancelled_ends_cancelled_and_commits_nothing() -> None:
    [ilo] = track_deals(_ilo(), LATER)
    assert [(s.status, s.date) for s in ilo.history] == [("signed", "2025-02-20"), ("cancelled", "2025-06-27")]
    assert (ilo.status, ilo.committed()) == ("cancelled", [])


def test_values_more_than_twice_apart_are_two_deals_even_with_the_same_parties() -> None:
    mine = deal("2025-01-10", "a", "Halden Metals", "Ostrava Mining", country="ZMB", commodity="copper", value=2.4e9)
    offtake = deal("2025-03-10", "b", "Halden Metals", country="ZMB", commodity="copper", value=300e6,
                   status="cancelled")
    assert len(group_deals([mine, offtake])) == 2


def test_a_memorandum_is_non_binding_and_kept_out_of_committed_totals() -> None:
    memo = deal("2025-03-12", "wire", countries=("Zambia", "Namibia"), commodity="railway", sector="transport",
                status="signed", instrument="memorandum of understanding", binding=False, value=2.9e9)
    [tracked] = track_deals([memo], LATER)
    assert (tracked.binding, tracked.status, tracked.committed()) == (False, "signed", [])
    [signed] = track_deals(_lithium()[:2], LATER)
    assert signed.committed() == [{"what": "value", "amount": 900e6, "currency": "USD", "qualifier": None}]


def test_a_letter_of_interest_is_considered_financing_then_a_loan_commits_it() -> None:
    reports = [
        deal("2025-04-16", "a", "Kalahari Rail", commodity="railway", status="financing_considered", value=300e6,
             financing=[("Euro Bank", "considered", 300e6, "letter of interest")]),
        deal("2025-09-24", "b", "Kalahari Rail", commodity="railway", financing=[("Euro Bank", "committed", 300e6,
                                                                                  "loan")]),
    ]
    [rail] = track_deals(reports, LATER)
    assert [(s.status, s.instrument, s.binding) for s in rail.history] == [
        ("financing_considered", "letter of interest", False), ("financing_committed", "loan", None)]
    assert rail.financing()[0]["status"] == "committed"
    assert rail.committed()[0]["what"] == "financing:Euro Bank"


def test_deals_and_histories_do_not_depend_on_the_order_reports_arrive() -> None:
    reports = _lithium() + _ilo()

    def shape(given: list) -> list:  # type: ignore[type-arg]
        return sorted((d.key, [(s.status, s.date, [r.item_id for r in s.reports]) for s in d.history])
                      for d in track_deals(given, LATER))

    expected = shape(reports)
    assert len(expected) == 2
    for ordering in itertools.islice(itertools.permutations(reports), 0, 5040, 720):
        assert shape(list(ordering)) == expected
    assert shape(list(reversed(reports))) == expected


def test_as_of_an_earlier_day_the_history_stops_there() -> None:
    [lithium] = track_deals(_lithium(), DAY("2025-03-01"))
    assert [s.status for s in lithium.history] == ["announced", "signed"]


def test_a_step_is_dated_by_the_event_told_in_its_sentence_but_not_by_a_plan() -> None:
    deal_span = (100, 220)
    events = [((90, 230), "2025-02-19", "on Wednesday", "agreement"), ((400, 450), "2025-02-01", "on Feb 1", "agreement")]
    assert step_date(deal_span, "2025-02-20", events) == ("2025-02-19", "event")
    plans = [((90, 230), "2025-03", "next month", "agreement"), ((90, 230), "2025-02-25", None, "agreement")]
    assert step_date(deal_span, "2025-02-20", plans) == ("2025-02-20", "published")


def test_two_mines_of_one_metal_in_one_country_by_different_firms_are_two_deals() -> None:
    first = deal("2025-01-10", "a", "Halden Metals", country="ZMB", commodity="copper", sector="mining",
                 status="signed", value=500e6)
    second = deal("2025-02-10", "b", "Ostrava Mining", country="ZMB", commodity="copper", sector="mining",
                  status="signed", value=520e6)
    same = deal("2025-03-10", "c", countries=("Zambia",), country="ZMB", commodity="copper", status="in_progress",
                value=500e6)
    groups = group_deals([first, second, same])
    assert sorted(len(g) for g in groups) == [1, 2]
