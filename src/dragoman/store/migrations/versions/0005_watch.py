"""Watching sources: polled sources, the items seen, and HTTP validators for conditional GET.

Revision ID: 0005_watch
Revises: 0004_list_indexes
Create Date: 2026-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_watch"
down_revision = "0004_list_indexes"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "http_validators",
        sa.Column("url_hash", sa.String(length=40), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.String(length=100), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("url_hash", name=op.f("pk_http_validators")),
    )
    op.create_table(
        "watch_sources",
        sa.Column("url_hash", sa.String(length=40), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("polled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("polls", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("url_hash", name=op.f("pk_watch_sources")),
    )
    op.create_table(
        "watch_items",
        sa.Column("id", Id, autoincrement=True, nullable=False),
        sa.Column("source_hash", sa.String(length=40), nullable=False),
        sa.Column("item_hash", sa.String(length=40), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("article_id", Id, nullable=True),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_watch_items_article_id_articles"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_items")),
        sa.UniqueConstraint("source_hash", "item_hash", name=op.f("uq_watch_items_source_hash_item_hash")),
    )
    op.create_index(op.f("ix_watch_items_article_id"), "watch_items", ["article_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_watch_items_article_id"), table_name="watch_items")
    op.drop_table("watch_items")
    op.drop_table("watch_sources")
    op.drop_table("http_validators")
