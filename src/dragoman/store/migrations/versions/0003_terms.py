"""deal_terms and event_terms: narrow rows beside merged deals and events, for the ledger and timeline.

Filled for the merged items already stored (see store/terms.py); new ones get theirs when their
story is merged.

Revision ID: 0003_terms
Revises: 0002_search
Create Date: 2026-01-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_terms"
down_revision = "0002_search"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "deal_terms",
        sa.Column("merged_id", Id, nullable=False),
        sa.Column("story_id", Id, nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("first_reported", sa.String(length=10), nullable=True),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("outlet_count", sa.Integer(), nullable=False),
        sa.Column("value_amount", sa.Float(), nullable=True),
        sa.Column("value_currency", sa.String(length=8), nullable=True),
        sa.Column("value_qualifier", sa.String(length=40), nullable=True),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("commodity", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("binding", sa.Boolean(), nullable=True),
        sa.Column("commodities", sa.Text(), nullable=True),
        sa.Column("statuses", sa.Text(), nullable=True),
        sa.Column("parties", sa.Text(), nullable=True),
        sa.Column("financiers", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["merged_id"], ["merged_items.id"], name=op.f("fk_deal_terms_merged_id_merged_items"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("merged_id", name=op.f("pk_deal_terms")),
    )
    op.create_index(op.f("ix_deal_terms_story_id"), "deal_terms", ["story_id"], unique=False)
    op.create_index(op.f("ix_deal_terms_country"), "deal_terms", ["country"], unique=False)
    op.create_index(op.f("ix_deal_terms_first_reported"), "deal_terms", ["first_reported"], unique=False)
    op.create_table(
        "event_terms",
        sa.Column("merged_id", Id, nullable=False),
        sa.Column("story_id", Id, nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("first_reported", sa.String(length=10), nullable=True),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("outlet_count", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("kinds", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["merged_id"], ["merged_items.id"],
                                name=op.f("fk_event_terms_merged_id_merged_items"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("merged_id", name=op.f("pk_event_terms")),
    )
    op.create_index(op.f("ix_event_terms_story_id"), "event_terms", ["story_id"], unique=False)
    op.create_index(op.f("ix_event_terms_date"), "event_terms", ["date"], unique=False)
    from dragoman.store.terms import refresh_terms

    refresh_terms(op.get_bind(), tracking=False)


def downgrade() -> None:
    op.drop_table("event_terms")
    op.drop_table("deal_terms")
