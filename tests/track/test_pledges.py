"""Pledge states from matching events: fulfilled, partly fulfilled, lapsed, open; whatever the arrival order."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from dragoman.track.pledges import group_pledges, track_pledges
from tests.track.builders import event, pledge

DAY = dt.date.fromisoformat


def _tour() -> tuple[list, list]:  # type: ignore[type-arg]
    promise = pledge("2025-01-15", "ledger-jan", "Tomas Okafor", "travel to Seoul, Tokyo and Berlin before the end of June",
                     deadline="2025-06")
    seoul = event("2025-03-12", "ledger-mar", "visit", "Tomas Okafor", "Tomas Okafor visited Seoul on Tuesday",
                  date="2025-03-11", location="Seoul")
    tokyo = event("2025-05-22", "ledger-may", "visit", "Tomas Okafor", "Tomas Okafor visited Tokyo on Wednesday",
                  date="2025-05-21", location="Tokyo")
    return [promise], [seoul, tokyo]


def test_a_promised_visit_made_before_the_deadline_fulfils_the_pledge() -> None:
    promise = pledge("2025-03-04", "weekly-mar", "Ingrid Valtonen", "visit the plant site at Puno before the end of May",
                     deadline="2025-05")
    visit = event("2025-05-09", "weekly-may", "visit", "Ingrid Valtonen",
                  "Ingrid Valtonen visited the lithium site near Puno on Thursday", date="2025-05-08")
    [tracked] = track_pledges([promise], [visit], DAY("2025-07-01"))
    assert (tracked.state, tracked.fulfilled_on, tracked.due) == ("fulfilled", "2025-05-08", "2025-05-31")
    assert [(e.date, e.date_basis, e.event.source.key) for e in tracked.evidence] == [
        ("2025-05-08", "event", "key-weekly-may")]


def test_a_tour_of_three_capitals_with_two_visits_is_partly_fulfilled() -> None:
    promises, events = _tour()
    [tracked] = track_pledges(promises, events, DAY("2025-08-01"))
    assert tracked.state == "partly_fulfilled"
    assert tracked.progress() == {"met": 2, "of": 3, "targets": ["Seoul", "Tokyo", "Berlin"], "done": ["Seoul", "Tokyo"]}
    assert [e.target for e in tracked.evidence] == ["Seoul", "Tokyo"]


def test_the_last_capital_visited_in_time_fulfils_the_tour_on_that_day() -> None:
    promises, events = _tour()
    berlin = event("2025-06-20", "ledger-jun", "visit", "Tomas Okafor", "Tomas Okafor arrived in Berlin on Thursday",
                   date="2025-06-19", location="Berlin")
    [tracked] = track_pledges(promises, [*events, berlin], DAY("2025-08-01"))
    assert (tracked.state, tracked.fulfilled_on) == ("fulfilled", "2025-06-19")


def test_a_pledge_is_open_until_its_deadline_passes_and_then_lapses() -> None:
    promise = pledge("2025-01-15", "ledger-jan", "Lucia Ferrand", "publish new rules on lithium royalties by the end of March",
                     deadline="2025-03")
    assert track_pledges([promise], [], DAY("2025-03-31"))[0].state == "open"
    assert track_pledges([promise], [], DAY("2025-04-01"))[0].state == "lapsed"


def test_a_pledge_without_a_deadline_stays_open() -> None:
    promise = pledge("2025-01-15", "ledger-jan", "Port Authority", "seek a new builder for the terminal")
    assert track_pledges([promise], [], DAY("2030-01-01"))[0].state == "open"


def test_an_event_after_the_deadline_is_late_and_the_pledge_lapses() -> None:
    promise = pledge("2025-03-04", "weekly-mar", "Ingrid Valtonen", "visit Puno before the end of May", deadline="2025-05")
    late = event("2025-06-12", "weekly-jun", "visit", "Ingrid Valtonen", "Ingrid Valtonen visited Puno on Wednesday",
                 date="2025-06-11")
    [tracked] = track_pledges([promise], [late], DAY("2025-07-01"))
    assert tracked.state == "lapsed"
    assert [(e.date, e.on_time) for e in tracked.evidence] == [("2025-06-11", False)]


def test_a_planned_or_promised_visit_does_not_keep_the_promise() -> None:
    promise = pledge("2025-03-04", "weekly-mar", "Ingrid Valtonen", "visit Puno before the end of May", deadline="2025-05")
    planned = event("2025-04-02", "daily-apr", "visit", "Ingrid Valtonen", "Ingrid Valtonen visit the site at Puno",
                    date="2025-04", date_text="next week",
                    evidence="The commissioner said she would travel next week and visit the site at Puno.")
    promised = event("2025-04-20", "monitor-apr", "visit", "Ingrid Valtonen",
                     "visit to Puno by Ingrid Valtonen before the end of May",
                     evidence="A promised visit to Puno by Ingrid Valtonen before the end of May is awaited.")
    [tracked] = track_pledges([promise], [planned, promised], DAY("2025-04-30"))
    assert (tracked.state, tracked.evidence) == ("open", [])


def test_a_visit_elsewhere_or_by_someone_else_does_not_keep_the_promise() -> None:
    promise = pledge("2025-03-04", "weekly-mar", "Ingrid Valtonen", "visit Puno before the end of May", deadline="2025-05")
    elsewhere = event("2025-04-10", "daily-apr", "visit", "Ingrid Valtonen", "Ingrid Valtonen visited Santiago on Monday",
                      date="2025-04-07", location="Santiago")
    other = event("2025-04-12", "weekly-apr", "visit", "Tomas Okafor", "Tomas Okafor visited Puno on Friday",
                  date="2025-04-11", location="Puno")
    assert track_pledges([promise], [elsewhere, other], DAY("2025-06-15"))[0].state == "lapsed"


def test_an_event_reported_before_the_promise_does_not_keep_it() -> None:
    promise = pledge("2025-03-04", "weekly-mar", "Ingrid Valtonen", "visit Puno before the end of May", deadline="2025-05")
    earlier = event("2025-02-01", "weekly-feb", "visit", "Ingrid Valtonen", "Ingrid Valtonen visited Puno on Friday",
                    date="2025-01-31", location="Puno")
    assert track_pledges([promise], [earlier], DAY("2025-06-15"))[0].state == "lapsed"


def test_a_promise_to_sign_is_kept_by_an_agreement_about_the_same_thing_only() -> None:
    promise = pledge("2025-02-01", "wire-feb", "Trade Ministry", "sign the fisheries agreement with Chile by June",
                     deadline="2025-06")
    unrelated = event("2025-03-05", "wire-mar", "agreement", "Trade Ministry",
                      "Trade Ministry signed a customs protocol with Bolivia", date="2025-03-04")
    assert track_pledges([promise], [unrelated], DAY("2025-04-01"))[0].state == "open"
    kept = event("2025-05-20", "wire-may", "agreement", "Trade Ministry",
                 "Trade Ministry signed the fisheries agreement with Chile on Monday", date="2025-05-19")
    assert track_pledges([promise], [unrelated, kept], DAY("2025-07-01"))[0].fulfilled_on == "2025-05-19"


def test_restatements_of_one_promise_in_later_articles_are_one_pledge() -> None:
    made = pledge("2025-01-15", "ledger-jan", "Tomas Okafor", "travel to Seoul, Tokyo and Berlin before the end of June",
                  deadline="2025-06")
    again = pledge("2025-02-02", "daily-feb", "Tomas Okafor", "visit Seoul, Tokyo and Berlin by June", deadline="2025-06")
    rest = pledge("2025-03-20", "weekly-mar", "Tomas Okafor", "go on to Tokyo and Berlin before the end of June",
                  deadline="2025-06")
    other = pledge("2025-02-10", "daily-feb2", "Tomas Okafor", "publish the export figures by the end of March",
                   deadline="2025-03")
    groups = group_pledges([rest, other, again, made])
    assert sorted(len(g) for g in groups) == [1, 3]
    assert next(g for g in groups if len(g) == 3)[0] is made


def test_as_of_an_earlier_day_later_reports_are_not_seen() -> None:
    promises, events = _tour()
    [tracked] = track_pledges(promises, events, DAY("2025-04-01"))
    assert (tracked.state, tracked.progress()["met"]) == ("partly_fulfilled", 1)  # type: ignore[index]
    assert track_pledges(promises, events, DAY("2025-01-01")) == []


def test_states_and_evidence_do_not_depend_on_the_order_reports_arrive() -> None:
    promises, events = _tour()
    promises.append(pledge("2025-01-16", "daily-jan", "Tomas Okafor", "visit Seoul, Tokyo and Berlin before July",
                           deadline="2025-06"))
    promises.append(pledge("2025-01-15", "ledger-jan", "Lucia Ferrand", "publish new rules by the end of March",
                           deadline="2025-03", position=1))

    def shape(pledges: list, found: list) -> list:  # type: ignore[type-arg]
        return sorted((p.key, p.state, [m.source.key for m in p.members], [(e.event.item_id, e.target) for e in p.evidence])
                      for p in track_pledges(pledges, found, DAY("2025-08-01")))

    expected = shape(promises, events)
    assert sorted(s[1] for s in expected) == ["lapsed", "partly_fulfilled"]
    rng = random.Random(7)
    for ordering in itertools.islice(itertools.permutations(promises), 6):
        shuffled = list(events)
        rng.shuffle(shuffled)
        assert shape(list(ordering), shuffled) == expected
