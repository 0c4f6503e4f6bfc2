"""The deal ledger queries on SQLite and PostgreSQL: filters on deal terms, values, totals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dragoman.errors import InputError
from dragoman.store import Store
from dragoman.store.ledger import DealFilter, deal_totals, list_deals
from dragoman.store.overview import activity, ledger_counts
from dragoman.store.provenance import with_provenance
from dragoman.store.timeline import list_events
from tests.store.ledger_scenario import copper, gas, lithium
from tests.store.scenario import port_first, port_second, wire_copy


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        for extraction in (copper(), lithium(), gas()):
            opened.ingest(extraction)
        yield opened


def labels(store: Store, **given: object) -> list[str]:
    return sorted(d["commodity"] or "" for d in list_deals(store, DealFilter.of(**given)).items)


def test_filters_on_commodity_status_financier_country_and_dates(store: Store) -> None:
    assert labels(store) == ["copper", "lithium", "natural gas"]
    assert labels(store, commodity="GAS") == ["natural gas"]
    assert labels(store, status="signed") == ["copper"]
    assert labels(store, financier="northern development") == ["copper"]
    assert labels(store, financier="pelican") == ["lithium"]
    assert labels(store, party="tamsin") == ["natural gas"]
    assert labels(store, country="xbe") == ["lithium"]
    assert labels(store, since="2025-06-01") == ["lithium", "natural gas"]
    assert labels(store, until="2025-06") == ["copper"]
    assert labels(store, binding=False) == ["lithium"]
    assert labels(store, binding=True) == ["copper", "natural gas"]


def test_totals_leave_out_letters_of_interest_unless_asked(store: Store) -> None:
    plain = deal_totals(store, DealFilter())
    assert plain["deals"] == 2 and plain["values"] == {"USD": pytest.approx(1e8)}
    assert plain["left_out"] == {"deals": 1, "values": {"USD": pytest.approx(5e7)}}
    asked = deal_totals(store, DealFilter(), include_nonbinding=True)
    assert asked["deals"] == 3 and asked["values"] == {"USD": pytest.approx(1.5e8)}
    assert {(r["country"], r["commodity"]) for r in asked["breakdown"]} == {
        ("XAR", "copper"), ("XBE", "lithium"), ("XCO", "natural gas")}
    assert deal_totals(store, DealFilter(commodity="copper"))["values"] == {"USD": pytest.approx(1e8)}


def test_a_deal_is_worth_what_most_of_its_articles_say(db_url: str) -> None:
    with Store.open(db_url) as store:
        for extraction in (port_first(), port_second(), wire_copy()):
            store.ingest(extraction)
        deals = list_deals(store, DealFilter()).items
        assert len(deals) == 1
        assert (deals[0]["value_amount"], deals[0]["value_currency"]) == (2e9, "USD")
        assert deal_totals(store, DealFilter())["values"] == {"USD": pytest.approx(2e9)}


def test_sorting_by_value_puts_deals_without_one_last_or_first(store: Store) -> None:
    rows = list_deals(store, DealFilter(), sort="-value").items
    given = [r["value_amount"] for r in rows if r["value_amount"] is not None]
    assert given == [1e8, 5e7]
    with pytest.raises(InputError, match="cannot sort deals by 'price'"):
        list_deals(store, DealFilter(), sort="price")


def test_each_merged_item_knows_its_first_evidence_and_outlets(store: Store) -> None:
    rows = with_provenance(store, list_deals(store, DealFilter(commodity="copper")).items)
    assert rows[0]["carried_by"] == ["Arvania Post"]
    assert rows[0]["evidence_item"]["kind"] == "deal"
    assert rows[0]["evidence_item"]["article_id"] == rows[0]["first_article_id"]


def test_events_are_dated_by_when_they_happened(store: Store) -> None:
    events = list_events(store).items
    assert [e["date_of_event"] for e in events] == ["2025-06-25"]
    assert list_events(store, since="2025-06-26").total == 0
    assert list_events(store, kind="visit").total == 0


def test_counts_and_activity_per_day(store: Store) -> None:
    counts = ledger_counts(store)
    assert (counts["articles"], counts["deals"], counts["events"]) == (3, 3, 1)
    assert counts["extracted_items"] == 4
    days = activity(store)
    assert days["days"] == ["2025-05-02", "2025-06-10", "2025-07-01"]
    assert days["series"]["articles"] == [1, 1, 1] and days["series"]["deals"] == [1, 1, 1]
