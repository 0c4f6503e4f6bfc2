"""Watching sources: poll feeds and sitemaps on a schedule, ingest their new items, remember them.

``sources.toml`` lists the sources (see ``load_sources``). Each poll fetches a source with a
conditional GET (its ETag / Last-Modified are kept in the state), takes the items not seen before,
fetches each page, runs the pipeline (with the source's relevance profile) and hands the record to
the sink (the store). Every item's outcome is written to the state as soon as it is known, so a
watcher that is stopped or killed resumes where it was. Items that failed for a passing reason (a
timeout, a 5xx, robots.txt unreadable) are tried again at later polls, up to ``MAX_ATTEMPTS``.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from dragoman.errors import ConfigError
from dragoman.ingest.conditional import ValidatorCache, Validators
from dragoman.ingest.decoding import gunzip
from dragoman.ingest.feeds import FeedItem, parse_feed
from dragoman.ingest.http import Fetcher, url_problem
from dragoman.ingest.payloads import classify, sniff
from dragoman.ingest.profiles import Profile, load_profile
from dragoman.ingest.remote import page_document
from dragoman.ingest.sitemaps import Sitemap, SitemapEntry, parse_sitemap
from dragoman.pipeline import SKIP_REASONS, run_documents
from dragoman.records import Extraction, Rejected
from dragoman.settings import Settings
from dragoman.tomlfiles import check_keys, read_toml

log = logging.getLogger("dragoman.watch")

MAX_ATTEMPTS = 5
DEFAULT_INTERVAL_S = 1800.0
_SOURCE_KEYS = {"name", "url", "interval_minutes", "profile"}
_FILE_KEYS = {"interval_minutes", "profile", "sources"}


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    interval_s: float = DEFAULT_INTERVAL_S
    profile: Profile | None = None


class WatchState(Protocol):
    """What the watcher remembers between polls and restarts (the store implements it)."""

    @property
    def validators(self) -> ValidatorCache: ...

    def last_polled(self, source_url: str) -> dt.datetime | None: ...

    def record_poll(self, source_url: str, name: str, at: dt.datetime, status: str) -> None: ...

    def item_attempts(self, source_url: str, key: str) -> int | None:
        """None: never seen; -1: done; n: failed n times for a passing reason."""
        ...

    def record_item(self, source_url: str, key: str, url: str | None, status: str, *, done: bool,
                    article_id: int | None = None) -> None: ...

    def pending_items(self, source_url: str) -> list[tuple[str, str | None]]:
        """(key, url) of the items that failed for a passing reason and may be tried again."""
        ...


class Sink(Protocol):
    def __call__(self, extraction: Extraction) -> tuple[str, int]:
        """Store one record: (status new | updated | unchanged, article id)."""
        ...


@dataclass
class PollReport:
    source: str
    feed: str = "fetched"  # fetched | not_modified | a failure reason
    items: int = 0
    new: int = 0
    retried: int = 0
    stored: Counter[str] = field(default_factory=Counter)  # new | updated | unchanged
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        parts = [f"{self.source}: feed {self.feed}", f"{self.items} items", f"{self.new} new"]
        if self.retried:
            parts.append(f"{self.retried} tried again")
        parts += [f"{n} {status}" for status, n in sorted(self.stored.items())]
        parts += [f"{n} skipped ({reason})" for reason, n in sorted(self.skipped.items())]
        parts += [f"{n} failed ({reason})" for reason, n in sorted(self.failed.items())]
        return ", ".join(parts)


def load_sources(path: str | Path) -> list[Source]:
    """Read ``sources.toml``: optional ``interval_minutes`` and ``profile`` defaults, and ``[[sources]]``
    tables with ``name``, ``url`` (a feed or a sitemap) and optional ``interval_minutes`` and ``profile``."""
    where = str(path)
    data = read_toml(path, what="sources file", hint="give the path of a sources.toml with [[sources]] tables")
    check_keys(data, _FILE_KEYS, where)
    base = Path(path).parent
    default_interval = _minutes(data.get("interval_minutes", DEFAULT_INTERVAL_S / 60), f"{where}: interval_minutes")
    profiles: dict[str, Profile] = {}

    def profile_at(value: Any, at: str) -> Profile | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise ConfigError(f"{at}: profile must be a path", hint='write profile = "profiles/topic.toml"')
        resolved = str(Path(value) if Path(value).is_absolute() else base / value)
        if resolved not in profiles:
            profiles[resolved] = load_profile(resolved)
        return profiles[resolved]

    default_profile = profile_at(data.get("profile"), where)
    sources: list[Source] = []
    for index, raw in enumerate(data.get("sources") or [], start=1):
        at = f"{where}: source {index}"
        if not isinstance(raw, dict):
            raise ConfigError(f"{at} is not a table", hint="write each source as a [[sources]] table")
        check_keys(raw, _SOURCE_KEYS, at)
        url = raw.get("url")
        problem = url_problem(url) if isinstance(url, str) else "missing"
        if problem:
            raise ConfigError(f"{at}: url {url!r} cannot be fetched ({problem})", hint='write url = "https://..."')
        interval = _minutes(raw.get("interval_minutes", default_interval / 60), f"{at}: interval_minutes")
        profile = profile_at(raw["profile"], at) if "profile" in raw else default_profile
        sources.append(Source(str(raw.get("name") or url), str(url), interval, profile))
    if not sources:
        raise ConfigError(f"the sources file {where} lists no sources", hint='add [[sources]] tables with a url')
    return sources


def _minutes(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{where} must be a positive number of minutes, not {value!r}", hint="write e.g. 30")
    return float(value) * 60


def items_of(source: Source, fetcher: Fetcher, report: PollReport) -> tuple[list[FeedItem], Validators] | None:
    """The source's items (a feed's entries, or a sitemap's pages) and the answer's validators, or None
    when there is nothing new (304) or the source failed."""
    fetched = fetcher.fetch(source.url, remember=False)
    if isinstance(fetched, Rejected):
        report.feed = fetched.reason
        if fetched.reason != "not_modified":
            log.warning("%s: %s", source.name, fetched.detail)
        return None
    data, kind = fetched.content, classify(fetched.media_type, fetched.content)
    if kind == "gzip":
        unpacked = gunzip(source.url, data, fetcher.max_bytes)
        data, kind = (b"", None) if isinstance(unpacked, Rejected) else (unpacked, sniff(unpacked))
    if kind == "sitemap":
        sitemap = parse_sitemap(source.url, data)
        if isinstance(sitemap, Rejected):
            report.feed = sitemap.reason
            return None
        entries = _index_entries(sitemap.entries, fetcher) if sitemap.is_index else sitemap.entries
        return [FeedItem(url=e.url, title=e.title, published=e.published, guid=e.url) for e in entries], \
            fetched.validators
    items = parse_feed(source.url, data, base_url=fetched.final_url)
    if isinstance(items, Rejected):
        report.feed = items.reason
        log.warning("%s: %s", source.name, items.detail)
        return None
    return items, fetched.validators


def _index_entries(children: list[SitemapEntry], fetcher: Fetcher) -> list[SitemapEntry]:
    """The pages of the sitemaps a sitemap index lists (one level)."""
    entries: list[SitemapEntry] = []
    for child in children:
        fetched = fetcher.fetch(child.url, conditional=False)
        if isinstance(fetched, Rejected):
            log.warning("%s: %s", child.url, fetched.detail)
            continue
        data = fetched.content
        if data[:2] == b"\x1f\x8b":
            unpacked = gunzip(child.url, data, fetcher.max_bytes)
            data = b"" if isinstance(unpacked, Rejected) else unpacked
        sitemap = parse_sitemap(child.url, data)
        if isinstance(sitemap, Sitemap) and not sitemap.is_index:
            entries += sitemap.entries
    return entries


def poll(source: Source, *, fetcher: Fetcher, state: WatchState, sink: Sink, settings: Settings, nlp: Any,
         now: Callable[[], dt.datetime], stop: threading.Event | None = None) -> PollReport:
    """One pass over one source: fetch it, ingest its new items, record everything in the state.

    When ``stop`` is set the pass ends after the current item, and the source is not marked as polled.
    """
    report = PollReport(source.name)
    found = items_of(source, fetcher, report)
    items, validators = found if found is not None else ([], None)
    listed = {item.key for item in items}
    retry = [FeedItem(url=url, guid=key) for key, url in state.pending_items(source.url) if key not in listed]
    for item in [*items, *retry]:
        if stop is not None and stop.is_set():  # not recorded as polled: due again at the next start
            log.info("%s: stopped after %d new items", source.name, report.new)
            return report
        report.items += item.key in listed
        attempts = state.item_attempts(source.url, item.key)
        if attempts is not None and (attempts < 0 or attempts >= MAX_ATTEMPTS):
            continue
        report.new += attempts is None
        report.retried += attempts is not None
        _ingest_item(source, item, attempts or 0, fetcher=fetcher, state=state, sink=sink, settings=settings,
                     nlp=nlp, report=report)
    if validators:  # only now: a watcher stopped half-way reads the feed in full next time
        state.validators.put(source.url, validators)
    state.record_poll(source.url, source.name, now(), report.feed)
    log.info("%s", report.line())
    return report


def _ingest_item(source: Source, item: FeedItem, attempts: int, *, fetcher: Fetcher, state: WatchState,
                 sink: Sink, settings: Settings, nlp: Any, report: PollReport) -> None:
    if not item.url:
        state.record_item(source.url, item.key, None, "no_link", done=True)
        report.failed["no_link"] += 1
        return
    fetched = fetcher.fetch(item.url, conditional=False)
    raw = fetched if isinstance(fetched, Rejected) else page_document(fetched, title=item.title, published=item.published)
    (result,) = run_documents([raw], settings, nlp=nlp, profile=source.profile)
    if isinstance(result, Rejected):
        passing = _passing(result)
        done = not passing or attempts + 1 >= MAX_ATTEMPTS
        (report.skipped if result.reason in SKIP_REASONS else report.failed)[result.reason] += 1
        state.record_item(source.url, item.key, item.url, result.reason, done=done)
        if result.reason not in SKIP_REASONS:
            log.info("%s: %s", item.url, result.detail or result.reason)
        return
    status, article_id = sink(result)
    report.stored[status] += 1
    state.record_item(source.url, item.key, item.url, status, done=True, article_id=article_id)


def _passing(rejected: Rejected) -> bool:
    """Whether a failure may go away by itself (tried again at the next poll)."""
    if rejected.reason in ("timeout", "fetch_failed", "robots_disallowed"):
        return True
    return rejected.reason == "http_status" and (" 5" in rejected.detail or " 429" in rejected.detail)


def due(sources: Iterable[Source], state: WatchState, at: dt.datetime) -> list[Source]:
    out = []
    for source in sources:
        last = state.last_polled(source.url)
        if last is None or (at - last).total_seconds() >= source.interval_s:
            out.append(source)
    return out


def watch(sources: list[Source], *, fetcher: Fetcher, state: WatchState, sink: Sink, settings: Settings,
          nlp: Any, once: bool = False, stop: threading.Event | None = None,
          now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
          after_pass: Callable[[list[PollReport]], None] | None = None) -> list[PollReport]:
    """Poll the due sources; with ``once`` return after one pass, else keep going until ``stop`` is set.

    ``after_pass`` is called with the reports of each pass that polled something (the command line
    recomputes tracking there when articles were stored)."""
    stop = stop or threading.Event()
    reports: list[PollReport] = []
    while not stop.is_set():
        polled: list[PollReport] = []
        for source in due(sources, state, now()):
            if stop.is_set():
                break
            polled.append(poll(source, fetcher=fetcher, state=state, sink=sink, settings=settings, nlp=nlp, now=now,
                               stop=stop))
        reports += polled
        if polled and after_pass is not None:
            after_pass(polled)
        if once:
            break
        stop.wait(_seconds_to_next(sources, state, now()))
    return reports


def _seconds_to_next(sources: list[Source], state: WatchState, at: dt.datetime) -> float:
    waits = []
    for source in sources:
        last = state.last_polled(source.url)
        waits.append(0.0 if last is None else source.interval_s - (at - last).total_seconds())
    return max(1.0, min(waits, default=60.0))
