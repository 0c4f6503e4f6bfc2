"""WARC archives written with warcio: HTML responses become documents, everything else a counted reason."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pytest

from dragoman.ingest import RawDocument, read_inputs
from dragoman.ingest.warc import read_warc, scan_offsets
from dragoman.records import Rejected
from tests.ingest.articles import all_pages
from tests.ingest.warcs import Entry, write_warc

LIMIT = 1_000_000


def pages() -> list[Entry]:
    return [Entry(f"https://news.example.org/{slug}", body.encode()) for slug, body in all_pages().items()]


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_documents_with_url_and_record_id(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    ids = write_warc(path, pages(), gzip=gzip)
    docs = list(read_inputs([str(path)], max_bytes=LIMIT))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.source for d in docs] == [f"{path}#{i}" for i in ids]
    first = docs[0]
    assert isinstance(first, RawDocument) and first.kind == "html" and first.url == "https://news.example.org/lithium-offtake"
    assert "offtake agreement" in first.content


def test_other_payloads_and_statuses_are_counted_by_reason(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    limit = max(len(e.body) for e in pages()[:2]) + 10
    write_warc(path, [
        *pages()[:2],
        Entry("https://news.example.org/report.pdf", b"%PDF-1.7 binary", content_type="application/pdf"),
        Entry("https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        Entry("https://news.example.org/moved", b"", status="301 Moved Permanently"),
        Entry("https://news.example.org/missing", b"<p>not found</p>", status="404 Not Found"),
        Entry("https://news.example.org/big", b"<p>" + b"x" * limit + b"</p>"),
    ])
    results = list(read_warc(str(path), max_bytes=limit))
    reasons = Counter(r.reason if isinstance(r, Rejected) else "document" for r in results)
    assert reasons == Counter(document=2, not_html=2, http_status=2, too_large=1)


def test_resource_records_with_html_are_read_too(tmp_path: Path) -> None:
    path = tmp_path / "wget.warc.gz"
    write_warc(path, [Entry("https://example.org/a", pages()[0].body, content_type="text/html", record_type="resource")],
               with_requests=False)
    (doc,) = read_warc(str(path), max_bytes=LIMIT)
    assert isinstance(doc, RawDocument) and doc.url == "https://example.org/a"


def test_truncated_gzip_archive_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    write_warc(path, pages())
    data = path.read_bytes()
    path.write_bytes(data[:-200])
    results = list(read_inputs([str(path)], max_bytes=LIMIT))
    assert sum(isinstance(r, RawDocument) for r in results) == len(pages()) - 1
    last = results[-1]
    assert isinstance(last, Rejected) and last.reason == "bad_warc_record"


def test_truncated_uncompressed_archive_flags_the_short_record(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    write_warc(path, pages(), gzip=False)
    path.write_bytes(path.read_bytes()[:-300])
    results = list(read_warc(str(path), max_bytes=LIMIT))
    assert isinstance(results[-1], Rejected) and results[-1].reason == "bad_warc_record"
    assert "truncated" in results[-1].detail


def test_damaged_record_is_skipped_and_reading_resumes_after_it(tmp_path: Path) -> None:
    path = tmp_path / "damaged.warc.gz"
    write_warc(path, pages(), with_requests=False)
    offsets = scan_offsets(str(path))
    data = bytearray(path.read_bytes())
    middle = offsets[3]  # warcinfo, then pages 0, 1, 2 ...: damage page 2's record
    data[middle + 10:middle + 60] = b"\x00" * 50
    path.write_bytes(bytes(data))
    results = list(read_warc(str(path), max_bytes=LIMIT))
    kinds = ["doc" if isinstance(r, RawDocument) else r.reason for r in results]
    assert kinds == ["doc", "doc", "bad_warc_record", "doc", "doc"]


def test_file_that_is_not_a_warc_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(b"this is not an archive at all\n" * 10)
    results = list(read_inputs([str(path)], max_bytes=LIMIT))
    assert results and all(isinstance(r, Rejected) for r in results)
    assert {r.reason for r in results if isinstance(r, Rejected)} <= {"bad_warc_record", "empty"}


def test_reading_by_offset_ranges_gives_the_whole_archive_once(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, pages())
    offsets = scan_offsets(str(path))
    cuts = [0, offsets[4], offsets[7], None]
    pieces = [d for start, stop in itertools.pairwise(cuts)
              for d in read_warc(str(path), max_bytes=LIMIT, start=start or 0, stop=stop)]
    whole = list(read_warc(str(path), max_bytes=LIMIT))
    assert [d.source for d in pieces] == [d.source for d in whole]
    assert len(whole) == len(pages())


def test_directory_walk_reads_warc_files(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", pages()[:2])
    (tmp_path / "note.txt").write_text("A short note with enough words in it.", encoding="utf-8")
    results = list(read_inputs([str(tmp_path)], max_bytes=LIMIT))
    assert sum(isinstance(r, RawDocument) and r.kind == "html" for r in results) == 2
    assert sum(isinstance(r, RawDocument) and r.kind == "text" for r in results) == 1


def test_payload_is_decoded_with_the_archived_charset(tmp_path: Path) -> None:
    path = tmp_path / "latin.warc.gz"
    body = "<html><body><p>Caf\u00e9 owners met the envoy</p></body></html>".encode("latin-1")
    write_warc(path, [Entry("https://example.org/a", body, content_type="text/html; charset=iso-8859-1")])
    (doc,) = read_warc(str(path), max_bytes=LIMIT)
    assert isinstance(doc, RawDocument) and "Caf\u00e9 owners" in doc.content
