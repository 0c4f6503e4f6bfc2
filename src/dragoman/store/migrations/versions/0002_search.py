"""Full-text search over articles and extracted items.

SQLite: one FTS5 table ``search_index`` (porter stemming, diacritics folded), kept in step with
``articles`` and the four item tables by triggers; its rowid is ``id * 8 + kind code`` (article
0, event 1, deal 2, pledge 3, quote 4). PostgreSQL: GIN indexes on ``to_tsvector('english', ...)``
of the same texts, queried by ``store/search.py`` with the very same expressions.

Revision ID: 0002_search
Revises: 0001
Create Date: 2026-01-02
"""

from __future__ import annotations

from alembic import op

revision = "0002_search"
down_revision = "0001"
branch_labels = None
depends_on = None

# table -> (kind code, title expression, body expression), in the words of each table's columns
SOURCES = {
    "articles": (0, "coalesce({t}.title, '')", "{t}.body", "title, body"),
    "events": (1, "coalesce({t}.summary, '') || ' ' || coalesce({t}.location, '')", "{t}.evidence",
               "summary, location, evidence"),
    "deals": (2, "coalesce({t}.commodity, '') || ' ' || coalesce({t}.sector, '')", "{t}.evidence",
              "commodity, sector, evidence"),
    "pledges": (3, "{t}.actor || ' ' || {t}.action", "{t}.evidence", "actor, action, evidence"),
    "quotes": (4, "coalesce({t}.speaker, '')", "{t}.evidence", "speaker, evidence"),
}


def _sqlite_upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE search_index USING fts5("
               "title, body, tokenize = 'porter unicode61 remove_diacritics 2')")
    for table, (code, title, body, columns) in SOURCES.items():
        row = f"{{t}}.id * 8 + {code}, {title}, {body}"
        new = row.format(t="new")
        op.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO search_index (rowid, title, body) VALUES ({new}); END")
        op.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN "
                   f"DELETE FROM search_index WHERE rowid = old.id * 8 + {code}; END")
        op.execute(f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {columns} ON {table} BEGIN "
                   f"DELETE FROM search_index WHERE rowid = old.id * 8 + {code}; "
                   f"INSERT INTO search_index (rowid, title, body) VALUES ({new}); END")
        op.execute(f"INSERT INTO search_index (rowid, title, body) SELECT {row.format(t=table)} FROM {table}")


def _postgres_upgrade() -> None:
    for table, (_code, title, body, _columns) in SOURCES.items():
        text = f"{title.format(t=table)} || ' ' || {body.format(t=table)}"
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin (to_tsvector('english', {text}))")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        _postgres_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in SOURCES:
            for when in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{when}")
        op.execute("DROP TABLE IF EXISTS search_index")
    else:
        for table in SOURCES:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
