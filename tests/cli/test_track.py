"""``dragoman track`` and ``dragoman watchlist``: the command line over a ledger filled by ``dragoman ingest``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman.cli import main
from dragoman.store import Store
from dragoman.store.tracked import last_run

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "tracking"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('track') / 'ledger.db'}"
    assert main(["ingest", str(CORPUS), "--db", url, "--quiet"]) == 0
    yield url


def test_ingest_ends_by_tracking_as_of_today(db: str) -> None:
    with Store.open(db) as store:
        run = last_run(store)
    assert run is not None and run["pledges"] >= 3 and run["states"]["lapsed"] >= 1


def test_ingest_without_tracking_leaves_no_track_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'plain.db'}"
    page = CORPUS / "2025-01-15-andean-ledger-lithium-plan.txt"
    assert main(["ingest", str(page), "--db", url, "--no-track"]) == 0
    assert "tracked as of" not in capsys.readouterr().err
    with Store.open(url) as store:
        assert last_run(store) is None


def test_track_as_of_a_day_prints_states_and_histories(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["track", "--db", db, "--as-of", "2025-04-01", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    states = {p["actor"]: p["state"] for p in out["pledges"]}
    assert (states["Peru"], states["Ingrid Valtonen"], states["Tomas Okafor"]) == (
        "lapsed", "open", "partly_fulfilled")
    assert out["summary"]["as_of"] == "2025-04-01"
    assert main(["track", "--db", db, "--as-of", "2025-07-31"]) == 0
    captured = capsys.readouterr()
    assert "partly_fulfilled (2/3)" in captured.out and "announced" in captured.out
    assert "tracked as of 2025-07-31" in captured.err


def test_the_views_carry_pledge_states_and_deal_histories(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["track", "--db", db, "--as-of", "2025-07-31"]) == 0
    capsys.readouterr()
    assert main(["pledges", "--db", db, "--state", "fulfilled", "--json"]) == 0
    [kept] = json.loads(capsys.readouterr().out)
    assert kept["actor"] == "Ingrid Valtonen" and kept["evidence"][0]["source"]["source"].endswith("commissioner-visits.txt")
    assert main(["deals", "--db", db, "--json"]) == 0
    histories = [[s["status"] for s in d["history"]] for d in json.loads(capsys.readouterr().out)]
    assert ["signed", "cancelled"] in histories
    assert ["announced", "signed", "financing_committed"] in histories


def test_a_bad_as_of_day_is_one_line_saying_the_format(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["track", "--db", db, "--as-of", "31/07/2025"]) == 2
    assert "--as-of '31/07/2025' is not a date" in capsys.readouterr().err


def test_watchlist_add_deliver_list_remove(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alerts = tmp_path / "okafor.jsonl"
    assert main(["watchlist", "add", "okafor", "--entity", "Okafor", "--kind", "pledge", "--file", str(alerts),
                 "--backfill", "--db", db]) == 0
    assert main(["watchlist", "deliver", "--db", db]) == 0
    assert "1 delivered" in capsys.readouterr().err
    [line] = alerts.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["item"]["actor"] == "Tomas Okafor"
    assert main(["watchlist", "deliver", "--db", db]) == 0 and len(alerts.read_text().splitlines()) == 1
    assert main(["watchlist", "list", "--db", db, "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["name"], listed["deliveries"]) == ("okafor", {"delivered": 1})
    assert main(["watchlist", "list", "--db", db]) == 0 and "okafor" in capsys.readouterr().out
    assert main(["watchlist", "remove", "okafor", "--db", db]) == 0
    assert main(["watchlist", "remove", "okafor", "--db", db]) == 2
    assert "no watchlist 'okafor'" in capsys.readouterr().err


def test_views_filter_deals_by_status_now_and_pledges_by_due(db: str, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["track", "--db", db, "--as-of", "2025-04-01", "--no-deliver"]) == 0
    capsys.readouterr()
    assert main(["deals", "--db", db, "--status-now", "cancelled", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # the terminal is cancelled in June
    assert main(["track", "--db", db, "--as-of", "2025-07-31", "--no-deliver"]) == 0
    capsys.readouterr()
    assert main(["deals", "--db", db, "--status-now", "cancelled", "--json"]) == 0
    cancelled = json.loads(capsys.readouterr().out)
    assert cancelled and {d["status_now"] for d in cancelled} == {"cancelled"}
    monkeypatch.setenv("DRAGOMAN_TODAY", "2025-06-10")
    assert main(["pledges", "--db", db, "--due", "next_30_days", "--json"]) == 0
    soon = json.loads(capsys.readouterr().out)
    assert [(p["actor"], p["due"], p["days_left"]) for p in soon] == [("Tomas Okafor", "2025-06-30", 20)]
    assert main(["pledges", "--db", db, "--due", "overdue", "--json"]) == 0
    assert [(p["actor"], p["days_left"]) for p in json.loads(capsys.readouterr().out)] == [("Peru", -71)]
    assert main(["pledges", "--db", db, "--due", "overdue"]) == 0
    table = capsys.readouterr().out
    assert "DAYS LEFT" in table and "-71" in table
    assert main(["pledges", "--db", db, "--due", "someday"]) == 2
