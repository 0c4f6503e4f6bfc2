"""Tracking over time: tracked deals and pledges with their items, track runs, watchlists, deliveries.

Revision ID: 0003_tracking
Revises: 0003_terms
Create Date: 2026-01-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

revision = "0003_tracking"
down_revision = "0003_terms"
branch_labels = None
depends_on = None


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False)


def _ref(name: str, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(name, sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=nullable)


def _json(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"), nullable=False)


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "track_runs", _id(),
        sa.Column("as_of", sa.String(length=10), nullable=False),
        sa.Column("ran_at", sa.DateTime(timezone=True), nullable=False),
        _json("summary"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_track_runs")),
    )
    op.create_table(
        "tracked_deals", _id(),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("commodity", sa.String(length=200), nullable=True),
        sa.Column("sector", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("binding", sa.Boolean(), nullable=True),
        sa.Column("first_reported", sa.String(length=10), nullable=True),
        sa.Column("last_reported", sa.String(length=10), nullable=True),
        sa.Column("report_count", sa.Integer(), nullable=False),
        _json("data"),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracked_deals")),
    )
    _indexes("tracked_deals", "commodity", "country", "first_reported", "key", "status")
    op.create_table(
        "watchlists", _id(),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("commodity", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=True),
        sa.Column("webhook", sa.Text(), nullable=True),
        sa.Column("file", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watchlists")),
        sa.UniqueConstraint("name", name=op.f("uq_watchlists_name")),
    )
    op.create_table(
        "deliveries", _id(), _ref("watchlist_id"),
        sa.Column("target", sa.String(length=10), nullable=False),
        sa.Column("item_key", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("change", sa.String(length=10), nullable=False),
        _json("payload"),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["watchlist_id"], ["watchlists.id"], name=op.f("fk_deliveries_watchlist_id_watchlists"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
    )
    _indexes("deliveries", "status")
    op.create_index(op.f("ix_deliveries_watchlist_id_target_item_key_fingerprint"), "deliveries",
                    ["watchlist_id", "target", "item_key", "fingerprint"], unique=True)
    op.create_table(
        "tracked_pledges", _id(),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        _ref("actor_entity_id", nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("made", sa.String(length=10), nullable=True),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("fulfilled_on", sa.String(length=10), nullable=True),
        sa.Column("as_of", sa.String(length=10), nullable=False),
        sa.Column("report_count", sa.Integer(), nullable=False),
        _json("data"),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["actor_entity_id"], ["entities.id"],
                                name=op.f("fk_tracked_pledges_actor_entity_id_entities"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracked_pledges")),
    )
    _indexes("tracked_pledges", "actor_entity_id", "due", "key", "made", "state")
    for table, item, items in (("tracked_deal_items", "deal_id", "deals"),
                               ("tracked_pledge_items", "pledge_id", "pledges")):
        parent = table.replace("_items", "s")
        op.create_table(
            table, _ref(item), _ref("tracked_id"),
            sa.ForeignKeyConstraint([item], [f"{items}.id"], name=op.f(f"fk_{table}_{item}_{items}"), ondelete="CASCADE"),
            sa.ForeignKeyConstraint(["tracked_id"], [f"{parent}.id"], name=op.f(f"fk_{table}_tracked_id_{parent}"),
                                    ondelete="CASCADE"),
            sa.PrimaryKeyConstraint(item, name=op.f(f"pk_{table}")),
        )
        _indexes(table, "tracked_id")


def downgrade() -> None:
    for table in ("tracked_pledge_items", "tracked_deal_items", "tracked_pledges", "deliveries", "watchlists",
                  "tracked_deals", "track_runs"):
        op.drop_table(table)
