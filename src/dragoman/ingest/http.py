"""Fetching one URL politely and safely: the answer's bytes, or a ``Rejected`` saying why not.

``Fetcher.fetch`` applies, in order: the URL check, robots.txt (cached per host), the per-host
pace, conditional GET (ETag / Last-Modified from a ``ValidatorCache``), retries with exponential
backoff on 5xx, 429 and timeouts, a size cap (the body is streamed and dropped past the cap), a
deadline per attempt (a server that trickles bytes cannot hold a fetch forever), and a limited
number of redirects, every hop going through the SSRF guard (``transport.GuardedTransport``).
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from dragoman.ingest.addresses import AddressRefused
from dragoman.ingest.conditional import ValidatorCache, Validators
from dragoman.ingest.pacing import HostPacer
from dragoman.ingest.robots import RobotsAnswer, RobotsCache
from dragoman.ingest.transport import GuardedTransport
from dragoman.records import Rejected
from dragoman.settings import Settings

ACCEPT = ("text/html,application/xhtml+xml;q=0.9,application/rss+xml;q=0.9,application/atom+xml;q=0.9,"
          "application/xml;q=0.8,text/plain;q=0.7,*/*;q=0.5")
ROBOTS_MAX_BYTES = 512_000
MAX_BACKOFF_S = 60.0
REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class Fetched:
    """A successful answer: where it finally came from, its media type, charset and bytes."""

    url: str
    final_url: str
    status: int
    content: bytes
    media_type: str = ""
    charset: str | None = None
    validators: Validators = field(default_factory=Validators)


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: httpx.Headers
    content: bytes


class _TooLarge(Exception):
    pass


class _Deadline(Exception):
    pass


def split_content_type(value: str | None) -> tuple[str, str | None]:
    """``"text/html; charset=ISO-8859-1"`` -> ``("text/html", "iso-8859-1")``."""
    if not value:
        return "", None
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return media.strip().lower(), charset


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched at all, or None."""
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return f"only http and https URLs are fetched, not {parts.scheme or 'a relative URL'!r}"
    if not parts.hostname:
        return "the URL names no host"
    return None


