"""Any bytes at all: the WARC, feed and sitemap readers answer with values, never an exception."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dragoman.ingest import RawDocument
from dragoman.ingest.feeds import FeedItem, parse_feed
from dragoman.ingest.payloads import classify
from dragoman.ingest.sitemaps import Sitemap, parse_sitemap
from dragoman.ingest.warc import read_warc
from dragoman.records import Rejected

WARC_HEAD = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n"
XMLISH = st.one_of(
    st.binary(max_size=400),
    st.text(alphabet="<>/?!=\"' abcdefrsurlsetitemlinkfeedrss\n", max_size=300).map(str.encode),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600), st.booleans(), st.booleans())
def test_warc_reader_never_raises(noise: bytes, compress: bool, with_head: bool) -> None:
    data = (WARC_HEAD if with_head else b"") + noise
    data = gzip.compress(data) if compress else data
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "noise.warc.gz"
        path.write_bytes(data)
        results = list(read_warc(str(path), max_bytes=100_000))
    assert all(isinstance(r, RawDocument | Rejected) for r in results)


@settings(max_examples=80, deadline=None)
@given(XMLISH)
def test_feed_parser_never_raises(data: bytes) -> None:
    result = parse_feed("feed", data)
    assert isinstance(result, Rejected) or all(isinstance(i, FeedItem) for i in result)


@settings(max_examples=80, deadline=None)
@given(XMLISH)
def test_sitemap_parser_never_raises(data: bytes) -> None:
    assert isinstance(parse_sitemap("sitemap", data), Sitemap | Rejected)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["", "text/html", "application/xml", "application/rss+xml", "application/pdf"]), XMLISH)
def test_payload_classifier_never_raises(media: str, data: bytes) -> None:
    assert classify(media, data) in (None, "html", "text", "feed", "sitemap", "gzip")


def test_sitemap_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("https://leak.example/secret", encoding="utf-8")
    data = (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file://{secret}">]>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>').encode()
    result = parse_sitemap("sitemap", data)
    assert isinstance(result, Rejected) or all("leak" not in e.url for e in result.entries)
