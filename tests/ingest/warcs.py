"""Writing real WARC files with warcio for the tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class Entry:
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    record_type: str = "response"


def write_warc(path: Path, entries: list[Entry], *, gzip: bool = True, with_requests: bool = True) -> list[str]:
    """Write ``entries`` (each after its request record, as crawlers do); return the response record ids."""
    ids = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "dragoman tests"}))
        for entry in entries:
            if with_requests:
                request_headers = StatusAndHeaders(f"GET {entry.url} HTTP/1.1", [("Host", "example.org")],
                                                   is_http_request=True)
                writer.write_record(writer.create_warc_record(entry.url, "request", http_headers=request_headers))
            if entry.record_type == "response":
                headers = StatusAndHeaders(entry.status, [("Content-Type", entry.content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(entry.url, "response", payload=io.BytesIO(entry.body),
                                                   http_headers=headers)
            else:
                record = writer.create_warc_record(entry.url, entry.record_type, payload=io.BytesIO(entry.body),
                                                   warc_content_type=entry.content_type)
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID").strip("<>"))
    return ids
