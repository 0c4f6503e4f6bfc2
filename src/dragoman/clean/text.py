"""Flattened text pages: keep the article's lines, drop the page furniture around them.

The crawl-date prefix (``" date 2025-11-06 "`` glued to the first line) is crawl metadata: it
is cut off and becomes the publication date unless the page says otherwise. Body lines are
kept verbatim and joined by a blank line.
"""

from __future__ import annotations

from dragoman.clean import patterns as pt
from dragoman.clean.body import select_body
from dragoman.clean.lines import read_line
from dragoman.clean.page import CleanPage
from dragoman.clean.text_metadata import find_outlet, find_published, find_title, title_keys


def clean_text(text: str) -> CleanPage:
    crawl_date = None
    match = pt.CRAWL_DATE.match(text)
    if match:
        crawl_date = match.group(1)
        text = text[match.end():]
    lines = [read_line(i, raw) for i, raw in enumerate(text.splitlines()) if raw.strip()]
    body = select_body(lines)
    title = find_title(lines, body)
    keys = title_keys(title)
    body = [line for line in body if line.key not in keys]
    return CleanPage(
        body="\n\n".join(line.text for line in body),
        title=title,
        outlet=find_outlet(lines, body),
        published=find_published(lines, body, crawl_date),
    )
