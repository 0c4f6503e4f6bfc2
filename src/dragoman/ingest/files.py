"""Local inputs: plain-text pages, HTML files (gzipped too), JSON Lines, directories and stdin."""

from __future__ import annotations

import fnmatch
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dragoman.ingest.decoding import decode, gunzip, looks_binary
from dragoman.ingest.documents import Kind, RawDocument
from dragoman.records import Rejected

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
IGNORE_FILE = ".dragomanignore"

Produced = RawDocument | Rejected


def _suffix(path: str) -> tuple[str, bool]:
    """The meaningful suffix of ``path`` and whether it is gzipped."""
    p = Path(path)
    suffixes = [s.lower() for s in p.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz


def sniff_kind(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body", "<meta", "<div", "<article")):
        return "html"
    return "text"


def read_inputs(paths: Iterable[str], *, max_bytes: int, stdin: IO[bytes] | None = None) -> Iterator[Produced]:
    """Yield one ``RawDocument`` or ``Rejected`` per page found under ``paths``, in order."""
    for given in paths:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream("-", stream, max_bytes=max_bytes)
            continue
        path = Path(given)
        if not path.exists():
            yield Rejected(source=given, reason="missing", detail="no such file or directory")
        elif path.is_dir():
            ignored = _ignore_patterns(path)
            children = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p.name)[0] in KNOWN_SUFFIXES
                              and not p.name.startswith(".") and not _is_ignored(p, path, ignored))
            if not children:
                yield Rejected(source=given, reason="empty", detail="the directory holds no .txt, .html or .jsonl files")
            for child in children:
                yield from _read_file(str(child), max_bytes=max_bytes)
        else:
            yield from _read_file(given, max_bytes=max_bytes)


def _ignore_patterns(directory: Path) -> list[str]:
    """Glob patterns from ``directory/.dragomanignore``: one a line, ``#`` starts a comment."""
    try:
        lines = (directory / IGNORE_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _is_ignored(path: Path, root: Path, patterns: list[str]) -> bool:
    """Whether a pattern matches the file's name or its path relative to the walked directory."""
    relative = path.relative_to(root).as_posix()
    return any(fnmatch.fnmatch(path.name, pat) or fnmatch.fnmatch(relative, pat) for pat in patterns)


def _read_file(given: str, *, max_bytes: int) -> Iterator[Produced]:
    path = Path(given)
    suffix, gz = _suffix(path.name)
    try:
        size = path.stat().st_size
        if suffix in JSONL_SUFFIXES and not gz:
            with path.open("rb") as fh:
                yield from _read_jsonl(given, fh, max_bytes=max_bytes)
            return
        if size > max_bytes:
            yield Rejected(source=given, reason="too_large",
                           detail=f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit "
                           "(setting max_document_mb); split the file or raise DRAGOMAN_MAX_DOCUMENT_MB")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(source=given, reason="unreadable", detail=exc.strerror or str(exc))
        return
    if gz:
        unpacked = gunzip(given, data, max_bytes)
        if isinstance(unpacked, Rejected):
            yield unpacked
            return
        data = unpacked
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(given, io.BytesIO(data), max_bytes=max_bytes)
            return
    kind: str | None = "html" if suffix in HTML_SUFFIXES else ("text" if suffix in TEXT_SUFFIXES else None)
    yield _document(given, data, kind)


def _read_stream(source: str, stream: IO[bytes], *, max_bytes: int) -> Iterator[Produced]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Rejected(source=source, reason="too_large",
                       detail=f"standard input is over the {max_bytes / 1e6:.0f} MB limit")
        return
    if data[:2] == b"\x1f\x8b":
        unpacked = gunzip(source, data, max_bytes)
        if isinstance(unpacked, Rejected):
            yield unpacked
            return
        data = unpacked
    head = data[:512].decode("utf-8", "replace")
    if sniff_kind(head) == "jsonl":
        yield from _read_jsonl(source, io.BytesIO(data), max_bytes=max_bytes)
    else:
        yield _document(source, data, None)


def _document(source: str, data: bytes, kind: str | None, **meta: Any) -> Produced:
    if not data.strip():
        return Rejected(source=source, reason="empty", detail="the file holds no text")
    if looks_binary(data):
        return Rejected(source=source, reason="binary", detail="the content is binary, not a text or HTML page")
    if kind is None:
        kind = sniff_kind(data[:512].decode("utf-8", "replace"))
        if kind == "jsonl":
            kind = "text"
    text = decode(source, data, html=kind == "html")
    if isinstance(text, Rejected):
        return text
    if "\x00" in text:
        text = text.replace("\x00", "")
    doc_kind: Kind = "html" if kind == "html" else "text"
    return RawDocument(source=source, content=text, kind=doc_kind, **meta)


def _read_jsonl(given: str, fh: IO[bytes], *, max_bytes: int) -> Iterator[Produced]:
    """One document per line: fields url, title, published, outlet, and text or html."""
    seen_any = False
    for lineno, raw in enumerate(fh, start=1):
        source = f"{given}#{lineno}"
        if not raw.strip():
            continue
        seen_any = True
        if len(raw) > max_bytes:
            yield Rejected(source=source, reason="too_large",
                           detail=f"the line is {len(raw) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Rejected(source=source, reason="invalid_utf8", detail=f"byte at offset {exc.start} is not UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield Rejected(source=source, reason="bad_json",
                           detail=f"not a JSON object ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Rejected(source=source, reason="bad_json", detail="the line is JSON but not an object")
            continue
        html, text = obj.get("html"), obj.get("text")
        meta = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in ("url", "title", "published", "outlet")}
        if isinstance(html, str) and html.strip():
            yield _document(source, html.encode("utf-8", "surrogatepass"), "html", **meta)
        elif isinstance(text, str) and text.strip():
            yield _document(source, text.encode("utf-8", "surrogatepass"), "text", **meta)
        else:
            yield Rejected(source=source, reason="empty", detail="the record has no 'text' or 'html' field with content")
    if not seen_any:
        yield Rejected(source=given, reason="empty", detail="the JSON Lines file holds no records")
