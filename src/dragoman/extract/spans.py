"""A list of mentions sorted by offset that answers "which lie in [start, end)" by bisection."""

from __future__ import annotations

import bisect
from typing import Protocol, TypeVar


class Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=Spanned)


class SpanList(list[T]):
    """Mentions in text order; ``between`` costs a bisection, not a scan (the index is built once)."""

    _starts: list[int] | None = None
    _size: int = -1

    def between(self, start: int, end: int) -> list[T]:
        if self._starts is None or self._size != len(self):
            self._starts = [m.start for m in self]
            self._size = len(self)
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [m for m in self[lo:hi] if m.end <= end]


def between(items: list[T], start: int, end: int) -> list[T]:
    """``items`` (sorted by start) inside ``[start, end)``; fast when ``items`` is a ``SpanList``."""
    if isinstance(items, SpanList):
        return items.between(start, end)
    return SpanList(items).between(start, end)
