"""Quality gate: events, deals and pledges on the development set stay above pinned floors.

Runs ``dragoman extract`` on ../shared/seeds and scores with ../shared/eval/score.py, the
scorer used at review. Skipped when ../shared is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from dragoman.cli import main

FLOORS = {"deals": 0.80, "pledges": 0.70, "events": 0.60}
FIELD_FLOORS = {("deals", "value"): 0.90, ("deals", "stake"): 0.90, ("deals", "financier"): 0.90}


@pytest.fixture(scope="module")
def seed_scores(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("seeds") / "seeds.jsonl"
    seeds = sorted(str(p) for p in (shared_dir / "seeds").glob("*.txt"))
    assert main(["extract", "--quiet", *seeds, "-o", str(out)]) == 0
    spec = importlib.util.spec_from_file_location("score", shared_dir / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    result: dict[str, Any] = score.score(shared_dir / "eval" / "seeds", out)
    return result


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_f1_on_the_development_set_stays_above_its_floor(seed_scores: dict[str, Any], kind: str) -> None:
    assert seed_scores[kind]["f1"] >= FLOORS[kind], seed_scores[kind]


@pytest.mark.parametrize(("kind", "field"), sorted(FIELD_FLOORS))
def test_deal_fields_stay_above_their_floor(seed_scores: dict[str, Any], kind: str, field: str) -> None:
    assert seed_scores[kind]["fields"].get(field, 0.0) >= FIELD_FLOORS[(kind, field)], seed_scores[kind]
