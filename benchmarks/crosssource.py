"""The seeds' cross-source gold (CROSS-SOURCE.md) against what the ledger links and reports.

Used by ``benchmarks/link.py seeds``. Reads the gold's discrepancies B1-B15 (the quoted phrases of
each), ingests the five seeds into a temporary SQLite ledger (records from the pipeline, or
``--gold``: the gold annotations as records, to measure linking alone), and matches every
reported discrepancy to the gold: a report finds B<n> when the sentences of at least two of its
sides each hold a phrase of B<n> (two different phrases). Reports that match no B are listed
for a human to judge.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dragoman.link.words import fold

_ITEM = re.compile(r"^\*\*(B\d+)\.\s*(.+?)\*\*", re.M)
_PHRASE = re.compile(r"\*\*(\d{3})\*\*\s*`([^`]+)`")


@dataclass
class GoldDiscrepancy:
    key: str
    title: str
    phrases: list[tuple[str, str]] = field(default_factory=list)  # (text id "001", phrase)


def read_gold(path: Path) -> list[GoldDiscrepancy]:
    text = path.read_text(encoding="utf-8")
    section = text.split("## B.", 1)[1].split("## C.", 1)[0]
    items: list[GoldDiscrepancy] = []
    matches = list(_ITEM.finditer(section))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(section)
        body = section[match.end():end]
        items.append(GoldDiscrepancy(match.group(1), match.group(2).strip(),
                                     [(m.group(1), m.group(2)) for m in _PHRASE.finditer(body)]))
    return items


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def _holds(sentence: str, phrase: str) -> bool:
    a, b = _norm(sentence), _norm(phrase)
    if not a or not b:
        return False
    if b in a or (len(a) >= 12 and a in b):
        return True
    words = b.split()
    return len(words) >= 6 and any(" ".join(words[i:i + 6]) in a for i in range(len(words) - 5))


def side_texts(side: dict[str, Any]) -> list[str]:
    evidence = side.get("evidence") or {}
    return [str(v) for v in evidence.values() if v] + [str(side.get("text") or "")]


def match(report: dict[str, Any], gold: list[GoldDiscrepancy]) -> list[str]:
    """The gold discrepancy a reported one finds (none, or the best matching; all of a tie).

    A gold item qualifies when phrases of it (two different ones) sit in the sentences of two
    different sides; among those, the one with most phrases hit wins, phrases found in the
    reported values themselves counting double.
    """
    scored: list[tuple[int, str]] = []
    for item in gold:
        hits: list[tuple[int, str]] = []
        in_values = 0
        for i, side in enumerate(report["sides"]):
            for _, phrase in item.phrases:
                if any(_holds(text, phrase) for text in side_texts(side)):
                    hits.append((i, phrase))
                    in_values += _holds(str(side.get("text") or ""), phrase) or _holds(phrase, str(side.get("text") or ""))
        if len({i for i, _ in hits}) >= 2 and len({p for _, p in hits}) >= 2:
            scored.append((len({p for _, p in hits}) + 2 * in_values, item.key))
    if not scored:
        return []
    best = max(score for score, _ in scored)
    return [key for score, key in scored if score == best]


def gold_records(shared: Path, settings: Any) -> list[Any]:
    """The seeds as extraction records whose items are the gold annotations (bodies from the cleaner)."""
    from dragoman.clean.ids import article_id
    from dragoman.ingest import read_inputs
    from dragoman.pipeline import clean
    from dragoman.records import Article, Deal, Entity, Event, Extraction, Pledge, Quote

    records = []
    pages = sorted((shared / "seeds").glob("*.txt"))
    for raw, page in zip(read_inputs([str(p) for p in pages], max_bytes=10_000_000), pages, strict=True):
        cleaned = clean(raw, settings)  # type: ignore[arg-type]
        assert isinstance(cleaned, Article)
        gold = json.loads((shared / "eval" / "seeds" / f"{page.stem}.gold.json").read_text(encoding="utf-8"))
        article = cleaned.model_copy(update={"outlet": gold.get("outlet") or cleaned.outlet,
                                             "published": gold.get("published") or cleaned.published,
                                             "title": gold.get("title") or cleaned.title,
                                             "id": article_id(cleaned.body)})

        lists = {kind: _gold_items(gold, kind, cls, article.body) for kind, cls in (
            ("entities", Entity), ("events", Event), ("deals", Deal), ("pledges", Pledge), ("quotes", Quote))}
        records.append(Extraction(article=article, **lists))
    return records


def _gold_items(gold: dict[str, Any], kind: str, cls: Any, body: str) -> list[Any]:
    out = []
    for data in gold.get(kind, []):
        fields = {k: v for k, v in data.items() if k in cls.model_fields}
        evidence = fields.get("evidence") or ""
        start = body.find(evidence) if evidence else -1
        out.append(cls(extractor=f"gold-{kind}@1", span=(start, start + len(evidence)) if start >= 0 else None,
                       **fields))
    return out
