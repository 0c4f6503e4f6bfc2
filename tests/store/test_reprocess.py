"""Reprocessing: only extractors newer than the stored output run again, and replace only their items."""

from __future__ import annotations

from sqlalchemy import select

from dragoman.records import Quote
from dragoman.store import Store
from dragoman.store.queries import list_merged
from dragoman.store.reprocess import replace_output, stale_articles, stale_names
from dragoman.store.schema import articles
from tests.store.scenario import port_first


def test_stale_names_are_the_newer_or_missing_extractors() -> None:
    stored = {"quotes": "quotes@1", "deals": "deals@2"}
    registered = {"quotes": "quotes@2", "deals": "deals@2", "events": "events@1"}
    assert stale_names(stored, registered) == ["events", "quotes"]


def test_replacing_one_extractor_keeps_the_others_output(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.ingest(port_first(), ran={"quotes": "quotes@1", "deals": "deals@1", "entities": "entities@1"})
        registered = {"quotes": "quotes@2", "deals": "deals@1", "entities": "entities@1"}
        stale = list(stale_articles(store, registered))
        assert [s.names for s in stale] == [["quotes"]]
        rerun = port_first()
        rerun.quotes = [Quote(speaker="Helena Marsh", text="change the way our economy works", extractor="quotes@2",
                              evidence=rerun.quotes[0].evidence, span=rerun.quotes[0].span)]
        replace_output(store, stale[0], rerun, registered)
        assert [q["text"] for q in list_merged(store, "quote").items] == ["change the way our economy works"]
        assert list_merged(store, "deal").total == 1  # the deals extractor's items are untouched
        with store.reading() as conn:
            assert conn.execute(select(articles.c.extractors)).scalar_one()["quotes"] == "quotes@2"
        assert list(stale_articles(store, registered)) == []
