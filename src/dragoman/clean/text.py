"""Flattened text pages: keep the article's lines, drop the page furniture around them."""

from __future__ import annotations

import re

from dragoman.clean.page import CleanPage

_CRAWL_DATE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s*")


def clean_text(text: str) -> CleanPage:
    published = None
    match = _CRAWL_DATE.match(text)
    if match:
        published = match.group(1)
        text = text[match.end():]
    lines = [line.strip() for line in text.splitlines()]
    body = "\n\n".join(line for line in lines if line)
    return CleanPage(body=body, published=published)
