"""HTML pages: the body through trafilatura, then our own furniture filter; metadata from the tree.

The page is parsed once; metadata is read from the parsed tree (``html_metadata.py``) and the
same tree is handed to trafilatura, which copies it before pruning. trafilatura's plain-text
output puts one paragraph per line; the body joins them with a blank line, as text pages do.
Lines that trafilatura keeps but that are page furniture wherever they stand (newsletter
prompts, copyright and credit lines, share prompts) are dropped with the text cleaner's patterns,
and so is the headline when it opens the text (it is the title, not a sentence of the article).
A suspiciously short result (under ``SHORT_BODY`` characters) is retried with favour_recall.
"""

from __future__ import annotations

import logging
from typing import Any

import trafilatura
from trafilatura.utils import load_html

from dragoman.clean.html_metadata import html_metadata
from dragoman.clean.lines import is_furniture, normalise
from dragoman.clean.page import CleanPage

#: below this many characters, the precise extraction is retried with favour_recall
SHORT_BODY = 400

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def clean_html(html: str, *, url: str | None = None) -> CleanPage:
    tree = _parse(html)
    if tree is None:
        return CleanPage(body="", url=url)
    meta = html_metadata(tree, url=url)
    body = extract_body(tree, url=url or meta.url, title=meta.title)
    return CleanPage(body=body, title=meta.title, outlet=meta.outlet, published=meta.published,
                     url=url or meta.url)


def extract_body(tree: Any, *, url: str | None = None, title: str | None = None) -> str:
    """Paragraphs of the main text, furniture lines and the headline removed, joined by blank lines."""
    text = _extract(tree, url, favor_precision=True)
    if len(text) < SHORT_BODY:
        wider = _extract(tree, url, favor_recall=True)
        if len(wider) > len(text):
            text = wider
    headline = normalise(title) if title else None
    return "\n\n".join(line for line in _article_lines(text) if normalise(line) != headline)


def _parse(html: str) -> Any:
    try:
        return load_html(html)
    except (ValueError, TypeError):  # lxml refuses some inputs (for example, encoding declarations)
        return None


def _extract(tree: Any, url: str | None, *, favor_precision: bool = False, favor_recall: bool = False) -> str:
    try:
        text = trafilatura.extract(tree, url=url, include_comments=False, include_tables=True,
                                   with_metadata=False, deduplicate=False, favor_precision=favor_precision,
                                   favor_recall=favor_recall)
    except (ValueError, TypeError, AttributeError):
        return ""
    return text or ""


def _article_lines(text: str) -> list[str]:
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not is_furniture(line)]
