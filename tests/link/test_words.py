"""Folding, tokens, content words and sentences for linking."""

from __future__ import annotations

from dragoman.link.words import content_words, fold, sentences, stem, tokens


def test_fold_unifies_typography_and_accents() -> None:
    assert fold("Jackson\u2013Vanik \u201cS\u00e3o Paulo\u201d  Caf\u00e9") == 'jackson-vanik "sao paulo" cafe'


def test_tokens_keep_hyphenated_words_and_format_names() -> None:
    assert tokens("The C5+1 week-long trip") == ["the", "c5+1", "week-long", "trip"]
    assert content_words("The talks on the 06-11-2025 trade deal were long") == ["talks", "trade", "deal", "long"]


def test_stem_makes_plurals_meet() -> None:
    assert [stem(w) for w in ("countries", "minerals", "taxes", "news", "gas")] == [
        "country", "mineral", "tax", "news", "gas"]


def test_sentences_keep_offsets_and_do_not_split_after_abbreviations() -> None:
    text = 'The U.S. envoy met Mr. Holm. "We agree," he said.\n\nA new paragraph'
    found = sentences(text)
    assert [s.text for s in found] == ["The U.S. envoy met Mr. Holm.", '"We agree," he said.', "A new paragraph"]
    assert all(text[s.start:s.end] == s.text for s in found)
