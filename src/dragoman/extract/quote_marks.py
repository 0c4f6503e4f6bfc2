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
