"""Small SQL helpers that differ by backend: insert-or-ignore, the writer lock."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, CursorResult, Table, text
from sqlalchemy.dialects import postgresql, sqlite

WRITER_LOCK = 7_340_563  # PostgreSQL advisory lock id held by each ingest transaction


def insert_ignore(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows``, skipping those whose primary key is already there."""
    if not rows:
        return
    dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
    conn.execute(dialect.insert(table).on_conflict_do_nothing(), list(rows))


def lock_writers(conn: Connection) -> None:
    """Serialise writers on PostgreSQL as SQLite's BEGIN IMMEDIATE does (until the transaction ends)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": WRITER_LOCK})


def new_id(result: CursorResult[Any]) -> int:
    """The primary key an INSERT of one row created."""
    key = result.inserted_primary_key
    if key is None:  # pragma: no cover - every table here has an autoincrement id
        raise RuntimeError("the insert returned no primary key")
    return int(key[0])
