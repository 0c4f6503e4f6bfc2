"""Alembic environment: runs on the connection the store opened (see store/engine.py)."""

from __future__ import annotations

from alembic import context

from dragoman.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the store always passes its connection
    raise RuntimeError("run migrations through dragoman (dragoman db upgrade), not the alembic command")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=connection.dialect.name == "sqlite",
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
