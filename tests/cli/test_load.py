"""`dragoman load`: Parquet shards of a batch run into the ledger, idempotently."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dragoman.cli import main
from dragoman.ingest import RawDocument
from dragoman.pipeline import run_documents
from dragoman.records import Extraction
from dragoman.settings import Settings
from dragoman.shards import write_shard
from dragoman.store import Store
from dragoman.store.tracked import last_run
from tests.ingest.articles import ON_TOPIC, page_html


@pytest.fixture
def shards(tmp_path: Path, settings: Settings, nlp: Any) -> Path:
    raws = [RawDocument(source=f"crawl.warc.gz#{slug}", content=page_html(*pair), kind="html",
                        url=f"https://news.example.org/{slug}") for slug, pair in ON_TOPIC.items()]
    records = [r.dump() for r in run_documents(raws, settings, nlp=nlp) if isinstance(r, Extraction)]
    out = tmp_path / "run"
    write_shard(out, 0, records[:2])
    write_shard(out, 1, records[2:])
    write_shard(out, 2, [])
    return out


def count_articles(db: str) -> int:
    from sqlalchemy import func, select

    from dragoman.store.schema import articles

    with Store.open(db) as store, store.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())


def test_load_stores_every_record_once_and_again_changes_nothing(shards: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    assert main(["load", str(shards), "--db", db]) == 0
    assert f"{len(ON_TOPIC)} extracted, 0 updated, 0 unchanged" in capsys.readouterr().err
    assert main(["load", str(shards), "--db", db]) == 0
    assert f"0 extracted, 0 updated, {len(ON_TOPIC)} unchanged" in capsys.readouterr().err
    assert count_articles(db) == len(ON_TOPIC)


def test_load_recomputes_tracking_unless_told_not_to(shards: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_TODAY", "2026-05-01")
    plain, tracked = f"sqlite:///{tmp_path / 'plain.db'}", f"sqlite:///{tmp_path / 'tracked.db'}"
    assert main(["load", str(shards), "--db", plain, "--no-track"]) == 0
    assert "tracked as of" not in capsys.readouterr().err
    assert main(["load", str(shards), "--db", tracked]) == 0
    assert "tracked as of 2026-05-01" in capsys.readouterr().err
    with Store.open(plain) as store:
        assert last_run(store) is None
    with Store.open(tracked) as store:
        assert last_run(store)["as_of"] == "2026-05-01"  # type: ignore[index]


def test_damaged_shard_is_named_and_the_rest_is_loaded(shards: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    (shards / "records" / "part-00001.parquet").write_bytes(b"not parquet at all")
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    assert main(["load", str(shards), "--db", db]) == 1
    assert "bad_shard" in capsys.readouterr().err
    assert count_articles(db) == 2


def test_directory_without_shards_says_what_to_give(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'ledger.db'}"]) == 2
    assert "dragoman batch" in capsys.readouterr().err
