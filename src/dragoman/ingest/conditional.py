"""Conditional GET: remembering a URL's ETag and Last-Modified so that an unchanged page costs a 304.

``ValidatorCache`` is the interface (``get`` and ``put``); a database table can back it (the
store's), ``JsonFileCache`` keeps it in one JSON file, ``MemoryCache`` in memory.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from dragoman.errors import ConfigError


@dataclass(frozen=True)
class Validators:
    """What a server said about a response, to send back as If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


class ValidatorCache(Protocol):
    def get(self, url: str) -> Validators | None: ...

    def put(self, url: str, validators: Validators) -> None: ...


class MemoryCache:
    def __init__(self) -> None:
        self._items: dict[str, Validators] = {}

    def get(self, url: str) -> Validators | None:
        return self._items.get(url)

    def put(self, url: str, validators: Validators) -> None:
        self._items[url] = validators


class JsonFileCache:
    """Validators in one JSON file (``{url: {"etag": ..., "last_modified": ...}}``), written atomically.

    Writes are batched: every ``flush_every`` changes and on ``flush()`` / ``close()``.
    """

    def __init__(self, path: str | Path, *, flush_every: int = 50) -> None:
        self.path = Path(path)
        self.flush_every = flush_every
        self._lock = threading.Lock()
        self._dirty = 0
        self._items: dict[str, Validators] = {}
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self._items = {url: Validators(v.get("etag"), v.get("last_modified")) for url, v in data.items()}
            except (OSError, ValueError, AttributeError) as exc:
                raise ConfigError(f"the HTTP cache file {self.path} is not readable JSON ({exc})",
                                  hint="delete it; it only saves bandwidth and is rebuilt") from exc

    def get(self, url: str) -> Validators | None:
        with self._lock:
            return self._items.get(url)

    def put(self, url: str, validators: Validators) -> None:
        with self._lock:
            self._items[url] = validators
            self._dirty += 1
            due = self._dirty >= self.flush_every
        if due:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            if not self._dirty:
                return
            data = {url: asdict(v) for url, v in self._items.items()}
            self._dirty = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=0, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def close(self) -> None:
        self.flush()
