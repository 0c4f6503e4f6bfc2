"""money@5: amounts of money and ownership stakes, with character offsets, for deals and events.

The results are ``MoneyMention`` ("$1.1 billion" -> 1.1e9 USD, "up to $400 million" -> 4e8 USD
qualifier "up to") and ``StakeMention`` ("a 70 percent stake", "the remaining 30%", "51% of the
joint venture") with the holder when the parse names one. Numbers without a currency are never
money; percentages that are not ownership (growth, rates, shares of GDP) are never stakes.
"""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.extract import money_grammar
from dragoman.extract.document import Document
from dragoman.extract.registry import extractor
from dragoman.extract.spans import SpanList, between
from dragoman.extract.stakes import StakeMention, find_stakes
from dragoman.records import Money

__all__ = ["MoneyMention", "StakeMention", "extract_money", "money_between", "stakes_between"]


@dataclass(frozen=True)
class MoneyMention:
    start: int
    end: int
    text: str
    amount: float
    currency: str
    qualifier: str | None = None
    upper: float | None = None

    def money(self) -> Money:
        return Money(amount=self.amount, currency=self.currency, qualifier=self.qualifier)


@extractor("money", version=5, requires=("entities",))
def extract_money(document: Document) -> list[MoneyMention | StakeMention]:
    text = document.text
    found: list[MoneyMention | StakeMention] = [
        MoneyMention(start=s, end=e, text=text[s:e], amount=amount, currency=cur, qualifier=qual, upper=upper)
        for s, e, amount, cur, qual, upper in money_grammar.scan(text)
    ]
    found.extend(find_stakes(document))
    found.sort(key=lambda m: m.start)
    return SpanList(found)


def money_between(document: Document, start: int, end: int) -> list[MoneyMention]:
    """Money mentions inside ``[start, end)`` (needs the ``money`` extractor's results)."""
    return [m for m in between(document.results.get("money", []), start, end) if isinstance(m, MoneyMention)]


def stakes_between(document: Document, start: int, end: int) -> list[StakeMention]:
    return [m for m in between(document.results.get("money", []), start, end) if isinstance(m, StakeMention)]
