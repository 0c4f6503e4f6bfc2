"""Deal and event terms: narrow rows beside the merged items, kept in step with them, refillable."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from dragoman.store import Store
from dragoman.store.ledger import DealFilter, list_deals
from dragoman.store.schema import deal_terms, event_terms, merged_items
from dragoman.store.terms import listed, refresh_terms
from tests.store.ledger_scenario import copper, gas, lithium
from tests.store.scenario import port_first, port_second, wire_copy


def terms(store: Store, table: Any = deal_terms) -> dict[int, dict[str, Any]]:
    with store.reading() as conn:
        return {r.merged_id: dict(r._mapping) for r in conn.execute(select(table))}


def merged(store: Store, kind: str) -> set[int]:
    with store.reading() as conn:
        return set(conn.execute(select(merged_items.c.id).where(merged_items.c.kind == kind)).scalars())


def test_every_merged_deal_and_event_has_one_terms_row(db_url: str) -> None:
    with Store.open(db_url) as store:
        for extraction in (copper(), lithium(), gas()):
            store.ingest(extraction)
        found = terms(store)
        assert set(found) == merged(store, "deal")
        assert set(terms(store, event_terms)) == merged(store, "event")
        by_commodity = {row["commodity"]: row for row in found.values()}
        assert by_commodity["lithium"]["binding"] is False
        assert by_commodity["copper"]["binding"] is True and by_commodity["copper"]["statuses"] == "|signed|"
        assert (by_commodity["copper"]["value_amount"], by_commodity["copper"]["value_currency"]) == (1e8, "USD")
        assert by_commodity["natural gas"]["value_amount"] is None and by_commodity["natural gas"]["binding"] is None
        (event,) = terms(store, event_terms).values()
        assert (event["date"], event["kinds"]) == ("2025-06-25", "|agreement|")


def test_terms_follow_a_story_as_articles_join_it(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest(port_first())
        assert [row["article_count"] for row in terms(store).values()] == [1]
        store.ingest(port_second())
        store.ingest(wire_copy())
        later = terms(store)
        assert set(later) == merged(store, "deal")
        (row,) = later.values()
        assert row["article_count"] == 3 and (row["value_amount"], row["value_currency"]) == (2e9, "USD")


def test_refreshing_all_terms_rebuilds_the_same_rows(db_url: str) -> None:
    with Store.open(db_url) as store:
        for extraction in (copper(), lithium(), gas(), port_first(), port_second()):
            store.ingest(extraction)
        deals_before, events_before = terms(store), terms(store, event_terms)
        with store.writing() as conn:
            conn.execute(deal_terms.delete())
            conn.execute(event_terms.delete())
            assert refresh_terms(conn) == len(deals_before) + len(events_before)
        assert terms(store) == deals_before and terms(store, event_terms) == events_before


def test_term_filters_ignore_case_and_take_wildcards_literally(db_url: str) -> None:
    with Store.open(db_url) as store:
        for extraction in (copper(), lithium(), gas()):
            store.ingest(extraction)
        assert [d["commodity"] for d in list_deals(store, DealFilter(financier="PELICAN")).items] == ["lithium"]
        assert list_deals(store, DealFilter(party="kestrel%")).total == 0
        assert list_deals(store, DealFilter(commodity="Natural Gas")).total == 1


@pytest.mark.parametrize(("texts", "expected"), [
    (["Copper", " copper ", ""], "|Copper|"),
    (["b", "A", "a|c"], "|A|a/c|b|"),
    ([], None),
])
def test_listed_texts_are_distinct_sorted_and_delimited(texts: list[str], expected: str | None) -> None:
    assert listed(texts) == expected
