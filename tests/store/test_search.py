"""Full-text search on SQLite (FTS5) and PostgreSQL (GIN indexes), kept in step with the ledger."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dragoman.errors import InputError
from dragoman.store import Store
from dragoman.store.search import query_words, search, snippet_parts
from tests.store.ledger_scenario import COPPER, copper, gas, lithium


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        for extraction in (copper(), lithium(), gas()):
            opened.ingest(extraction)
        yield opened


def kinds(store: Store, q: str, **options: object) -> set[tuple[str, int]]:
    return {(h["kind"], h["article_id"]) for h in search(store, q, **options).items}  # type: ignore[arg-type]


def test_every_word_must_match_with_stemming(store: Store) -> None:
    found = search(store, "smelters copper")
    assert found.total == 2  # the article and its deal
    assert {h["kind"] for h in found.items} == {"article", "deal"}
    assert search(store, "smelter lithium").total == 0


def test_hits_name_their_article_and_marked_snippet(store: Store) -> None:
    hit = next(h for h in search(store, "smelter").items if h["kind"] == "deal")
    assert hit["outlet"] == "Arvania Post" and hit["published"] == "2025-05-02"
    assert hit["merged_id"] is not None
    start, end = hit["span"]
    assert "smelter" in COPPER[start:end]
    assert any(part["match"] and part["text"].lower() == "smelter" for part in hit["snippet"])


def test_search_by_kind(store: Store) -> None:
    assert {k for k, _ in kinds(store, "partnership", kind="event")} == {"event"}
    with pytest.raises(InputError, match="cannot search for 'widget'"):
        search(store, "gas", kind="widget")


def test_query_syntax_is_never_interpreted(store: Store) -> None:
    for q in ('"', "copper OR", "NEAR(copper smelter)", "copper*", "-copper", "smelter:x", ")(", "AND"):
        search(store, q)  # no syntax error from the index
    assert query_words("  ") == [] and search(store, " ** ").total == 0


def test_the_index_follows_updates_and_deletes(store: Store) -> None:
    changed = copper()
    changed.article.body = changed.article.body.replace("copper smelter", "zinc refinery")
    changed.article.title = "Arvania signs zinc refinery contract"
    changed.article.id = "changed-body"
    changed.deals = []
    store.ingest(changed)
    assert search(store, "smelter").total == 0
    assert search(store, "refinery").total == 1


def test_snippet_parts_split_at_the_markers() -> None:
    assert snippet_parts("a \x02b\x03 c") == [{"text": "a ", "match": False}, {"text": "b", "match": True},
                                              {"text": " c", "match": False}]
    assert snippet_parts("stray \x03 marker") == [{"text": "stray  marker", "match": False}]
