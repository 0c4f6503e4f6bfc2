"""Small helpers for tests: run an extractor over a text written in the test."""

from __future__ import annotations

from typing import Any

from dragoman.clean.ids import article_id
from dragoman.extract.analyze import analyze
from dragoman.extract.document import Document
from dragoman.extract.registry import run_extractors
from dragoman.records import Article


def make_document(nlp: Any, body: str, *, published: str | None = "2025-11-06", names: list[str] | None = None,
                  title: str | None = None) -> Document:
    article = Article(id=article_id(body), source="test.txt", body=body, published=published, title=title)
    return run_extractors(analyze(article, nlp), names)
