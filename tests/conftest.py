"""Shared fixtures: settings, the spaCy pipeline (loaded once), and the ../shared data when present."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dragoman.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(progress=False)


@pytest.fixture(scope="session")
def nlp(settings: Settings) -> Any:
    from dragoman.extract.nlp import load_nlp

    return load_nlp(settings.spacy_model)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's ../shared folder (seeds, gold, spec); tests that need it skip without it."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present beside the project")
    return SHARED


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    """One PostgreSQL server for the session (started on 127.0.0.1 by the tests themselves)."""
    from tests.pg import PostgresServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl): install postgresql or set PG_BIN")
    server = PostgresServer(bin_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each backend: a SQLite file, then a database on the session's server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    server = request.getfixturevalue("postgres_server")
    return str(server.create_database())
