"""The JSON API: twins of the pages, filters and paging, the deal ledger's totals, errors, search."""

from __future__ import annotations

import re

import httpx
import pytest

LISTS = ["stories", "deals", "pledges", "quotes", "events", "entities", "discrepancies", "articles"]


def shown_total(html: str) -> int:
    found = re.search(r"of (\d+)</span>", html)
    assert found, "the page shows no pager"
    return int(found.group(1))


@pytest.mark.parametrize("kind", LISTS)
def test_every_list_page_has_a_json_twin_with_the_same_rows(http: httpx.Client, kind: str) -> None:
    data = http.get(f"/api/{kind}", params={"limit": 5}).json()
    assert set(data) >= {"total", "limit", "offset", "items"}
    assert data["limit"] == 5 and len(data["items"]) == min(5, data["total"])
    html = http.get(f"/{kind}", params={"limit": 5}).text
    assert shown_total(html) == data["total"]
    for row in data["items"]:
        assert f'href="/{kind}/{row["id"]}"' in html


@pytest.mark.parametrize("kind", LISTS)
def test_every_row_has_a_page_and_a_json_twin(http: httpx.Client, kind: str) -> None:
    row = http.get(f"/api/{kind}", params={"limit": 1}).json()["items"][0]
    one = http.get(f"/api/{kind}/{row['id']}")
    assert one.status_code == 200 and one.json()["id"] == row["id"]
    assert http.get(f"/{kind}/{row['id']}").status_code == 200


def test_paging_walks_through_every_row_once(http: httpx.Client) -> None:
    total = http.get("/api/quotes", params={"limit": 1}).json()["total"]
    seen: list[int] = []
    for offset in range(0, total, 7):
        seen += [q["id"] for q in http.get("/api/quotes", params={"limit": 7, "offset": offset,
                                                                  "sort": "id"}).json()["items"]]
    assert len(seen) == total == len(set(seen))


def test_every_merged_item_links_to_its_evidence_sentence(http: httpx.Client) -> None:
    for kind in ("deals", "pledges", "quotes", "events"):
        for row in http.get(f"/api/{kind}", params={"limit": 50}).json()["items"]:
            evidence = row["evidence_item"]
            article = http.get(f"/api/articles/{evidence['article_id']}").json()
            item = next(i for i in article[kind] if i["id"] == evidence["item_id"])
            if item["span"]:
                start, end = item["span"]
                marked, evidence = " ".join(article["body"][start:end].split()), " ".join(item["evidence"].split())
                assert marked.startswith(evidence[:40]) and marked.endswith(evidence[-30:])


def test_deal_filters_narrow_the_ledger(http: httpx.Client) -> None:
    everything = http.get("/api/deals", params={"limit": 500}).json()
    cobalt = http.get("/api/deals", params={"commodity": "cobalt", "limit": 500}).json()
    assert 0 < cobalt["total"] < everything["total"]
    for deal in cobalt["items"]:
        assert any("cobalt" in c.lower() for c in deal["commodities"])
    signed = http.get("/api/deals", params={"status": "signed", "limit": 500}).json()
    assert 0 < signed["total"] < everything["total"]
    assert all("signed" in d["statuses"] for d in signed["items"])
    zmb = http.get("/api/deals", params={"country": "zmb", "limit": 500}).json()
    assert zmb["items"] and all(d["country"] == "ZMB" for d in zmb["items"])
    assert zmb["filters"] == {"country": "zmb"}


def test_deal_totals_leave_out_nonbinding_deals_unless_asked(http: httpx.Client) -> None:
    plain = http.get("/api/deals").json()["totals"]
    asked = http.get("/api/deals", params={"include_nonbinding": "true"}).json()["totals"]
    nonbinding = http.get("/api/deals", params={"binding": "false", "limit": 500}).json()
    assert nonbinding["total"] > 0 and all(d["binding"] is False for d in nonbinding["items"])
    assert plain["left_out"]["deals"] == nonbinding["total"]
    assert asked["deals"] == plain["deals"] + nonbinding["total"]
    for currency, amount in plain["left_out"]["values"].items():
        assert asked["values"][currency] == pytest.approx(plain["values"].get(currency, 0) + amount)
    assert sum(row["deals"] for row in plain["breakdown"]) == plain["deals"]


def test_deals_sort_by_value(http: httpx.Client) -> None:
    rows = http.get("/api/deals", params={"sort": "-value", "limit": 500}).json()["items"]
    values = [r["value_amount"] for r in rows if r["value_amount"] is not None]
    assert values == sorted(values, reverse=True) and len(values) > 2


def test_events_follow_the_date_they_happened(http: httpx.Client) -> None:
    rows = http.get("/api/events", params={"sort": "date", "limit": 500}).json()["items"]
    dates = [r["date_of_event"] for r in rows if r["date_of_event"]]
    assert dates == sorted(dates)
    meetings = http.get("/api/events", params={"kind": "meeting"}).json()
    assert 0 < meetings["total"] < len(rows)


