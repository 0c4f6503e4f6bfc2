"""Flattened text pages: keep the article's lines, drop the page furniture around them.

The crawl-date prefix (``" date 2025-11-06 "`` glued to the first line) is crawl metadata: it
is cut off and becomes the publication date unless the page says otherwise. Body lines are
kept verbatim and joined by a blank line.
"""

from __future__ import annotations

from dragoman.clean import patterns as pt
from dragoman.clean.body import drop_author_bio, select_body
from dragoman.clean.lines import is_furniture, read_line
from dragoman.clean.page import CleanPage
from dragoman.clean.text_metadata import (
    find_outlet,
    find_published,
    find_title,
    find_url,
    is_tagline,
    title_keys,
    trim_before_title,
)


def unwrap(raw_lines: list[str]) -> list[str]:
    """Join a paragraph that was hard-wrapped over several lines: a long line without closing
    punctuation followed, with no blank line between, by a line that goes on in lower case."""
    out: list[str] = []
    joinable = False
    for raw in raw_lines:
        stripped = raw.strip()
        goes_on = bool(stripped) and stripped[0].islower() and (
            len(stripped.split()) >= 4 or bool(pt.TERMINAL.search(stripped)))
        if joinable and goes_on and not pt.BYLINE.match(stripped) and not is_furniture(stripped):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(raw)
        last = out[-1].strip()
        joinable = len(last) >= 50 and not pt.BULLET.match(last) and not (
            pt.TERMINAL.search(last) or pt.TERMINAL_COLON.search(last))
    return out


def clean_text(text: str) -> CleanPage:
    crawl_date = None
    match = pt.CRAWL_DATE.match(text)
    if match:
        crawl_date = match.group(1)
        text = text[match.end():]
    lines = [read_line(i, raw) for i, raw in enumerate(unwrap(text.splitlines())) if raw.strip()]
    body = select_body(lines)
    title = find_title(lines, body)
    if title is not None and title.index >= 0 and (not body or title.index < body[0].index):
        body = select_body(lines, headline=title.index)  # the text under the headline is the article's start
    body = trim_before_title(body, title)
    body = drop_author_bio(lines, body)
    keys = title_keys(title.text if title else None)
    body = [line for line in body if line.key not in keys]
    url = find_url(lines, body)
    outlet = find_outlet(lines, body, title.index if title else None, title.site if title else None)
    while body and outlet and is_tagline(body[-1], outlet):
        body = body[:-1]  # "Example Wire — news from the north since 2009" closing the page
    return CleanPage(
        body="\n\n".join(line.text for line in body),
        title=title.text if title else None,
        outlet=outlet,
        published=find_published(lines, body, crawl_date, url),
        url=url,
    )
