"""robots.txt, read once per host and cached, with the rules of RFC 9309 for failures.

- 2xx: the rules apply (``urllib.robotparser``), with the file's Crawl-delay if it names one;
- 4xx (the file does not exist, or is forbidden): everything is allowed;
- 5xx, timeouts, network errors: everything is disallowed for ``error_ttl_s``, then asked again.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

#: A robots.txt answer: (status, body) or None when the server could not be reached.
RobotsAnswer = tuple[int, str] | None


@dataclass
class _Entry:
    parser: urllib.robotparser.RobotFileParser | None  # None: no rules
    allow_all: bool
    expires: float
    crawl_delay: float | None = None


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    why: str = ""


class RobotsCache:
    """Answers ``check(url)`` from each host's robots.txt, fetched through ``fetch_robots``."""

    def __init__(self, fetch_robots: Callable[[str], RobotsAnswer], user_agent: str, *,
                 ttl_s: float = 24 * 3600.0, error_ttl_s: float = 600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.fetch_robots = fetch_robots
        self.agent = user_agent.split("/")[0].split()[0] if user_agent.strip() else "*"
        self.ttl_s = ttl_s
        self.error_ttl_s = error_ttl_s
        self.clock = clock
        self._entries: dict[str, _Entry] = {}
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}

    def check(self, url: str) -> Verdict:
        parts = urlsplit(url)
        entry = self._entry(f"{parts.scheme}://{parts.netloc}")
        if entry.allow_all:
            return Verdict(True)
        if entry.parser is None:
            return Verdict(False, "robots.txt could not be read (server error or timeout); "
                                  f"asked again after {self.error_ttl_s:.0f} s")
        if entry.parser.can_fetch(self.agent, url):
            return Verdict(True)
        return Verdict(False, f"robots.txt of {parts.netloc} disallows it for {self.agent}")

    def crawl_delay(self, url: str) -> float | None:
        parts = urlsplit(url)
        with self._lock:
            entry = self._entries.get(f"{parts.scheme}://{parts.netloc}")
        return entry.crawl_delay if entry else None

    def _entry(self, origin: str) -> _Entry:
        with self._lock:
            host_lock = self._host_locks.setdefault(origin, threading.Lock())
        with host_lock:  # one robots.txt request per host, even with several threads
            with self._lock:
                entry = self._entries.get(origin)
            now = self.clock()
            if entry is None or entry.expires <= now:
                entry = self._load(origin, now)
                with self._lock:
                    self._entries[origin] = entry
            return entry

    def _load(self, origin: str, now: float) -> _Entry:
        answer = self.fetch_robots(f"{origin}/robots.txt")
        if answer is None:
            return _Entry(None, False, now + self.error_ttl_s)
        status, text = answer
        if status >= 500 or status == 429:
            return _Entry(None, False, now + self.error_ttl_s)
        if status >= 400 or not (200 <= status < 300):
            return _Entry(None, True, now + self.ttl_s)
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(self.agent)
        return _Entry(parser, False, now + self.ttl_s, float(delay) if delay is not None else None)
