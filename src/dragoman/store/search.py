"""Full-text search over articles and extracted items (index built by migration 0002_search).

Every word of the query must match (stemmed: "signs" finds "signed"); hits are ranked by
relevance. SQLite reads the FTS5 table ``search_index``; PostgreSQL the GIN expression indexes,
through the same expressions the migration indexed. A hit names what matched (an article or
an item of one kind), the article it sits in, and a snippet split into plain and matched parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select, text

from dragoman.errors import InputError
from dragoman.store.provenance import merged_of
from dragoman.store.queries import MAX_LIMIT, Page
from dragoman.store.repository import Store
from dragoman.store.schema import ITEM_TABLES, articles

KIND_CODES = {"article": 0, "event": 1, "deal": 2, "pledge": 3, "quote": 4}
KINDS_OF = {code: kind for kind, code in KIND_CODES.items()}
START, STOP = "\x02", "\x03"  # snippet markers around matched words
_WORD = re.compile(r"\w+", re.UNICODE)
# PostgreSQL: the indexed text of each table, exactly as in migration 0002_search
_PG_TEXT = {
    "article": ("articles", "coalesce(articles.title, '') || ' ' || articles.body"),
    "event": ("events", "coalesce(events.summary, '') || ' ' || coalesce(events.location, '') || ' ' || events.evidence"),
    "deal": ("deals", "coalesce(deals.commodity, '') || ' ' || coalesce(deals.sector, '') || ' ' || deals.evidence"),
    "pledge": ("pledges", "pledges.actor || ' ' || pledges.action || ' ' || pledges.evidence"),
    "quote": ("quotes", "coalesce(quotes.speaker, '') || ' ' || quotes.evidence"),
}
_PG_SHOWN = {"article": "articles.body", "event": "events.evidence", "deal": "deals.evidence",
             "pledge": "pledges.evidence", "quote": "quotes.evidence"}


def query_words(q: str) -> list[str]:
    """The words of a query (punctuation and operators are not syntax: they are dropped)."""
    return _WORD.findall(q)[:32]


def search(store: Store, q: str, *, kind: str | None = None, limit: int = 20, offset: int = 0) -> Page:
    """Articles and items matching every word of ``q``, best first."""
    if kind is not None and kind not in KIND_CODES:
        raise InputError(f"cannot search for {kind!r}", hint=f"use one of {', '.join(KIND_CODES)}")
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit {limit} is out of range", hint=f"use 1 to {MAX_LIMIT}")
    if offset < 0:
        raise InputError(f"offset {offset} is negative", hint="use 0 or more")
    words = query_words(q)
    if not words:
        return Page(items=[], total=0, limit=limit, offset=offset)
    with store.reading() as conn:
        if conn.dialect.name == "sqlite":
            total, hits = _sqlite_hits(conn, words, kind, limit, offset)
        else:
            total, hits = _postgres_hits(conn, words, kind, limit, offset)
        items = _describe(conn, hits)
    return Page(items=items, total=total, limit=limit, offset=offset)


def _sqlite_hits(conn: Connection, words: list[str], kind: str | None, limit: int,
                 offset: int) -> tuple[int, list[tuple[str, int, str]]]:
    match = " ".join('"' + w.replace('"', "") + '"' for w in words)
    where = "search_index MATCH :match" + (" AND (rowid % 8) = :code" if kind else "")
    params: dict[str, Any] = {"match": match, "code": KIND_CODES.get(kind or "", 0)}
    total = conn.execute(text(f"SELECT count(*) FROM search_index WHERE {where}"), params).scalar_one()
    rows = conn.execute(text(
        f"SELECT rowid, snippet(search_index, 1, '{START}', '{STOP}', ' … ', 24) AS snip FROM search_index "
        f"WHERE {where} ORDER BY rank LIMIT :limit OFFSET :offset"), {**params, "limit": limit, "offset": offset}).all()
    return int(total), [(KINDS_OF[r.rowid % 8], r.rowid // 8, r.snip or "") for r in rows]


def _postgres_hits(conn: Connection, words: list[str], kind: str | None, limit: int,
                   offset: int) -> tuple[int, list[tuple[str, int, str]]]:
    parts = [f"SELECT '{k}' AS kind, {table}.id AS id, ts_rank(to_tsvector('english', {expr}), query) AS rank "
             f"FROM {table}, plainto_tsquery('english', :q) AS query "
             f"WHERE to_tsvector('english', {expr}) @@ query"
             for k, (table, expr) in _PG_TEXT.items() if kind in (None, k)]
    union = " UNION ALL ".join(parts)
    params = {"q": " ".join(words)}
    total = conn.execute(text(f"SELECT count(*) FROM ({union}) AS hits"), params).scalar_one()
    rows = conn.execute(text(f"SELECT kind, id FROM ({union}) AS hits ORDER BY rank DESC, kind, id "
                             "LIMIT :limit OFFSET :offset"), {**params, "limit": limit, "offset": offset}).all()
    hits = []
    for r in rows:
        table, _ = _PG_TEXT[r.kind]
        snip = conn.execute(text(
            f"SELECT ts_headline('english', {_PG_SHOWN[r.kind]}, plainto_tsquery('english', :q), "
            f"'StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2, "
            f"FragmentDelimiter=\" … \"') FROM {table} WHERE id = :id"), {**params, "id": r.id}).scalar()
        hits.append((str(r.kind), int(r.id), snip or ""))
    return int(total), hits


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """A marked snippet as parts: ``[{"text": ..., "match": bool}, ...]``."""
    parts: list[dict[str, Any]] = []
    for piece in re.split(f"({START}[^{STOP}]*{STOP})", snippet):
        if not piece:
            continue
        matched = piece.startswith(START) and piece.endswith(STOP)
        shown = piece.strip(START + STOP) if matched else piece.replace(START, "").replace(STOP, "")
        if shown:
            parts.append({"text": shown, "match": matched})
    return parts


def _describe(conn: Connection, hits: Sequence[tuple[str, int, str]]) -> list[dict[str, Any]]:
    """Each hit with its article (title, outlet, date), the item's evidence span and merged item."""
    item_info: dict[tuple[str, int], Any] = {}
    merged_in: dict[tuple[str, int], int] = {}
    for kind, table in ITEM_TABLES.items():
        ids = [i for k, i, _ in hits if k == kind]
        if not ids:
            continue
        for r in conn.execute(select(table.c.id, table.c.article_id, table.c.span_start, table.c.span_end)
                              .where(table.c.id.in_(ids))):
            item_info[(kind, r.id)] = r
        in_articles = [item_info[(kind, i)].article_id for i in ids if (kind, i) in item_info]
        for item_id, merged_id in merged_of(conn, kind, in_articles, ids).items():
            merged_in[(kind, item_id)] = merged_id
    article_ids = {i for k, i, _ in hits if k == "article"} | {r.article_id for r in item_info.values()}
    about = {r.id: r for r in conn.execute(
        select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.published)
        .where(articles.c.id.in_(bindparam("ids", expanding=True))), {"ids": sorted(article_ids)})}
    out = []
    for kind, ident, snip in hits:
        info = item_info.get((kind, ident))
        article_id = ident if kind == "article" else (info.article_id if info is not None else None)
        if article_id is None or article_id not in about:
            continue  # deleted between the two reads
        art = about[article_id]
        out.append({"kind": kind, "id": ident, "article_id": article_id, "article_title": art.title,
                    "outlet": art.outlet, "published": art.published, "merged_id": merged_in.get((kind, ident)),
                    "span": [info.span_start, info.span_end] if info is not None and info.span_start is not None
                    else None, "snippet": snippet_parts(snip)})
    return out
