"""quotes@3 on the demo corpus: the quotes examples/expected.json lists are found, with their speakers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dragoman.ingest import read_inputs
from dragoman.pipeline import run_documents
from dragoman.records import Extraction
from dragoman.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower().replace("\u2019", "'"))


@pytest.fixture(scope="module")
def extracted(settings: Settings) -> dict[str, Extraction]:
    out: dict[str, Extraction] = {}
    for result in run_documents(read_inputs([str(EXAMPLES)], max_bytes=5_000_000), settings):
        assert isinstance(result, Extraction)
        source = result.article.source
        path, mark, line = source.partition("#")
        out[Path(path).resolve().relative_to(EXAMPLES).as_posix() + mark + line] = result
    return out


EXPECTED: list[dict[str, Any]] = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))["quotes"]


@pytest.mark.parametrize("quote", EXPECTED, ids=[f"{q['style']}: {q['text'][:30]}" for q in EXPECTED])
def test_demo_corpus_quote_found_with_its_speaker(extracted: dict[str, Extraction], quote: dict[str, Any]) -> None:
    wanted = " ".join(_words(quote["text"]))
    found = [q for q in extracted[quote["file"]].quotes if wanted in " ".join(_words(q.text))]
    assert found, [q.text for q in extracted[quote["file"]].quotes]
    speaker = found[0].speaker
    if quote["speaker"] is None:
        assert speaker is None
    else:
        assert speaker is not None and set(_words(quote["speaker"])) <= set(_words(speaker)), speaker
