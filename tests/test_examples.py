"""The bundled demo corpus: every page readable, and examples/expected.json true to the pages."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from dragoman.clean import clean_document
from dragoman.ingest import RawDocument, read_inputs
from dragoman.records import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LIMIT = 5_000_000


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
    return data


def _source_name(source: str) -> str:
    """A source as expected.json names it: relative to examples/, a feed record keeping its ``#line``."""
    path, mark, line = source.partition("#")
    return Path(path).resolve().relative_to(EXAMPLES).as_posix() + mark + line


def _article_text(ref: str) -> str:
    """The page's words as a reader sees them: feed record picked out, HTML entities decoded, spaces collapsed."""
    path, _, line = ref.partition("#")
    raw = (EXAMPLES / path).read_text(encoding="utf-8")
    if line:
        record = json.loads(raw.splitlines()[int(line) - 1])
        raw = record.get("text") or record.get("html")
    return re.sub(r"\s+", " ", html.unescape(raw) if "<" in raw else raw)


def _cited(node: Any) -> list[tuple[str, str]]:
    """Every (file, words) pair in expected.json: the evidence and quote texts it promises are in a page."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for field in ("evidence", "text"):
            if isinstance(node.get("file"), str) and isinstance(node.get(field), str):
                found.append((node["file"], node[field]))
        for value in node.values():
            found.extend(_cited(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_cited(value))
    return found


def test_directory_walk_reads_every_page_and_skips_the_corpus_docs() -> None:
    docs = list(read_inputs([str(EXAMPLES)], max_bytes=LIMIT))
    assert all(isinstance(d, RawDocument) for d in docs), [d for d in docs if not isinstance(d, RawDocument)]
    names = {_source_name(d.source) for d in docs}
    assert not names & {"README.md", "EXPECTED.md", "expected.json"}
    assert len(docs) >= 20


def test_every_page_cleans_to_an_article(expected: dict[str, Any]) -> None:
    docs = [d for d in read_inputs([str(EXAMPLES)], max_bytes=LIMIT) if isinstance(d, RawDocument)]
    articles = [clean_document(d) for d in docs]
    assert all(isinstance(a, Article) for a in articles), [a for a in articles if not isinstance(a, Article)]
    assert sorted(_source_name(d.source) for d in docs) == sorted(a["file"] for a in expected["articles"])


def test_hostile_page_keeps_its_markup_as_text_in_title_and_body(expected: dict[str, Any]) -> None:
    hostile = expected["hostile_page"]
    (doc,) = [d for d in read_inputs([str(EXAMPLES / hostile["file"])], max_bytes=LIMIT)]
    assert isinstance(doc, RawDocument)
    article = clean_document(doc)
    assert isinstance(article, Article)
    assert hostile["title_contains"] in (article.title or "")
    for words in hostile["body_contains"]:
        assert words in article.body
    assert "this script must never run" not in article.body


def test_every_evidence_and_quote_in_expected_json_is_in_its_page(expected: dict[str, Any]) -> None:
    cited = _cited(expected)
    assert len(cited) > 60
    missing = [(ref, words) for ref, words in cited if re.sub(r"\s+", " ", words) not in _article_text(ref)]
    assert missing == []


def test_story_membership_covers_every_article_once(expected: dict[str, Any]) -> None:
    members = [f for story in expected["stories"].values() for f in story["files"]]
    assert sorted(members) == sorted(a["file"] for a in expected["articles"])
    assert len(members) == len(set(members))


def test_pledge_states_match_their_deadlines_as_of_the_corpus_date(expected: dict[str, Any]) -> None:
    as_of = expected["as_of"]
    for pledge in expected["pledges"]:
        deadline = str(pledge["deadline"])
        if pledge["state"] == "open":
            assert deadline[: len(as_of)] >= as_of[: len(deadline)], pledge["id"]
        if pledge["state"] == "lapsed":
            assert deadline < as_of and not pledge["progress"], pledge["id"]
        if pledge["state"] == "fulfilled":
            assert pledge["fulfilled_on"] <= deadline and pledge["progress"], pledge["id"]
    assert {p["state"] for p in expected["pledges"] if p["primary"]} == {"fulfilled", "partly_fulfilled", "lapsed", "open"}
