"""Untrusted article text stays text; every answer carries the CSP; the server is read-only on loopback."""

from __future__ import annotations

import re

import httpx
import pytest

from dragoman.web.guard import CSP
from tests.web.conftest import HOSTILE_URL

EVERY_KIND_OF_ANSWER = ["/", "/deals", "/api/deals", "/openapi.json", "/static/app.css",
                        "/static/vendor/plotly.min.js", "/export/deals.csv", "/nope", "/api/stories/999999",
                        "/api/deals?limit=0", "/deals?since=yesterday"]
HOSTILE_PAGES = ["/", "/stories", "/quotes", "/pledges", "/events", "/articles", "/entities", "/deals",
                 "/search?q=harbour", "/search?q=chapter", "/search?q=tunnel"]


@pytest.mark.parametrize("path", EVERY_KIND_OF_ANSWER)
def test_every_answer_carries_the_strict_content_security_policy(http: httpx.Client, path: str) -> None:
    response = http.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert "unsafe-inline" not in CSP and "unsafe-eval" not in CSP
    assert "script-src 'self'" in CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("path", ["/", "/api/deals", "/export/deals.csv", "/static/app.css"])
def test_only_reading_is_allowed(http: httpx.Client, method: str, path: str) -> None:
    response = http.request(method, path, content=b"{}")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"
    assert response.json()["error"]["message"].startswith(f"method {method} is not allowed")
    assert response.headers["content-security-policy"] == CSP


def test_head_answers_like_get_without_a_body(http: httpx.Client) -> None:
    head = http.head("/deals")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"].startswith("text/html")
    assert http.head("/api/deals").status_code == 200


def test_a_nul_byte_in_the_address_is_refused(http: httpx.Client) -> None:
    response = http.get("/api/deals?commodity=oil%00gas")
    assert response.status_code == 400
    assert response.json()["error"]["hint"]


def test_the_ledger_holds_the_hostile_texts(http: httpx.Client) -> None:
    """The other tests here mean something only when the hostile markup reached the database."""
    titles = [a["title"] for a in http.get("/api/articles", params={"limit": 100}).json()["items"]]
    assert any(t and "<script>window.__pwned" in t for t in titles)
    quotes = http.get("/api/quotes", params={"limit": 500}).json()["items"]
    assert any("<script>" in (q["text"] or "") for q in quotes)
    urls = [a["url"] for a in http.get("/api/articles", params={"limit": 100}).json()["items"]]
    assert HOSTILE_URL in urls


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_markup_from_articles_is_escaped_in_pages(http: httpx.Client, path: str) -> None:
    html = http.get(path).text
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html
    assert "<b>harbour" not in html and "<b>Bold" not in html
    assert not re.search(r"""(href|src)\s*=\s*["']?\s*javascript:""", html, re.I)
    assert not re.search(r"<[a-z]+[^>]*\son[a-z]+\s*=", html, re.I), "an event-handler attribute got through"
    scripts = re.findall(r"<script[^>]*>", html)
    assert all(re.fullmatch(r'<script src="/static/[\w./-]+\.js" defer>', s) for s in scripts), scripts


def test_article_pages_show_hostile_markup_as_text(http: httpx.Client) -> None:
    hit = http.get("/api/search", params={"q": "dredging", "kind": "article"}).json()["items"][0]
    html = http.get(f"/articles/{hit['article_id']}").text
    assert "&lt;script&gt;window.__pwned = &#34;title&#34;&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert "&lt;a href=&#34;javascript:" in html


def test_a_javascript_address_is_shown_but_not_linked(http: httpx.Client) -> None:
    hit = http.get("/api/search", params={"q": "gulf tunnel", "kind": "article"}).json()["items"][0]
    html = http.get(f"/articles/{hit['article_id']}").text
    assert 'class="source-url unlinked"' in html
    assert "javascript:window.__pwned=&#39;url&#39;" in html
    assert 'href="javascript' not in html


def test_json_answers_are_json_not_html(http: httpx.Client) -> None:
    response = http.get("/api/articles", params={"limit": 100})
    assert response.headers["content-type"] == "application/json"
