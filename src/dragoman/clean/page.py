"""What a cleaner returns: the body and whatever metadata the page itself gave away."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CleanPage:
    body: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
