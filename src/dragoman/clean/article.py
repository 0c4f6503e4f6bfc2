"""Compose the cleaners: choose by kind, merge the source's own metadata, reject empty bodies."""

from __future__ import annotations

from dragoman.clean.html import clean_html
from dragoman.clean.ids import article_id
from dragoman.clean.page import CleanPage
from dragoman.clean.text import clean_text
from dragoman.ingest.documents import RawDocument
from dragoman.records import Article, Rejected


def clean_document(raw: RawDocument, *, min_body_chars: int = 80) -> Article | Rejected:
    """Clean one raw page. Metadata that came with the source (JSON Lines fields) wins over guesses."""
    page: CleanPage = clean_html(raw.content, url=raw.url) if raw.kind == "html" else clean_text(raw.content)
    body = page.body.strip()
    if len(body) < min_body_chars:
        what = "no article text found" if not body else f"only {len(body)} characters of article text found"
        return Rejected(source=raw.source, reason="empty_body",
                        detail=f"{what} (minimum {min_body_chars}, setting min_body_chars)")
    return Article(
        id=article_id(body),
        source=raw.source,
        url=raw.url or page.url,
        outlet=raw.outlet or page.outlet,
        title=raw.title or page.title,
        published=_iso_date(raw.published) or page.published,
        language="en",
        body=body,
    )


def _iso_date(value: str | None) -> str | None:
    """The YYYY-MM-DD (or YYYY-MM, YYYY) prefix of a timestamp, or None."""
    if not value:
        return None
    import re

    match = re.match(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)
