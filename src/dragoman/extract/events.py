"""events@1: not implemented yet."""

from __future__ import annotations

from typing import Any

from dragoman.extract.document import Document
from dragoman.extract.registry import extractor


@extractor("events", version=1, requires=("entities",))
def extract_events(document: Document) -> list[Any]:
    return []
