"""The ledger views as tables that fit the terminal or JSON arrays, and exports."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dragoman.cli import main
from dragoman.cli.views import VIEWS
from dragoman.store import Store
from tests.store.scenario import fisheries, port_first, port_second, wire_copy


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with Store.open(url) as store:
        for item in (port_first(), port_second(), wire_copy(), fisheries()):
            store.ingest(item)
    yield url


@pytest.mark.parametrize("view", [v.name for v in VIEWS])
def test_every_view_prints_a_table_that_fits_the_terminal(view: str, db: str, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    assert main([view, "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 3
    assert max(len(line) for line in lines[:-1]) <= 72


@pytest.mark.parametrize("view", [v.name for v in VIEWS])
def test_every_view_prints_a_json_array_of_objects(view: str, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([view, "--db", db, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list) and rows and all(isinstance(r, dict) and "id" in r for r in rows)


def test_views_filter_and_page(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deals", "--db", db, "--country", "XES", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["quotes", "--db", db, "--min-outlets", "2", "--json"]) == 0
    assert [q["outlets"] for q in json.loads(capsys.readouterr().out)] == [2]
    assert main(["entities", "--db", db, "--limit", "2"]) == 0
    assert "(more with --offset)" in capsys.readouterr().out


def test_a_bad_date_is_one_line_saying_the_format(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deals", "--db", db, "--since", "2025-13"]) == 2
    err = capsys.readouterr().err
    assert "--since '2025-13' is not a date" in err and "YYYY-MM-DD" in err


@pytest.mark.parametrize("kind", ["articles", "stories", "deals", "pledges", "quotes", "events", "entities",
                                  "discrepancies"])
def test_export_writes_every_kind_in_every_format(kind: str, db: str, tmp_path: Path) -> None:
    jsonl, table, parquet = tmp_path / "x.jsonl", tmp_path / "x.csv", tmp_path / "x.parquet"
    assert main(["export", kind, "--format", "jsonl", "-o", str(jsonl), "--db", db]) == 0
    assert main(["export", kind, "--format", "csv", "-o", str(table), "--db", db]) == 0
    assert main(["export", kind, "--format", "parquet", "-o", str(parquet), "--db", db]) == 0
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    with table.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(lines) == pq.read_table(parquet).num_rows
    if lines:
        assert [str(r["id"]) for r in lines] == [r["id"] for r in rows]
