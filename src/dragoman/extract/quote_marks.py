"""Quotation marks paired within paragraphs: where the quoted speech in a text is."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"\u201c", "\u00ab", "\u201e"}
CLOSERS = {"\u201d", "\u00bb"}
MARKS = OPENERS | CLOSERS | {'"'}


@dataclass
class _Span:
    open: int
    close: int  # index of the closing mark, or the paragraph end when unclosed
    closed: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for match in re.finditer(r"\n", text):
        if match.start() > start:
            out.append((start, match.start()))
        start = match.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def find_quote_spans(text: str) -> list[_Span]:
    """Quoted speech: double marks (straight, curly, guillemets); single marks only in a text that has
    no double marks at all (British style: 'We agreed,' she said)."""
    if not any(ch in MARKS for ch in text):
        return _single_quote_spans(text)
    spans: list[_Span] = []
    for pstart, pend in paragraphs(text):
        opened: int | None = None
        for k in range(pstart, pend):
            ch = text[k]
            if ch not in MARKS:
                continue
            prev = text[k - 1] if k > pstart else " "
            nxt = text[k + 1] if k + 1 < pend else " "
            can_open = not nxt.isspace() and (prev.isspace() or prev in "([{\u2014\u2013-:;,/'" or k == pstart)
            can_close = not prev.isspace()
            if opened is None:
                if ch in OPENERS or (can_open and ch not in CLOSERS) or (ch in CLOSERS and can_open and not can_close):
                    opened = k
            elif ch in OPENERS and not can_close:
                opened = k  # an unclosed quote followed by a new one: start again
            elif can_close or ch in CLOSERS:
                spans.append(_Span(opened, k, True))
                opened = None
            elif can_open:
                opened = k
        if opened is not None and pend - opened > 25:
            spans.append(_Span(opened, pend, False))
    return spans


SINGLE_OPEN = {"'", "\u2018"}
SINGLE_CLOSE = {"'", "\u2019"}


def _single_quote_spans(text: str) -> list[_Span]:
    """Single-mark quotes: an opening mark starts a word, a closing mark ends one and is followed by a
    space or punctuation, so apostrophes ("Kenya's", "don't") are neither; a plural possessive
    ("farmers' union") inside a quote is read as an apostrophe when a lower-case word follows it."""
    spans: list[_Span] = []
    for pstart, pend in paragraphs(text):
        opened: int | None = None
        for k in range(pstart, pend):
            ch = text[k]
            if ch not in SINGLE_OPEN and ch not in SINGLE_CLOSE:
                continue
            prev = text[k - 1] if k > pstart else " "
            nxt = text[k + 1] if k + 1 < pend else " "
            if opened is None:
                if ch in SINGLE_OPEN and (prev.isspace() or prev in "([\u2014\u2013:;,") and nxt.isalnum():
                    opened = k
            elif not prev.isspace() and not nxt.isalnum() and ch in SINGLE_CLOSE:
                rest = text[k + 1:k + 3]
                if prev == "s" and len(rest) == 2 and rest[0] == " " and rest[1].islower() and k - opened > 1 \
                        and text[k + 2:k + 3].isalpha() and not text[opened + 1:k].rstrip().endswith((",", ".")):
                    continue  # "farmers' federation"
                spans.append(_Span(opened, k, True))
                opened = None
    return spans
