"""Datelines: "MUSCAT — The X Authority has agreed ..." names a place, not the actor of the sentence."""

from __future__ import annotations

import re
from typing import Any

Token = Any


def is_dateline(text: str, name: str) -> bool:
    """"MUSCAT — ...", "NAIROBI, March 4 (Wire) - ...": a name in capitals opening a line of ``text``."""
    if not name.isupper() or len(name) < 4 or len(name.split()) > 3:
        return False
    return re.search(rf"(?m)^\s*{re.escape(name)}\b\s*(?:[,(\u2014\u2013-]|$)", text) is not None


def past_dateline(text: str, tokens: list[Token]) -> list[Token]:
    """Subject tokens with a dateline replaced by the name in apposition to it."""
    out: list[Token] = []
    for tok in tokens:
        if tok.pos_ in ("PROPN", "NOUN") and is_dateline(text, tok.text):
            out += [c for c in tok.children if c.dep_ == "appos"]
        else:
            out.append(tok)
    return out
