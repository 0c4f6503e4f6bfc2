"""Tracking over time in the web UI and its JSON twins: status now on the deal ledger, a deal's
dated steps, the pledge board by state and deadline, "Kept?" on a pledge, an entity's record.

The ledger is tracked as of ``TODAY`` and the app counts days from it (conftest).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import httpx
import pytest

from dragoman.settings import Settings
from tests.web.conftest import TODAY
from tests.web.live import LiveServer


def items(http: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    return list(http.get(path, params={"limit": 500, **params}).json()["items"])


def test_the_deal_ledger_filters_by_status_now_in_the_page_and_its_json_twin(http: httpx.Client) -> None:
    every = items(http, "/api/deals")
    now = {d["status_now"] for d in every}
    assert {"signed", "cancelled"} <= now
    cancelled = http.get("/api/deals", params={"status_now": "cancelled"}).json()
    assert 0 < cancelled["total"] < len(every) and cancelled["filters"] == {"status_now": "cancelled"}
    assert {d["status_now"] for d in cancelled["items"]} == {"cancelled"}
    html = http.get("/deals", params={"status_now": "cancelled"}).text
    assert html.count('class="status-now"') == cancelled["total"]
    assert '<option value="cancelled" selected>' in html
    export = http.get("/export/deals.jsonl", params={"status_now": "cancelled"}).text.splitlines()
    assert len(export) == cancelled["total"]
    ordered = [d["status_now"] for d in items(http, "/api/deals", sort="status_now") if d["status_now"]]
    assert ordered == sorted(ordered)


def test_binding_in_the_ledger_follows_the_tracked_deal(http: httpx.Client, ledger: Any) -> None:
    from dragoman.store.tracked import get_tracked_deal

    for deal in items(http, "/api/deals"):
        if deal["tracked_deal"] is not None:
            tracked = get_tracked_deal(ledger, deal["tracked_deal"])
            assert deal["status_now"] == tracked["status"]
            if tracked["binding"] is not None:
                assert deal["binding"] is tracked["binding"]
    nonbinding = items(http, "/api/deals", binding="false")
    assert nonbinding and all(d["binding"] is False for d in nonbinding)


def test_a_deal_page_dates_each_step_with_its_outlet_and_marked_evidence(http: httpx.Client) -> None:
    deal = max(items(http, "/api/deals"), key=lambda d: len(http.get(f"/api/deals/{d['id']}").json()["history"]))
    history = http.get(f"/api/deals/{deal['id']}").json()["history"]
    assert len(history) >= 3
    html = http.get(f"/deals/{deal['id']}").text
    steps = html[html.index('id="deal-steps"'):]
    steps = steps[:steps.index("</ol>")]
    assert steps.count('<li class="step') == len(history)
    for step in history:
        assert f'datetime="{step["date"]}"' in steps
    source = history[0]["sources"][0]
    mark = f'/articles/{source["article_id"]}#deal-{source["item_id"]}'
    assert f'href="{mark}"' in steps and (source["outlet"] or "") in steps
    article = http.get(f"/articles/{source['article_id']}").text
    assert f'id="deal-{source["item_id"]}"' in article  # the link lands on the highlighted sentence


def test_the_pledge_board_counts_and_filters_by_state_and_due(http: httpx.Client) -> None:
    board = http.get("/api/pledges", params={"limit": 500}).json()
    assert board["today"] == TODAY.isoformat() and board["as_of"] == TODAY.isoformat()
    counts = board["counts"]
    assert all(counts["states"][s] > 0 for s in ("open", "fulfilled", "lapsed"))
    for state, n in counts["states"].items():
        chosen = http.get("/api/pledges", params={"state": state, "limit": 500}).json()
        assert chosen["total"] == n and {p["state"] for p in chosen["items"]} <= {state}
    overdue = items(http, "/api/pledges", due="overdue", sort="due")
    assert len(overdue) == counts["due"]["overdue"] > 0
    assert all(p["due"] < TODAY.isoformat() and p["state"] != "fulfilled" and p["days_left"] < 0 for p in overdue)
    assert [p["due"] for p in overdue] == sorted(p["due"] for p in overdue)
    soon = items(http, "/api/pledges", due="next_30_days")
    assert len(soon) == counts["due"]["next_30_days"] > 0 and all(0 <= p["days_left"] <= 30 for p in soon)
    undated = items(http, "/api/pledges", due="no_deadline")
    assert len(undated) == counts["due"]["no_deadline"] and all(p["due"] is None for p in undated)
    html = http.get("/pledges", params={"state": "lapsed"}).text
    tab = re.search(r'<a class="tab-lapsed" href="[^"]*" aria-current="true">Lapsed <span class="n">(\d+)</span>', html)
    assert tab is not None and int(tab.group(1)) == counts["states"]["lapsed"]
    assert html.count(" overdue</span>") == counts["states"]["lapsed"]
    within = http.get("/api/pledges", params={"state": "lapsed"}).json()["counts"]["due"]
    assert within["overdue"] == counts["states"]["lapsed"] and within["next_30_days"] == 0


@pytest.mark.parametrize(("path", "field"), [("/api/pledges?due=someday", "due"),
                                             ("/api/pledges?state=kept", "state"),
                                             ("/api/deals?status_now=maybe", "status_now")])
def test_unknown_states_and_due_filters_are_refused_with_the_allowed_values(http: httpx.Client, path: str,
                                                                          field: str) -> None:
    response = http.get(path)
    assert response.status_code == 422 and field in response.text


def test_days_left_count_from_the_day_the_app_is_given(ledger_url: str) -> None:
    from dragoman.web import create_app

    later = TODAY + dt.timedelta(days=60)
    for app in (create_app(Settings(db=ledger_url, progress=False), today=later),
                create_app(Settings(db=ledger_url, progress=False, today=later))):  # the argument, or the setting
        live = LiveServer(app).start()
        try:
            board = httpx.get(f"{live.url}/api/pledges", params={"limit": 500}, timeout=30).json()
        finally:
            live.stop()
        assert board["today"] == later.isoformat()
        dated = [p for p in board["items"] if p["due"]]
        assert dated and all(p["days_left"] == (dt.date.fromisoformat(p["due"]) - later).days for p in dated)


def test_a_kept_pledge_page_shows_the_dated_events_that_keep_it(http: httpx.Client) -> None:
    kept = next(p for p in items(http, "/api/pledges", state="fulfilled") if p["evidence"])
    page = http.get(f"/api/pledges/{kept['id']}").json()
    assert page["fulfilled_on"] and page["evidence"]
    html = http.get(f"/pledges/{kept['id']}").text
    section = html[html.index('<section id="kept">'):]
    section = section[:section.index("</section>")]
    assert "Kept:" in section and page["fulfilled_on"] in section
    event = page["evidence"][0]
    mark = f'/articles/{event["source"]["article_id"]}#event-{event["event_id"]}'
    assert f'href="{mark}"' in section and event["date"] in section
    assert f'id="event-{event["event_id"]}"' in http.get(f"/articles/{event['source']['article_id']}").text


def test_a_lapsed_pledge_page_says_why(http: httpx.Client) -> None:
    lapsed = items(http, "/api/pledges", state="lapsed")[0]
    html = http.get(f"/pledges/{lapsed['id']}").text
    section = html[html.index('<section id="kept">'):]
    assert f"Lapsed: the deadline, {lapsed['due']}, passed" in section and "overdue" in section


def test_an_entity_page_keeps_a_record_of_the_pledges_it_made(http: httpx.Client, ledger: Any) -> None:
    from dragoman.store.tracked import get_tracked_pledge

    kept = [http.get(f"/api/pledges/{p['id']}").json()["tracked_pledge"]
            for p in items(http, "/api/pledges", state="fulfilled")]
    tracked = next(t for t in kept if get_tracked_pledge(ledger, t)["actor_entity_id"])
    actor = {"id": get_tracked_pledge(ledger, tracked)["actor_entity_id"]}
    record = http.get(f"/api/entities/{actor['id']}").json()["pledge_record"]
    assert record["states"]["fulfilled"] >= 1 and record["total"] == sum(record["states"].values())
    assert tracked in {p["id"] for p in record["items"]}
    html = http.get(f"/entities/{actor['id']}").text
    assert 'id="pledge-record"' in html and f'<strong>{record["states"]["fulfilled"]}</strong> kept' in html
    assert f'href="/pledges?entity={actor["id"]}&amp;state=fulfilled"' in html
