"""A wording one text puts in quotation marks that no other text prints, beside the other text's words."""

from __future__ import annotations

from dragoman.link.claims import Text
from dragoman.link.wordings import quoted_wording_discrepancies

NAMES = {"Tomas Ekwall": "e1", "Ekwall": "e1", "Rosa Okafor": "e2", "Okafor": "e2"}

PARAPHRASE = ("Trade envoy Tomas Ekwall said the harbour upgrade was part of a determined drive by the cabinet "
              "to court Baltic shipping lines.")


def found(*bodies: str) -> list[list[str]]:
    texts = [Text(i + 1, body, "2026-03-02", None, NAMES) for i, body in enumerate(bodies)]
    return [[side.text for side in d.sides] for d in quoted_wording_discrepancies(texts)]


def test_a_phrase_one_outlet_quotes_and_another_words_otherwise_is_a_wording_discrepancy() -> None:
    quoting = ("\u201cDetermined courtship,\u201d stressed trade envoy Tomas Ekwall, was the cabinet's answer "
               "to the Baltic shipping lines on the harbour upgrade.")
    assert found(PARAPHRASE, quoting) == [["Determined courtship", "determined drive"]]


def test_a_quoted_phrase_another_outlet_also_prints_is_corroborated() -> None:
    quoting = ("Trade envoy Tomas Ekwall called the harbour upgrade a \u201cdetermined drive\u201d by the cabinet "
               "to court Baltic shipping lines.")
    assert found(PARAPHRASE, quoting) == []


def test_another_speakers_words_are_not_the_counterpart_of_a_quotation() -> None:
    quoting = ("\u201cDetermined courtship,\u201d stressed port director Rosa Okafor, was the cabinet's answer "
               "to the Baltic shipping lines on the harbour upgrade.")
    assert found(PARAPHRASE, quoting) == []


def test_a_quotation_within_one_text_is_not_compared_with_that_text() -> None:
    quoting = ("\u201cDetermined courtship,\u201d stressed trade envoy Tomas Ekwall, was the cabinet's answer "
               "to the Baltic shipping lines on the harbour upgrade.")
    assert found(f"{PARAPHRASE} {quoting}") == []
