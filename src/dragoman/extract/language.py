"""Is a text English? A cheap guess from function words, so that other languages are not mis-read."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
FUNCTION_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "it", "at", "from", "he", "she", "his", "her", "said", "be", "are", "has", "have", "had", "not", "this", "which", "an", "or", "but", "were", "its", "their", "they", "will", "would", "after", "also", "who", "been", "more", "its", "than"]
)


def looks_english(text: str, *, sample: int = 4000) -> bool:
    """True when enough of the first words are English function words (news prose scores ~0.3)."""
    words = _WORD.findall(text[:sample].lower())
    if len(words) < 20:
        return True  # too short to judge: let the extractors try
    hits = sum(1 for w in words if w in FUNCTION_WORDS)
    return hits / len(words) >= 0.12
