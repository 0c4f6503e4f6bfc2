"""WARC and WARC.gz archives (Common Crawl News and the like): one ``RawDocument`` per HTML response.

A ``response`` (or ``resource``) record whose payload is HTML becomes
``RawDocument(kind="html", url=WARC-Target-URI, source="FILE#urn:uuid:...")``. Request, metadata,
warcinfo and revisit records are not pages and are passed over. Every other record is one
``Rejected``: a non-2xx status (``http_status``), a PDF or image (``not_html``), an oversized payload
(``too_large``), a truncated or unreadable record (``bad_warc_record``). After an unreadable record
the reader looks for the next record start (a gzip member, or a ``WARC/1.`` line) and goes on.

``scan_offsets`` lists record offsets so that ``dragoman batch`` can split one archive between
workers; ``read_warc(path, start=..., stop=...)`` reads the records that start in ``[start, stop)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from dragoman.ingest.decoding import decode_web
from dragoman.ingest.documents import RawDocument
from dragoman.ingest.http import split_content_type
from dragoman.ingest.payloads import classify
from dragoman.records import Rejected

PAGE_RECORDS = {"response", "resource"}
OTHER_RECORDS = {"request", "metadata", "warcinfo", "revisit", "conversion", "continuation"}
MAX_RESYNCS = 1000
_SCAN_BLOCK = 1 << 20

Produced = RawDocument | Rejected


def is_gzipped(path: str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def read_warc(path: str, *, max_bytes: int, start: int = 0, stop: int | None = None) -> Iterator[Produced]:
    """The pages of the archive at ``path`` whose records start at or after ``start`` and before ``stop``."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        yield Rejected(source=path, reason="unreadable", detail=exc.strerror or str(exc))
        return
    with fh:
        marker = b"\x1f\x8b\x08" if fh.read(2) == b"\x1f\x8b" else b"WARC/1."
        base: int | None = start
        resyncs, records = 0, 0
        while base is not None and (stop is None or base < stop) and resyncs <= MAX_RESYNCS:
            broken_at: int | None = None
            for item in _read_from(fh, path, base, stop, max_bytes):
                if isinstance(item, _Broken):
                    broken_at = item.offset
                    break
                records += 1
                if item is not None:
                    yield item
            if broken_at is None:
                break
            resyncs += 1
            base = _next_marker(fh, broken_at + 1, marker)
        if records == 0 and start == 0:
            yield Rejected(source=path, reason="empty", detail="the archive holds no readable WARC records")


class _Broken:
    """The record at ``offset`` could not be read: look for the next record start after it."""

    def __init__(self, offset: int) -> None:
        self.offset = offset


def _read_from(fh: IO[bytes], path: str, base: int, stop: int | None,
               max_bytes: int) -> Iterator[Produced | _Broken | None]:
    """Records from ``base`` on: a page, a Rejected, None (not a page), then _Broken if one was unreadable."""
    fh.seek(base)
    iterator = ArchiveIterator(fh, ensure_http_headers=False)
    offset = base
    try:
        for record in iterator:
            offset = iterator.offset  # absolute: warcio counts from the file's position
            if stop is not None and offset >= stop:
                return
            result = _page(path, record, offset, max_bytes)
            yield result
            if isinstance(result, Rejected) and result.reason == "bad_warc_record":
                yield _Broken(offset)
                return
    except Exception as exc:  # warcio raises many kinds on damaged input; each is one bad record
        offset = iterator.offset  # absolute: warcio counts from the file's position
        yield Rejected(source=f"{path}@{offset}", reason="bad_warc_record",
                       detail=f"unreadable record ({type(exc).__name__}: {str(exc)[:120]!r})")
        yield _Broken(offset)


def _page(path: str, record: ArcWarcRecord, offset: int, max_bytes: int) -> Produced | None:
    kind = record.rec_type
    if kind in OTHER_RECORDS:
        return None
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    source = f"{path}#{record_id}" if record_id else f"{path}@{offset}"
    if record.format != "warc" or kind not in PAGE_RECORDS:
        return Rejected(source=f"{path}@{offset}", reason="bad_warc_record", detail=f"not a WARC page record (format {record.format}, type {kind!r})")
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    content_type = record.rec_headers.get_header("Content-Type") or ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return Rejected(source=source, reason="http_status", detail=f"the archived answer was HTTP {status}")
        content_type = record.http_headers.get_header("Content-Type") or ""
    stream = record.content_stream()
    payload = stream.read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Rejected(source=source, reason="too_large",
                        detail=f"the payload is over {max_bytes / 1e6:g} MB (setting max_document_mb)")
    stream.read()
    if getattr(record.raw_stream, "limit", 0) > 0:
        return Rejected(source=f"{path}@{offset}", reason="bad_warc_record",
                        detail="the record is truncated (shorter than its Content-Length)")
    media, charset = split_content_type(content_type)
    payload_kind = classify(media, payload)
    if payload_kind != "html":
        what = media or "an undeclared type"
        return Rejected(source=source, reason="not_html", detail=f"{what} is not an HTML page")
    text = decode_web(source, payload, charset)
    if isinstance(text, Rejected):
        return text
    if not text.strip():
        return Rejected(source=source, reason="empty", detail="the archived page is empty")
    return RawDocument(source=source, content=text, kind="html", url=url)


def _next_marker(fh: IO[bytes], position: int, marker: bytes) -> int | None:
    """The offset of the next ``marker`` at or after ``position``, or None at the end of the file."""
    fh.seek(position)
    tail = b""
    while True:
        block = fh.read(_SCAN_BLOCK)
        if not block:
            return None
        data = tail + block
        found = data.find(marker)
        if found >= 0:
            return position - len(tail) + found
        tail = data[-(len(marker) - 1):]
        position += len(block)


def scan_offsets(path: str) -> list[int]:
    """The offsets of the archive's records, up to the first unreadable one (or the end)."""
    offsets: list[int] = []
    try:
        with open(path, "rb") as fh:
            iterator = ArchiveIterator(fh, ensure_http_headers=False)
            for _record in iterator:
                offsets.append(iterator.offset)
    except Exception:  # the reader reports it; the scan just stops splitting here
        pass
    return offsets
