"""What a payload is (an HTML page, plain text, a feed, a sitemap, or something unusable), from its
declared media type and its first bytes."""

from __future__ import annotations

import re
from typing import Literal

PayloadKind = Literal["html", "text", "feed", "sitemap", "gzip"]

HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-rss+xml"}
XML_TYPES = {"application/xml", "text/xml"} | FEED_TYPES
GZIP_TYPES = {"application/gzip", "application/x-gzip", "application/gzip-compressed"}
TEXT_TYPES = {"text/plain"}

_PROLOGUE = re.compile(rb"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)
_ROOT = re.compile(rb"<\s*([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_FEED_ROOTS = {b"rss", b"feed", b"rdf"}
_SITEMAP_ROOTS = {b"urlset", b"sitemapindex"}


def xml_root(data: bytes) -> str | None:
    """The local name of the first element, lower-case (``"rss"``, ``"urlset"``, ``"html"``), or None."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    head = head[_PROLOGUE.match(head).end():]  # type: ignore[union-attr]
    match = _ROOT.match(head)
    return match.group(2).lower().decode("ascii") if match else None


def sniff(data: bytes) -> PayloadKind | None:
    """The kind of an undeclared payload, from its first bytes."""
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    root = xml_root(data)
    if root is None:
        return "text" if data.strip() else None
    if root.encode() in _FEED_ROOTS:
        return "feed"
    if root.encode() in _SITEMAP_ROOTS:
        return "sitemap"
    if root in ("html", "head", "body", "div", "article", "p", "meta", "title"):
        return "html"
    return None


def classify(media_type: str, data: bytes) -> PayloadKind | None:
    """The kind of a payload served as ``media_type``; None for PDFs, images and other non-pages."""
    media = media_type.lower()
    if media in FEED_TYPES and sniff(data) != "sitemap":
        return "feed"  # served as a feed: parsed as one, and rejected as bad_feed when it is not
    if media in HTML_TYPES:
        root = xml_root(data)
        if root is not None and root.encode() in _FEED_ROOTS | _SITEMAP_ROOTS:
            return sniff(data)
        return "html"
    if media in XML_TYPES or media in GZIP_TYPES or media in TEXT_TYPES or not media \
            or media == "application/octet-stream":
        kind = sniff(data)
        if kind == "text" and media in XML_TYPES:
            return None
        return kind
    return None
