"""Rendering helpers: addresses that may be linked, amounts, links that keep the filters."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.web.render import ENV, Links, money, safe_url, to_json


@pytest.mark.parametrize(("url", "linked"), [
    ("https://news.example/a", True), ("http://news.example/a?b=1", True),
    ("javascript:alert(1)", False), (" JavaScript:alert(1)", False), ("data:text/html,<b>x</b>", False),
    ("vbscript:x", False), ("//evil.example/x", False), ("/local/path", False), ("https://", False), (None, False),
])
def test_only_absolute_http_addresses_are_linked(url: Any, linked: bool) -> None:
    assert (safe_url(url) is not None) == linked


def test_money_is_shown_in_words() -> None:
    assert money(2.4e9, "USD") == "USD 2.4 billion"
    assert money(None) == ""


def test_json_for_data_attributes_cannot_close_a_tag() -> None:
    text = to_json({"a": "</script><b onclick='x'>&"})
    assert "<" not in text and ">" not in text and "'" not in text and "&" not in text


def test_templates_escape_everything() -> None:
    assert ENV.from_string("{{ x }}").render(x="<script>") == "&lt;script&gt;"


class FakeRequest:
    def __init__(self, path: str, query: list[tuple[str, str]]) -> None:
        from starlette.datastructures import URL, QueryParams

        self.url = URL(f"http://host{path}")
        self.query_params = QueryParams(query)


def test_links_change_one_parameter_and_restart_paging() -> None:
    links = Links(FakeRequest("/deals", [("country", "KAZ"), ("offset", "50"), ("sort", "value")]))  # type: ignore[arg-type]
    assert links.with_(status="signed") == "/deals?country=KAZ&sort=value&status=signed"
    assert links.sort("value", "value") == "/deals?country=KAZ&sort=-value"
    assert links.page(100) == "/deals?country=KAZ&sort=value&offset=100"
    assert links.json() == "/api/deals?country=KAZ&offset=50&sort=value"
    assert links.export("deals", "csv") == "/export/deals.csv?country=KAZ"


def test_tracking_shows_when_rows_carry_it() -> None:
    page = ENV.from_string('{% import "macros.html" as m %}{{ m.pledge_state(p) }}|{{ m.deal_history(h) }}')
    html = page.render(p={"state": "partly_fulfilled", "due": "2027-06-30"},
                       h=[{"status": "signed", "date": "2026-06-16", "sources": [
                           {"article_id": 4, "item_id": 9, "outlet": "<b>Wire</b>"}]},
                          {"status": "financing_committed", "date": None, "financier": "A Bank", "amount": 3e8,
                           "currency": "EUR", "sources": []}])
    assert 'class="badge state state-partly_fulfilled"' in html and "partly fulfilled" in html
    assert 'href="/articles/4#deal-9"' in html and "&lt;b&gt;Wire&lt;/b&gt;" in html
    assert "Financing committed" in html and "EUR 300 million" in html and "undated" in html
    untracked = page.render(p={"id": 1}, h=[])
    assert "badge" not in untracked


@pytest.mark.parametrize(("deadline", "shown"), [
    ("2030", "by 2030"), ("the end of June 2027", "by the end of June 2027"), ("within 60 days", "within 60 days"),
    ("by December 2027", "by December 2027"), ("Before the vote", "Before the vote"), (None, ""),
])
def test_deadlines_read_as_phrases(deadline: str | None, shown: str) -> None:
    from dragoman.web.render import due

    assert due(deadline) == shown


class _Links:
    def value(self, _name: str) -> str:
        return ""

    def json(self) -> str:
        return "/api/pledges/3"


@pytest.mark.parametrize(("first_reported", "as_of", "said"), [
    ("2027-02-09", "2026-11-22", "First reported after 2026-11-22"),
    ("2026-01-05", "2026-11-22", "no report of it was matched when tracking ran (as of 2026-11-22)"),
    ("2026-01-05", None, "Not tracked yet: run"),
])
def test_an_untracked_pledge_page_says_why_it_has_no_state(first_reported: str, as_of: str | None, said: str) -> None:
    data = {"kind": "pledge", "id": 3, "story_id": 1, "label": "A promise", "first_reported": first_reported,
            "articles": 1, "outlets": 1, "carried_by": [], "sources": [], "fields": {}, "supporting": [],
            "discrepancy_list": [], "anchors": {}, "tracked_as_of": as_of, "state": None, "evidence": []}
    html = ENV.get_template("item.html").render(data=data, links=_Links(), path="/pledges/3", to_json=str)
    kept = html[html.index('<section id="kept">'):]
    assert said in kept[:kept.index("</section>")]
