"""Inputs that are fetched: a page URL, a feed (its items' pages), a sitemap (its pages, through
sitemap indexes), each fetched with a ``Fetcher`` and turned into ``RawDocument`` or ``Rejected``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dragoman.ingest.decoding import decode_web, gunzip
from dragoman.ingest.documents import RawDocument
from dragoman.ingest.feeds import FeedItem, parse_feed
from dragoman.ingest.http import Fetched, Fetcher
from dragoman.ingest.payloads import classify, sniff
from dragoman.ingest.sitemaps import parse_sitemap
from dragoman.records import Rejected

Produced = RawDocument | Rejected
MAX_SITEMAP_DEPTH = 3


def page_document(fetched: Fetched, *, title: str | None = None, published: str | None = None) -> Produced:
    """A fetched page as a RawDocument, or why it is not one (a PDF, an image, a binary file)."""
    kind = classify(fetched.media_type, fetched.content)
    if kind not in ("html", "text"):
        what = fetched.media_type or "an undeclared type"
        return Rejected(source=fetched.url, reason="not_html", detail=f"{fetched.final_url} is {what}, not an HTML page")
    text = decode_web(fetched.url, fetched.content, fetched.charset)
    if isinstance(text, Rejected):
        return text
    if not text.strip():
        return Rejected(source=fetched.url, reason="empty", detail="the page is empty")
    return RawDocument(source=fetched.url, content=text, kind=kind, url=fetched.final_url,
                       title=title, published=published)


def read_url(url: str, fetcher: Fetcher) -> Iterator[Produced]:
    """A URL given as input: a page, or a feed or sitemap whose pages are then fetched."""
    fetched = fetcher.fetch(url)
    if isinstance(fetched, Rejected):
        yield fetched
        return
    data = fetched.content
    kind = classify(fetched.media_type, data)
    if kind == "gzip":
        unpacked = gunzip(url, data, fetcher.max_bytes)
        if isinstance(unpacked, Rejected):
            yield unpacked
            return
        data, kind = unpacked, sniff(unpacked)
    if kind == "feed":
        yield from read_feed(url, data, fetcher, base_url=fetched.final_url)
    elif kind == "sitemap":
        yield from read_sitemap(url, data, fetcher)
    else:
        yield page_document(fetched)


def read_feed(source: str, data: bytes, fetcher: Fetcher, *, base_url: str | None = None) -> Iterator[Produced]:
    items = parse_feed(source, data, base_url=base_url)
    if isinstance(items, Rejected):
        yield items
        return
    if not items:
        yield Rejected(source=source, reason="empty_feed", detail="the feed lists no items")
    yield from read_feed_items(source, items, fetcher)


def read_feed_items(source: str, items: Iterable[FeedItem], fetcher: Fetcher) -> Iterator[Produced]:
    """Each item's page (fetched), or the item's own full text when it has no link."""
    for index, item in enumerate(items, start=1):
        if item.url:
            fetched = fetcher.fetch(item.url)
            if isinstance(fetched, Rejected):
                yield fetched
            else:
                yield page_document(fetched, title=item.title, published=item.published)
        elif item.content:
            yield RawDocument(source=f"{source}#{item.guid or index}", content=item.content, kind="html",
                              title=item.title, published=item.published)
        else:
            yield Rejected(source=f"{source}#{index}", reason="no_link", detail="the feed item has no link and no text")


def read_sitemap(source: str, data: bytes, fetcher: Fetcher, *, depth: int = 0,
                 seen: set[str] | None = None) -> Iterator[Produced]:
    seen = seen if seen is not None else {source}
    sitemap = parse_sitemap(source, data)
    if isinstance(sitemap, Rejected):
        yield sitemap
        return
    if not sitemap.entries:
        yield Rejected(source=source, reason="empty_sitemap", detail="the sitemap lists no URLs")
    for entry in sitemap.entries:
        if entry.url in seen:
            continue
        seen.add(entry.url)
        fetched = fetcher.fetch(entry.url)
        if isinstance(fetched, Rejected):
            yield fetched
            continue
        if not sitemap.is_index:
            yield page_document(fetched, title=entry.title, published=entry.published)
            continue
        if depth + 1 >= MAX_SITEMAP_DEPTH:
            yield Rejected(source=entry.url, reason="bad_sitemap",
                          detail=f"sitemap indexes nested deeper than {MAX_SITEMAP_DEPTH} levels")
            continue
        child = fetched.content
        if child[:2] == b"\x1f\x8b":
            unpacked = gunzip(entry.url, child, fetcher.max_bytes)
            if isinstance(unpacked, Rejected):
                yield unpacked
                continue
            child = unpacked
        yield from read_sitemap(entry.url, child, fetcher, depth=depth + 1, seen=seen)
