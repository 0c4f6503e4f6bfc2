"""URLs, feeds, sitemaps and URL lists through ``read_inputs``, served by a real server on 127.0.0.1."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman.ingest import RawDocument, read_inputs
from dragoman.ingest.http import Fetcher
from dragoman.records import Rejected
from dragoman.settings import Settings
from tests.ingest.articles import all_pages
from tests.ingest.server import Answer, WebServer

LIMIT = 1_000_000

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Wire</title><link>{base}/</link>
<item><title>Namibia signs lithium offtake</title><link>{base}/news/lithium-offtake</link>
<guid>hw-1</guid><pubDate>Wed, 04 Mar 2026 09:30:00 GMT</pubDate></item>
<item><title>Rail loan weighed</title><link>/news/rail-loan</link><guid>hw-2</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Straits Ledger</title><id>urn:sl</id>
<updated>2026-07-02T08:00:00Z</updated>
<entry><title>Tariffs cut</title><id>urn:sl:1</id><link href="{base}/news/tariff-talks"/>
<updated>2026-07-02T08:00:00Z</updated></entry></feed>"""

URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/news/cup-final</loc><lastmod>2026-05-01</lastmod></url>
<url><loc>{base}/news/bread-recipe</loc>
  <news:news><news:publication><news:name>Kitchen Post</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>2026-05-02</news:publication_date><news:title>A loaf</news:title></news:news></url>
