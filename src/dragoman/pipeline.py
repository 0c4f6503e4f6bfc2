"""The only place that composes the stages: raw page -> clean article -> extraction record.

``run_article`` handles one page; ``run_documents`` streams many through spaCy in batches.
Every input yields exactly one result, an ``Extraction`` or a ``Rejected`` with its reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dragoman.clean import clean_document
from dragoman.extract import extract_article
from dragoman.extract.nlp import load_nlp
from dragoman.ingest.documents import RawDocument
from dragoman.records import Article, Extraction, Rejected
from dragoman.settings import Settings

Result = Extraction | Rejected


@dataclass
class RunSummary:
    """Counts of one run: records produced and inputs rejected, by reason."""

    extracted: int = 0
    rejected: Counter[str] = field(default_factory=Counter)

    def add(self, result: Result) -> None:
        if isinstance(result, Rejected):
            self.rejected[result.reason] += 1
        else:
            self.extracted += 1

    @property
    def failed(self) -> int:
        return sum(self.rejected.values())

    def line(self) -> str:
        parts = [f"{self.extracted} extracted"]
        if self.rejected:
            reasons = ", ".join(f"{n} {reason}" for reason, n in self.rejected.most_common())
            parts.append(f"{self.failed} rejected ({reasons})")
        return "; ".join(parts)


def clean(raw: RawDocument | Rejected, settings: Settings) -> Article | Rejected:
    if isinstance(raw, Rejected):
        return raw
    try:
        return clean_document(raw, min_body_chars=settings.min_body_chars)
    except Exception as exc:  # a cleaner bug must not stop the run
        return Rejected(source=raw.source, reason="clean_failed", detail=f"{type(exc).__name__}: {exc}")


def run_article(raw: RawDocument | Rejected, settings: Settings, nlp: Any = None) -> Result:
    """Clean and extract one page."""
    article = clean(raw, settings)
    if isinstance(article, Rejected):
        return article
    nlp = nlp if nlp is not None else load_nlp(settings.spacy_model)
    return extract_article(article, nlp)


def run_documents(raws: Iterable[RawDocument | Rejected], settings: Settings, *, batch_size: int = 32,
                  nlp: Any = None) -> Iterator[Result]:
    """Clean and extract many pages, in input order, parsing bodies in spaCy batches."""
    for result in run_new_documents(raws, settings, batch_size=batch_size, nlp=nlp):
        if not isinstance(result, Article):
            yield result


def run_new_documents(raws: Iterable[RawDocument | Rejected], settings: Settings, *, batch_size: int = 32,
                      nlp: Any = None, skip: Callable[[Article], bool] | None = None) -> Iterator[Result | Article]:
    """As ``run_documents``, but articles for which ``skip`` says True (already stored, unchanged)
    come out as the clean ``Article``, without running the extractors on them."""
    nlp = nlp if nlp is not None else load_nlp(settings.spacy_model)
    it = iter(raws)
    while True:
        chunk: list[Article | Rejected] = [clean(raw, settings) for raw in islice(it, batch_size)]
        if not chunk:
            return
        skipped = {id(a) for a in chunk if isinstance(a, Article) and skip is not None and skip(a)}
        articles = [a for a in chunk if isinstance(a, Article) and id(a) not in skipped]
        docs = iter(nlp.pipe([a.body for a in articles], batch_size=batch_size))
        for item in chunk:
            if isinstance(item, Rejected) or id(item) in skipped:
                yield item
            else:
                yield extract_article(item, nlp, doc=next(docs))


def rerun_extractors(article: Article, names: Iterable[str], settings: Settings, nlp: Any = None) -> Extraction:
    """Run the named extractors (and what they require) again over a stored clean article."""
    nlp = nlp if nlp is not None else load_nlp(settings.spacy_model)
    return extract_article(article, nlp, names=list(names))
