"""The working document every extractor reads and annotates (like spaCy's ``Doc``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dragoman.records import Article

if TYPE_CHECKING:
    from dragoman.extract.entity_table import EntityTable


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """An article with its parse, its sentences and what extractors have found so far."""

    article: Article
    doc: Any  # spacy.tokens.Doc over article.body
    sentences: list[Sentence]
    published: dt.date | None = None
    entity_table: EntityTable | None = None
    results: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.body

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def span_sentences(self, start: int, end: int) -> list[Sentence]:
        return [s for s in self.sentences if s.end > start and s.start < end]