def test_an_entity_page_gathers_what_it_did_and_said(http: httpx.Client) -> None:
    speaker = next(q for q in http.get("/api/quotes", params={"limit": 200}).json()["items"] if q["speaker"])
    entity = http.get("/api/entities", params={"q": speaker["speaker"]}).json()["items"][0]
    page = http.get(f"/api/entities/{entity['id']}").json()
    assert page["quotes"]["total"] >= 1
    assert page["sources"]


def test_search_finds_stemmed_words_in_articles_and_items(http: httpx.Client) -> None:
    found = http.get("/api/search", params={"q": "signs railway", "limit": 100}).json()
    kinds = {hit["kind"] for hit in found["items"]}
    assert found["total"] > 0 and "article" in kinds and kinds - {"article"}
    hit = found["items"][0]
    assert any(part["match"] for part in hit["snippet"])
    only_quotes = http.get("/api/search", params={"q": "railway", "kind": "quote"}).json()
    assert only_quotes["items"] and {h["kind"] for h in only_quotes["items"]} == {"quote"}
    assert http.get("/api/search", params={"q": "zzzqqq unheardof"}).json()["total"] == 0
    assert http.get("/api/search", params={"q": '"OR NEAR( *'}).json()["total"] == 0


@pytest.mark.parametrize(("path", "status", "code"), [
    ("/api/stories/999999", 404, "E404"),
    ("/api/deals/999999", 404, "E404"),
    ("/api/nothing-here", 404, "E404"),
    ("/api/deals?sort=price", 422, "E422"),
    ("/api/deals?since=last-week", 422, "E422"),
    ("/api/deals?limit=100000", 422, "E422"),
    ("/api/stories/99999999999999999999999", 422, "E422"),
])
def test_errors_are_json_with_a_code_and_a_hint(http: httpx.Client, path: str, status: int, code: str) -> None:
    response = http.get(path)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code and error["message"] and error["hint"]


def test_an_item_of_another_kind_is_not_found_and_the_hint_says_where_it_is(http: httpx.Client) -> None:
    pledge = http.get("/api/pledges", params={"limit": 1}).json()["items"][0]
    response = http.get(f"/api/deals/{pledge['id']}")
    assert response.status_code == 404
    assert f"/pledges/{pledge['id']}" in response.json()["error"]["hint"]


def test_html_errors_are_pages_with_the_message(http: httpx.Client) -> None:
    response = http.get("/stories/999999")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "there is no story 999999" in response.text
    bad = http.get("/deals", params={"since": "yesterday"})
    assert bad.status_code == 422 and "since" in bad.text


def test_a_long_story_shows_its_most_carried_items_and_links_to_the_rest(http: httpx.Client) -> None:
    biggest = http.get("/api/stories", params={"sort": "-articles", "limit": 1}).json()["items"][0]
    story = http.get(f"/api/stories/{biggest['id']}").json()
    quotes = story["items"]["quote"]
    assert story["totals"]["quote"] > len(quotes) == 12  # the demo corpus's main story has dozens
    carried = [q["outlets"] for q in quotes]
    assert carried == sorted(carried, reverse=True)
    every = http.get("/api/quotes", params={"story": biggest["id"], "limit": 500}).json()
    assert every["total"] == story["totals"]["quote"]
    assert max(q["outlets"] for q in every["items"]) == carried[0]
    html = http.get(f"/stories/{biggest['id']}").text
    assert f'href="/quotes?story={biggest["id"]}"' in html


def test_an_entity_page_lists_its_articles_newest_first_with_their_count(http: httpx.Client) -> None:
    top = http.get("/api/entities", params={"sort": "-articles", "limit": 1}).json()["items"][0]
    page = http.get(f"/api/entities/{top['id']}").json()
    dates = [a["published"] or "" for a in page["sources"]]
    assert dates == sorted(dates, reverse=True)
    assert page["sources_total"] == len(page["sources"]) == top["articles"] > 1


def test_each_side_of_an_item_discrepancy_links_to_its_marked_sentence(http: httpx.Client) -> None:
    found = http.get("/api/discrepancies", params={"kind": "deal", "limit": 1}).json()["items"][0]
    page = http.get(f"/api/discrepancies/{found['id']}").json()
    articles = {str(a) for side in page["sides"] for a in side["articles"]}
    assert page["anchors"] and set(page["anchors"]) <= articles
    article_id, mark = next(iter(page["anchors"].items()))
    assert mark.startswith("deal-")
    marked = http.get(f"/api/articles/{article_id}").json()["deals"]
    assert int(mark.split("-")[1]) in {d["id"] for d in marked}
    assert f'href="/articles/{article_id}#{mark}"' in http.get(f"/discrepancies/{found['id']}").text
