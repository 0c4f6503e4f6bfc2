"""RSS and Atom feeds (feedparser): the items, each a link to fetch with the feed's title and date."""

from __future__ import annotations

import calendar
import datetime as dt
import time
from dataclasses import dataclass
from typing import Any

import feedparser

from dragoman.records import Rejected


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed. ``content`` is the entry's own HTML when the feed carries the full text."""

    url: str | None
    title: str | None = None
    published: str | None = None
    guid: str | None = None
    content: str | None = None

    @property
    def key(self) -> str:
        """What identifies the item across polls: its guid, else its link, else its title."""
        return self.guid or self.url or self.title or ""


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError):
        return None


def _content(entry: Any) -> str | None:
    for part in entry.get("content") or []:
        value = part.get("value") if isinstance(part, dict) else None
        if isinstance(value, str) and len(value) > 200:
            return value
    return None


def parse_feed(source: str, data: bytes, *, base_url: str | None = None) -> list[FeedItem] | Rejected:
    """The items of the RSS/Atom document ``data``, or ``Rejected`` when it is not a feed."""
    headers = {"content-location": base_url} if base_url else {}
    try:
        parsed = feedparser.parse(data, response_headers=headers)
    except Exception as exc:  # feedparser is lenient; anything it raises still means "not a feed"
        return Rejected(source=source, reason="bad_feed", detail=f"not an RSS or Atom feed ({type(exc).__name__})")
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not entries:
        problem = parsed.get("bozo_exception")
        why = f" ({problem})" if problem else ""
        return Rejected(source=source, reason="bad_feed", detail=f"not an RSS or Atom feed{why}")
    items: list[FeedItem] = []
    for entry in entries:
        link = entry.get("link") or None
        items.append(FeedItem(
            url=link.strip() if isinstance(link, str) else None,
            title=(entry.get("title") or "").strip() or None,
            published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            guid=entry.get("id") or None,
            content=_content(entry),
        ))
    return items
