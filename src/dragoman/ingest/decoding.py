"""Bytes to text: size caps, gzip, binary sniffing and character decoding, each failure a reason."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib

from dragoman.records import Rejected

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def gunzip(source: str, data: bytes, limit: int) -> bytes | Rejected:
    """Decompress gzip data, refusing truncated streams and bombs over ``limit`` bytes."""
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, limit + 1)
        if len(out) > limit:
            return Rejected(source=source, reason="too_large",
                            detail=f"decompresses to over {limit // 1_000_000} MB")
        if not d.eof:
            return Rejected(source=source, reason="bad_gzip", detail="the gzip stream is truncated")
        return out
    except (zlib.error, gzip.BadGzipFile, EOFError) as exc:
        return Rejected(source=source, reason="bad_gzip", detail=f"not a readable gzip stream ({exc})")


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: NUL bytes or many control bytes near the start."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(source: str, data: bytes, *, html: bool) -> str | Rejected:
    """Decode bytes as UTF-8 (or an HTML page's declared charset), or say why not."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if html:
        charset = declared_charset(data)
        if charset and charset not in ("utf-8", "ascii"):
            try:
                return data.decode(charset)
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        return Rejected(
            source=source,
            reason="invalid_utf8",
            detail=f"byte 0x{bad} at offset {exc.start} is not UTF-8; "
            "convert the file first (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
        )


def decode_web(source: str, data: bytes, charset: str | None) -> str | Rejected:
    """Decode a page that came over HTTP (or out of a WARC record), as browsers do.

    A byte-order mark wins, then the charset of the Content-Type header, then the page's
    ``<meta charset>``, then UTF-8; bytes that are none of these are read as Windows-1252.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, "replace").lstrip("\ufeff")
    if looks_binary(data):
        return Rejected(source=source, reason="binary", detail="the content is binary, not a text or HTML page")
    for declared in (charset, declared_charset(data)):
        if not declared:
            continue
        try:
            return data.decode(codecs.lookup(declared).name)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("windows-1252", "replace")
