"""Progress bars on standard error, shown only on a terminal and when the settings allow."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(items: Iterable[T], *, enabled: bool, desc: str, unit: str = "article",
             total: int | None = None) -> Iterator[T]:
    show = enabled and sys.stderr.isatty()
    yield from tqdm(items, desc=desc, unit=unit, total=total, disable=not show, file=sys.stderr,
                    dynamic_ncols=True, leave=False)
