"""The one registry of extractors: small, named, versioned components with one signature.

An extractor is a function ``(document: Document) -> list[item]`` registered with
``@extractor("quotes", version=1, requires=("entities",))``. It may also annotate the document
(the ``entities`` extractor sets ``document.entity_table``). Every item it returns that is a
``records.Item`` is stamped ``extractor="quotes@1"`` so a re-run can replace its own output.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from dragoman.errors import ExtractorError
from dragoman.extract.document import Document
from dragoman.records import Item

log = logging.getLogger(__name__)

ExtractorFunc = Callable[[Document], list[Any]]


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    version: int
    requires: tuple[str, ...]
    func: ExtractorFunc

    @property
    def id(self) -> str:
        return f"{self.name}@{self.version}"


REGISTRY: dict[str, ExtractorSpec] = {}


def extractor(name: str, *, version: int, requires: Iterable[str] = ()) -> Callable[[ExtractorFunc], ExtractorFunc]:
    """Register ``func`` as the extractor ``name@version``."""

    def register(func: ExtractorFunc) -> ExtractorFunc:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ExtractorError(f"extractor {name!r} is registered twice",
                                 hint="give the new component another name or remove the old one")
        REGISTRY[name] = ExtractorSpec(name=name, version=version, requires=tuple(requires), func=func)
        return func

    return register


def versions() -> dict[str, str]:
    """``{name: "name@version"}`` for every registered extractor."""
    _load_builtin()
    return {name: spec.id for name, spec in REGISTRY.items()}


def ordered(names: Iterable[str] | None = None) -> list[ExtractorSpec]:
    """The extractors to run (all when ``names`` is None), each after what it requires."""
    _load_builtin()
    wanted = list(REGISTRY) if names is None else list(names)
    out: list[ExtractorSpec] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if any(spec.name == name for spec in out):
            return
        if name not in REGISTRY:
            raise ExtractorError(f"unknown extractor {name!r}", hint=f"choose from {', '.join(sorted(REGISTRY))}")
        if name in visiting:
            raise ExtractorError(f"extractor {name!r} requires itself through a cycle")
        visiting.add(name)
        for dep in REGISTRY[name].requires:
            visit(dep)
        visiting.discard(name)
        out.append(REGISTRY[name])

    for name in wanted:
        visit(name)
    return out


def run_extractors(document: Document, names: Iterable[str] | None = None) -> Document:
    """Run extractors in dependency order; a failing extractor is logged and yields nothing."""
    for spec in ordered(names):
        try:
            items = spec.func(document)
        except Exception:  # an extractor must never take the article down with it
            log.exception("extractor %s failed on %s", spec.id, document.article.source)
            items = []
        for item in items:
            if isinstance(item, Item):
                item.extractor = spec.id
        document.results[spec.name] = items
    return document


def _load_builtin() -> None:
    """Import the built-in extractor modules so that they register themselves."""
    from dragoman.extract import (  # noqa: F401
        dates,
        deals,
        entities,
        events,
        money,
        pledges,
        quotes,
    )
