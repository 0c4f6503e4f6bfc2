"""Quality gate: the development-set scores never slip below pinned floors (as trafilatura's CI does).

Runs the real extractor over ../shared/seeds and scores it with ../shared/eval/score.py; skips when
../shared is absent. Raise a floor when a change lifts a score for good; never lower one silently.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from dragoman.ingest import read_inputs
from dragoman.pipeline import run_documents
from dragoman.records import Extraction
from dragoman.settings import Settings

FLOORS: dict[str, float] = {
    "boilerplate.keep_recall": 1.0,
    "boilerplate.drop_rate": 0.97,
    "metadata.title": 0.95,
    "metadata.published": 1.0,
    "metadata.outlet": 0.95,
    "quotes.f1": 0.95,
    "quotes.fields.speaker": 0.95,
    "deals.f1": 0.8,
    "deals.fields.value": 0.9,
    "deals.fields.stake": 0.9,
    "deals.fields.financier": 0.9,
    "pledges.f1": 0.7,
    "events.f1": 0.6,
    "events.fields.location": 0.7,
    "entities.recall": 0.95,
    "entities.precision": 0.9,
    "entities.fields.title": 0.8,
}


def _scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("dragoman_score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_scores(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> dict[str, Any]:
    seeds = sorted(str(p) for p in (shared_dir / "seeds").glob("*.txt"))
    out = tmp_path_factory.mktemp("gate") / "seeds.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for result in run_documents(read_inputs(seeds, max_bytes=10_000_000), settings):
            assert isinstance(result, Extraction), result
            fh.write(json.dumps(result.dump(), ensure_ascii=False) + "\n")
    scores: dict[str, Any] = _scorer(shared_dir).score(shared_dir / "eval" / "seeds", out)
    return scores


def _value(scores: dict[str, Any], dotted: str) -> float:
    node: Any = scores
    for part in dotted.split("."):
        node = node[part]
    return float(node or 0.0)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_seed_score_stays_above_its_floor(seed_scores: dict[str, Any], metric: str) -> None:
    assert _value(seed_scores, metric) >= FLOORS[metric], json.dumps(seed_scores, indent=1)[:2000]


# Our own annotated articles (other regions, outlets and deal shapes): the nearest stand-in for the
# hidden set. Floors sit a little under the measured figures: the scorer's matching moves by a few
# hundredths with the hash seed.
FIXTURE_FLOORS: dict[str, float] = {
    "metadata.title": 0.95,
    "metadata.outlet": 0.85,
    "quotes.f1": 0.95,
    "quotes.fields.speaker": 0.9,
    "deals.f1": 0.8,
    "pledges.f1": 0.7,  # articles/ gives "X said the government would" to X; the other sets to the state
    "events.f1": 0.53,  # articles/ does not annotate organisations' statements; the other sets do
    "entities.recall": 0.9,
    "entities.precision": 0.85,
    "entities.fields.title": 0.8,
}
# sets the rules were developed on; the newest set (articles_f) is held out: measured, never a floor
FIXTURE_SETS = ("articles", "articles_b", "articles_c", "articles_d")


@pytest.fixture(scope="module")
def fixture_scores(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory,
                   settings: Settings) -> dict[str, dict[str, Any]]:
    scores: dict[str, dict[str, Any]] = {}
    for name in FIXTURE_SETS:
        folder = Path(__file__).resolve().parent / "fixtures" / name
        out = tmp_path_factory.mktemp("gate") / f"{name}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            pages = sorted(str(p) for p in folder.glob("*.txt"))
            for result in run_documents(read_inputs(pages, max_bytes=10_000_000), settings):
                assert isinstance(result, Extraction), result
                fh.write(json.dumps(result.dump(), ensure_ascii=False) + "\n")
        scores[name] = _scorer(shared_dir).score(folder, out)
    return scores


@pytest.mark.parametrize("name", FIXTURE_SETS)
@pytest.mark.parametrize("metric", sorted(FIXTURE_FLOORS))
def test_fixture_set_score_stays_above_its_floor(fixture_scores: dict[str, dict[str, Any]], name: str,
                                                 metric: str) -> None:
    assert _value(fixture_scores[name], metric) >= FIXTURE_FLOORS[metric], json.dumps(fixture_scores[name])[:2000]
