"""money@5: amounts with ISO currencies and qualifiers, and ownership stakes with their holders."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.extract.money import MoneyMention, StakeMention
from tests.helpers import make_document


def mentions(nlp: Any, text: str) -> list[Any]:
    return make_document(nlp, text, names=["money"]).results["money"]


def amounts(nlp: Any, text: str) -> list[MoneyMention]:
    return [m for m in mentions(nlp, text) if isinstance(m, MoneyMention)]


def stakes(nlp: Any, text: str) -> list[StakeMention]:
    return [m for m in mentions(nlp, text) if isinstance(m, StakeMention)]


@pytest.mark.parametrize(("phrase", "amount", "currency", "qualifier"), [
    ("$1.1 billion", 1.1e9, "USD", None),
    ("US$900m", 9e8, "USD", None),
    ("RMB 730m", 7.3e8, "CNY", None),
    ("€50 million", 5e7, "EUR", None),
    ("£2bn", 2e9, "GBP", None),
    ("1.2 trillion yen", 1.2e12, "JPY", None),
    ("Rs 500 crore", 5e9, "INR", None),
    ("over a billion-dollar investment", 1e9, "USD", "over"),
    ("up to $400 million", 4e8, "USD", "up to"),
    ("nearly $3bn", 3e9, "USD", "nearly"),
    ("about 5 million euros", 5e6, "EUR", "about"),
    ("at least $20 million", 2e7, "USD", "at least"),
    ("more than 10 billion tenge", 1e10, "KZT", "over"),
    ("A$2.5 billion", 2.5e9, "AUD", None),
    ("SDR 1.2 billion", 1.2e9, "XDR", None),
    ("NZD 40 million", 4e7, "NZD", None),
    ("RO 260 million", 2.6e8, "OMR", None),
    ("KSh 3 billion", 3e9, "KES", None),
    ("₱2 billion", 2e9, "PHP", None),
    ("PHP 3.5 billion", 3.5e9, "PHP", None),
    ("2 billion hryvnias", 2e9, "UAH", None),
    ("150 billion yen", 1.5e11, "JPY", None),
    ("R4.6bn", 4.6e9, "ZAR", None),
    ("R750m", 7.5e8, "ZAR", None),
    ("about R2 billion", 2e9, "ZAR", "about"),
    ("55 million euro", 5.5e7, "EUR", None),
])
def test_amount_currency_and_qualifier(nlp: Any, phrase: str, amount: float, currency: str,
                                       qualifier: str | None) -> None:
    found = amounts(nlp, f"The government announced {phrase} for the new programme.")
    assert len(found) == 1, found
    assert found[0].amount == pytest.approx(amount)
    assert (found[0].currency, found[0].qualifier) == (currency, qualifier)


@pytest.mark.parametrize("text", [
    "Nearly twenty agreements were signed in 2025.",
    "The economy grew 5% and inflation stayed at 3 percent.",
    "The country has a population of 20 million people.",
    "The boxer weighs 200 pounds.",
    "The company won 3 contracts last year.",
])
def test_numbers_that_are_not_money_stay_out(nlp: Any, text: str) -> None:
    assert amounts(nlp, text) == []


def test_qualifier_word_inside_a_verb_is_no_qualifier(nlp: Any) -> None:
    found = amounts(nlp, "The treasury will cover 30 million euro of the cost and recover the rest later.")
    assert [(m.amount, m.currency, m.qualifier) for m in found] == [(3e7, "EUR", None)]


def test_capital_r_before_a_number_is_rand_only_with_a_scale(nlp: Any) -> None:
    assert amounts(nlp, "The R500 engine and the R8 route were retired.") == []


def test_money_offsets_point_at_the_words(nlp: Any) -> None:
    text = "The lender approved a $3 billion facility."
    found = amounts(nlp, text)
    assert [text[m.start:m.end] for m in found] == ["$3 billion"]


@pytest.mark.parametrize(("text", "percent", "holder"), [
    ("Northwind Metals will hold a 70 percent stake in the project.", 70, "Northwind Metals"),
    ("Codelco will own 51% of the joint venture.", 51, "Codelco"),
    ("Rio Tinto sold a 20% stake to Mitsui last year.", 20, "Mitsui"),
    ("Aramco's 10% stake in the refinery was confirmed.", 10, "Aramco"),
])
def test_stake_with_its_holder(nlp: Any, text: str, percent: float, holder: str) -> None:
    found = stakes(nlp, text)
    assert [(s.percent, s.holder) for s in found] == [(percent, holder)]


def test_remaining_stake_is_left_for_the_deal_to_assign(nlp: Any) -> None:
    found = stakes(nlp, "Codelco will hold 51% of the venture and its partner the remaining 49%.")
    assert [(s.percent, s.remaining) for s in found] == [(51, False), (49, True)]
    assert found[1].holder is None


@pytest.mark.parametrize("text", [
    "Exports rose 12% last year.",
    "The central bank raised its interest rate by 2 percent.",
    "Mining accounts for 15% of GDP.",
    "The party won 40% of the vote.",
])
def test_percentages_that_are_not_ownership_are_not_stakes(nlp: Any, text: str) -> None:
    assert stakes(nlp, text) == []


def test_shares_listed_after_a_stake_go_to_the_name_before_each(nlp: Any) -> None:
    text = ("Under the shareholder agreement, Sahel Power holds 45 percent, Nordlicht Energie 40 percent and "
            "the Gulf Investment Authority 15 percent.")
    assert [(s.holder, s.percent) for s in stakes(nlp, text)] == [
        ("Sahel Power", 45), ("Nordlicht Energie", 40), ("Gulf Investment Authority", 15)]


def test_remaining_share_named_with_its_holder_in_a_gapped_clause(nlp: Any) -> None:
    text = ("Rift Rail is owned by the logistics group Savanna Holdings, which holds 70 percent, and the "
            "Canadian pension fund Maple Crest Capital, with the remaining 30%.")
    assert [(s.holder, s.percent) for s in stakes(nlp, text)] == [("Savanna Holdings", 70), ("Maple Crest Capital", 30)]


def test_remaining_share_that_goes_to_a_holder_is_that_holders(nlp: Any) -> None:
    text = "Delta Mining keeps 60 percent, Orion Materials takes 30 percent, and the remaining 10% goes to the Pacific Sovereign Fund."
    assert [(s.holder, s.percent) for s in stakes(nlp, text)] == [
        ("Delta Mining", 60), ("Orion Materials", 30), ("Pacific Sovereign Fund", 10)]


def test_growth_after_a_stake_is_not_a_listed_share(nlp: Any) -> None:
    text = "Acme holds a 45 percent stake in the mine, and exports rose 40 percent last year."
    assert [s.percent for s in stakes(nlp, text)] == [45]


def test_holder_called_by_the_first_word_of_its_name_is_that_organisation(nlp: Any) -> None:
    text = ("The Gulf fund will buy a 49 percent stake in Konda Harbour Ltd for $300 million, its parent Maraval "
            "Infrastructure said. Maraval will hold the remaining 51% and keep control of the terminal.")
    assert [(s.holder, s.percent) for s in stakes(nlp, text)][-1] == ("Maraval Infrastructure", 51)


def test_remaining_share_that_stays_with_a_holder_is_that_holders(nlp: Any) -> None:
    text = ("Harbour Fund will buy 60 percent of the operator. The remaining 40 percent stays with Norwegian "
            "shipping group Fjordline Carriers, which built the quay.")
    assert [(s.holder, s.percent) for s in stakes(nlp, text)][-1] == ("Fjordline Carriers", 40)
