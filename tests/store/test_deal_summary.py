"""Deal summaries: one row per merged deal, kept in step with the merged items, filled by migration."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from dragoman.store import Store
from dragoman.store.deal_summary import delimited, summarize_all
from dragoman.store.ledger import DealFilter, list_deals
from dragoman.store.provenance import merged_of
from dragoman.store.schema import deal_summaries, merged_items, quotes
from tests.store.ledger_scenario import copper, gas, lithium
from tests.store.scenario import port_first, port_second, wire_copy


def summaries(store: Store) -> dict[int, dict[str, Any]]:
    with store.reading() as conn:
        return {r.merged_id: dict(r._mapping) for r in conn.execute(select(deal_summaries))}


def merged_deals(store: Store) -> set[int]:
    with store.reading() as conn:
        return set(conn.execute(select(merged_items.c.id).where(merged_items.c.kind == "deal")).scalars())


def test_every_merged_deal_has_one_summary_with_its_terms(db_url: str) -> None:
    with Store.open(db_url) as store:
        for extraction in (copper(), lithium(), gas()):
            store.ingest(extraction)
        found = summaries(store)
        assert set(found) == merged_deals(store)
        by_commodity = {row["commodity"]: row for row in found.values()}
        letter = by_commodity["lithium"]
        assert letter["binding"] is False and letter["instrument"] == "letter of interest"
        assert letter["financiers"] == "|pelican export agency|"
        copper_row = by_commodity["copper"]
        assert (copper_row["value_amount"], copper_row["value_currency"]) == (1e8, "USD")
        assert copper_row["binding"] is True and copper_row["statuses"] == "|signed|"
        assert copper_row["parties"] == "|arvania|kestrel metals|"
        assert by_commodity["natural gas"]["value_amount"] is None


def test_summaries_follow_a_story_as_articles_join_it(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest(port_first())
        assert [row["article_count"] for row in summaries(store).values()] == [1]
        store.ingest(port_second())
        store.ingest(wire_copy())
        later = summaries(store)
        assert set(later) == merged_deals(store)
        (row,) = later.values()
        assert row["article_count"] == 3 and (row["value_amount"], row["value_currency"]) == (2e9, "USD")


def test_the_migration_fills_summaries_for_deals_stored_before_it(db_url: str) -> None:
    with Store.open(db_url) as store:
        for extraction in (copper(), lithium(), port_first(), port_second()):
            store.ingest(extraction)
        written = summaries(store)
        with store.writing() as conn:
            conn.execute(deal_summaries.delete())
            assert summarize_all(conn) == len(written)
        assert summaries(store) == written


def test_filters_read_folded_terms(db_url: str) -> None:
    with Store.open(db_url) as store:
        for extraction in (copper(), lithium(), gas()):
            store.ingest(extraction)
        assert [d["commodity"] for d in list_deals(store, DealFilter(financier="PELICAN")).items] == ["lithium"]
        assert list_deals(store, DealFilter(party="kestrel%")).total == 0  # % is a character, not a wildcard
        assert list_deals(store, DealFilter(commodity="Natural Gas")).total == 1


@pytest.mark.parametrize(("values", "expected"), [
    (["Copper", " copper ", None, ""], "|copper|"),
    (["Électricité", "a|b"], "|a/b|electricite|"),
    ([], ""),
])
def test_delimited_values_are_folded_sorted_and_unique(values: list[str | None], expected: str) -> None:
    assert delimited(values) == expected


def test_merged_of_keeps_items_of_the_asked_kind_only(db_url: str) -> None:
    with Store.open(db_url) as store:
        for extraction in (copper(), port_first()):
            store.ingest(extraction)
        with store.reading() as conn:
            quote_ids = list(conn.execute(select(quotes.c.id)).scalars())
            found = merged_of(conn, "quote", quote_ids)
            assert set(found) == set(quote_ids) and quote_ids
            assert kinds_of(conn, found.values()) == {"quote"}
            as_events = merged_of(conn, "event", quote_ids)  # the same numbers, read as event ids
            assert kinds_of(conn, as_events.values()) <= {"event"}


def kinds_of(conn: Any, merged_ids: Any) -> set[str]:
    ids = ",".join(str(int(i)) for i in merged_ids) or "0"
    return set(conn.execute(text(f"SELECT kind FROM merged_items WHERE id IN ({ids})")).scalars())
