"""Copies and stories, persisted: indexed candidate lookups, decisions from ``link``.

A new article's band keys find its near-duplicate candidates in ``article_bands``; its story
keys (by week) find candidate stories in ``story_keys``. Only those candidates are loaded and
scored, so the work per article does not grow with the size of the ledger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Connection, delete, func, or_, select, update

from dragoman.link import dedup
from dragoman.link import stories as story_link
from dragoman.store.schema import article_bands, articles, stories, story_keys
from dragoman.store.sql import insert_ignore, new_id

STORY_CANDIDATES = 30


def find_copy(conn: Connection, article_id: int, sig: dedup.Signature, keys: Sequence[int]) -> dedup.CopyOf | None:
    """The original this article copies, among the articles sharing a band key with it."""
    ids = select(article_bands.c.article_id).where(article_bands.c.band.in_(list(keys)),
                                                  article_bands.c.article_id != article_id).distinct()
    rows = conn.execute(select(articles.c.id, articles.c.signature, articles.c.published, articles.c.duplicate_of)
                        .where(articles.c.id.in_(ids.scalar_subquery()))).all()
    known = [dedup.Known(article_id=r.id, signature=dedup.signature_from_bytes(r.signature), published=r.published,
                         original_id=r.duplicate_of) for r in rows if r.signature]
    return dedup.find_original(sig, known)


def link_copy(conn: Connection, article_id: int, published: str | None, copy: dedup.CopyOf) -> int:
    """Record the copy; when the new article came first it becomes the group's original. Returns the original."""
    original = conn.execute(select(articles.c.id, articles.c.published).where(articles.c.id == copy.original_id)).one()
    if dedup.earlier(published, article_id, original.published, original.id):
        conn.execute(update(articles).where(or_(articles.c.id == original.id, articles.c.duplicate_of == original.id))
                     .values(duplicate_of=article_id))
        conn.execute(update(articles).where(articles.c.id == article_id)
                     .values(duplicate_of=None, duplicate_similarity=None))
        return article_id
    conn.execute(update(articles).where(articles.c.id == article_id)
                 .values(duplicate_of=original.id, duplicate_similarity=round(copy.similarity, 4)))
    return int(original.id)


def file_bands(conn: Connection, article_id: int, keys: Sequence[int]) -> None:
    insert_ignore(conn, article_bands, [{"band": k, "article_id": article_id} for k in keys])


def candidate_stories(conn: Connection, profile: story_link.ArticleProfile) -> list[story_link.StoryProfile]:
    """Stories filed under one of the article's keys in the weeks around its days."""
    keys = story_link.lookup_keys(profile)
    if not keys:
        return []
    query = select(story_keys.c.story_id, func.count().label("hits")).where(story_keys.c.key.in_(keys))
    weeks = story_link.buckets(profile.days)
    if weeks:
        query = query.where(or_(story_keys.c.bucket.between(weeks[0], weeks[-1]), story_keys.c.bucket == -1))
    query = query.group_by(story_keys.c.story_id).order_by(func.count().desc(), story_keys.c.story_id)
    ids = [row.story_id for row in conn.execute(query.limit(STORY_CANDIDATES)).all()]
    if not ids:
        return []
    rows = conn.execute(select(stories.c.id, stories.c.profile).where(stories.c.id.in_(ids))).all()
    return [story_link.StoryProfile.from_json(r.id, r.profile) for r in rows]


def assign_story(conn: Connection, profile: story_link.ArticleProfile, joined: int | None,
                 now: dt.datetime) -> tuple[int, list[int]]:
    """(story, stories merged into it) for the article: ``joined`` when already known (a copy), else
    the story it joins or a new one."""
    story_id: int | None = joined
    merged: list[int] = []
    candidates: list[story_link.StoryProfile] = []
    if story_id is None:
        candidates = candidate_stories(conn, profile)
        story_id, merged = story_link.choose_story(profile, candidates)
        for other in merged:
            merge_stories(conn, story_id, other)  # merged is empty unless a story was chosen
    if story_id is None:
        story = story_link.absorb(story_link.StoryProfile(story_id=0), profile)
        story_id = new_id(conn.execute(stories.insert().values(
            profile=story.to_json(), article_count=0, outlet_count=0, created_at=now, updated_at=now)))
    else:
        row = conn.execute(select(stories.c.profile).where(stories.c.id == story_id)).one()
        story = story_link.absorb(story_link.StoryProfile.from_json(story_id, row.profile), profile)
        conn.execute(update(stories).where(stories.c.id == story_id).values(profile=story.to_json(), updated_at=now))
        merged += adopt_lone_articles(conn, story, [c for c in candidates if c.story_id not in (story_id, *merged)])
    weeks = story_link.filing_buckets(profile.days)
    insert_ignore(conn, story_keys, [{"key": k, "bucket": w, "story_id": story_id}
                                     for k in story_link.lookup_keys(profile) for w in weeks])
    return story_id, merged


def adopt_lone_articles(conn: Connection, story: story_link.StoryProfile,
                        candidates: Sequence[story_link.StoryProfile]) -> list[int]:
    """Merge into the grown ``story`` the one-article stories among its candidates it now matches
    (``link.stories.lone_to_adopt``); returns the stories merged."""
    def lone_article(story_id: int) -> story_link.ArticleProfile | None:
        row = conn.execute(select(articles.c.profile).where(articles.c.story_id == story_id)).first()
        return story_link.ArticleProfile.from_json(row.profile) if row is not None and row.profile else None

    adopted = story_link.lone_to_adopt(story, candidates, lone_article)
    for other in adopted:
        merge_stories(conn, story.story_id, other)
    return adopted


def merge_stories(conn: Connection, into: int | None, other: int) -> None:
    """Move every article and key of story ``other`` into story ``into`` and delete ``other``."""
    if into is None:
        return
    profiles = {r.id: story_link.StoryProfile.from_json(r.id, r.profile) for r in conn.execute(
        select(stories.c.id, stories.c.profile).where(stories.c.id.in_([into, other]))).all()}
    combined = story_link.combine(profiles[into], profiles[other])
    conn.execute(update(stories).where(stories.c.id == into).values(profile=combined.to_json()))
    conn.execute(update(articles).where(articles.c.story_id == other).values(story_id=into))
    keys = conn.execute(select(story_keys.c.key, story_keys.c.bucket).where(story_keys.c.story_id == other)).all()
    insert_ignore(conn, story_keys, [{"key": k.key, "bucket": k.bucket, "story_id": into} for k in keys])
    conn.execute(delete(stories).where(stories.c.id == other))


def leave_story(conn: Connection, story_id: int, profile: story_link.ArticleProfile | None) -> bool:
    """Take an article's profile out of its story; delete the story when no article is left. True if deleted."""
    remaining = conn.execute(select(func.count()).select_from(articles).where(articles.c.story_id == story_id)).scalar_one()
    if remaining == 0:
        conn.execute(delete(stories).where(stories.c.id == story_id))
        return True
    if profile is not None:
        row = conn.execute(select(stories.c.profile).where(stories.c.id == story_id)).one()
        story = story_link.remove(story_link.StoryProfile.from_json(story_id, row.profile), profile)
        conn.execute(update(stories).where(stories.c.id == story_id).values(profile=story.to_json()))
    return False
