"""quotes@3: quote spans and their speakers, on short articles written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.extract.quote_marks import find_quote_spans
from tests.helpers import make_document


def quotes_of(nlp: Any, body: str) -> list[tuple[str | None, str]]:
    document = make_document(nlp, body, names=["quotes"])
    return [(q.speaker, q.text) for q in document.results["quotes"]]


CASES = [
    pytest.param(
        "Kenyan Finance Minister Wanjiru Odhiambo defended the loan on Monday.\n\n"
        "\"The terms are the best this country has ever been offered,\" Odhiambo told lawmakers in Nairobi.",
        [("Wanjiru Odhiambo", "The terms are the best this country has ever been offered")],
        id="speaker named after the quote by surname",
    ),
    pytest.param(
        "Trade Commissioner Lotte Verhaegen opened the round in Brussels.\n\n"
        "\u201cWe are close,\u201d she said, \u201cbut close is not done.\u201d",
        [("Lotte Verhaegen", "We are close"), ("Lotte Verhaegen", "but close is not done.")],
        id="split quote through a pronoun",
    ),
    pytest.param(
        "Andres Quispe, chief executive of Salar Verde, spoke to investors in Lima.\n\n"
        "He said: \"Lithium prices will recover before our plant is finished.\"",
        [("Andres Quispe", "Lithium prices will recover before our plant is finished.")],
        id="colon after a pronoun and a cue verb",
    ),
    pytest.param(
        "The Ministry of Energy of Oman signed the framework on Sunday. "
        "\"This agreement opens a new chapter for green hydrogen,\" the ministry said in a statement.",
        [("Ministry of Energy of Oman", "This agreement opens a new chapter for green hydrogen")],
        id="organisation as speaker through a definite noun",
    ),
    pytest.param(
        "\"We will not be rushed,\" said Prime Minister Tevita Fonua of Tonga after the talks.",
        [("Tevita Fonua", "We will not be rushed")],
        id="inverted cue with a title",
    ),
    pytest.param(
        "According to Deputy Governor Ilse Brandt, the bank sees \"no reason for alarm\" in the figures.",
        [("Ilse Brandt", "no reason for alarm")],
        id="partial quote after according to",
    ),
    pytest.param(
        "Delegates gathered for Operation \"Blue Harbour\" exercises near the port of Mombasa last week.",
        [],
        id="a name in quotation marks is not a quote",
    ),
    pytest.param(
        "Rana Haddad, Jordan's planning minister, arrived in Amman on Tuesday. She briefed reporters on the grant. "
        "\"Every dinar will be accounted for. We have nothing to hide.\"",
        [("Rana Haddad", "Every dinar will be accounted for. We have nothing to hide.")],
        id="quote standing alone after the speaker's sentence",
    ),
    pytest.param(
        "\u201cThe port will be ready in 2028,\u201d one official said, asking not to be named.",
        [(None, "The port will be ready in 2028")],
        id="anonymous speaker stays unnamed",
    ),
    pytest.param(
        "Opening the harbour, Prime Minister Hon. Malakai Veikune thanked the donors. "
        "\"Our fishermen waited ten years for this,\" the Prime Minister said.",
        [("Malakai Veikune", "Our fishermen waited ten years for this")],
        id="title used alone resolves to the holder named with an abbreviated honorific",
    ),
    pytest.param(
        "Talks in Doha were led by Omani Minister of Energy Salim Harthy and by Finance Minister Daniela Ferraz. "
        "Ferraz said the fund was ready. \"Build it and we will ship through it,\" the Omani minister said.",
        [("Salim Harthy", "Build it and we will ship through it")],
        id="title with a nationality picks the holder of that nationality",
    ),
    pytest.param(
        "The treaty was signed by the Minister of Trade and Minister of State for Industry, Sheikh Karim Al-Nouri, "
        "and by the Finance Minister, Lena Brandt. \"We will sign more of these,\" the trade minister said.",
        [("Karim Al-Nouri", "We will sign more of these")],
        id="title in apposition across an honorific identifies the speaker",
    ),
    pytest.param(
        "Gulf Harbour Capital Partners (GHCP) agreed to buy the terminal on Monday. His Excellency Omar Saleh "
        "attended. GHCP said in a statement that the purchase \"shows our faith in the corridor\".",
        [("Gulf Harbour Capital Partners", "shows our faith in the corridor")],
        id="organisation speaker named by the acronym it defined",
    ),
    pytest.param(
        "State Minister for Water, Forests and Coastal Affairs Rubina Akter Haque opened the dyke on Sunday. "
        "\"The sea will not take this village,\" the state minister said.",
        [("Rubina Akter Haque", "The sea will not take this village")],
        id="title holding a list of portfolios names the speaker of the bare title",
    ),
    pytest.param(
        "Analyst Petra Lindholm said the so-called \"corridor diplomacy\" of the 2010s had failed, and that the "
        "word \"Greenway\" meant little to farmers.",
        [],
        id="terms held in quotation marks after so-called or the word are not quotes",
    ),
    pytest.param(
        "The Minister of Fisheries and Ocean Affairs, Tomas Reinholt, met the trawler owners on Friday. "
        "The ministry said in a statement that \"quotas will not be raised this year.\"",
        [("Ministry of Fisheries and Ocean Affairs", "quotas will not be raised this year.")],
        id="the ministry speaks for the portfolio of the minister the article names",
    ),
    pytest.param(
        "I met the mine's manager on Monday.\n\n"
        "\u201cThe ore body is richer than we hoped. We have drilled nine holes.\n\n"
        "\u201cNow we need a buyer for the concentrate,\u201d said Ingrid Solvang, manager of Nordkapp Mining.",
        [("Ingrid Solvang", "The ore body is richer than we hoped. We have drilled nine holes."),
         ("Ingrid Solvang", "Now we need a buyer for the concentrate")],
        id="a quoted paragraph left open is spoken by the speaker of the paragraph continuing it",
    ),
    pytest.param(
        "Speaking after the ceremony, Jordanian Prime Minister Omar Khalaf said the grant was welcome. "
        "Finance Minister Rana Saleh agreed. \"It is the largest ever,\" the premier said.",
        [("Omar Khalaf", "It is the largest ever")],
        id="the premier is the prime minister",
    ),
    pytest.param(
        "Turkish Foreign Minister Mehmet Aydin met his Ethiopian counterpart, Abebe Worku, in Addis Ababa. "
        "\"We welcome investors,\" the Ethiopian minister said.",
        [("Abebe Worku", "We welcome investors")],
        id="a counterpart of that nationality is the minister named by it",
    ),
    pytest.param(
        "Priya Menon, chief executive of Coastal Gas Ltd, said the plant was on schedule. "
        "\"We will deliver first gas in 2027,\" the CEO said.",
        [("Priya Menon", "We will deliver first gas in 2027")],
        id="the CEO is the chief executive named before",
    ),
    pytest.param(
        "The European Commission approved the grant on Monday. \"This is a strong signal,\" the Commission said.",
        [("European Commission", "This is a strong signal")],
        id="the head noun of the one body named in full speaks for it",
    ),
    pytest.param(
        "\"We need investment,\" said Sunita Rao of the Indian Chamber of Commerce.\n\n"
        "Pieter de Vries, a Dutch banker, disagreed. \"Investment needs rules first,\" he said.",
        [("Sunita Rao", "We need investment"), ("Pieter de Vries", "Investment needs rules first")],
        id="a name with a particle the model missed is still the speaker",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_quote_text_and_speaker(nlp: Any, body: str, expected: list[tuple[str | None, str]]) -> None:
    assert quotes_of(nlp, body) == expected


def test_unbalanced_marks_do_not_swallow_the_rest_of_the_text() -> None:
    text = 'He called it "a mistake. Then he left.\n\nThe next paragraph has "a proper quote" in it.'
    spans = find_quote_spans(text)
    assert [text[s.open + 1:s.close] for s in spans] == ["a proper quote"]


def test_quote_evidence_is_the_verbatim_sentence(nlp: Any) -> None:
    body = "Officials met in Dakar. \"We agreed on the route,\" Senegal's transport minister Awa Ndiaye said."
    document = make_document(nlp, body, names=["quotes"])
    (quote,) = document.results["quotes"]
    assert quote.evidence in body
    assert quote.span is not None and body[quote.span[0]:quote.span[1]] == quote.evidence
    assert quote.speaker == "Awa Ndiaye"


def test_quote_from_a_state_government_named_after_its_place(nlp: Any) -> None:
    body = ("Kestrel Ports said the lease was void.\n\n"
            "\"We cannot wait for ever,\" the Sindh provincial government said in a statement.")
    assert quotes_of(nlp, body) == [("Sindh provincial government", "We cannot wait for ever")]


def test_joint_statement_of_two_named_firms_is_spoken_by_both(nlp: Any) -> None:
    body = ("Kestrel Mining and Halvard Metals signed the offtake on Friday.\n\n"
            "\"We expect first shipments next year,\" the two companies said in a joint statement.")
    assert quotes_of(nlp, body) == [("Kestrel Mining and Halvard Metals", "We expect first shipments next year")]


def test_joint_statement_with_no_named_pair_has_no_speaker(nlp: Any) -> None:
    body = ("Kestrel Mining signed the offtake on Friday with several buyers.\n\n"
            "\"We expect first shipments next year,\" the two companies said.")
    assert quotes_of(nlp, body) == [(None, "We expect first shipments next year")]


def test_pronoun_speaker_is_the_minister_whose_name_has_a_particle(nlp: Any) -> None:
    body = ("Dutch Foreign Minister Maarten van Dam met his Indonesian counterpart Retno Wulandari in Jakarta on "
            "Monday.\n\n\"We want a partnership that lasts,\" he said.")
    assert quotes_of(nlp, body) == [("Maarten van Dam", "We want a partnership that lasts")]
