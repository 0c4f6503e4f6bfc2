"""The ledger's first schema: articles, entities, items, stories, merged items, discrepancies.

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column(
            "names",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("mention_count", sa.Integer(), nullable=False),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entities")),
    )
    op.create_index(op.f("ix_entities_country"), "entities", ["country"], unique=False)
    op.create_index(op.f("ix_entities_type"), "entities", ["type"], unique=False)
    op.create_table(
        "stories",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("first_published", sa.String(length=10), nullable=True),
        sa.Column("last_published", sa.String(length=10), nullable=True),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("outlet_count", sa.Integer(), nullable=False),
        sa.Column(
            "profile",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
    )
    op.create_index(op.f("ix_stories_last_published"), "stories", ["last_published"], unique=False)
    op.create_table(
        "articles",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(length=300), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "extractors",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("story_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("duplicate_of", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("duplicate_similarity", sa.Float(), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.Column(
            "profile",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["duplicate_of"],
            ["articles.id"],
            name=op.f("fk_articles_duplicate_of_articles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_articles_story_id_stories"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("key", name=op.f("uq_articles_key")),
    )
    op.create_index(op.f("ix_articles_content_hash"), "articles", ["content_hash"], unique=False)
    op.create_index(op.f("ix_articles_duplicate_of"), "articles", ["duplicate_of"], unique=False)
    op.create_index(op.f("ix_articles_outlet"), "articles", ["outlet"], unique=False)
    op.create_index(op.f("ix_articles_published"), "articles", ["published"], unique=False)
    op.create_index(op.f("ix_articles_story_id"), "articles", ["story_id"], unique=False)
    op.create_table(
        "entity_keys",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("entity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_entity_keys_entity_id_entities"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("key", "entity_id", name=op.f("pk_entity_keys")),
    )
    op.create_index(op.f("ix_entity_keys_entity_id"), "entity_keys", ["entity_id"], unique=False)
    op.create_table(
        "story_keys",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_story_keys_story_id_stories"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("key", "bucket", "story_id", name=op.f("pk_story_keys")),
    )
    op.create_index(op.f("ix_story_keys_story_id"), "story_keys", ["story_id"], unique=False)
    op.create_table(
        "article_bands",
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_bands_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band", "article_id", name=op.f("pk_article_bands")),
    )
    op.create_index(op.f("ix_article_bands_article_id"), "article_bands", ["article_id"], unique=False)
    op.create_table(
        "deals",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("extractor", sa.String(length=80), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column(
            "data", sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"), nullable=False
        ),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("commodity", sa.String(length=200), nullable=True),
        sa.Column("sector", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=True),
        sa.Column("value_amount", sa.Float(), nullable=True),
        sa.Column("value_currency", sa.String(length=8), nullable=True),
        sa.Column("value_qualifier", sa.String(length=40), nullable=True),
        sa.Column(
            "parties",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_deals_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )
    op.create_index(op.f("ix_deals_article_id"), "deals", ["article_id"], unique=False)
    op.create_index(op.f("ix_deals_commodity"), "deals", ["commodity"], unique=False)
    op.create_index(op.f("ix_deals_country"), "deals", ["country"], unique=False)
    op.create_index(op.f("ix_deals_extractor"), "deals", ["extractor"], unique=False)
    op.create_index(op.f("ix_deals_status"), "deals", ["status"], unique=False)
    op.create_table(
        "events",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("extractor", sa.String(length=80), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column(
            "data", sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"), nullable=False
        ),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column(
            "actors",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_events_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_index(op.f("ix_events_article_id"), "events", ["article_id"], unique=False)
    op.create_index(op.f("ix_events_date"), "events", ["date"], unique=False)
    op.create_index(op.f("ix_events_extractor"), "events", ["extractor"], unique=False)
    op.create_index(op.f("ix_events_kind"), "events", ["kind"], unique=False)
    op.create_table(
        "mentions",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("entity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column(
            "aliases",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("extractor", sa.String(length=80), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_mentions_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_mentions_entity_id_entities"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentions")),
    )
    op.create_index(op.f("ix_mentions_article_id"), "mentions", ["article_id"], unique=False)
    op.create_index(op.f("ix_mentions_entity_id"), "mentions", ["entity_id"], unique=False)
    op.create_table(
        "merged_items",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("story_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("first_reported", sa.String(length=10), nullable=True),
        sa.Column("first_article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("outlet_count", sa.Integer(), nullable=False),
        sa.Column(
            "fields",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "entities",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["first_article_id"],
            ["articles.id"],
            name=op.f("fk_merged_items_first_article_id_articles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_merged_items_story_id_stories"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merged_items")),
    )
    op.create_index(op.f("ix_merged_items_country"), "merged_items", ["country"], unique=False)
    op.create_index(op.f("ix_merged_items_first_reported"), "merged_items", ["first_reported"], unique=False)
    op.create_index(op.f("ix_merged_items_kind"), "merged_items", ["kind"], unique=False)
    op.create_index(op.f("ix_merged_items_story_id"), "merged_items", ["story_id"], unique=False)
    op.create_table(
        "pledges",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("extractor", sa.String(length=80), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column(
            "data", sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"), nullable=False
        ),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("actor_entity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("deadline", sa.String(length=10), nullable=True),
        sa.Column("deadline_text", sa.Text(), nullable=True),
        sa.Column(
            "target",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["actor_entity_id"],
            ["entities.id"],
            name=op.f("fk_pledges_actor_entity_id_entities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_pledges_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledges")),
    )
    op.create_index(op.f("ix_pledges_actor_entity_id"), "pledges", ["actor_entity_id"], unique=False)
    op.create_index(op.f("ix_pledges_article_id"), "pledges", ["article_id"], unique=False)
    op.create_index(op.f("ix_pledges_deadline"), "pledges", ["deadline"], unique=False)
    op.create_index(op.f("ix_pledges_extractor"), "pledges", ["extractor"], unique=False)
    op.create_table(
        "quotes",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("extractor", sa.String(length=80), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column(
            "data", sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"), nullable=False
        ),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("speaker_entity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_quotes_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["speaker_entity_id"],
            ["entities.id"],
            name=op.f("fk_quotes_speaker_entity_id_entities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
    )
    op.create_index(op.f("ix_quotes_article_id"), "quotes", ["article_id"], unique=False)
    op.create_index(op.f("ix_quotes_extractor"), "quotes", ["extractor"], unique=False)
    op.create_index(op.f("ix_quotes_speaker_entity_id"), "quotes", ["speaker_entity_id"], unique=False)
    op.create_table(
        "discrepancies",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("story_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("merged_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("entity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "sides",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name=op.f("fk_discrepancies_entity_id_entities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"],
            ["merged_items.id"],
            name=op.f("fk_discrepancies_merged_id_merged_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_discrepancies_story_id_stories"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discrepancies")),
    )
    op.create_index(op.f("ix_discrepancies_entity_id"), "discrepancies", ["entity_id"], unique=False)
    op.create_index(op.f("ix_discrepancies_kind"), "discrepancies", ["kind"], unique=False)
    op.create_index(op.f("ix_discrepancies_merged_id"), "discrepancies", ["merged_id"], unique=False)
    op.create_index(op.f("ix_discrepancies_severity"), "discrepancies", ["severity"], unique=False)
    op.create_index(op.f("ix_discrepancies_story_id"), "discrepancies", ["story_id"], unique=False)
    op.create_table(
        "merged_entities",
        sa.Column("merged_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("entity_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name=op.f("fk_merged_entities_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"],
            ["merged_items.id"],
            name=op.f("fk_merged_entities_merged_id_merged_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("merged_id", "entity_id", name=op.f("pk_merged_entities")),
    )
    op.create_index(op.f("ix_merged_entities_entity_id"), "merged_entities", ["entity_id"], unique=False)
    op.create_table(
        "merged_members",
        sa.Column("merged_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("item_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_merged_members_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"],
            ["merged_items.id"],
            name=op.f("fk_merged_members_merged_id_merged_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("merged_id", "item_id", name=op.f("pk_merged_members")),
    )
    op.create_index(op.f("ix_merged_members_article_id"), "merged_members", ["article_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_merged_members_article_id"), table_name="merged_members")
    op.drop_table("merged_members")
    op.drop_index(op.f("ix_merged_entities_entity_id"), table_name="merged_entities")
    op.drop_table("merged_entities")
    op.drop_index(op.f("ix_discrepancies_story_id"), table_name="discrepancies")
    op.drop_index(op.f("ix_discrepancies_severity"), table_name="discrepancies")
    op.drop_index(op.f("ix_discrepancies_merged_id"), table_name="discrepancies")
    op.drop_index(op.f("ix_discrepancies_kind"), table_name="discrepancies")
    op.drop_index(op.f("ix_discrepancies_entity_id"), table_name="discrepancies")
    op.drop_table("discrepancies")
    op.drop_index(op.f("ix_quotes_speaker_entity_id"), table_name="quotes")
    op.drop_index(op.f("ix_quotes_extractor"), table_name="quotes")
    op.drop_index(op.f("ix_quotes_article_id"), table_name="quotes")
    op.drop_table("quotes")
    op.drop_index(op.f("ix_pledges_extractor"), table_name="pledges")
    op.drop_index(op.f("ix_pledges_deadline"), table_name="pledges")
    op.drop_index(op.f("ix_pledges_article_id"), table_name="pledges")
    op.drop_index(op.f("ix_pledges_actor_entity_id"), table_name="pledges")
    op.drop_table("pledges")
    op.drop_index(op.f("ix_merged_items_story_id"), table_name="merged_items")
    op.drop_index(op.f("ix_merged_items_kind"), table_name="merged_items")
    op.drop_index(op.f("ix_merged_items_first_reported"), table_name="merged_items")
    op.drop_index(op.f("ix_merged_items_country"), table_name="merged_items")
    op.drop_table("merged_items")
    op.drop_index(op.f("ix_mentions_entity_id"), table_name="mentions")
    op.drop_index(op.f("ix_mentions_article_id"), table_name="mentions")
    op.drop_table("mentions")
    op.drop_index(op.f("ix_events_kind"), table_name="events")
    op.drop_index(op.f("ix_events_extractor"), table_name="events")
    op.drop_index(op.f("ix_events_date"), table_name="events")
    op.drop_index(op.f("ix_events_article_id"), table_name="events")
    op.drop_table("events")
    op.drop_index(op.f("ix_deals_status"), table_name="deals")
    op.drop_index(op.f("ix_deals_extractor"), table_name="deals")
    op.drop_index(op.f("ix_deals_country"), table_name="deals")
    op.drop_index(op.f("ix_deals_commodity"), table_name="deals")
    op.drop_index(op.f("ix_deals_article_id"), table_name="deals")
    op.drop_table("deals")
    op.drop_index(op.f("ix_article_bands_article_id"), table_name="article_bands")
    op.drop_table("article_bands")
    op.drop_index(op.f("ix_story_keys_story_id"), table_name="story_keys")
    op.drop_table("story_keys")
    op.drop_index(op.f("ix_entity_keys_entity_id"), table_name="entity_keys")
    op.drop_table("entity_keys")
    op.drop_index(op.f("ix_articles_story_id"), table_name="articles")
    op.drop_index(op.f("ix_articles_published"), table_name="articles")
    op.drop_index(op.f("ix_articles_outlet"), table_name="articles")
    op.drop_index(op.f("ix_articles_duplicate_of"), table_name="articles")
    op.drop_index(op.f("ix_articles_content_hash"), table_name="articles")
    op.drop_table("articles")
    op.drop_index(op.f("ix_stories_last_published"), table_name="stories")
    op.drop_table("stories")
    op.drop_index(op.f("ix_entities_type"), table_name="entities")
    op.drop_index(op.f("ix_entities_country"), table_name="entities")
    op.drop_table("entities")
