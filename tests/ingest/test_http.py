"""Fetching from a real server on 127.0.0.1: robots.txt, conditional GET, retries, timeouts, caps, redirects."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from dragoman.ingest.conditional import JsonFileCache, MemoryCache
from dragoman.ingest.http import Fetched, Fetcher
from dragoman.records import Rejected
from dragoman.settings import Settings
from tests.ingest.server import Answer, Request, WebServer

PAGE = "<html><head><title>Port deal</title></head><body><p>The port authority signed a lease.</p></body></html>"


def fetch(settings: Settings, url: str, **kwargs: object) -> Fetched | Rejected:
    with Fetcher(settings, **kwargs) as fetcher:  # type: ignore[arg-type]
        return fetcher.fetch(url)


def test_page_is_fetched_with_the_user_agent_and_its_charset(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/old", Answer(200, "<p>Caf\u00e9 talks</p>".encode("latin-1"),
                             {"Content-Type": "text/html; charset=ISO-8859-1"}))
    got = fetch(fetch_settings, web.url("/old"))
    assert isinstance(got, Fetched) and got.media_type == "text/html" and got.charset == "iso-8859-1"
    (request,) = web.asked("/old")
    assert request.headers["user-agent"] == fetch_settings.user_agent


def test_robots_disallow_keeps_the_page_unfetched(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/robots.txt", Answer(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"}))
    web.page("/private/a", PAGE)
    got = fetch(fetch_settings, web.url("/private/a"))
    assert isinstance(got, Rejected) and got.reason == "robots_disallowed"
    assert web.asked("/private/a") == []


def test_robots_rules_for_our_agent_apply_and_are_read_once_per_host(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/robots.txt", Answer(200, b"User-agent: dragoman\nDisallow: /wire/\n\nUser-agent: *\nDisallow:\n"))
    web.page("/news/a", PAGE)
    web.page("/news/b", PAGE)
    web.page("/wire/c", PAGE)
    with Fetcher(fetch_settings) as fetcher:
        results = [fetcher.fetch(web.url(p)) for p in ("/news/a", "/news/b", "/wire/c")]
    assert [type(r).__name__ for r in results] == ["Fetched", "Fetched", "Rejected"]
    assert len(web.asked("/robots.txt")) == 1


def test_missing_robots_txt_allows_everything(web: WebServer, fetch_settings: Settings) -> None:
    web.page("/a", PAGE)  # /robots.txt answers 404
    assert isinstance(fetch(fetch_settings, web.url("/a")), Fetched)


def test_robots_txt_server_error_disallows_until_it_is_asked_again(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/robots.txt", Answer(503, b"busy"))
    web.page("/a", PAGE)
    with Fetcher(fetch_settings, robots_error_ttl_s=0.3) as fetcher:
        first = fetcher.fetch(web.url("/a"))
        web.route("/robots.txt", Answer(404, b""))
        second = fetcher.fetch(web.url("/a"))  # still within the 0.3 s: not asked again
        time.sleep(0.35)
        third = fetcher.fetch(web.url("/a"))
    assert isinstance(first, Rejected) and first.reason == "robots_disallowed"
    assert isinstance(second, Rejected) and second.reason == "robots_disallowed"
    assert isinstance(third, Fetched)
    assert len(web.asked("/robots.txt")) == 2
    assert len(web.asked("/a")) == 1


def test_robots_txt_that_hangs_disallows(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/robots.txt", Answer(200, b"", delay_s=3.0))
    web.page("/a", PAGE)
    got = fetch(fetch_settings.model_copy(update={"fetch_timeout_s": 0.3}), web.url("/a"))
    assert isinstance(got, Rejected) and got.reason == "robots_disallowed"


def test_unchanged_page_answers_304_to_its_etag(web: WebServer, fetch_settings: Settings, tmp_path: Path) -> None:
    def answer(request: Request) -> Answer:
        if request.headers.get("if-none-match") == '"v1"':
            return Answer(304)
        return Answer(200, PAGE.encode(), {"Content-Type": "text/html", "ETag": '"v1"'})

    web.route("/a", answer)
    cache_file = tmp_path / "http-cache.json"
    first = fetch(fetch_settings, web.url("/a"), cache=JsonFileCache(cache_file))
    second = fetch(fetch_settings, web.url("/a"), cache=JsonFileCache(cache_file))  # a new run, same file
    assert isinstance(first, Fetched) and first.validators.etag == '"v1"'
    assert isinstance(second, Rejected) and second.reason == "not_modified"
    assert web.asked("/a")[1].headers["if-none-match"] == '"v1"'


def test_last_modified_is_sent_back_as_if_modified_since(web: WebServer, fetch_settings: Settings) -> None:
    stamp = "Tue, 03 Mar 2026 10:00:00 GMT"
    web.route("/a", lambda r: Answer(304) if r.headers.get("if-modified-since") == stamp
              else Answer(200, PAGE.encode(), {"Content-Type": "text/html", "Last-Modified": stamp}))
    cache = MemoryCache()
    with Fetcher(fetch_settings, cache=cache) as fetcher:
        assert isinstance(fetcher.fetch(web.url("/a")), Fetched)
        again = fetcher.fetch(web.url("/a"))
    assert isinstance(again, Rejected) and again.reason == "not_modified"


def test_server_errors_are_retried_with_backoff_until_an_answer(web: WebServer, fetch_settings: Settings) -> None:
    answers = iter([Answer(500), Answer(503), Answer(200, PAGE.encode(), {"Content-Type": "text/html"})])
    web.route("/flaky", lambda r: next(answers))
    waits: list[float] = []
    with Fetcher(fetch_settings, sleep=waits.append) as fetcher:
        got = fetcher.fetch(web.url("/flaky"))
    assert isinstance(got, Fetched)
    assert len(web.asked("/flaky")) == 3
    assert waits == [0.01, 0.02]  # fetch_backoff_s, then twice as long


def test_server_that_keeps_failing_is_rejected_after_the_retries(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/down", Answer(500, b"oops"))
    got = fetch(fetch_settings, web.url("/down"))
    assert isinstance(got, Rejected) and got.reason == "http_status" and "HTTP 500" in got.detail
    assert len(web.asked("/down")) == fetch_settings.fetch_retries + 1


def test_client_errors_are_not_retried(web: WebServer, fetch_settings: Settings) -> None:
    got = fetch(fetch_settings, web.url("/gone"))
    assert isinstance(got, Rejected) and got.reason == "http_status" and "404" in got.detail
    assert len(web.asked("/gone")) == 1


def test_server_that_hangs_times_out(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/slow", Answer(200, PAGE.encode(), delay_s=5.0))
    settings = fetch_settings.model_copy(update={"fetch_timeout_s": 0.3, "fetch_retries": 1})
    started = time.monotonic()
    got = fetch(settings, web.url("/slow"))
    assert isinstance(got, Rejected) and got.reason == "timeout"
    assert time.monotonic() - started < 3.0
    assert len(web.asked("/slow")) == 2


def test_server_that_trickles_bytes_hits_the_deadline(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/drip", Answer(200, b"x" * 200, {"Content-Type": "text/html"}, trickle_s=0.05))
    settings = fetch_settings.model_copy(update={"fetch_timeout_s": 0.5, "fetch_retries": 0})
    started = time.monotonic()
    got = fetch(settings, web.url("/drip"))
    assert isinstance(got, Rejected) and got.reason == "timeout"
    assert time.monotonic() - started < 3.0


def test_answer_over_the_size_cap_is_dropped(web: WebServer, fetch_settings: Settings) -> None:
    settings = fetch_settings.model_copy(update={"fetch_max_mb": 0.1})
    web.route("/declared", Answer(200, b"a" * 200_000, {"Content-Type": "text/html"}))
    web.route("/chunked", Answer(200, b"a" * 200_000, {"Content-Type": "text/html"}, chunked=True))
    for path in ("/declared", "/chunked"):
        got = fetch(settings, web.url(path))
        assert isinstance(got, Rejected) and got.reason == "too_large", path


def test_redirects_are_followed_to_the_final_url(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/old", Answer(301, b"", {"Location": "/middle"}))
    web.route("/middle", Answer(302, b"", {"Location": web.url("/new")}))
    web.page("/new", PAGE)
    got = fetch(fetch_settings, web.url("/old"))
    assert isinstance(got, Fetched) and got.final_url == web.url("/new") and got.url == web.url("/old")


def test_redirect_loops_stop_at_the_limit(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/loop", Answer(302, b"", {"Location": "/loop"}))
    settings = fetch_settings.model_copy(update={"fetch_max_redirects": 3})
    got = fetch(settings, web.url("/loop"))
    assert isinstance(got, Rejected) and got.reason == "too_many_redirects"
    assert len(web.asked("/loop")) == 4


def test_redirect_to_another_scheme_is_refused(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/ftp", Answer(302, b"", {"Location": "file:///etc/passwd"}))
    got = fetch(fetch_settings, web.url("/ftp"))
    assert isinstance(got, Rejected) and got.reason == "bad_redirect"


def test_loopback_is_refused_without_allow_private(web: WebServer, fetch_settings: Settings) -> None:
    web.page("/a", PAGE)
    strict = fetch_settings.model_copy(update={"allow_private": False})
    for url in (web.url("/a"), f"http://localhost:{web.port}/a"):
        got = fetch(strict, url)
        assert isinstance(got, Rejected) and got.reason == "private_address", url
    assert web.requests == []


def test_requests_to_one_host_are_paced(web: WebServer, fetch_settings: Settings) -> None:
    for path in ("/1", "/2", "/3"):
        web.page(path, PAGE)
    settings = fetch_settings.model_copy(update={"host_delay_s": 0.25})
    with Fetcher(settings, robots=False) as fetcher:
        for path in ("/1", "/2", "/3"):
            assert isinstance(fetcher.fetch(web.url(path)), Fetched)
    times = [r.at for r in web.requests]
    assert all(later - earlier >= 0.24 for earlier, later in itertools.pairwise(times))


def test_robots_crawl_delay_slows_the_pace(web: WebServer, fetch_settings: Settings) -> None:
    web.route("/robots.txt", Answer(200, b"User-agent: *\nCrawl-delay: 1\n"))
    web.page("/1", PAGE)
    web.page("/2", PAGE)
    with Fetcher(fetch_settings) as fetcher:
        fetcher.fetch(web.url("/1"))
        fetcher.fetch(web.url("/2"))
    gap = web.asked("/2")[0].at - web.asked("/1")[0].at
    assert gap >= 0.99  # robotparser reads whole seconds


def test_not_a_url_is_rejected_without_a_request(fetch_settings: Settings) -> None:
    got = fetch(fetch_settings, "ftp://example.org/file")
    assert isinstance(got, Rejected) and got.reason == "bad_url"
