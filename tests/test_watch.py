"""`dragoman watch`: feeds on a server on 127.0.0.1 polled into a real database, state kept across runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dragoman.cli import main
from dragoman.errors import ConfigError
from dragoman.ingest.http import Fetcher
from dragoman.records import Extraction
from dragoman.settings import Settings
from dragoman.store import Store
from dragoman.store.tracked import last_run
from dragoman.store.watching import WatchStore
from dragoman.watch import MAX_ATTEMPTS, PollReport, Source, load_sources, watch
from tests.ingest.articles import OFF_TOPIC, ON_TOPIC, page_html
from tests.ingest.server import Answer, Request, WebServer, serve

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "examples" / "profiles" / "economic-statecraft.toml"


class Feed:
    """An RSS feed whose items can change, answering 304 to its current ETag."""

    def __init__(self, web: WebServer, slugs: list[str]) -> None:
        self.web, self.slugs, self.version = web, list(slugs), 1
        web.route("/feed.rss", self.answer)
        for slug, (title, text) in {**ON_TOPIC, **OFF_TOPIC}.items():
            web.page(f"/news/{slug}", page_html(title, text))

    def answer(self, request: Request) -> Answer:
        etag = f'"v{self.version}"'
        if request.headers.get("if-none-match") == etag:
            return Answer(304)
        items = "".join(f"<item><title>{slug}</title><link>{self.web.url('/news/' + slug)}</link>"
                        f"<guid isPermaLink=\"false\">{slug}</guid></item>" for slug in self.slugs)
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
        return Answer(200, body.encode(), {"Content-Type": "application/rss+xml", "ETag": etag})

    def add(self, slug: str) -> None:
        self.slugs.append(slug)
        self.version += 1


@pytest.fixture
def web() -> Iterator[WebServer]:
    yield from serve()


@pytest.fixture
def watch_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"allow_private": True, "host_delay_s": 0.0, "fetch_timeout_s": 1.0,
                                       "fetch_backoff_s": 0.01, "fetch_retries": 0})


def run_watch(db_url: str, sources: list[Source], settings: Settings, nlp: Any,
              sink_fails_after: int | None = None) -> list[PollReport]:
    with Store.open(db_url) as store:
        state = WatchStore(store)
        stored: list[int] = []

        def sink(extraction: Extraction) -> tuple[str, int]:
            if sink_fails_after is not None and len(stored) >= sink_fails_after:
                raise KeyboardInterrupt  # the process is stopped half-way through a poll
            done = store.ingest(extraction)
            stored.append(done.article_id)
            return done.status, done.article_id

        with Fetcher(settings, cache=state.validators) as fetcher:
            return watch(sources, fetcher=fetcher, state=state, sink=sink, settings=settings, nlp=nlp, once=True)


def source(web: WebServer, **extra: Any) -> Source:
    return Source(name="Wire", url=web.url("/feed.rss"), interval_s=0.001, **extra)


def test_new_items_are_ingested_and_an_unchanged_feed_costs_a_304(web: WebServer, db_url: str,
                                                                  watch_settings: Settings, nlp: Any) -> None:
    feed = Feed(web, ["lithium-offtake", "rail-loan"])
    (first,) = run_watch(db_url, [source(web)], watch_settings, nlp)
    assert first.feed == "fetched" and first.new == 2 and first.stored == {"new": 2}
    (second,) = run_watch(db_url, [source(web)], watch_settings, nlp)
    assert second.feed == "not_modified" and second.new == 0
    assert len(web.asked("/news/rail-loan")) == 1
    feed.add("tariff-talks")
    (third,) = run_watch(db_url, [source(web)], watch_settings, nlp)
    assert third.items == 3 and third.new == 1 and third.stored == {"new": 1}
    assert len(web.asked("/news/rail-loan")) == 1


def test_items_off_the_profile_are_remembered_as_skipped(web: WebServer, db_url: str, watch_settings: Settings,
                                                         nlp: Any) -> None:
    from dragoman.ingest.profiles import load_profile

    Feed(web, ["rail-loan", "cup-final"])
    (report,) = run_watch(db_url, [source(web, profile=load_profile(PROFILE))], watch_settings, nlp)
    assert report.stored == {"new": 1} and report.skipped == {"off_profile": 1}
    with Store.open(db_url) as store:
        statuses = {key: (status, done) for key, status, done, _ in WatchStore(store).items(web.url("/feed.rss"))}
    assert statuses == {"rail-loan": ("new", True), "cup-final": ("off_profile", True)}


def test_watcher_stopped_half_way_resumes_without_fetching_items_again(web: WebServer, db_url: str,
                                                                       watch_settings: Settings, nlp: Any) -> None:
    Feed(web, ["lithium-offtake", "rail-loan", "tariff-talks"])
    with pytest.raises(KeyboardInterrupt):
        run_watch(db_url, [source(web)], watch_settings, nlp, sink_fails_after=1)
    (report,) = run_watch(db_url, [source(web)], watch_settings, nlp)
    assert report.feed == "fetched"  # the feed's ETag was not saved by the stopped run
    assert report.new == 2 and report.stored == {"new": 2}
    assert len(web.asked("/news/lithium-offtake")) == 1


def test_failing_item_is_tried_again_at_later_polls_up_to_a_limit(web: WebServer, db_url: str,
                                                                  watch_settings: Settings, nlp: Any) -> None:
    Feed(web, ["rail-loan"])
    web.route("/news/rail-loan", Answer(503, b"busy"))
    reports = [run_watch(db_url, [source(web)], watch_settings, nlp)[0] for _ in range(MAX_ATTEMPTS + 1)]
    assert reports[0].failed == {"http_status": 1}
    assert reports[1].feed == "not_modified" and reports[1].retried == 1
    assert len(web.asked("/news/rail-loan")) == MAX_ATTEMPTS
    web.page("/news/rail-loan", page_html(*ON_TOPIC["rail-loan"]))
    assert run_watch(db_url, [source(web)], watch_settings, nlp)[0].retried == 0  # given up


def test_feed_that_is_not_xml_is_logged_not_fatal(web: WebServer, db_url: str, watch_settings: Settings,
                                                  nlp: Any) -> None:
    web.route("/feed.rss", Answer(200, b"<html><body>moved</body></html>", {"Content-Type": "application/rss+xml"}))
    (report,) = run_watch(db_url, [source(web)], watch_settings, nlp)
    assert report.feed == "bad_feed" and report.new == 0


def test_source_polled_within_its_interval_waits(web: WebServer, db_url: str, watch_settings: Settings,
                                                 nlp: Any) -> None:
    Feed(web, ["rail-loan"])
    slow = Source(name="Wire", url=web.url("/feed.rss"), interval_s=3600)
    assert len(run_watch(db_url, [slow], watch_settings, nlp)) == 1
    assert run_watch(db_url, [slow], watch_settings, nlp) == []
    with Store.open(db_url) as store:
        polled = WatchStore(store).last_polled(slow.url)
    assert polled is not None and dt.datetime.now(dt.UTC) - polled < dt.timedelta(minutes=1)


def test_cli_watch_once_logs_each_poll(web: WebServer, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for env, value in {"DRAGOMAN_PROGRESS": "false", "DRAGOMAN_HOST_DELAY_S": "0"}.items():
        monkeypatch.setenv(env, value)
    Feed(web, ["lithium-offtake", "cup-final"])
    sources = tmp_path / "sources.toml"
    sources.write_text(f'profile = "{PROFILE}"\n\n[[sources]]\nname = "Harbour Wire"\nurl = "{web.url("/feed.rss")}"\n'
                       "interval_minutes = 15\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    assert main(["watch", "--sources", str(sources), "--db", db, "--once", "--allow-private"]) == 0
    err = capsys.readouterr().err
    assert "Harbour Wire: feed fetched, 2 items, 2 new, 1 new, 1 skipped (off_profile)" in err
    assert main(["deals", "--db", db, "--json"]) == 0


@pytest.mark.parametrize("track", [True, False])
def test_cli_watch_recomputes_tracking_after_a_poll_that_stored_articles(
        web: WebServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        track: bool) -> None:
    for env, value in {"DRAGOMAN_PROGRESS": "false", "DRAGOMAN_HOST_DELAY_S": "0", "DRAGOMAN_TODAY": "2026-03-01"}.items():
        monkeypatch.setenv(env, value)
    Feed(web, ["lithium-offtake"])
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[sources]]\nname = "Harbour Wire"\nurl = "{web.url("/feed.rss")}"\n', encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    assert main(["watch", "--sources", str(sources), "--db", db, "--once", "--allow-private",
                 *([] if track else ["--no-track"])]) == 0
    err = capsys.readouterr().err
    assert ("tracked as of 2026-03-01" in err) is track
    with Store.open(db) as store:
        run = last_run(store)
    assert (run["as_of"] if run else None) == ("2026-03-01" if track else None)


@pytest.mark.parametrize(("text", "message"), [
    ("[[sources]]\nname = 'x'\n", "cannot be fetched"),
    ("[[sources]]\nurl = 'ftp://example.org/feed'\n", "cannot be fetched"),
    ("[[sources]]\nurl = 'https://example.org/feed'\nevery = 5\n", "unknown key 'every'"),
    ("interval_minutes = 0\n[[sources]]\nurl = 'https://example.org/feed'\n", "positive number of minutes"),
    ("title = 'nothing'\n", "unknown key"),
    ("", "lists no sources"),
])
def test_bad_sources_file_is_a_config_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_sources(path)
    assert message in caught.value.message


def test_sources_file_profiles_are_resolved_beside_it(tmp_path: Path) -> None:
    (tmp_path / "topic.toml").write_text(PROFILE.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "sources.toml"
    path.write_text("interval_minutes = 10\n[[sources]]\nurl = 'https://example.org/a.rss'\nprofile = 'topic.toml'\n"
                    "[[sources]]\nurl = 'https://example.org/b.xml'\ninterval_minutes = 60\n", encoding="utf-8")
    first, second = load_sources(path)
    assert first.profile is not None and first.interval_s == 600
    assert second.profile is None and second.interval_s == 3600 and second.name == "https://example.org/b.xml"


def test_stop_ends_a_poll_after_the_current_item_and_leaves_the_source_due(web: WebServer, db_url: str,
                                                                           watch_settings: Settings, nlp: Any) -> None:
    import threading

    Feed(web, ["lithium-offtake", "rail-loan", "tariff-talks"])
    stop = threading.Event()
    with Store.open(db_url) as store:
        state = WatchStore(store)

        def sink(extraction: Extraction) -> tuple[str, int]:
            stop.set()  # a signal arrives while the first item is being stored
            done = store.ingest(extraction)
            return done.status, done.article_id

        with Fetcher(watch_settings, cache=state.validators) as fetcher:
            slow = Source(name="Wire", url=web.url("/feed.rss"), interval_s=3600)
            (report,) = watch([slow], fetcher=fetcher, state=state, sink=sink, settings=watch_settings, nlp=nlp,
                              stop=stop)
        assert report.stored == {"new": 1}
        assert state.last_polled(slow.url) is None
