"""Aligned statements: the same claim told differently by two texts of a story (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from dragoman.link.discrepancies import Discrepancy


def claim_discrepancies(texts: Sequence[tuple[int, str]]) -> list[Discrepancy]:
    return []
