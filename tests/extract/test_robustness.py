"""No extractor raises on any text: random, adversarial and oversized inputs (hypothesis).

The extractors are called one by one here (the registry would log and swallow a failure), and
every item they return must point inside the body.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from dragoman.extract.analyze import analyze
from dragoman.extract.registry import ordered
from dragoman.records import Article, Item

FRAGMENTS = [
    "$", "€", "£", "US$", "1.5", "900m", "billion", "%", "51%", "the remaining", "stake", "\u201c", "\u201d", '"',
    "(", ")", "on Wednesday", "in the coming year", "by the end of", "2026", "November 6", "President",
    "Kazakhstan", "Minister Ana Ruiz", "he", "I", "will", "plans to", "signed", "a deal", "with", "between",
    "and", "loan", "memorandum", "visited", "met", "said", ",", ".", "\n", "\n\n", "\u202e", "\u05e9\u05dc\u05d5\u05dd",
    "\x00", "\x1b", "\u0130", "\u00df", "\ufeff", " ", "---", "\u2014", "'s", "0", "99999999999999999999",
]

adversarial = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
random_text = st.text(max_size=300)
published = st.sampled_from([None, "2025-11-06", "2024-02-29", "1999-12-31"])


def run_all(nlp: Any, text: str, when: str | None) -> None:
    document = analyze(Article(id="x", source="x.txt", body=text, published=when), nlp)
    for spec in ordered():
        items = spec.func(document)
        document.results[spec.name] = items
        for item in items:
            span = item.span if isinstance(item, Item) else (getattr(item, "start", 0), getattr(item, "end", 0))
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(text), (spec.name, item)


@settings(max_examples=60, deadline=None)
@given(text=adversarial, when=published)
def test_no_extractor_raises_on_adversarial_fragments(nlp: Any, text: str, when: str | None) -> None:
    run_all(nlp, text, when)


@settings(max_examples=60, deadline=None)
@given(text=random_text, when=published)
def test_no_extractor_raises_on_random_text(nlp: Any, text: str, when: str | None) -> None:
    run_all(nlp, text, when)


def test_no_extractor_raises_on_a_100k_character_line(nlp: Any) -> None:
    line = ("The minister said on Monday that Acme Corp will invest $2 billion in a 49% stake, " * 1300)[:100_000]
    run_all(nlp, line, "2025-11-06")


def test_no_extractor_raises_on_numbers_only_or_unbalanced_quotes(nlp: Any) -> None:
    for text in ("1 2 3 4 5 2026 2027 1.5 % $ 100 000 000", "\u201cHe said \u201c\u201c we will ", '"""' * 50,
                 "", " \n\n ", "(((((( November 7", ")))) , November 7)"):
        run_all(nlp, text, "2025-11-06")
