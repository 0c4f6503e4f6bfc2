"""`dragoman ingest`, `reprocess` and `db upgrade` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.cli import main
from tests.ledger_records import person, record

LEDGER = Path(__file__).resolve().parents[1] / "fixtures" / "ledger"


def test_ingest_stores_pages_prints_a_summary_and_exits_one_on_rejected_input(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code = main(["ingest", str(LEDGER / "pipeline_a1.txt"), str(LEDGER / "pipeline_a2.txt"), str(empty), "--db", db])
    err = capsys.readouterr().err
    assert code == 1
    assert "2 extracted, 0 updated, 0 unchanged; 1 rejected (1 empty)" in err
    assert "empty.txt" in err and "[empty]" in err
    assert main(["ingest", str(LEDGER / "pipeline_a1.txt"), "--db", db]) == 0
    assert "0 extracted, 0 updated, 1 unchanged" in capsys.readouterr().err
    assert main(["stories", "--db", db, "--json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert [s["articles"] for s in stories] == [2]


def test_ingest_reads_extraction_records_and_rejects_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    records = tmp_path / "records.jsonl"
    good = record("A long enough article body about the opening of a new rail line between two towns, "
                  "which officials said would cut travel times in half.", source="rail.txt",
                  entities=[person("Marta Kowalczyk")])
    records.write_text(json.dumps(good.dump()) + "\n{\"article\": 3}\n", encoding="utf-8")
    assert main(["ingest", "--records", str(records), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "1 extracted" in err and "[bad_record]" in err


def test_reprocess_reruns_extractors_newer_than_the_stored_output(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    old = record((LEDGER / "trade_b1.txt").read_text(encoding="utf-8"), source="trade.txt", version=0,
                 entities=[person("Helena Voss", title="chair")], quotes=[("Helena Voss", "ambitious trade agreements")])
    records = tmp_path / "old.jsonl"
    records.write_text(json.dumps(old.dump()) + "\n", encoding="utf-8")
    assert main(["ingest", "--records", str(records), "--db", db, "--quiet"]) == 0
    assert main(["reprocess", "--db", db]) == 0
    assert "1 articles reprocessed" in capsys.readouterr().err
    assert main(["entities", "--db", db, "--json", "--limit", "1000"]) == 0
    entities = json.loads(capsys.readouterr().out)
    assert any(e["name"] == "Brasilia" or e["type"] == "country" for e in entities)  # the real entity extractor ran
    assert main(["reprocess", "--db", db]) == 0
    assert "0 articles reprocessed" in capsys.readouterr().err


def test_db_upgrade_migrates_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    assert main(["db", "upgrade", "--db", db]) == 0
    assert "empty ->" in capsys.readouterr().err
    assert main(["db", "upgrade", "--db", db]) == 0
    assert "already at" in capsys.readouterr().err


@pytest.mark.postgres
def test_ingest_accepts_a_plain_postgresql_url(postgres_server: object, capsys: pytest.CaptureFixture[str]) -> None:
    db = postgres_server.create_database()  # type: ignore[attr-defined]
    assert db.startswith("postgresql://")
    assert main(["ingest", str(LEDGER / "chips_c1.txt"), "--db", db]) == 0
    assert "1 extracted" in capsys.readouterr().err
