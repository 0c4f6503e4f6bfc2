"""Plain-text tables that fit the terminal: long columns are cut with an ellipsis."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from typing import Any

Column = tuple[str, str]  # (key in the row, header)
GAP = "  "
MIN_WIDTH = 4


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    return " ".join(str(value).split())


def terminal_width() -> int:
    return max(40, shutil.get_terminal_size((120, 24)).columns)


def render(rows: Sequence[dict[str, Any]], columns: Sequence[Column], width: int | None = None) -> str:
    """The rows as an aligned table no wider than ``width`` (the terminal's by default)."""
    width = width or terminal_width()
    texts = [[cell(row.get(key)) for key, _ in columns] for row in rows]
    widths = [max([len(header)] + [len(t[i]) for t in texts]) for i, (_, header) in enumerate(columns)]
    budget = width - len(GAP) * (len(columns) - 1)
    while sum(widths) > budget:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= MIN_WIDTH:
            break  # every column is as narrow as it can be: the terminal is narrower than the table
        widths[widest] -= 1
    lines = [GAP.join(_fit(h, w) for (_, h), w in zip(columns, widths, strict=True)).rstrip()]
    lines.append(GAP.join("-" * w for w in widths))
    for t in texts:
        lines.append(GAP.join(_fit(v, w) for v, w in zip(t, widths, strict=True)).rstrip())
    return "\n".join(lines)


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: max(0, width - 1)] + "\u2026"
