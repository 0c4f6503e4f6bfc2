"""Tracking persisted on SQLite and PostgreSQL: histories and states, whatever the arrival order."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from dragoman.errors import InputError
from dragoman.records import Extraction
from dragoman.store import Store
from dragoman.store.details import get_merged
from dragoman.store.ledger import DealFilter, deal_totals, list_deals
from dragoman.store.queries import iterate, list_entities, list_merged, pledge_counts
from dragoman.store.tracked import last_run, list_tracked_deals, list_tracked_pledges, pledge_record
from dragoman.store.tracking import run_tracking
from tests.store import tracking_scenario as scenario

AS_OF = dt.date(2025, 8, 1)
ORDERS = {"in order": [0, 1, 2, 3, 4, 5], "reversed": [5, 4, 3, 2, 1, 0], "shuffled": [3, 0, 5, 2, 4, 1]}


def _fill(store: Store, order: list[int]) -> None:
    records: list[Extraction] = scenario.coverage()
    for index in order:
        store.ingest(records[index])


def _shape(store: Store) -> tuple[dict[str, Any], dict[str, Any]]:
    deals = {}
    for deal in iterate(list_tracked_deals, store):
        name = next(p for p in deal["parties"] if p in scenario.HISTORIES)
        deals[name] = [(s["status"], s["date"]) for s in deal["history"]]
    pledges = {}
    for pledge in iterate(list_tracked_pledges, store):
        progress = pledge["progress"] or {}
        pledges[pledge["actor"]] = (pledge["state"], progress.get("met"), progress.get("of"))
    return deals, pledges


@pytest.mark.parametrize("order", list(ORDERS))
def test_histories_and_states_are_the_same_whatever_order_articles_arrive(db_url: str, order: str) -> None:
    with Store.open(db_url) as store:
        _fill(store, ORDERS[order])
        summary = run_tracking(store, AS_OF)
        assert _shape(store) == (scenario.HISTORIES, scenario.STATES)
        assert (summary.deals, summary.pledges, summary.states) == (2, 2, {"partly_fulfilled": 1, "lapsed": 1})
        assert summary.committed == {"USD": 600e6}  # the signed venture; its loan is part of it, the port was cancelled


def test_steps_and_evidence_name_their_articles_and_sentences(db_url: str) -> None:
    with Store.open(db_url) as store:
        _fill(store, ORDERS["in order"])
        run_tracking(store, AS_OF)
        [cobalt] = [d for d in iterate(list_tracked_deals, store) if "Cobalt Ridge Mining" in d["parties"]]
        signed = cobalt["history"][1]
        assert (signed["date_basis"], signed["sources"][0]["outlet"], signed["sources"][0]["evidence"]) == (
            "event", "Capital Courier", scenario.SIGNED)
        assert cobalt["history"][2]["financier"] == "Northern Export Bank"
        [tour] = iterate(list_tracked_pledges, store, state="partly_fulfilled")
        assert [(e["date"], e["target"], e["source"]["published"], e["evidence"]) for e in tour["evidence"]] == [
            ("2025-03-19", "Oslo", "2025-03-20", scenario.OSLO), ("2025-05-27", "Madrid", "2025-05-28", scenario.MADRID)]
        assert tour["sources"][0]["evidence"] == scenario.TOUR


def test_states_follow_the_as_of_day_and_new_articles(db_url: str) -> None:
    with Store.open(db_url) as store:
        for record in scenario.coverage()[:2]:
            store.ingest(record)
        run_tracking(store, dt.date(2025, 3, 1))
        assert _shape(store)[1] == {"Elena Varga": ("open", 0, 3), "Pavel Roux": ("open", None, None)}
        first_ids = {p["actor"]: p["id"] for p in iterate(list_tracked_pledges, store)}
        for record in scenario.coverage()[2:]:
            store.ingest(record)
        run_tracking(store, AS_OF)
        assert _shape(store) == (scenario.HISTORIES, scenario.STATES)
        assert {p["actor"]: p["id"] for p in iterate(list_tracked_pledges, store)} == first_ids  # ids kept
        assert last_run(store)["as_of"] == "2025-08-01"  # type: ignore[index]


def test_merged_pledges_and_deals_carry_state_evidence_and_history(db_url: str) -> None:
    with Store.open(db_url) as store:
        _fill(store, ORDERS["in order"])
        untracked = list_merged(store, "pledge").items
        assert {p["state"] for p in untracked} == {None}  # before the first track run
        run_tracking(store, AS_OF)
        pledges = {p["actor"]: p for p in list_merged(store, "pledge").items}
        assert pledges["Pavel Roux"]["state"] == "lapsed" and pledges["Pavel Roux"]["due"] == "2025-03-31"
        assert [e["target"] for e in pledges["Elena Varga"]["evidence"]] == ["Oslo", "Madrid"]
        assert pledges["Elena Varga"]["actor"] == "Elena Varga"  # existing fields stay
        lapsed = list_merged(store, "pledge", state="lapsed").items
        assert [p["actor"] for p in lapsed] == ["Pavel Roux"]
        deals = list_merged(store, "deal").items
        assert all(d["history"] and d["tracked_deal"] for d in deals)
        port = next(d for d in deals if d["status"] == "cancelled")
        assert (port["status_now"], [s["status"] for s in port["history"]]) == ("cancelled", ["signed", "cancelled"])
        with pytest.raises(InputError, match="states are for pledges"):
            list_merged(store, "deal", state="open")


def test_an_article_whose_items_change_leaves_tracking_at_the_next_run(db_url: str) -> None:
    with Store.open(db_url) as store:
        _fill(store, ORDERS["in order"])
        run_tracking(store, AS_OF)
        changed = scenario.march()
        changed = changed.model_copy(update={"article": changed.article.model_copy(
            update={"body": changed.article.body + " Correction: the visit was postponed.", "id": "changed-march"}),
            "events": []})
        assert store.ingest(changed).status == "updated"
        run_tracking(store, AS_OF)
        assert _shape(store)[1]["Elena Varga"] == ("partly_fulfilled", 1, 3)


def _nonbinding_in_april() -> list[Extraction]:
    """The scenario, with April's report (the lender's, in a story of its own) calling the deal not binding."""
    records = scenario.coverage()
    april = records[3]
    records[3] = april.model_copy(update={"deals": [april.deals[0].model_copy(update={"binding": False})]})
    return records


def _cobalt_of_april(store: Store) -> dict[str, Any]:
    return next(d for d in list_deals(store, DealFilter(), limit=100).items if d["first_reported"] == "2025-04-15")


def test_ledger_rows_take_the_status_now_and_binding_of_their_tracked_deal(db_url: str) -> None:
    with Store.open(db_url) as store:
        for record in _nonbinding_in_april():
            store.ingest(record)
        before = _cobalt_of_april(store)
        assert (before["binding"], before["status_now"]) == (False, None)
        assert before["id"] in {d["id"] for d in list_deals(store, DealFilter(binding=False)).items}
        run_tracking(store, AS_OF)
        after = _cobalt_of_april(store)
        assert (after["binding"], after["status_now"]) == (True, "signed")  # the venture binds across the ledger
        assert list_deals(store, DealFilter(binding=False)).items == []
        assert deal_totals(store, DealFilter())["left_out"]["deals"] == 0
        cancelled = list_deals(store, DealFilter(status_now="cancelled")).items
        assert {d["commodity"] for d in cancelled} == {"ports"} and len(cancelled) == 2  # signed, then cancelled
        assert [d["status_now"] for d in list_deals(store, DealFilter(), sort="status_now").items] == [
            "cancelled", "cancelled", "signed", "signed", "signed"]
        merged = list_merged(store, "deal", status_now="signed").items
        assert len(merged) == 3 and {d["status_now"] for d in merged} == {"signed"}


def test_new_coverage_of_a_story_keeps_the_tracked_columns_until_the_next_run(db_url: str) -> None:
    with Store.open(db_url) as store:
        _fill(store, ORDERS["in order"])
        run_tracking(store, AS_OF)
        extra = scenario.june().model_copy(deep=True)
        extra = extra.model_copy(update={"article": extra.article.model_copy(update={
            "id": "june-copy", "url": "https://other.example/jun", "source": "other/jun.txt",
            "outlet": "Other Outlet", "body": extra.article.body + " Another outlet carried it."})})
        store.ingest(extra)  # the port's story is merged again, with new merged ids
        port = list_deals(store, DealFilter(status_now="cancelled")).items
        assert port and all(d["status_now"] == "cancelled" for d in port)
        assert list_merged(store, "pledge", state="lapsed").total == 1


def test_pledges_filter_and_sort_by_their_due_day_as_of_a_given_today(db_url: str) -> None:
    with Store.open(db_url) as store:
        _fill(store, ORDERS["in order"])
        run_tracking(store, AS_OF)

        def actors(**given: Any) -> list[str]:
            return [p["actor"] for p in list_merged(store, "pledge", **given).items]

        assert actors(due="overdue", today=AS_OF, sort="due") == ["Pavel Roux", "Elena Varga"]
        assert actors(due="overdue", today=dt.date(2025, 3, 1)) == []
        assert actors(due="next_30_days", today=dt.date(2025, 3, 10)) == ["Pavel Roux"]
        assert actors(due="next_30_days", today=dt.date(2025, 6, 5)) == ["Elena Varga"]
        assert actors(due="no_deadline", today=AS_OF) == []
        assert actors(sort="-due") == ["Elena Varga", "Pavel Roux"]
        counts = pledge_counts(store, today=AS_OF)
        assert counts["states"] == {"open": 0, "fulfilled": 0, "partly_fulfilled": 1, "lapsed": 1}
        assert counts["due"] == {"overdue": 2, "next_30_days": 0, "no_deadline": 0}
        assert pledge_counts(store, today=AS_OF, q="mining code")["states"]["lapsed"] == 1
        assert pledge_counts(store, today=AS_OF, state="lapsed")["due"]["overdue"] == 1  # each tab within the other
        assert pledge_counts(store, today=dt.date(2025, 3, 10), due="next_30_days")["states"]["lapsed"] == 1
        assert pledge_counts(store, today=AS_OF, q="mining code")["states"]["partly_fulfilled"] == 0
        with pytest.raises(InputError, match="due is for pledges"):
            list_merged(store, "deal", due="overdue")


def test_an_entity_record_counts_the_pledges_it_made_by_state(db_url: str) -> None:
    with Store.open(db_url) as store:
        _fill(store, ORDERS["in order"])
        run_tracking(store, AS_OF)
        [varga] = list_entities(store, q="Elena Varga").items
        record = pledge_record(store, varga["id"])
        assert record["states"] == {"open": 0, "fulfilled": 0, "partly_fulfilled": 1, "lapsed": 0}
        [pledge] = record["items"]
        assert [e["target"] for e in pledge["evidence"]] == ["Oslo", "Madrid"]
        assert get_merged(store, pledge["merged_id"])["state"] == "partly_fulfilled"
        [roux] = list_entities(store, q="Pavel Roux").items
        assert pledge_record(store, roux["id"])["states"]["lapsed"] == 1
