"""Web fixtures: a ledger filled by the real ``dragoman ingest``, a live server, and Chromium.

The ledger holds our own test articles (tests/fixtures/web, some of them hostile: script tags,
event-handler attributes, ``javascript:`` links, HTML in titles and quotes), a record with a
``javascript:`` address ingested with ``--records``, and the demo corpus (examples/) when present,
tracked as of ``TODAY`` (the app counts days left from it too).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from dragoman.cli import main
from dragoman.settings import Settings
from dragoman.store import Store
from tests.conftest import FIXTURES, ROOT
from tests.web.live import LiveServer

TODAY = dt.date(2026, 11, 22)  # the day examples/EXPECTED.md describes: tracking and days left count from it
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE_URL = "javascript:window.__pwned='url'"
HOSTILE_BODY = (
    "Ministers <em>meet</em> in Tallinn\n\n"
    "TALLINN, May 4 - Estonia and Finland agreed on Thursday to study a rail tunnel under the gulf, "
    "officials said. \"We open <script>window.__pwned='record'</script> a new chapter,\" said "
    "Minister Kadri Tamm after the meeting."
)


def hostile_record() -> dict[str, Any]:
    """An extraction record (as ``dragoman extract`` prints) with a javascript: address and HTML in it."""
    quote_text = "We open <script>window.__pwned='record'</script> a new chapter"
    evidence = HOSTILE_BODY[HOSTILE_BODY.index("\"We open"):]
    start = HOSTILE_BODY.index(evidence)
    return {
        "article": {"id": "hostile-record-1", "source": "hostile.jsonl", "url": HOSTILE_URL,
                    "outlet": "<b>Bold Outlet</b>", "title": "<script>window.__pwned='rtitle'</script> Gulf tunnel",
                    "published": "2026-05-04", "language": "en", "body": HOSTILE_BODY},
        "entities": [{"name": "Kadri Tamm", "type": "person", "title": "Minister", "extractor": "entities@1"}],
        "quotes": [{"speaker": "Kadri Tamm", "text": quote_text, "evidence": evidence, "extractor": "quotes@1",
                    "span": [start, start + len(evidence)]}],
    }


@pytest.fixture(scope="session")
def ledger_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("web-ledger")
    url = f"sqlite:///{folder / 'ledger.db'}"
    sources = [str(FIXTURES / "web")]
    if (ROOT / "examples" / "text").is_dir():
        sources.append(str(ROOT / "examples"))
    assert main(["ingest", "--db", url, "--quiet", *sources]) == 0
    records = folder / "hostile.jsonl"
    records.write_text(json.dumps(hostile_record()) + "\n", encoding="utf-8")
    assert main(["ingest", "--db", url, "--quiet", "--records", str(records)]) == 0
    assert main(["track", "--db", url, "--as-of", TODAY.isoformat(), "--no-deliver"]) == 0  # a fixed day, not today
    return url


@pytest.fixture(scope="session")
def server(ledger_url: str) -> Iterator[LiveServer]:
    from dragoman.web import create_app

    live = LiveServer(create_app(Settings(db=ledger_url, progress=False), today=TODAY)).start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture(scope="session")
def http(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def ledger(ledger_url: str) -> Iterator[Store]:
    with Store.open(ledger_url) as store:
        yield store


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Tab:
    """A browser page that records console errors, page errors, dialogs and failed requests."""

    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.base = base
        self.problems: list[str] = []
        page.on("console", lambda msg: self.problems.append(f"console {msg.type}: {msg.text}")
                if msg.type in ("error", "warning") else None)
        page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        page.on("dialog", lambda dialog: (self.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        page.on("requestfailed", lambda req: self.problems.append(f"request failed: {req.url} ({req.failure})")
                if req.failure != "net::ERR_ABORTED" else None)  # a navigation cancels pending loads

    def open(self, path: str) -> Any:
        response = self.page.goto(self.base + path, wait_until="networkidle")
        return response

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def pwned(self) -> Any:
        return self.page.evaluate("() => window.__pwned")


@pytest.fixture
def tab(chromium: Any, server: LiveServer) -> Iterator[Tab]:
    context = chromium.new_context(viewport={"width": 1360, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    try:
        yield Tab(page, server.url)
    finally:
        context.close()