class Fetcher:
    """Fetches URLs under the settings' limits; share one per run (it keeps connections and caches)."""

    def __init__(self, settings: Settings, *, cache: ValidatorCache | None = None, robots: bool = True,
                 robots_error_ttl_s: float = 600.0, sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self.cache = cache
        self.sleep = sleep
        self.max_bytes = int(settings.fetch_max_mb * 1_000_000)
        self.pacer = HostPacer(settings.host_delay_s, sleep=sleep)
        self.client = httpx.Client(
            transport=GuardedTransport(allow_private=settings.allow_private),
            headers={"User-Agent": settings.user_agent, "Accept": ACCEPT},
            timeout=httpx.Timeout(settings.fetch_timeout_s),
            follow_redirects=False,
            trust_env=False,
        )
        self.robots = (RobotsCache(self._fetch_robots, settings.user_agent, error_ttl_s=robots_error_ttl_s)
                       if robots else None)
        self.requests = 0  # requests sent, robots.txt included (for summaries and tests)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()
        flush = getattr(self.cache, "flush", None)
        if callable(flush):
            flush()

    def fetch(self, url: str, *, conditional: bool = True, remember: bool = True) -> Fetched | Rejected:
        """GET ``url``; a 304 against remembered validators is ``Rejected(reason="not_modified")``.

        ``remember=False`` leaves the new validators out of the cache: the caller puts them there
        once it has used the answer (a watcher killed half-way must not find the feed "unchanged").
        """
        problem = url_problem(url)
        if problem:
            return Rejected(source=url, reason="bad_url", detail=problem)
        remembered = self.cache.get(url) if (self.cache is not None and conditional) else None
        extra = remembered.headers() if remembered else {}
        answer = self._follow(url, extra, self.max_bytes, check_robots=self.robots is not None,
                              retries=self.settings.fetch_retries)
        if isinstance(answer, Rejected):
            return answer
        final_url, got = answer
        if got.status == 304 and remembered:
            return Rejected(source=url, reason="not_modified",
                            detail="unchanged since the last fetch (the server answered 304)")
        if not 200 <= got.status < 300:
            return Rejected(source=url, reason="http_status", detail=f"HTTP {got.status} from {final_url}")
        validators = Validators(got.headers.get("etag"), got.headers.get("last-modified"))
        if self.cache is not None and validators and remember:
            self.cache.put(url, validators)
        media, charset = split_content_type(got.headers.get("content-type"))
        return Fetched(url=url, final_url=final_url, status=got.status, content=got.content,
                       media_type=media, charset=charset, validators=validators)

    def _follow(self, url: str, extra: dict[str, str], max_bytes: int, *, check_robots: bool,
                retries: int) -> tuple[str, _Answer] | Rejected:
        current = url
        for _hop in range(self.settings.fetch_max_redirects + 1):
            if check_robots and self.robots is not None:
                verdict = self.robots.check(current)
                if not verdict.allowed:
                    return Rejected(source=url, reason="robots_disallowed", detail=f"{current}: {verdict.why}")
                self.pacer.set_delay(urlsplit(current).netloc, self.robots.crawl_delay(current))
            answer = self._request(url, current, extra, max_bytes, retries)
            if isinstance(answer, Rejected):
                return answer
            location = answer.headers.get("location")
            if answer.status not in REDIRECTS or not location:
                return current, answer
            target = urljoin(current, location)
            problem = url_problem(target)
            if problem:
                return Rejected(source=url, reason="bad_redirect", detail=f"{current} redirects to {target}: {problem}")
            current = target
        return Rejected(source=url, reason="too_many_redirects",
                        detail=f"more than {self.settings.fetch_max_redirects} redirects (setting fetch_max_redirects)")

    def _request(self, source: str, url: str, extra: dict[str, str], max_bytes: int,
                 retries: int) -> _Answer | Rejected:
        host = urlsplit(url).netloc
        failure: Rejected | None = None
        for attempt in range(retries + 1):
            if attempt:
                self.sleep(min(MAX_BACKOFF_S, self.settings.fetch_backoff_s * 2 ** (attempt - 1)))
            self.pacer.wait(host)
            try:
                answer = self._once(url, extra, max_bytes)
            except AddressRefused as exc:
                return Rejected(source=source, reason="private_address", detail=str(exc))
            except socket.gaierror as exc:
                return Rejected(source=source, reason="fetch_failed", detail=f"{url}: the host name does not resolve ({exc})")
            except _TooLarge:
                return Rejected(source=source, reason="too_large",
                                detail=f"{url}: the answer is over {max_bytes / 1e6:g} MB (setting fetch_max_mb)")
            except (httpx.TimeoutException, _Deadline):
                failure = Rejected(source=source, reason="timeout",
                                   detail=f"{url}: no complete answer within {self.settings.fetch_timeout_s:g} s "
                                   "(setting fetch_timeout_s)")
                continue
            except (httpx.TransportError, OSError) as exc:
                failure = Rejected(source=source, reason="fetch_failed", detail=f"{url}: {type(exc).__name__}: {exc}")
                continue
            if answer.status >= 500 or answer.status == 429:
                failure = Rejected(source=source, reason="http_status", detail=f"HTTP {answer.status} from {url}")
                continue
            return answer
        assert failure is not None
        tries = f"{retries + 1} attempts" if retries else "1 attempt"
        return failure.model_copy(update={"detail": f"{failure.detail}; gave up after {tries} (setting fetch_retries)"})

    def _once(self, url: str, extra: dict[str, str], max_bytes: int) -> _Answer:
        self.requests += 1
        deadline = time.monotonic() + self.settings.fetch_timeout_s
        with self.client.stream("GET", url, headers=extra) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _TooLarge
            chunks: list[bytes] = []
            size = 0
            if response.status_code not in REDIRECTS and response.status_code != 304:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise _TooLarge
                    if time.monotonic() > deadline:
                        raise _Deadline
                    chunks.append(chunk)
            return _Answer(response.status_code, response.headers, b"".join(chunks))

    def _fetch_robots(self, url: str) -> RobotsAnswer:
        answer = self._follow(url, {}, ROBOTS_MAX_BYTES, check_robots=False, retries=0)
        if isinstance(answer, Rejected):
            if answer.reason == "http_status":
                return _status_of(answer.detail), ""
            if answer.reason in ("too_many_redirects", "bad_redirect", "bad_url", "private_address"):
                return 404, ""  # no usable robots.txt; the page's own fetch says why if it fails too
            if answer.reason == "too_large":
                return 200, ""
            return None
        _, got = answer
        return got.status, got.content.decode("utf-8", "replace")


def _status_of(detail: str) -> int:
    """The status code in a ``"HTTP 503 from ..."`` detail."""
    try:
        return int(detail.split()[1])
    except (IndexError, ValueError):
        return 500
