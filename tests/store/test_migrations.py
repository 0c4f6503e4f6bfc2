"""Migrations shipped in the package build exactly the schema the code declares, on both backends."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dragoman.errors import StoreError
from dragoman.store import Store
from dragoman.store.engine import database_url, head_revision, open_engine, upgrade
from dragoman.store.schema import metadata


def _declared(_obj: object, name: str | None, type_: str, _reflected: bool, _compare_to: object) -> bool:
    """Objects the table declarations describe: not the full-text index (FTS5 tables, GIN expression indexes)."""
    return not (name or "").startswith("search_index") and not (type_ == "index" and (name or "").endswith("_search"))


def test_migrations_build_the_declared_schema(db_url: str) -> None:
    engine = open_engine(db_url)
    try:
        assert upgrade(engine) == (None, head_revision())
        assert upgrade(engine) == (head_revision(), head_revision())  # a second run does nothing
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": _declared})
            diff = compare_metadata(context, metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_plain_postgresql_urls_use_psycopg() -> None:
    assert database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert database_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert database_url("sqlite:///x.db").drivername == "sqlite"


@pytest.mark.parametrize("url", ["mysql://u@h/db", "not a url"])
def test_unsupported_urls_say_what_to_use(url: str) -> None:
    with pytest.raises(StoreError) as error:
        database_url(url)
    assert "sqlite:///" in str(error.value)


def test_a_sqlite_file_in_a_missing_folder_is_an_error(tmp_path: object) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(f"sqlite:///{tmp_path}/no/such/dir/ledger.db")


def test_an_unreachable_server_is_a_store_error() -> None:
    from tests.pg import free_port

    with pytest.raises(StoreError, match="cannot open"):
        Store.open(f"postgresql://nobody@127.0.0.1:{free_port()}/none?connect_timeout=2")


def test_upgrading_a_tracked_ledger_fills_the_tracked_terms(db_url: str) -> None:
    import datetime as dt

    from alembic import command
    from sqlalchemy import text

    from dragoman.store.engine import _alembic_config
    from dragoman.store.ledger import DealFilter, list_deals
    from dragoman.store.queries import list_merged
    from dragoman.store.tracking import run_tracking
    from tests.store import tracking_scenario as scenario

    with Store.open(db_url) as store:
        for record in scenario.coverage():
            store.ingest(record)
        run_tracking(store, dt.date(2025, 8, 1))
    engine = open_engine(db_url)
    try:
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0005_watch")  # a ledger tracked before 0006
            assert conn.execute(text("SELECT count(*) FROM tracked_deals")).scalar_one() == 2
        assert upgrade(engine) == ("0005_watch", head_revision())
    finally:
        engine.dispose()
    with Store.open(db_url) as store:
        assert len(list_deals(store, DealFilter(status_now="cancelled")).items) == 2
        assert [p["actor"] for p in list_merged(store, "pledge", state="lapsed").items] == ["Pavel Roux"]