</urlset>"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-news.xml.gz</loc></sitemap>
</sitemapindex>"""


@pytest.fixture
def site(web: WebServer) -> WebServer:
    for slug, html in all_pages().items():
        web.page(f"/news/{slug}", html)
    base = web.url("")
    web.route("/feed.rss", Answer(200, RSS.format(base=base).encode(), {"Content-Type": "application/rss+xml"}))
    web.route("/atom.xml", Answer(200, ATOM.format(base=base).encode(), {"Content-Type": "application/atom+xml"}))
    web.route("/sitemap.xml", Answer(200, URLSET.format(base=base).encode(), {"Content-Type": "application/xml"}))
    web.route("/sitemap-index.xml", Answer(200, INDEX.format(base=base).encode(), {"Content-Type": "text/xml"}))
    web.route("/sitemap-news.xml.gz", Answer(200, gzip.compress(URLSET.format(base=base).encode()),
                                             {"Content-Type": "application/gzip"}))
    web.route("/report.pdf", Answer(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", {"Content-Type": "application/pdf"}))
    web.route("/photo.jpg", Answer(200, b"\xff\xd8\xff\xe0\x00\x10JFIF", {"Content-Type": "image/jpeg"}))
    web.route("/broken.rss", Answer(200, b"<html><body>Our feed moved</body></html>", {"Content-Type": "application/rss+xml"}))
    return web


@pytest.fixture
def fetcher(fetch_settings: Settings) -> Iterator[Fetcher]:
    with Fetcher(fetch_settings) as opened:
        yield opened


def read(*inputs: str | Path, fetcher: Fetcher | None = None, offline: bool = False) -> list[RawDocument | Rejected]:
    return list(read_inputs([str(i) for i in inputs], max_bytes=LIMIT, fetcher=fetcher, offline=offline))


def test_page_url_becomes_an_html_document(site: WebServer, fetcher: Fetcher) -> None:
    (doc,) = read(site.url("/news/rail-loan"), fetcher=fetcher)
    assert isinstance(doc, RawDocument) and doc.kind == "html" and doc.url == site.url("/news/rail-loan")
    assert "rail corridor" in doc.content


def test_rss_feed_items_are_fetched_with_their_titles_and_dates(site: WebServer, fetcher: Fetcher) -> None:
    docs = read(site.url("/feed.rss"), fetcher=fetcher)
    assert [d.url for d in docs if isinstance(d, RawDocument)] == [site.url("/news/lithium-offtake"),
                                                                   site.url("/news/rail-loan")]
    first = docs[0]
    assert isinstance(first, RawDocument) and first.title == "Namibia signs lithium offtake"
    assert first.published == "2026-03-04T09:30:00Z"


def test_atom_feed_file_items_are_fetched(site: WebServer, fetcher: Fetcher, tmp_path: Path) -> None:
    feed = tmp_path / "ledger.atom"
    feed.write_text(ATOM.format(base=site.url("")), encoding="utf-8")
    (doc,) = read(feed, fetcher=fetcher)
    assert isinstance(doc, RawDocument) and doc.url == site.url("/news/tariff-talks")


def test_feed_that_is_not_xml_is_rejected(site: WebServer, fetcher: Fetcher, tmp_path: Path) -> None:
    (served,) = read(site.url("/broken.rss"), fetcher=fetcher)
    junk = tmp_path / "junk.rss"
    junk.write_text("{this is not xml", encoding="utf-8")
    (local,) = read(junk, fetcher=fetcher)
    assert isinstance(local, Rejected) and local.reason == "bad_feed"
    assert isinstance(served, Rejected) and served.reason == "bad_feed"


def test_sitemap_pages_are_fetched_with_news_metadata(site: WebServer, fetcher: Fetcher) -> None:
    docs = read(site.url("/sitemap.xml"), fetcher=fetcher)
    assert [d.url for d in docs if isinstance(d, RawDocument)] == [site.url("/news/cup-final"),
                                                                   site.url("/news/bread-recipe")]
    second = docs[1]
    assert isinstance(second, RawDocument) and second.title == "A loaf" and second.published == "2026-05-02"


def test_sitemap_index_leads_to_a_gzipped_sitemap(site: WebServer, fetcher: Fetcher) -> None:
    docs = read(site.url("/sitemap-index.xml"), fetcher=fetcher)
    assert sum(isinstance(d, RawDocument) for d in docs) == 2


def test_local_gzipped_sitemap_is_read(site: WebServer, fetcher: Fetcher, tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml.gz"
    path.write_bytes(gzip.compress(URLSET.format(base=site.url("")).encode()))
    assert sum(isinstance(d, RawDocument) for d in read(path, fetcher=fetcher)) == 2


def test_non_html_answers_are_rejected_with_their_type(site: WebServer, fetcher: Fetcher) -> None:
    pdf, jpg = read(site.url("/report.pdf"), site.url("/photo.jpg"), fetcher=fetcher)
    assert isinstance(pdf, Rejected) and pdf.reason == "not_html" and "application/pdf" in pdf.detail
    assert isinstance(jpg, Rejected) and jpg.reason == "not_html"


def test_urls_file_is_read_line_by_line_and_bad_lines_are_named(site: WebServer, fetcher: Fetcher,
                                                                tmp_path: Path) -> None:
    listing = tmp_path / "today.urls"
    listing.write_text(f"# morning list\n{site.url('/news/rail-loan')}\n\nnot a url\n{site.url('/feed.rss')}\n",
                       encoding="utf-8")
    results = read(listing, fetcher=fetcher)
    kinds = [r.url if isinstance(r, RawDocument) else r.reason for r in results]
    assert kinds == [site.url("/news/rail-loan"), "bad_url", site.url("/news/lithium-offtake"), site.url("/news/rail-loan")]
    assert isinstance(results[1], Rejected) and results[1].source == f"{listing}#4"


def test_txt_file_of_urls_only_is_a_url_list_but_prose_is_a_page(site: WebServer, fetcher: Fetcher,
                                                                 tmp_path: Path) -> None:
    urls = tmp_path / "links.txt"
    urls.write_text(f"{site.url('/news/rail-loan')}\n{site.url('/news/tariff-talks')}\n", encoding="utf-8")
    prose = tmp_path / "story.txt"
    prose.write_text(f"A story that cites {site.url('/news/rail-loan')} in passing.\n", encoding="utf-8")
    results = read(urls, prose, fetcher=fetcher)
    assert [r.kind for r in results if isinstance(r, RawDocument)] == ["html", "html", "text"]


def test_offline_reading_names_urls_instead_of_fetching(site: WebServer) -> None:
    (result,) = read(site.url("/news/rail-loan"), offline=True)
    assert isinstance(result, Rejected) and result.reason == "not_fetched"
    assert site.requests == []


def test_charset_comes_from_the_header_then_the_meta_tag(web: WebServer, fetcher: Fetcher) -> None:
    text = "<html><head>{meta}</head><body><p>Caf\u00e9 owners met the envoy</p></body></html>"
    web.route("/header", Answer(200, text.format(meta="").encode("latin-1"),
                                {"Content-Type": "text/html; charset=ISO-8859-1"}))
    web.route("/meta", Answer(200, text.format(meta='<meta charset="windows-1252">').encode("cp1252"),
                              {"Content-Type": "text/html"}))
    web.route("/none", Answer(200, text.format(meta="").encode("cp1252"), {"Content-Type": "text/html"}))
    docs = read(web.url("/header"), web.url("/meta"), web.url("/none"), fetcher=fetcher)
    assert all(isinstance(d, RawDocument) and "Caf\u00e9 owners" in d.content for d in docs)
