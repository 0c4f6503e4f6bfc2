"""The hand-written sets tests/fixtures/articles_b (development), articles_c, articles_d, articles_e and articles_f (held out):
every gold file true to its article.

Each ``NNN_slug.txt`` is a flattened web page written in our own words; ``NNN_slug.gold.json`` is its
gold in the seeds' format (read by ../shared/eval/score.py, which pairs a prediction with a gold file
by the file-name stem of ``article.source``). These tests keep the gold honest: every line it promises
the body keeps or drops, every evidence string and every quote is verbatim in the page, the names it
scores are spelled as the page spells them, and the items have the shapes of the interchange schema.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dragoman.schema import schema_errors

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = {"articles_b": 16, "articles_c": 8, "articles_d": 8, "articles_e": 8, "articles_f": 6}  # folder -> the fewest articles it may hold
KEYS = {"id", "url", "outlet", "title", "published", "must_keep", "must_drop",
        "entities", "events", "deals", "pledges", "quotes"}
OPTIONAL_KEYS = {"published_from"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ITEM_KINDS = ("events", "deals", "pledges", "quotes")


def _stems(folder: str, suffix: str) -> set[str]:
    return {p.name[: -len(suffix)] for p in (FIXTURES / folder).glob(f"*{suffix}")}


CASES = [(folder, stem) for folder in SETS for stem in sorted(_stems(folder, ".gold.json"))]


def _load(folder: str, stem: str) -> tuple[dict[str, Any], str]:
    gold = json.loads((FIXTURES / folder / f"{stem}.gold.json").read_text(encoding="utf-8"))
    return gold, (FIXTURES / folder / f"{stem}.txt").read_text(encoding="utf-8")


def _record(stem: str, gold: dict[str, Any], text: str) -> dict[str, Any]:
    """The gold dressed as an extraction record, so the interchange schema can judge its items."""
    article = {"id": stem, "source": f"{stem}.txt", "url": gold.get("url"), "outlet": gold.get("outlet"),
               "title": gold.get("title"), "published": gold.get("published"), "language": "en", "body": text}
    return {"article": article, **{kind: gold.get(kind) for kind in ("entities", *ITEM_KINDS)}}


def gold_problems(stem: str, gold: dict[str, Any], text: str) -> list[str]:
    """Every way ``gold`` is untrue to its article ``text`` or breaks the seeds' gold format."""
    problems: list[str] = []
    missing, extra = KEYS - gold.keys(), gold.keys() - KEYS - OPTIONAL_KEYS
    if missing or extra:
        problems.append(f"keys: missing {sorted(missing)}, unexpected {sorted(extra)}")
    if gold.get("id") != stem:
        problems.append(f"id {gold.get('id')!r} is not the file stem {stem!r}")
    if gold.get("published") is not None and not ISO_DATE.match(str(gold["published"])):
        problems.append(f"published {gold['published']!r} is not YYYY-MM-DD")
    for field in ("must_keep", "must_drop"):
        problems += [f"{field} line not in the page: {line[:80]!r}" for line in gold.get(field, []) if line not in text]
    problems += schema_errors(_record(stem, gold, text))
    if problems:
        return problems
    scored = {e["name"] for e in gold["entities"] if e["type"] in ("person", "organization")}
    for entity in gold["entities"]:
        if entity["name"] not in text:
            problems.append(f"entity name not spelled as in the page: {entity['name']!r}")
    for kind in ITEM_KINDS:
        for item in gold[kind]:
            if item["evidence"] not in text:
                problems.append(f"{kind} evidence not verbatim in the page: {item['evidence'][:80]!r}")
    for quote in gold["quotes"]:
        if quote["text"] not in quote["evidence"]:
            problems.append(f"quote text not inside its evidence: {quote['text'][:80]!r}")
        if quote["text"].endswith(",") or quote["text"][:1] in "\"'\u201c\u2018":
            problems.append(f"quote text keeps an outer mark or trailing comma: {quote['text'][:80]!r}")
        if quote["speaker"] is not None and quote["speaker"] not in scored:
            problems.append(f"quote speaker is not a gold person or organisation: {quote['speaker']!r}")
    for deal in gold["deals"]:
        for line in deal["financing"]:
            if line["financier"] not in scored:
                problems.append(f"financier is not a gold organisation: {line['financier']!r}")
        for stake in deal["stakes"]:
            if stake["party"] not in text:
                problems.append(f"stake holder not named in the page: {stake['party']!r}")
    for pledge in gold["pledges"]:
        if pledge["actor"] not in text:
            problems.append(f"pledge actor not named in the page: {pledge['actor']!r}")
    return problems


@pytest.mark.parametrize("folder", SETS)
def test_every_article_has_gold_and_every_gold_an_article(folder: str) -> None:
    stems = _stems(folder, ".gold.json")
    assert len(stems) >= SETS[folder]
    assert _stems(folder, ".txt") == stems


@pytest.mark.parametrize("folder", SETS)
def test_readme_lists_every_article(folder: str) -> None:
    readme = (FIXTURES / folder / "README.md").read_text(encoding="utf-8")
    assert [s for s in _stems(folder, ".gold.json") if s not in readme] == []


@pytest.mark.parametrize(("folder", "stem"), CASES, ids=[f"{f}/{s}" for f, s in CASES])
def test_gold_is_true_to_its_article(folder: str, stem: str) -> None:
    gold, text = _load(folder, stem)
    assert gold_problems(stem, gold, text) == []


def test_evidence_missing_from_the_article_is_reported() -> None:
    folder, stem = CASES[0]
    gold, text = _load(folder, stem)
    item = next(item for kind in ITEM_KINDS for item in gold[kind])
    item["evidence"] = item["evidence"] + " A sentence the article never printed."
    assert any("evidence not verbatim" in p for p in gold_problems(stem, gold, text))


def test_quote_with_its_outer_marks_is_reported() -> None:
    folder, stem = CASES[0]
    gold, text = _load(folder, stem)
    gold["quotes"][0]["text"] = '"' + gold["quotes"][0]["text"]
    assert any("outer mark" in p for p in gold_problems(stem, gold, text))
