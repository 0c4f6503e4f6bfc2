"""``/articles`` and ``/articles/{id}``: the clean body with every item marked at its evidence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dragoman.store.details import get_article
from dragoman.store.provenance import merged_of_items
from dragoman.store.queries import list_articles
from dragoman.web.highlight import anchor
from dragoman.web.params import PLAIN, Id, Limit, Offset, Since, StoryId, Text, Until, active, listing, sorts
from dragoman.web.twin import StoreDep, twin

router = APIRouter()
ArticleSort = Annotated[str, Query(pattern=sorts("published", "ingested", "id", "outlet"),
                                   description="Column, - first for descending")]
Outlet = Annotated[str | None, Query(max_length=300, pattern=PLAIN, description="Only this outlet (exact name)")]


def articles(store: StoreDep, story: StoryId = None, outlet: Outlet = None, q: Text = None, since: Since = None,
             until: Until = None, copies: Annotated[bool, Query(description="Include wire copies")] = True,
             sort: ArticleSort = "-published", limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stored articles (without their bodies: see /api/articles/{id}), newest first."""
    page = list_articles(store, story=story, outlet=outlet, q=q, since=since, until=until, copies=copies,
                         sort=sort, limit=limit, offset=offset)
    for row in page.items:
        row["body_chars"] = len(row.pop("body") or "")
    filters = active(story=story, outlet=outlet, q=q, since=since, until=until)
    if not copies:
        filters["copies"] = False
    return listing(page, sort=sort, filters=filters)


def article(article_id: Id, store: StoreDep) -> dict[str, Any]:
    """One article: its body and every item extracted from it, each with its evidence offsets and anchor."""
    found = get_article(store, article_id)
    for kind in ("deal", "pledge", "quote", "event"):
        merged = merged_of_items(store, kind, article_id, [int(i["id"]) for i in found[f"{kind}s"]])
        for item in found[f"{kind}s"]:
            item["anchor"] = anchor(kind, int(item["id"]))
            item["merged_id"] = merged.get(int(item["id"]))
    return found


twin(router, "/articles", "articles.html", articles, summary="Articles", tag="articles")
twin(router, "/articles/{article_id}", "article.html", article, summary="One article", tag="articles")
