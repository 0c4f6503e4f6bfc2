"""Tracking in the narrow rows: a merged deal's status now and binding (``deal_terms``), a merged
pledge's state and due day (``pledge_terms``), so the ledger and the pledge board filter on them.

Revision ID: 0006_tracked_terms
Revises: 0005_watch
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_tracked_terms"
down_revision = "0005_watch"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.add_column("deal_terms", sa.Column("tracked_id", Id, nullable=True))
    op.add_column("deal_terms", sa.Column("status_now", sa.String(length=40), nullable=True))
    op.add_column("deal_terms", sa.Column("binding_now", sa.Boolean(), nullable=True))
    op.create_index(op.f("ix_deal_terms_status_now"), "deal_terms", ["status_now"], unique=False)
    op.create_table(
        "pledge_terms",
        sa.Column("merged_id", Id, nullable=False),
        sa.Column("tracked_id", Id, nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("made", sa.String(length=10), nullable=True),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("fulfilled_on", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(["merged_id"], ["merged_items.id"],
                                name=op.f("fk_pledge_terms_merged_id_merged_items"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("merged_id", name=op.f("pk_pledge_terms")),
    )
    op.create_index(op.f("ix_pledge_terms_state_due"), "pledge_terms", ["state", "due"], unique=False)
    op.create_index(op.f("ix_pledge_terms_due"), "pledge_terms", ["due"], unique=False)
    from dragoman.store.tracked_terms import refresh_tracked_terms

    refresh_tracked_terms(op.get_bind())


def downgrade() -> None:
    op.drop_table("pledge_terms")
    op.drop_index(op.f("ix_deal_terms_status_now"), table_name="deal_terms")
    for column in ("binding_now", "status_now", "tracked_id"):
        op.drop_column("deal_terms", column)
