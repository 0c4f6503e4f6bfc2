"""An article body cut at its items' evidence offsets, so each item's sentence can be marked.

``segments`` returns the body as consecutive pieces; a piece inside one or more evidence
spans names those items (``deal-12``), and the first piece of each item carries its anchor.
The template escapes every piece: the body is untrusted text, never markup.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

KINDS = ("deal", "pledge", "quote", "event")
_BREAKS = re.compile(r"\s*\n\s*")


@dataclass
class Segment:
    text: str
    items: list[str] = field(default_factory=list)  # anchors of the items whose evidence covers it
    anchors: list[str] = field(default_factory=list)  # anchors that start here


def anchor(kind: str, item_id: int) -> str:
    return f"{kind}-{item_id}"


def spans_of(article: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, anchor) of every item of the article with usable offsets, in body order."""
    size = len(article.get("body") or "")
    found = []
    for kind in KINDS:
        for item in article.get(f"{kind}s") or []:
            span = item.get("span")
            if not span or span[0] is None or span[1] is None:
                continue
            start, end = max(0, int(span[0])), min(size, int(span[1]))
            if start < end:
                found.append((start, end, anchor(kind, int(item["id"]))))
    return sorted(found)


def segments(body: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """The body in pieces; line breaks inside evidence stay unmarked (a mark never spans paragraphs)."""
    cuts = {0, len(body), *(s for s, _, _ in spans), *(e for _, e, _ in spans)}
    cuts |= {m.start() for m in _BREAKS.finditer(body)} | {m.end() for m in _BREAKS.finditer(body)}
    ordered = sorted(cuts)
    out: list[Segment] = []
    for lo, hi in itertools.pairwise(ordered):
        text = body[lo:hi]
        covering = [] if _BREAKS.fullmatch(text) else [name for s, e, name in spans if s <= lo and hi <= e]
        starting = [name for s, _, name in spans if s == lo]
        out.append(Segment(text, covering, starting))
    return out
