"""The raw document: one page as it arrived, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "html"]


@dataclass(frozen=True)
class RawDocument:
    """One page: decoded content plus whatever metadata the source itself carried."""

    source: str
    content: str
    kind: Kind
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
