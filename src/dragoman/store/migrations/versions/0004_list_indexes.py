"""Indexes for the lists and the overview: merged items of one kind by date or by outlets,
discrepancies by how many articles report them.

Without them a list of pledges or quotes, the activity per day on the overview and the
discrepancies page sort every (large) row of their table: 30 to 80 ms at 100k items.

Revision ID: 0004_list_indexes
Revises: 0003_tracking
Create Date: 2026-01-04
"""

from __future__ import annotations

from alembic import op

revision = "0004_list_indexes"
down_revision = "0003_tracking"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_merged_items_kind_first_reported", "merged_items", ["kind", "first_reported"]),
    ("ix_merged_items_kind_outlet_count", "merged_items", ["kind", "outlet_count"]),
    ("ix_discrepancies_article_count", "discrepancies", ["article_count"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(op.f(name), table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(op.f(name), table_name=table)
