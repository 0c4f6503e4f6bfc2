"""Title, outlet and publication date of a flattened text page, read from the lines around the article."""

from __future__ import annotations

from collections import Counter

from dragoman.clean import patterns as pt
from dragoman.clean.dates import context_year, dateline_date, find_date
from dragoman.clean.lines import Line, Shape, normalise
from dragoman.clean.outlets import clean_outlet, copyright_outlet, domain_outlet


def find_title(lines: list[Line], body: list[Line]) -> str | None:
    """The headline: the "appeared first on" note, the line above the byline, a repeated
    headline-like line, or the first headline-like line above the article."""
    for line in lines:
        match = pt.APPEARED_FIRST.match(line.core)
        if match:
            return match.group("title").strip()
    start = body[0].index if body else len(lines)
    above = [line for line in lines if line.index < start]
    for i, line in enumerate(lines):
        if _is_byline(line) and (not body or line.index < body[-1].index):
            for candidate in reversed(lines[max(0, i - 3): i]):
                if _title_like(candidate):
                    return _strip_site(candidate.core)
    counts = Counter(line.key for line in lines)
    for line in above:
        if _title_like(line) and counts[line.key] >= 2:
            return _strip_site(line.core)
    for line in above:
        if _title_like(line) and line.words >= 5:
            return _strip_site(line.core)
    return None


def find_outlet(lines: list[Line], body: list[Line]) -> str | None:
    """The publisher: a syndication note, a copyright line, a desk byline, a source note,
    a wire-style "..., X reports." lead, or the domain of a contact address."""
    texts = [line.core for line in lines]
    for text in texts:
        match = pt.APPEARED_FIRST.match(text)
        if match and clean_outlet(match.group("outlet")):
            return clean_outlet(match.group("outlet"))
    for text in reversed(texts):
        name = copyright_outlet(text) if len(text) < 200 else None
        if name:
            return name
    for text in texts:
        match = pt.DESK_BYLINE.match(text) or pt.STAFF_BYLINE.match(text)
        if match and clean_outlet(match.group("outlet")):
            return clean_outlet(match.group("outlet"))
    for text in texts:
        match = pt.SOURCE_LINE.match(text)
        if match and clean_outlet(match.group("outlet")):
            return clean_outlet(match.group("outlet"))
    for line in body[:2]:
        match = pt.LEAD_REPORTS.search(line.core)
        if match and clean_outlet(match.group("outlet")):
            return clean_outlet(match.group("outlet"))
    body_keys = {line.index for line in body}
    furniture = [line.core for line in lines if line.index not in body_keys]
    for text in furniture:
        for match in pt.EMAIL_DOMAIN.finditer(text):
            domain = match.group("domain").lower()
            if domain not in pt.WEBMAIL_DOMAINS:
                return domain_outlet(domain, furniture)
    for text in furniture:
        match = pt.WEB_DOMAIN.search(text)
        if match:
            return domain_outlet(match.group("domain"), furniture)
    return None


def find_published(lines: list[Line], body: list[Line], crawl_date: str | None) -> str | None:
    """The crawl date, else a date in the header or byline, else the date of the lead's dateline."""
    if crawl_date:
        return crawl_date
    third = body[min(2, len(body) - 1)].index if body else len(lines)
    body_index = {line.index for line in body}
    header = [line.core for line in lines if line.index < third and line.index not in body_index]
    for text in header:
        found = find_date(text)
        if found:
            return found
    if body:
        year = context_year(line.core for line in lines if line.shape is Shape.JUNK) or context_year(
            line.core for line in body)
        if year:
            return dateline_date(body[0].core, year)
    return None


def _is_byline(line: Line) -> bool:
    return bool(pt.BYLINE.match(line.core) or pt.DESK_BYLINE.match(line.core)) and line.words <= 16


def _title_like(line: Line) -> bool:
    if line.shape is Shape.TITLE:
        return line.words >= 3 and not line.menu
    return line.shape is Shape.PROSE and 4 <= line.words <= 25 and not pt.TERMINAL.search(line.core.rstrip("?!"))


def _strip_site(title: str) -> str:
    """Drop a " | Site" or " - Site" tail from a headline."""
    match = pt.TITLE_SUFFIX.search(title)
    if match and len(title[: match.start()].split()) >= 4:
        site = match.group(0).strip(" |–—:·•-").split()
        if len(site) <= 4 and all(word[0].isupper() or word[0].isdigit() or "." in word for word in site):
            return title[: match.start()].strip()
    return title.strip()


def title_keys(title: str | None) -> frozenset[str]:
    return frozenset({normalise(title)}) if title else frozenset()

