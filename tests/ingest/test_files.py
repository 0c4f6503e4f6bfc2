"""Reading local inputs: each bad input becomes one Rejected with a reason, the rest still read."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from dragoman.ingest import RawDocument, read_inputs
from dragoman.records import Rejected

LIMIT = 1_000_000


def read(*paths: str | Path, limit: int = LIMIT) -> list[RawDocument | Rejected]:
    return list(read_inputs([str(p) for p in paths], max_bytes=limit))


def test_text_file_is_read_as_text(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Headline\n\nA body sentence of some length.\n", encoding="utf-8")
    (doc,) = read(page)
    assert isinstance(doc, RawDocument) and doc.kind == "text" and doc.source == str(page)


def test_gzipped_html_file_is_unpacked(tmp_path: Path) -> None:
    page = tmp_path / "a.html.gz"
    page.write_bytes(gzip.compress(b"<html><body><p>Hello there</p></body></html>"))
    (doc,) = read(page)
    assert isinstance(doc, RawDocument) and doc.kind == "html" and "Hello there" in doc.content


def test_jsonl_records_carry_line_numbers_and_metadata(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"url": "https://example.org/a", "title": "T", "published": "2025-01-02", "text": "Body one."}) + "\n"
        + "\n"
        + json.dumps({"html": "<p>Body two</p>"}) + "\n",
        encoding="utf-8",
    )
    docs = read(feed)
    assert [d.source for d in docs] == [f"{feed}#1", f"{feed}#3"]
    first = docs[0]
    assert isinstance(first, RawDocument) and first.url == "https://example.org/a" and first.published == "2025-01-02"
    assert isinstance(docs[1], RawDocument) and docs[1].kind == "html"


def test_missing_path_is_rejected_and_later_inputs_still_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some text here.", encoding="utf-8")
    missing, doc = read(tmp_path / "nope.txt", good)
    assert isinstance(missing, Rejected) and missing.reason == "missing"
    assert isinstance(doc, RawDocument)


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    (result,) = read(empty)
    assert isinstance(result, Rejected) and result.reason == "empty"


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    blob = tmp_path / "image.txt"
    blob.write_bytes(bytes(range(256)) * 10)
    (result,) = read(blob)
    assert isinstance(result, Rejected) and result.reason == "binary"


def test_file_over_the_size_limit_is_rejected_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"x")
    (result,) = read(big, limit=10_000_000)
    assert isinstance(result, Rejected) and result.reason == "too_large" and "MB" in result.detail


def test_invalid_utf8_text_is_rejected_with_the_offset(tmp_path: Path) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Caf\u00e9 society".encode("latin-1"))
    (result,) = read(bad)
    assert isinstance(result, Rejected) and result.reason == "invalid_utf8" and "offset 3" in result.detail


def test_html_with_declared_charset_is_decoded_with_it(tmp_path: Path) -> None:
    page = tmp_path / "old.html"
    page.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9</p></body></html>'.encode("latin-1"))
    (doc,) = read(page)
    assert isinstance(doc, RawDocument) and "Caf\u00e9" in doc.content


def test_jsonl_line_that_is_not_json_is_rejected_alone(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "fine"}\nnot json at all\n{"text": "also fine"}\n', encoding="utf-8")
    docs = read(feed)
    assert [type(d).__name__ for d in docs] == ["RawDocument", "Rejected", "RawDocument"]
    bad = docs[1]
    assert isinstance(bad, Rejected) and bad.reason == "bad_json" and bad.source.endswith("#2")


def test_truncated_gzip_is_rejected(tmp_path: Path) -> None:
    page = tmp_path / "cut.html.gz"
    page.write_bytes(gzip.compress(b"<html><body>" + b"<p>words</p>" * 1000)[:60])
    (result,) = read(page)
    assert isinstance(result, Rejected) and result.reason == "bad_gzip"


def test_stdin_is_sniffed_as_jsonl() -> None:
    stream = io.BytesIO(b'{"text": "from stdin"}\n')
    (doc,) = list(read_inputs(["-"], max_bytes=LIMIT, stdin=stream))
    assert isinstance(doc, RawDocument) and doc.source == "-#1" and doc.content == "from stdin"


def test_directory_walk_skips_files_named_in_its_ignore_file(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("A body sentence of some length.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# What this folder holds\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "draft.txt").write_text("Not an article yet.\n", encoding="utf-8")
    (tmp_path / "expected.json").write_text('{\n  "deals": []\n}\n', encoding="utf-8")
    (tmp_path / ".dragomanignore").write_text("# docs, not articles\nREADME.md\n\nnotes/*\nexpected.json\n",
                                              encoding="utf-8")
    docs = read(tmp_path)
    assert [Path(d.source).name for d in docs] == ["story.txt"]
    assert all(isinstance(d, RawDocument) for d in docs)


def test_file_named_in_an_ignore_file_is_still_read_when_given_by_name(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("A body sentence of some length.\n", encoding="utf-8")
    (tmp_path / ".dragomanignore").write_text("README.md\n", encoding="utf-8")
    (doc,) = read(readme)
    assert isinstance(doc, RawDocument) and doc.source == str(readme)
