"""`dragoman extract` over the new sources: a WARC archive, a feed on 127.0.0.1, a relevance profile."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman.cli import main
from tests.ingest.articles import OFF_TOPIC, ON_TOPIC, all_pages, page_html
from tests.ingest.server import Answer, WebServer, serve
from tests.ingest.warcs import Entry, write_warc

PROFILE = str(Path(__file__).resolve().parents[1] / "examples" / "profiles" / "economic-statecraft.toml")


@pytest.fixture
def web() -> Iterator[WebServer]:
    yield from serve()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]], str]:
    code = main(["extract", *args])
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines() if line.strip()], captured.err


def test_warc_with_profile_extracts_only_the_articles_on_topic(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_PROGRESS", "false")
    path = tmp_path / "crawl.warc.gz"
    entries = [Entry(f"https://news.example.org/{slug}", html.encode()) for slug, html in all_pages().items()]
    entries.append(Entry("https://news.example.org/annual-report.pdf", b"%PDF-1.7 ...", content_type="application/pdf"))
    write_warc(path, entries)
    code, records, err = run(capsys, str(path), "--profile", PROFILE)
    urls = sorted(r["article"]["url"] for r in records)  # type: ignore[index]
    assert urls == sorted(f"https://news.example.org/{slug}" for slug in ON_TOPIC)
    assert f"{len(OFF_TOPIC)} skipped ({len(OFF_TOPIC)} off_profile)" in err
    assert "1 rejected (1 not_html)" in err
    assert code == 1  # the PDF is a failure; skipped pages are not


def test_feed_url_is_fetched_with_allow_private(web: WebServer, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    for env, value in {"DRAGOMAN_PROGRESS": "false", "DRAGOMAN_HOST_DELAY_S": "0"}.items():
        monkeypatch.setenv(env, value)
    web.page("/news/one", page_html(*ON_TOPIC["tariff-talks"]))
    rss = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
           f'<item><title>Tariffs cut</title><link>{web.url("/news/one")}</link></item></channel></rss>')
    web.route("/feed", Answer(200, rss.encode(), {"Content-Type": "application/rss+xml"}))
    refused, _, err = run(capsys, web.url("/feed"), "--quiet")
    assert refused == 1 and "private_address" in err and web.requests == []
    code, records, err = run(capsys, web.url("/feed"), "--allow-private", "--quiet")
    assert code == 0, err
    (record,) = records
    assert record["article"]["title"] == "Tariffs cut"  # type: ignore[index]


def test_ingest_with_a_profile_stores_only_the_articles_on_topic(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_PROGRESS", "false")
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [Entry(f"https://news.example.org/{slug}", html.encode()) for slug, html in all_pages().items()])
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    code = main(["ingest", str(path), "--db", db, "--profile", PROFILE])
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"{len(ON_TOPIC)} extracted" in err and f"{len(OFF_TOPIC)} skipped ({len(OFF_TOPIC)} off_profile)" in err
