"""The ledger's reads: deal summaries, and merged members found by item.

``deal_summaries`` holds one row per merged deal with the terms the ledger filters, sorts and
sums on; it is filled here for the merged deals already stored (``store/deal_summary.py``),
then written with every story's merged items. ``merged_members`` gets an index on ``item_id``
(an article's page and search hits look up the merged item of each of their items).

Revision ID: 0003_ledger
Revises: 0002_search
Create Date: 2026-01-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_ledger"
down_revision = "0002_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from dragoman.store.deal_summary import summarize_all

    op.create_table(
        "deal_summaries",
        sa.Column("merged_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("story_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("first_reported", sa.String(length=10), nullable=True),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("outlet_count", sa.Integer(), nullable=False),
        sa.Column("value_amount", sa.Float(), nullable=True),
        sa.Column("value_currency", sa.String(length=8), nullable=True),
        sa.Column("commodity", sa.String(length=200), nullable=True),
        sa.Column("binding", sa.Boolean(), nullable=False),
        sa.Column("instrument", sa.Text(), nullable=True),
        sa.Column("commodities", sa.Text(), nullable=False),
        sa.Column("statuses", sa.Text(), nullable=False),
        sa.Column("financiers", sa.Text(), nullable=False),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["merged_id"], ["merged_items.id"],
                                name=op.f("fk_deal_summaries_merged_id_merged_items"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("merged_id", name=op.f("pk_deal_summaries")),
    )
    for column in ("story_id", "country", "first_reported", "value_amount"):
        op.create_index(op.f(f"ix_deal_summaries_{column}"), "deal_summaries", [column], unique=False)
    op.create_index(op.f("ix_merged_members_item_id"), "merged_members", ["item_id"], unique=False)
    summarize_all(op.get_bind())


def downgrade() -> None:
    op.drop_index(op.f("ix_merged_members_item_id"), table_name="merged_members")
    for column in ("story_id", "country", "first_reported", "value_amount"):
        op.drop_index(op.f(f"ix_deal_summaries_{column}"), table_name="deal_summaries")
    op.drop_table("deal_summaries")
