"""Stable article ids: the SHA-1 of the normalised body, so the same text always gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_body(body: str) -> str:
    text = unicodedata.normalize("NFKC", body)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return _SPACE.sub(" ", text).strip().lower()


def article_id(body: str) -> str:
    return hashlib.sha1(normalise_body(body).encode("utf-8")).hexdigest()
