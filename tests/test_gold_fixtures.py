"""The hand-annotated development articles in tests/fixtures/articles keep to the gold format.

Each ``NNN_slug.txt`` page has a ``NNN_slug.gold.json`` beside it in the format of the seeds' gold
(shared/eval/seeds): the scorer pairs them by stem, so a missing or misnamed twin silently drops an
article from the figures, and an evidence string that is not in its page is a gold item no extractor
can ever match.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dragoman.schema import schema_errors

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
STEM = re.compile(r"^\d{3}_[a-z0-9]+(?:_[a-z0-9]+)*$")
GOLD_KEYS = {
    "id",
    "url",
    "outlet",
    "title",
    "published",
    "must_keep",
    "must_drop",
    "entities",
    "events",
    "deals",
    "pledges",
    "quotes",
}
OPTIONAL_KEYS = {"published_from"}
ITEM_KINDS = ("entities", "events", "deals", "pledges", "quotes")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _gold_files() -> list[Path]:
    return sorted(ARTICLES.glob("*.gold.json"))


def _stem(gold_file: Path) -> str:
    return gold_file.name[: -len(".gold.json")]


def _load(gold_file: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gold_file.read_text(encoding="utf-8"))
    return data


def _page(gold_file: Path) -> str:
    return (ARTICLES / f"{_stem(gold_file)}.txt").read_text(encoding="utf-8")


def _evidence(gold: dict[str, Any]) -> list[tuple[str, str]]:
    return [(kind, item["evidence"]) for kind in ITEM_KINDS for item in gold[kind] if "evidence" in item]


def missing_from_page(gold: dict[str, Any], page: str) -> list[str]:
    """Every must_keep line, must_drop line and evidence string of ``gold`` that ``page`` lacks verbatim."""
    lines = [("must_keep", s) for s in gold["must_keep"]] + [("must_drop", s) for s in gold["must_drop"]]
    return [f"{kind}: {text[:90]!r}" for kind, text in lines + _evidence(gold) if text not in page]


def shape_errors(gold: dict[str, Any], source: str, page: str) -> list[str]:
    """The gold's items checked against the interchange schema's item shapes, as one extraction record."""
    record = {
        "article": {
            "id": gold["id"],
            "source": source,
            "url": gold["url"],
            "outlet": gold["outlet"],
            "title": gold["title"],
            "published": gold["published"],
            "body": page,
        }
    }
    record.update({kind: gold[kind] for kind in ITEM_KINDS})
    return schema_errors(record)


GOLD = _gold_files()
IDS = [_stem(g) for g in GOLD]


def test_the_set_is_large_enough_to_be_a_development_set() -> None:
    assert len(GOLD) >= 16


def test_every_page_has_a_gold_file_with_the_same_stem() -> None:
    pages = {p.stem for p in ARTICLES.glob("*.txt")}
    assert pages == set(IDS)
    assert all(STEM.match(stem) for stem in pages), sorted(s for s in pages if not STEM.match(s))


def test_directory_walk_skips_readme_and_gold_files() -> None:
    from dragoman.ingest.files import IGNORE_FILE

    patterns = (ARTICLES / IGNORE_FILE).read_text(encoding="utf-8").split()
    assert {"README.md", "*.gold.json"} <= set(patterns)


@pytest.mark.parametrize("gold_file", GOLD, ids=IDS)
def test_gold_has_the_seed_gold_keys(gold_file: Path) -> None:
    gold = _load(gold_file)
    assert GOLD_KEYS <= set(gold) <= GOLD_KEYS | OPTIONAL_KEYS
    assert gold["id"] == _stem(gold_file)
    assert gold["published"] is None or DATE.match(gold["published"])
    assert gold["must_keep"] and all(isinstance(s, str) and s for s in gold["must_keep"])


@pytest.mark.parametrize("gold_file", GOLD, ids=IDS)
def test_gold_lines_and_evidence_occur_verbatim_in_the_page(gold_file: Path) -> None:
    assert missing_from_page(_load(gold_file), _page(gold_file)) == []


@pytest.mark.parametrize("gold_file", GOLD, ids=IDS)
def test_gold_items_have_the_schema_item_shapes(gold_file: Path) -> None:
    assert shape_errors(_load(gold_file), str(gold_file.with_suffix("")), _page(gold_file)) == []


@pytest.mark.parametrize("gold_file", GOLD, ids=IDS)
def test_quote_texts_are_inside_their_evidence_without_outer_marks(gold_file: Path) -> None:
    for quote in _load(gold_file)["quotes"]:
        text = quote["text"]
        assert text in quote["evidence"], text
        assert not text.endswith(","), text
        assert text[0] not in "\"'\u201c\u201d\u2018\u2019", text


def test_checks_catch_evidence_that_is_not_in_the_page() -> None:
    gold = _load(GOLD[0])
    broken = {**gold, "quotes": [{"speaker": None, "text": "words", "evidence": "A sentence never written."}]}
    assert missing_from_page(broken, _page(GOLD[0])) == ["quotes: 'A sentence never written.'"]


def test_checks_catch_items_of_the_wrong_shape() -> None:
    gold = _load(GOLD[0])
    broken = {**gold, "deals": [{"parties": "not a list", "evidence": "x", "status": "rumoured"}]}
    assert len(shape_errors(broken, "x", _page(GOLD[0]))) == 2
