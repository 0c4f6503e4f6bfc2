"""Extract: entities, quotes, dates, money, events, deals and pledges from a clean article."""

from dragoman.extract.analyze import analyze, extract_article

__all__ = ["analyze", "extract_article"]
