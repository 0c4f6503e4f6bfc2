"""Politeness: at most one request per host every ``delay`` seconds (longer when robots.txt asks)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

#: A robots.txt Crawl-delay longer than this is capped (a feed must still be readable).
MAX_CRAWL_DELAY_S = 60.0


class HostPacer:
    """``wait(host)`` blocks until the host's delay since its previous request has passed."""

    def __init__(self, delay_s: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay_s = max(0.0, delay_s)
        self.clock = clock
        self.sleep = sleep
        self._next: dict[str, float] = {}
        self._delays: dict[str, float] = {}
        self._lock = threading.Lock()

    def set_delay(self, host: str, delay_s: float | None) -> None:
        """A host-specific delay (robots.txt Crawl-delay), never below the general one."""
        if delay_s is not None:
            with self._lock:
                self._delays[host] = min(MAX_CRAWL_DELAY_S, max(self.delay_s, delay_s))

    def wait(self, host: str) -> None:
        with self._lock:
            now = self.clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self._delays.get(host, self.delay_s)
        if start > now:
            self.sleep(start - now)
