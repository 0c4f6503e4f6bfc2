"""money@1: not implemented yet."""

from __future__ import annotations

from typing import Any

from dragoman.extract.document import Document
from dragoman.extract.registry import extractor


@extractor("money", version=1, requires=("entities",))
def extract_money(document: Document) -> list[Any]:
    return []
