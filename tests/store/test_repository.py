"""Store.ingest on SQLite and PostgreSQL alike: idempotence, updates, copies, stories, entities, merges."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from dragoman.store import Store
from dragoman.store.details import get_entity, get_merged
from dragoman.store.queries import list_discrepancies, list_merged
from dragoman.store.schema import articles, metadata
from tests.store.scenario import PORT_FIRST, fisheries, port_first, port_second, wire_copy


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened


def row_counts(store: Store) -> dict[str, int]:
    with store.reading() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in metadata.sorted_tables}


def test_ingest_keeps_items_with_extractor_version_and_evidence_offsets(store: Store) -> None:
    outcome = store.ingest(port_first())
    assert outcome.status == "new"
    item = list_merged(store, "quote").items[0]
    supporting = get_merged(store, item["id"])["supporting"][0]
    assert supporting["extractor"] == "quotes@1"
    start, end = supporting["span"]
    assert PORT_FIRST[start:end] == supporting["evidence"]
    assert "This port will change" in supporting["evidence"]


def test_reingesting_the_same_body_changes_nothing(store: Store) -> None:
    store.ingest(port_first())
    before = row_counts(store)
    with store.reading() as conn:
        stamp = conn.execute(select(articles.c.updated_at)).scalar_one()
    again = store.ingest(port_first())
    assert again.status == "unchanged"
    assert row_counts(store) == before
    with store.reading() as conn:
        assert conn.execute(select(articles.c.updated_at)).scalar_one() == stamp


def test_same_text_from_another_file_is_the_same_article(store: Store) -> None:
    store.ingest(port_first(url=None, source="a/port.txt"))
    before = row_counts(store)
    assert store.ingest(port_first(url=None, source="b/copy-of-port.txt")).status == "unchanged"
    assert row_counts(store) == before


def test_updated_article_replaces_its_own_items(store: Store) -> None:
    first = store.ingest(port_first())
    store.ingest(fisheries())
    changed = port_first().model_copy(deep=True)
    new_body = changed.article.body.replace("$2 billion", "$3 billion")
    changed.article = changed.article.model_copy(update={"body": new_body, "id": "f" * 40})
    changed.deals[0].value.amount = 3e9  # type: ignore[union-attr]
    outcome = store.ingest(changed)
    assert outcome.status == "updated" and outcome.article_id == first.article_id
    deals = list_merged(store, "deal").items
    assert [d["value"] for d in deals] == ["USD 3 billion"]
    assert row_counts(store)["articles"] == 2
    assert len(list_merged(store, "quote").items) == 2  # the other article's quote is untouched


def test_wire_copy_links_to_the_original_and_counts_once(store: Store) -> None:
    original = store.ingest(port_first())
    copy = store.ingest(wire_copy())
    assert copy.duplicate_of == original.article_id
    assert copy.story_id == original.story_id
    quote = list_merged(store, "quote").items[0]
    assert quote["articles"] == 2 and quote["outlets"] == 1


def test_an_earlier_copy_arriving_later_becomes_the_original(store: Store) -> None:
    late = store.ingest(wire_copy(published="2025-03-12"))
    early = store.ingest(port_first())
    assert early.duplicate_of is None
    with store.reading() as conn:
        assert conn.execute(select(articles.c.duplicate_of).where(articles.c.id == late.article_id)).scalar_one() \
            == early.article_id


def test_two_outlets_of_one_happening_share_a_story_and_an_unrelated_one_does_not(store: Store) -> None:
    a = store.ingest(port_first())
    b = store.ingest(port_second())
    c = store.ingest(fisheries())
    assert a.story_id == b.story_id
    assert c.story_id != a.story_id


def test_spelling_slip_and_short_firm_name_resolve_to_one_entity_with_roles_over_time(store: Store) -> None:
    store.ingest(port_first())
    store.ingest(port_second())
    quote = list_merged(store, "quote").items[0]
    assert quote["articles"] == 2 and quote["outlets"] == 2
    deal = list_merged(store, "deal").items[0]
    entity_ids = sorted(int(key[1:]) for key in deal["fields"]["parties"][0]["value"] if key.startswith("e"))
    firm = next(get_entity(store, e) for e in entity_ids if get_entity(store, e)["type"] == "organization")
    assert {"Brightwater Capital", "Brightwater Andes Capital Group"} <= set(firm["names"])
    people = [get_entity(store, int(k[1:])) for k in list_merged(store, "event").items[0]["fields"]["actors"][0]["value"]
              if k.startswith("e")]
    minister = next(p for p in people if p["type"] == "person")
    assert {"Helena Marsh", "Helena Marsch"} <= set(minister["names"])
    assert [(r["title"], r["first_seen"]) for r in minister["roles"]] == [
        ("Trade Minister", "2025-03-10"), ("Norland's trade minister", "2025-03-11")]


def test_sources_that_disagree_show_every_value_with_its_articles(store: Store) -> None:
    first = store.ingest(port_first())
    second = store.ingest(port_second())
    found = {(d["kind"], d["field"]): d for d in list_discrepancies(store).items}
    value = found[("deal", "value")]
    assert value["severity"] == "conflict"
    assert {(s["text"], tuple(s["articles"])) for s in value["sides"]} == {
        ("USD 2 billion", (first.article_id,)), ("about USD 2.4 billion", (second.article_id,))}
    assert found[("deal", "stakes")]["severity"] == "conflict"
    assert found[("quote", "text")]["severity"] == "wording"
    assert ("entity", "title") not in found  # "Trade Minister" and "Norland's trade minister" agree
