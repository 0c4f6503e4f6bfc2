"""Opening a database: URL forms, engine settings per backend, and migrations on open.

Users give ``sqlite:///FILE`` or ``postgresql://user@host/db`` (``postgres://`` too); the
engine uses psycopg 3 for PostgreSQL. SQLite runs with foreign keys on, WAL journaling and a
busy timeout, and write transactions begin IMMEDIATE so that two writers wait in turn
instead of failing half-way.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from dragoman.errors import StoreError

BUSY_TIMEOUT_S = 60


def database_url(url: str) -> URL:
    """The SQLAlchemy URL for a user's database URL, or a ``StoreError`` saying what is wrong."""
    text = url.strip()
    for plain in ("postgres://", "postgresql://"):
        if text.startswith(plain):
            text = "postgresql+psycopg://" + text[len(plain):]
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise StoreError(f"{url!r} is not a database URL",
                         hint="use sqlite:///FILE or postgresql://USER@HOST/DB (setting db, DRAGOMAN_DB)") from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"database {parsed.get_backend_name()!r} in {url!r} is not supported",
                         hint="use sqlite:///FILE or postgresql://USER@HOST/DB")
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def open_engine(url: str) -> Engine:
    parsed = database_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed)
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        folder = Path(url.database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(f"the folder of the database file {url.database!r} does not exist",
                             hint=f"create {folder} first, or choose another sqlite:///FILE")
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("dragoman.store").joinpath("migrations")))
    config.attributes["connection"] = conn
    return config


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    config = _alembic_config(None)  # type: ignore[arg-type]
    return ScriptDirectory.from_config(config).get_current_head()


def upgrade(engine: Engine) -> tuple[str | None, str | None]:
    """Bring the schema to the newest migration; returns (revision before, revision after)."""
    from alembic import command

    try:
        with engine.connect() as conn:
            before = current_revision(conn)
        head = head_revision()
        if before == head:
            return before, head
        with engine.connect() as conn:
            conn.execution_options(immediate=True)
            with conn.begin():
                command.upgrade(_alembic_config(conn), "head")
        return before, head
    except OperationalError as exc:
        raise StoreError(f"cannot open the database {engine.url.render_as_string(hide_password=True)}: "
                         f"{exc.orig}", hint="check the URL, that the server runs and that you may connect") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate the database {engine.url.render_as_string(hide_password=True)}: {exc}",
                         hint="the database may belong to another program or a newer dragoman") from exc
