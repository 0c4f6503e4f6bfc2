"""The pages in a real Chromium: they load without console errors, filters narrow the ledger,
items lead to their highlighted evidence, and hostile article text never runs.

Every page visited is saved as a screenshot under test-artifacts/screenshots/.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.web.conftest import Tab

pytestmark = pytest.mark.browser


def first_id(http: httpx.Client, path: str, **params: Any) -> int:
    items = http.get(path, params={"limit": 1, **params}).json()["items"]
    assert items, f"{path} is empty: the test ledger should have rows there"
    return int(items[0]["id"])


def every_page(http: httpx.Client) -> dict[str, str]:
    story = first_id(http, "/api/stories", sort="-articles")
    deal = first_id(http, "/api/deals", sort="-outlets")
    pledge = first_id(http, "/api/pledges")
    quote = first_id(http, "/api/quotes")
    event = first_id(http, "/api/events")
    entity = first_id(http, "/api/entities")
    discrepancy = first_id(http, "/api/discrepancies")
    article = http.get(f"/api/deals/{deal}").json()["first_article_id"]
    return {
        "overview": "/", "stories": "/stories", "story": f"/stories/{story}", "deals": "/deals",
        "deal": f"/deals/{deal}", "pledges": "/pledges", "pledge": f"/pledges/{pledge}", "quotes": "/quotes",
        "quote": f"/quotes/{quote}", "events": "/events", "event": f"/events/{event}", "entities": "/entities",
        "entity": f"/entities/{entity}", "discrepancies": "/discrepancies",
        "discrepancy": f"/discrepancies/{discrepancy}", "articles": "/articles", "article": f"/articles/{article}",
        "search": "/search?q=railway", "not-found": "/deals/999999",
    }


def test_every_page_loads_without_console_errors(tab: Tab, http: httpx.Client) -> None:
    for name, path in every_page(http).items():
        tab.problems.clear()
        response = tab.open(path)
        assert response is not None
        assert response.status == (404 if name == "not-found" else 200), path
        assert tab.page.locator("header.top nav a").count() == 9
        tab.screenshot(name)
        problems = tab.problems
        if name == "not-found":  # Chromium logs the page's own 404; nothing else may fail
            problems = [p for p in problems if "status of 404" not in p]
            assert len(problems) == len(tab.problems) - 1
        assert problems == [], f"{path}: {problems}"


def test_charts_draw_with_the_local_plotly(tab: Tab, http: httpx.Client) -> None:
    tab.open("/")
    assert tab.page.locator("#activity-chart svg.main-svg").count() >= 1
    tab.open("/deals")
    assert tab.page.locator("#deal-chart svg.main-svg").count() >= 1
    breakdown = http.get("/api/deals").json()["totals"]["breakdown"]
    valued = {row["country"] or "unknown" for row in breakdown if row["values"].get("USD")}
    unvalued = {row["country"] or "unknown" for row in breakdown} - valued
    shown = set(tab.page.evaluate("() => document.getElementById('deal-chart').data[0].y"))
    assert shown == valued and unvalued  # countries whose deals state no value take no room
    assert tab.problems == []


def deal_rows(tab: Tab) -> list[str]:
    return tab.page.locator("#deal-table tbody tr").all_inner_texts()


def test_a_filter_narrows_the_ledger(tab: Tab) -> None:
    tab.open("/deals")
    before = deal_rows(tab)
    tab.page.fill("input[name=commodity]", "cobalt")
    with tab.page.expect_navigation():
        tab.page.click("#deal-filters button[type=submit]")
    after = deal_rows(tab)
    assert "commodity=cobalt" in tab.page.url
    assert "country=" not in tab.page.url  # empty fields are left out of the address
    assert 0 < len(after) < len(before)
    assert all("cobalt" in row.lower() for row in after)
    tab.screenshot("deals-filtered")
    assert tab.problems == []


def test_counting_nonbinding_deals_changes_the_totals(tab: Tab) -> None:
    tab.open("/deals")
    binding_total = tab.page.locator(".totals p").first.inner_text()
    assert "Left out" in tab.page.locator(".totals").inner_text()
    tab.page.check("input[name=include_nonbinding]")
    with tab.page.expect_navigation():
        tab.page.click("#deal-filters button[type=submit]")
    assert "include_nonbinding=true" in tab.page.url
    assert tab.page.locator(".totals p").first.inner_text() != binding_total
    assert "Left out" not in tab.page.locator(".totals").inner_text()


def test_a_deal_leads_to_its_highlighted_evidence(tab: Tab, http: httpx.Client) -> None:
    tab.open("/deals")
    link = tab.page.locator("#deal-table a.evidence-link").first
    target = link.get_attribute("href")
    assert target is not None and "#deal-" in target
    with tab.page.expect_navigation():
        link.click()
    anchor = target.split("#", 1)[1]
    current = tab.page.locator("#article-body mark.current")
    assert current.count() >= 1
    assert current.first.is_visible()
    assert anchor in (current.first.get_attribute("data-items") or "").split()
    article_id = int(target.split("/articles/", 1)[1].split("#")[0])
    item_id = int(anchor.split("-")[1])
    article = http.get(f"/api/articles/{article_id}").json()
    deal = next(d for d in article["deals"] if d["id"] == item_id)
    start, end = deal["span"]
    marked = " ".join(tab.page.locator(f'#article-body mark[data-items~="{anchor}"]').all_inner_texts())
    assert marked.split() == article["body"][start:end].split()  # paragraph breaks are left unmarked
    assert tab.page.locator(f'aside.extracted li.current[data-anchor="{anchor}"]').count() == 1
    tab.screenshot("article-evidence")
    assert tab.problems == []


def test_every_item_on_the_article_page_jumps_to_its_sentence(tab: Tab, http: httpx.Client) -> None:
    quote = http.get("/api/quotes", params={"limit": 1, "sort": "-outlets"}).json()["items"][0]
    evidence = quote["evidence_item"]
    tab.open(f"/articles/{evidence['article_id']}")
    anchor = f"quote-{evidence['item_id']}"
    tab.page.click(f'aside.extracted li[data-anchor="{anchor}"] a.jump')
    assert tab.page.url.endswith("#" + anchor)
    # the page marks the sentence on hashchange: wait for it (up to 5 s) rather than race it
    tab.page.wait_for_selector(f'#article-body mark.current[data-items~="{anchor}"]', timeout=5000)
    assert tab.page.locator(f'#article-body mark.current[data-items~="{anchor}"]').count() >= 1
    assert tab.problems == []


@pytest.mark.parametrize("path", ["/stories", "/quotes", "/pledges", "/articles", "/search?q=harbour+dredging",
                                  "/search?q=chapter", "/entities?q=Tamm"])
def test_hostile_article_text_never_runs(tab: Tab, path: str) -> None:
    tab.open(path)
    for link in tab.page.locator("main a").all()[:60]:
        href = link.get_attribute("href") or ""
        assert not href.lower().startswith("javascript:"), href
    assert tab.pwned() is None
    assert tab.problems == []


def test_hostile_pages_show_the_markup_as_text(tab: Tab, http: httpx.Client) -> None:
    hits = http.get("/api/search", params={"q": "dredging", "kind": "article"}).json()["items"]
    assert hits
    tab.open(f"/articles/{hits[0]['article_id']}")
    assert "<script>window.__pwned" in tab.page.locator("h1").inner_text()
    assert "onerror=" in tab.page.locator("#article-body").inner_text()
    assert tab.page.locator("#article-body img, #article-body script, #article-body a").count() == 0
    tab.page.click("aside.extracted a.jump >> nth=0")
    assert tab.pwned() is None
    tab.screenshot("article-hostile")
    hits = http.get("/api/search", params={"q": "Gulf tunnel", "kind": "article"}).json()["items"]
    tab.open(f"/articles/{hits[0]['article_id']}")
    assert tab.page.locator("a.source-url").count() == 0
    assert "javascript:" in tab.page.locator(".source-url.unlinked").inner_text()
    assert tab.pwned() is None
    tab.screenshot("article-hostile-record")
    assert tab.problems == []


def test_the_status_now_filter_narrows_the_ledger(tab: Tab) -> None:
    tab.open("/deals")
    before = deal_rows(tab)
    tab.page.select_option("select[name=status_now]", "cancelled")
    with tab.page.expect_navigation():
        tab.page.click("#deal-filters button[type=submit]")
    assert "status_now=cancelled" in tab.page.url
    after = deal_rows(tab)
    assert 0 < len(after) < len(before)
    assert tab.page.locator("#deal-table td.status-now").all_inner_texts() == ["cancelled"] * len(after)
    tab.screenshot("deals-status-now")
    assert tab.problems == []


def test_a_deal_timeline_step_leads_to_its_marked_sentence(tab: Tab, http: httpx.Client) -> None:
    deal = max(http.get("/api/deals", params={"limit": 100}).json()["items"],
               key=lambda d: len(http.get(f"/api/deals/{d['id']}").json()["history"]))
    tab.open(f"/deals/{deal['id']}")
    steps = tab.page.locator("#deal-steps > li")
    assert steps.count() >= 3 and steps.first.is_visible()
    tab.screenshot("deal-timeline")
    link = tab.page.locator("#deal-steps a.evidence-link").first
    anchor = (link.get_attribute("href") or "").split("#", 1)[1]
    with tab.page.expect_navigation():
        link.click()
    tab.page.wait_for_selector(f'#article-body mark.current[data-items~="{anchor}"]', timeout=5000)
    assert tab.problems == []


def test_the_pledge_board_tabs_narrow_by_state_and_deadline(tab: Tab) -> None:
    tab.open("/pledges")
    every = tab.page.locator("#pledge-table tbody tr").count()
    with tab.page.expect_navigation():
        tab.page.click("#state-tabs a.tab-lapsed")
    assert "state=lapsed" in tab.page.url
    rows = tab.page.locator("#pledge-table tbody tr")
    assert 0 < rows.count() < every
    assert tab.page.locator("#pledge-table tbody .badge.state").all_inner_texts() == ["lapsed"] * rows.count()
    assert tab.page.locator("#state-tabs a[aria-current=true]").inner_text().startswith("Lapsed")
    tab.screenshot("pledges-lapsed")
    with tab.page.expect_navigation():
        tab.page.click("#due-tabs a.tab-overdue")
    assert "state=lapsed" in tab.page.url and "due=overdue" in tab.page.url  # the tabs combine
    assert tab.page.locator("#pledge-table tbody .days.overdue").count() == rows.count()
    with tab.page.expect_navigation():
        tab.page.click("#state-tabs a >> nth=0")
    assert "state=" not in tab.page.url and "due=overdue" in tab.page.url
    tab.screenshot("pledges-overdue")
    assert tab.problems == []


def test_a_kept_pledge_shows_its_evidence_and_an_entity_its_record(tab: Tab, http: httpx.Client) -> None:
    kept = next(p for p in http.get("/api/pledges", params={"state": "fulfilled", "limit": 100}).json()["items"]
                if p["evidence"])
    tab.open(f"/pledges/{kept['id']}")
    assert tab.page.locator("#kept .why").inner_text().startswith("Kept:")
    assert tab.page.locator("#pledge-evidence > li").count() == len(kept["evidence"])
    tab.screenshot("pledge-kept")
    people = http.get("/api/entities", params={"type": "person", "sort": "-articles", "limit": 20}).json()["items"]
    pledger, record = next((p["id"], found) for p in people
                           if (found := http.get(f"/api/entities/{p['id']}").json()["pledge_record"])["total"] >= 2)
    tab.open(f"/entities/{pledger}")
    assert tab.page.locator("#pledge-record tbody tr").count() == len(record["items"])
    tab.screenshot("entity-record")
    assert tab.problems == []
