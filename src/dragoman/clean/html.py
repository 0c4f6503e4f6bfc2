"""HTML pages: body and metadata through trafilatura, publication date through htmldate."""

from __future__ import annotations

import trafilatura

from dragoman.clean.page import CleanPage


def clean_html(html: str, *, url: str | None = None) -> CleanPage:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return CleanPage(body="", url=url)
    return CleanPage(
        body=doc.text or "",
        title=doc.title,
        outlet=doc.sitename,
        published=doc.date,
        url=url or doc.url,
    )
