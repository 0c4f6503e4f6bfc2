"""Quality gates: cleaning scores on the shared development pages and on the HTML benchmark must
not fall below pinned floors. Both read ../shared and skip without it."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dragoman.clean import clean_document
from dragoman.clean.text import clean_text
from dragoman.ingest import read_inputs
from dragoman.ingest.documents import RawDocument
from dragoman.records import Article

#: pinned floors (measured: seeds 1.0 / 1.0 / 1.0 / 1.0 / 1.0; benchmark body F1 0.972)
SEED_FLOORS = {"keep_recall": 1.0, "drop_rate": 0.95, "title": 0.8, "published": 1.0, "outlet": 0.8}
BENCHMARK_F1_FLOOR = 0.965


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_pages_clean_above_the_pinned_floors(shared_dir: Path, tmp_path: Path) -> None:
    predictions = tmp_path / "seeds.jsonl"
    with predictions.open("w", encoding="utf-8") as fh:
        for seed in sorted((shared_dir / "seeds").glob("*.txt")):
            page = clean_text(seed.read_text(encoding="utf-8"))
            article = {"source": str(seed), "body": page.body, "title": page.title, "outlet": page.outlet,
                       "published": page.published, "url": page.url}
            fh.write(json.dumps({"article": article}, ensure_ascii=False) + "\n")
    result = load_scorer(shared_dir).score(shared_dir / "eval" / "seeds", predictions)
    assert result["articles_missing"] == []
    figures = {**{k: result["boilerplate"][k] for k in ("keep_recall", "drop_rate")}, **result["metadata"]}
    for name, floor in SEED_FLOORS.items():
        assert figures[name] is not None and figures[name] >= floor, (name, figures)


@pytest.mark.slow
def test_benchmark_body_f1_stays_above_the_pinned_floor(shared_dir: Path, tmp_path: Path) -> None:
    bench = shared_dir / "benchmarks" / "article-extraction"
    if not (bench / "html").is_dir():
        pytest.skip("the article-extraction benchmark is not present")
    predictions = tmp_path / "bodies.jsonl"
    files = sorted(str(p) for p in (bench / "html").glob("*.html.gz"))
    with predictions.open("w", encoding="utf-8") as fh:
        for raw in read_inputs(files, max_bytes=50_000_000):  # the path `dragoman extract` takes
            result = clean_document(raw) if isinstance(raw, RawDocument) else raw
            body = result.body if isinstance(result, Article) else ""
            fh.write(json.dumps({"article": {"source": raw.source, "body": body}}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(shared_dir / "eval" / "score_bodies.py"),
                          str(bench / "ground-truth.json"), str(predictions)],
                         capture_output=True, text=True, check=True).stdout
    match = re.search(r"F1 ([\d.]+)", out)
    assert match, out
    assert float(match.group(1)) >= BENCHMARK_F1_FLOOR, out
