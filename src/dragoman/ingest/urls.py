"""Files of URLs. The rule: a file is a list of URLs when its name ends in ``.urls``, or when it is a
``.txt`` file whose non-empty lines (``#`` comments aside) are all http(s) URLs. One URL a line."""

from __future__ import annotations

import re
from pathlib import Path

URL_LIST_SUFFIX = ".urls"
_URL = re.compile(r"^https?://\S+$", re.I)
_SNIFF_BYTES = 1_000_000


def is_url(text: str) -> bool:
    return bool(_URL.match(text.strip()))


def url_lines(text: str) -> list[tuple[int, str]]:
    """(line number, content) of every line that is not blank and not a ``#`` comment."""
    out = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            out.append((lineno, stripped))
    return out


def looks_like_url_list(path: Path) -> bool:
    """A ``.txt`` file (under 1 MB) whose every non-empty, non-comment line is a URL."""
    try:
        if path.stat().st_size > _SNIFF_BYTES:
            return False
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    lines = url_lines(text)
    return bool(lines) and all(is_url(line) for _, line in lines)
