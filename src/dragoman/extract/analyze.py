"""From an ``Article`` to an ``Extraction``: parse once, run the registered extractors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from dragoman.extract.document import Document, Sentence
from dragoman.extract.language import looks_english
from dragoman.extract.printed import Item, as_printed, printed_names
from dragoman.extract.registry import run_extractors
from dragoman.records import Article, Deal, Entity, Event, Extraction, Pledge, Quote


def _published(article: Article) -> dt.date | None:
    value = article.published or ""
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        return None
    return None


def analyze(article: Article, nlp: Any, doc: Any = None) -> Document:
    """Parse ``article.body`` (unless a parse is given) and wrap it as a ``Document``."""
    parsed = doc if doc is not None else nlp(article.body)
    sentences = [Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text)
                 for i, s in enumerate(parsed.sents)]
    return Document(article=article, doc=parsed, sentences=sentences, published=_published(article))


def extract_article(article: Article, nlp: Any, *, doc: Any = None, names: Iterable[str] | None = None) -> Extraction:
    if not looks_english(article.body):
        # the pipeline is English-only: other languages get their record without extracted items
        return Extraction(article=article.model_copy(update={"language": None}))
    document = run_extractors(analyze(article, nlp, doc), names)
    r = document.results
    printed = printed_names(article.body)  # "Türkiye" where the article says so

    def kept(kind: str, cls: type) -> list[Any]:
        return as_printed([x for x in r.get(kind, []) if isinstance(x, cls) and isinstance(x, Item)], printed)

    return Extraction(article=article, entities=kept("entities", Entity), events=kept("events", Event),
                      deals=kept("deals", Deal), pledges=kept("pledges", Pledge), quotes=kept("quotes", Quote))
