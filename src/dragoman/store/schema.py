"""The ledger's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Migrations in ``store/migrations/versions`` build exactly this schema; a test compares them.

articles ── mentions ── entities ── entity_keys        (who: resolved across articles)
   │  └──── events / deals / pledges / quotes           (what: each with extractor and evidence)
   ├─ article_bands                                     (near-duplicate lookup)
   └─ stories ── story_keys                             (incremental clustering)
          ├─ merged_items ── merged_members            (one thing across articles)
          │        └─ deal_terms, event_terms, pledge_terms   (narrow rows for the ledger, timeline, board)
          └─ discrepancies                              (sources that disagree)
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

Json = JSON().with_variant(JSONB(), "postgresql")
Id = BigInteger().with_variant(Integer(), "sqlite")  # SQLite row ids must be INTEGER to autoincrement


def _id() -> Column[int]:
    return Column("id", Id, primary_key=True, autoincrement=True)


def _article_fk(nullable: bool = False) -> Column[int]:
    return Column("article_id", Id, ForeignKey("articles.id", ondelete="CASCADE"), nullable=nullable, index=True)


stories = Table(
    "stories", metadata, _id(),
    Column("title", Text),
    Column("first_published", String(10)),
    Column("last_published", String(10)),
    Column("article_count", Integer, nullable=False, default=0),
    Column("outlet_count", Integer, nullable=False, default=0),
    Column("profile", Json, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index(None, "last_published"),
)

story_keys = Table(
    "story_keys", metadata,
    Column("key", String(200), primary_key=True),
    Column("bucket", Integer, primary_key=True),
    Column("story_id", Id, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Index(None, "story_id"),
)

articles = Table(
    "articles", metadata, _id(),
    Column("key", String(64), nullable=False, unique=True),  # sha1 of the url, else of the source
    Column("content_hash", String(64), nullable=False, index=True),  # records.Article.id
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", String(300), index=True),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("language", String(16)),
    Column("body", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("extractors", Json, nullable=False),  # {name: "name@version"} that produced the items
    Column("story_id", Id, ForeignKey("stories.id", ondelete="SET NULL"), index=True),
    Column("duplicate_of", Id, ForeignKey("articles.id", ondelete="SET NULL"), index=True),
    Column("duplicate_similarity", Float),
    Column("signature", LargeBinary),
    Column("profile", Json),
)

article_bands = Table(
    "article_bands", metadata,
    Column("band", BigInteger, primary_key=True),
    Column("article_id", Id, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Index(None, "article_id"),
)

entities = Table(
    "entities", metadata, _id(),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False, index=True),
    Column("country", String(8), index=True),
    Column("names", Json, nullable=False),  # every form seen
    Column("mention_count", Integer, nullable=False, default=0),
    Column("article_count", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

entity_keys = Table(
    "entity_keys", metadata,
    Column("key", String(200), primary_key=True),
    Column("entity_id", Id, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Index(None, "entity_id"),
)

mentions = Table(
    "mentions", metadata, _id(), _article_fk(),
    Column("entity_id", Id, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("title", Text),
    Column("country", String(8)),
    Column("aliases", Json, nullable=False),
    Column("count", Integer, nullable=False, default=1),
    Column("extractor", String(80)),
    Column("span_start", Integer),
    Column("span_end", Integer),
)


def _item_table(name: str, *columns: Column[object] | Index) -> Table:
    """An extracted item: its article, extractor name@version, evidence and offsets, and its record."""
    return Table(
        name, metadata, _id(), _article_fk(),
        Column("position", Integer, nullable=False),
        Column("extractor", String(80), index=True),
        Column("evidence", Text, nullable=False),
        Column("span_start", Integer),
        Column("span_end", Integer),
        Column("data", Json, nullable=False),  # the whole record, as extracted
        *columns,
    )


events = _item_table(
    "events",
    Column("kind", String(20), nullable=False, index=True),
    Column("date", String(10), index=True),
    Column("date_text", Text),
    Column("location", Text),
    Column("summary", Text),
    Column("actors", Json, nullable=False),
)

deals = _item_table(
    "deals",
    Column("country", String(8), index=True),
    Column("commodity", String(200), index=True),
    Column("sector", String(200)),
    Column("status", String(40), index=True),
    Column("value_amount", Float),
    Column("value_currency", String(8)),
    Column("value_qualifier", String(40)),
    Column("parties", Json, nullable=False),
)

pledges = _item_table(
    "pledges",
    Column("actor", Text, nullable=False),
    Column("actor_entity_id", Id, ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    Column("action", Text, nullable=False),
    Column("deadline", String(10), index=True),
    Column("deadline_text", Text),
    Column("target", Json, nullable=False),
)

quotes = _item_table(
    "quotes",
    Column("speaker", Text),
    Column("speaker_entity_id", Id, ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    Column("text", Text, nullable=False),
)

ITEM_TABLES = {"event": events, "deal": deals, "pledge": pledges, "quote": quotes}

merged_items = Table(
    "merged_items", metadata, _id(),
    Column("story_id", Id, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(10), nullable=False, index=True),
    Column("label", Text, nullable=False),
    Column("country", String(8), index=True),
    Column("first_reported", String(10), index=True),
    Column("first_article_id", Id, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("article_count", Integer, nullable=False),
    Column("outlet_count", Integer, nullable=False),
    Column("fields", Json, nullable=False),
    Column("entities", Json, nullable=False),
    Index(None, "kind", "first_reported"),  # lists of one kind by date, activity per day (0004)
    Index(None, "kind", "outlet_count"),  # lists of one kind by outlets: the quote wall (0004)
)

merged_members = Table(
    "merged_members", metadata,
    Column("merged_id", Id, ForeignKey("merged_items.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", Id, primary_key=True),
    Column("article_id", Id, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
)

merged_entities = Table(
    "merged_entities", metadata,
    Column("merged_id", Id, ForeignKey("merged_items.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", Id, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Index(None, "entity_id"),
)

deal_terms = Table(  # one row per merged deal: its terms, narrow rows for the ledger (store/terms.py)
    "deal_terms", metadata,
    Column("merged_id", Id, ForeignKey("merged_items.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", Id, nullable=False, index=True),
    Column("label", Text, nullable=False),
    Column("country", String(8), index=True),
    Column("first_reported", String(10), index=True),
    Column("article_count", Integer, nullable=False),
    Column("outlet_count", Integer, nullable=False),
    Column("value_amount", Float),  # the value most articles give
    Column("value_currency", String(8)),
    Column("value_qualifier", String(40)),  # "up to", "about" ...
    Column("value_text", Text),  # as shown: "up to USD 250 million"
    Column("commodity", String(200)),  # the commodity most articles give
    Column("status", String(40)),
    Column("binding", Boolean),  # False when an article calls it a memorandum or letter; True when one says it binds
    # every value reported, "|"-separated with "|" at both ends ("|copper|cobalt|"), filtered in lower case:
    Column("commodities", Text),
    Column("statuses", Text),
    Column("parties", Text),
    Column("financiers", Text),
    # tracking (store/tracked_terms.py): the tracked deal most of its reports belong to, its status now, and
    # whether it binds as tracking sees it (every report across the ledger), else as this story's articles say
    Column("tracked_id", Id),
    Column("status_now", String(40), index=True),
    Column("binding_now", Boolean),
)

pledge_terms = Table(  # one row per tracked merged pledge: its state and due day, for the pledge board (tracked_terms.py)
    "pledge_terms", metadata,
    Column("merged_id", Id, ForeignKey("merged_items.id", ondelete="CASCADE"), primary_key=True),
    Column("tracked_id", Id, nullable=False),
    Column("state", String(20), nullable=False),
    Column("made", String(10)),
    Column("due", String(10), index=True),  # the last day of the deadline (YYYY-MM-DD)
    Column("fulfilled_on", String(10)),
    Index(None, "state", "due"),  # a state's pledges; the board's counts by state and deadline, from the index
)

event_terms = Table(  # one row per merged event: when it happened, for the timeline (store/terms.py)
    "event_terms", metadata,
    Column("merged_id", Id, ForeignKey("merged_items.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", Id, nullable=False, index=True),
    Column("label", Text, nullable=False),
    Column("country", String(8)),
    Column("first_reported", String(10)),
    Column("article_count", Integer, nullable=False),
    Column("outlet_count", Integer, nullable=False),
    Column("date", String(10), index=True),  # the earliest date its articles give (YYYY, YYYY-MM or YYYY-MM-DD)
    Column("kinds", Text),  # every kind its articles give: "|meeting|visit|"
)

discrepancies = Table(
    "discrepancies", metadata, _id(),
    Column("story_id", Id, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("merged_id", Id, ForeignKey("merged_items.id", ondelete="CASCADE"), index=True),
    Column("entity_id", Id, ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    Column("kind", String(10), nullable=False, index=True),
    Column("field", String(40), nullable=False),
    Column("subject", Text, nullable=False),
    Column("severity", String(12), nullable=False, index=True),
    Column("note", Text, nullable=False),
    Column("sides", Json, nullable=False),
    Column("article_count", Integer, nullable=False, index=True),  # most reported first (0004)
)

# -- watching sources (dragoman watch) and HTTP validators (conditional GET) ----------------------------
# Keys are SHA-1 hex digests of URLs (and of item keys): URLs can be longer than an index allows.

watch_sources = Table(
    "watch_sources", metadata,
    Column("url_hash", String(40), primary_key=True),
    Column("url", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("polled_at", DateTime(timezone=True), nullable=False),
    Column("status", String(40), nullable=False),  # fetched | not_modified | a failure reason
    Column("polls", Integer, nullable=False, default=0),
)

watch_items = Table(
    "watch_items", metadata, _id(),
    Column("source_hash", String(40), nullable=False),
    Column("item_hash", String(40), nullable=False),
    Column("item_key", Text, nullable=False),  # guid, else link
    Column("url", Text),
    Column("status", String(40), nullable=False),  # new | updated | unchanged | a rejection reason
    Column("done", Boolean, nullable=False),  # False: failed for a passing reason, tried again
    Column("attempts", Integer, nullable=False),
    Column("article_id", Id, ForeignKey("articles.id", ondelete="SET NULL"), index=True),
    Column("first_seen_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("source_hash", "item_hash"),
)

http_validators = Table(
    "http_validators", metadata,
    Column("url_hash", String(40), primary_key=True),
    Column("url", Text, nullable=False),
    Column("etag", Text),
    Column("last_modified", String(100)),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# Tracking over time (dragoman.track): one row per deal and per pledge across the whole ledger, the items
# behind each, the runs that computed them, and watchlists with their deliveries.
#
# deals ── tracked_deal_items ── tracked_deals          pledges ── tracked_pledge_items ── tracked_pledges
# watchlists ── deliveries                               track_runs

tracked_deals = Table(
    "tracked_deals", metadata, _id(),
    Column("key", String(200), nullable=False, index=True),  # the first report: article key and position
    Column("label", Text, nullable=False),
    Column("country", String(8), index=True),
    Column("commodity", String(200), index=True),
    Column("sector", String(200)),
    Column("status", String(40), index=True),
    Column("binding", Boolean),
    Column("first_reported", String(10), index=True),
    Column("last_reported", String(10)),
    Column("report_count", Integer, nullable=False),
    Column("data", Json, nullable=False),  # parties, value, financing, history, committed
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

tracked_deal_items = Table(
    "tracked_deal_items", metadata,
    Column("deal_id", Id, ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True),
    Column("tracked_id", Id, ForeignKey("tracked_deals.id", ondelete="CASCADE"), nullable=False, index=True),
)

tracked_pledges = Table(
    "tracked_pledges", metadata, _id(),
    Column("key", String(200), nullable=False, index=True),
    Column("actor", Text, nullable=False),
    Column("actor_entity_id", Id, ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    Column("action", Text, nullable=False),
    Column("state", String(20), nullable=False, index=True),
    Column("made", String(10), index=True),
    Column("due", String(10), index=True),
    Column("fulfilled_on", String(10)),
    Column("as_of", String(10), nullable=False),
    Column("report_count", Integer, nullable=False),
    Column("data", Json, nullable=False),  # deadline, progress, evidence, reports
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

tracked_pledge_items = Table(
    "tracked_pledge_items", metadata,
    Column("pledge_id", Id, ForeignKey("pledges.id", ondelete="CASCADE"), primary_key=True),
    Column("tracked_id", Id, ForeignKey("tracked_pledges.id", ondelete="CASCADE"), nullable=False, index=True),
)

track_runs = Table(
    "track_runs", metadata, _id(),
    Column("as_of", String(10), nullable=False),
    Column("ran_at", DateTime(timezone=True), nullable=False),
    Column("summary", Json, nullable=False),
)

watchlists = Table(
    "watchlists", metadata, _id(),
    Column("name", String(100), nullable=False, unique=True),
    Column("entity", Text),
    Column("country", String(8)),
    Column("commodity", String(200)),
    Column("kind", String(10)),
    Column("webhook", Text),
    Column("file", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

deliveries = Table(
    "deliveries", metadata, _id(),
    Column("watchlist_id", Id, ForeignKey("watchlists.id", ondelete="CASCADE"), nullable=False),
    Column("target", String(10), nullable=False),  # webhook | file
    Column("item_key", String(200), nullable=False),  # "deal:12", "pledge:3", "quote:<article key>:<position>"
    Column("fingerprint", String(64), nullable=False),  # what the item looked like when queued
    Column("change", String(10), nullable=False),  # new | changed | baseline
    Column("payload", Json, nullable=False),
    Column("status", String(12), nullable=False, index=True),  # pending | delivered | failed | baseline
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("next_attempt_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("delivered_at", DateTime(timezone=True)),
    Index(None, "watchlist_id", "target", "item_key", "fingerprint", unique=True),
)
