"""quotes@1: not implemented yet."""

from __future__ import annotations

from typing import Any

from dragoman.extract.document import Document
from dragoman.extract.registry import extractor


@extractor("quotes", version=1, requires=("entities",))
def extract_quotes(document: Document) -> list[Any]:
    return []
