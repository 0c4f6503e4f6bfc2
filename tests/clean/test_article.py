"""``clean_document``: a raw page becomes an Article, or a Rejected value when nothing usable is left."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dragoman.clean import clean_document
from dragoman.ingest.documents import RawDocument
from dragoman.records import Article, Rejected
from tests.clean.gold import load

BROKEN = [
    "<html><body><p>unclosed <b>bold <i>italic</p></div></span>",
    "<<<>>>&&&;;;<p<p<p>>>",
    "<?xml version='1.0' encoding='utf-8'?><html><body>\x00\x01\x02</body></html>",
    "<html>" + "<div>" * 5000 + "deep" + "</div>" * 10,
    "<html><head><meta charset='utf-16'></head><body><script>var a = '<p>';</script></body></html>",
    "",
    "   \n\t  ",
]


@pytest.mark.parametrize("html", BROKEN)
def test_broken_markup_is_rejected_as_empty_body_without_raising(html: str) -> None:
    result = clean_document(RawDocument(source="broken.html", content=html, kind="html"))
    assert isinstance(result, Rejected)
    assert result.reason == "empty_body"


def test_page_of_menus_only_is_rejected_as_empty_body() -> None:
    html = "<html><body><nav><a href='/'>Home</a><a href='/world'>World</a></nav><div>Menu</div></body></html>"
    result = clean_document(RawDocument(source="menu.html", content=html, kind="html"))
    assert isinstance(result, Rejected) and result.reason == "empty_body"


def test_truncated_page_keeps_the_text_it_has() -> None:
    sentence = ("The ministry of finance said on Friday that the new bond would be listed in London and "
                "would mature in ten years, with proceeds going to road and rail projects. ")
    html = f"<html><body><article><h1>Bond sale</h1><p>{sentence * 3}</p><p>{sentence}"
    result = clean_document(RawDocument(source="cut.html", content=html, kind="html"))
    assert isinstance(result, Article)
    assert "ten years" in result.body


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*"<>/=\"' abcdefghijklmnop&;#!-\n", "<p>", "</p>", "<div>", "<script>", "<!--",
                                  "<title>", "<meta property='og:title' content='", " the minister said. "]),
                max_size=200).map("".join))
def test_any_markup_gives_an_article_or_a_rejection(html: str) -> None:
    result = clean_document(RawDocument(source="fuzz.html", content=html, kind="html"))
    assert isinstance(result, Article | Rejected)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=30))
def test_any_text_gives_an_article_or_a_rejection(lines: list[str]) -> None:
    result = clean_document(RawDocument(source="fuzz.txt", content="\n".join(lines), kind="text"))
    assert isinstance(result, Article | Rejected)


def test_metadata_carried_by_the_source_wins_over_the_page() -> None:
    text, _ = load("wire_story")
    raw = RawDocument(source="feed.jsonl", content=text, kind="text", title="Given title", outlet="Given Wire",
                      published="2025-03-05T10:00:00Z")
    result = clean_document(raw)
    assert isinstance(result, Article)
    assert (result.title, result.outlet, result.published) == ("Given title", "Given Wire", "2025-03-05")


def test_text_page_becomes_an_article_with_its_metadata() -> None:
    text, gold = load("press_release")
    result = clean_document(RawDocument(source="release.txt", content=text, kind="text"))
    assert isinstance(result, Article)
    assert result.title == gold["title"]
    assert result.published == gold["published"]
