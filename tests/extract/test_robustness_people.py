"""No extractor raises on any text: random and adversarial strings through entities and quotes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dragoman.extract.entities import extract_entities
from dragoman.extract.quote_marks import find_quote_spans
from dragoman.extract.quotes import extract_quotes
from tests.helpers import make_document

ADVERSARIAL = [
    '"' * 50,
    "\u201c" * 20 + "text" + "\u201d" * 3,
    'He said "unclosed quote that never ends ' + "word " * 200,
    "x" * 100_000,
    "\x00\x01\x02 control \x1b[31m characters \x7f",
    "\u0627\u0644\u0631\u0626\u064a\u0633 \u0642\u0627\u0644 \u00ab\u0646\u0639\u0645\u00bb \u202e reversed",
    "1234567890 " * 500,
    "\"\" '' \u201c\u201d \u00ab\u00bb \u201e",
    "Mr Mr Mr Dr President Secretary of of of the the",
    "\n\n\n   \n\t\n",
    "'" * 60,
    "It's the farmers' 'union' said 'nothing' at all '",
    "\u2018" * 10 + "single" + "\u2019" * 4 + " don't 'x' '",
    "He said 'unclosed single quote " + "word " * 300,
]


def run_all(nlp: Any, text: str) -> None:
    """Call the extractors directly: the registry would log and swallow an exception."""
    document = make_document(nlp, text, names=[])
    extract_entities(document)
    for quote in extract_quotes(document):
        assert quote.text
        assert quote.evidence in text or quote.evidence == quote.text


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_text_never_raises(nlp: Any, text: str) -> None:
    run_all(nlp, text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_random_text_never_raises(nlp: Any, text: str) -> None:
    run_all(nlp, text)


@given(st.text(alphabet="ab \"'\u2018\u2019\u201c\u201d\n,.s", max_size=200))
def test_quote_spans_are_ordered_and_inside_the_text(text: str) -> None:
    spans = find_quote_spans(text)
    for span in spans:
        assert 0 <= span.open < span.close <= len(text)
    assert [s.open for s in spans] == sorted(s.open for s in spans)
