"""Scoring of a cleaned page against a small gold file, with the rules of shared/eval/score.py:
a must-keep line counts when its normalised text is inside the normalised body; a must-drop
line counts only when it has at least 12 characters."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PAGES = Path(__file__).resolve().parent / "pages"


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"[^\w\s%$.']", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class BoilerplateScore:
    missed: list[str]  # must-keep lines not in the body
    leaked: list[str]  # must-drop lines still in the body
    keep_total: int
    drop_total: int

    @property
    def keep_recall(self) -> float:
        return 1 - len(self.missed) / self.keep_total if self.keep_total else 1.0

    @property
    def drop_rate(self) -> float:
        return 1 - len(self.leaked) / self.drop_total if self.drop_total else 1.0


def score_body(gold: dict[str, Any], body: str) -> BoilerplateScore:
    text = norm(body)
    keep = gold.get("must_keep", [])
    drop = [s for s in gold.get("must_drop", []) if len(norm(s)) >= 12]
    return BoilerplateScore(missed=[s for s in keep if norm(s) not in text],
                            leaked=[s for s in drop if norm(s) in text], keep_total=len(keep), drop_total=len(drop))


def same_name(expected: str, got: str | None) -> bool:
    """Names agree when one's words are all among the other's ("Example Times" ~ "The Example Times")."""
    small = {"the", "of", "and", "news"}
    a, b = set(norm(expected).split()) - small, set(norm(got).split()) - small
    return bool(a and b) and (a <= b or b <= a)


def page_names() -> list[str]:
    return sorted(p.stem for p in PAGES.glob("*.txt"))


def load(name: str) -> tuple[str, dict[str, Any]]:
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((PAGES / f"{name}.gold.json").read_text(encoding="utf-8"))
    return text, gold
