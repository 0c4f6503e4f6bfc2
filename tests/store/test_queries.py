"""Read queries shared by the CLI and the web layer: filters, sorting, paging with totals, get-by-id."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dragoman.errors import InputError, NotFound
from dragoman.store import Store
from dragoman.store.details import get_article, get_discrepancy, get_entity, get_merged, get_story
from dragoman.store.queries import (
    iterate,
    list_articles,
    list_discrepancies,
    list_entities,
    list_merged,
    list_stories,
)
from tests.store.scenario import fisheries, port_first, port_second, wire_copy


@pytest.fixture
def ledger(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as store:
        for record in (port_first(), port_second(), wire_copy(), fisheries()):
            store.ingest(record)
        yield store


def test_stories_are_paged_with_a_total_and_sorted(ledger: Store) -> None:
    page = list_stories(ledger, sort="-articles", limit=1)
    assert page.total == 2 and len(page.items) == 1
    assert page.items[0]["articles"] == 3 and page.items[0]["outlets"] == 2
    assert list_stories(ledger, sort="-articles", limit=1, offset=1).items[0]["articles"] == 1
    assert [s["title"] for s in list_stories(ledger, q="fisheries").items] == [
        "Vellmark and Ostrava renew fisheries treaty"]


def test_merged_items_filter_by_country_story_entity_and_outlets(ledger: Store) -> None:
    assert list_merged(ledger, "deal", country="xes").total == 1
    assert list_merged(ledger, "deal", country="KAZ").total == 0
    quotes = list_merged(ledger, "quote", min_outlets=2)
    assert quotes.total == 1 and quotes.items[0]["outlets"] == 2
    story = quotes.items[0]["story_id"]
    assert list_merged(ledger, "quote", story=story).total == 1
    speaker = next(e for e in list_entities(ledger, type="person").items if e["name"] == "Pieter Holm")
    assert [q["speaker"] for q in list_merged(ledger, "quote", entity=speaker["id"]).items] == ["Pieter Holm"]


def test_discrepancies_filter_by_kind_and_severity(ledger: Store) -> None:
    wording = list_discrepancies(ledger, kind="quote", severity="wording")
    assert wording.total == 1
    detail = get_discrepancy(ledger, wording.items[0]["id"])
    assert {s["outlet"] for s in detail["sources"]} == {"Harbor Times", "Daily Ledger", "Coastal Wire"}


def test_get_by_id_returns_the_thing_with_its_sources(ledger: Store) -> None:
    story = list_stories(ledger, sort="-articles").items[0]
    full = get_story(ledger, story["id"])
    assert len(full["sources"]) == 3 and full["items"] and full["discrepancies"]
    deal = get_merged(ledger, list_merged(ledger, "deal").items[0]["id"])
    assert {s["extractor"] for s in deal["supporting"]} == {"deals@1"}
    article = get_article(ledger, full["sources"][0]["id"])
    assert article["quotes"][0]["extractor"] == "quotes@1" and article["entities"]
    firm = list_entities(ledger, q="brightwater").items
    assert len(firm) == 1 and get_entity(ledger, firm[0]["id"])["sources"]


def test_unknown_ids_and_bad_arguments_are_errors_that_say_the_fix(ledger: Store) -> None:
    with pytest.raises(NotFound, match="no story 999"):
        get_story(ledger, 999)
    with pytest.raises(InputError) as bad_sort:
        list_stories(ledger, sort="colour")
    assert "last_published" in str(bad_sort.value)
    with pytest.raises(InputError):
        list_merged(ledger, "deal", limit=0)
    with pytest.raises(InputError):
        list_merged(ledger, "treaty")


def test_iterate_walks_every_page(ledger: Store) -> None:
    rows = list(iterate(list_articles, ledger, batch=1, sort="id"))
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows) and len(rows) == 4
    assert list_articles(ledger, copies=False).total == 3
