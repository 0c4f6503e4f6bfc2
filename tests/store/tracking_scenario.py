"""Six months of invented coverage for the tracking tests, items set by hand (no NLP).

The invented country Marrovia (code XMV) and a cobalt mine: a joint venture announced in January,
signed in February, financed in April; a port contract signed in February and cancelled in June;
the mines minister promises a tour of Oslo, Madrid and Lisbon by the end of June and makes two
of the three visits; the finance minister promises a mining code by the end of March and never
publishes it.
"""

from __future__ import annotations

from dragoman.records import Extraction
from tests.ledger_records import country, org, person, place, record

JV = "Cobalt Ridge Mining and Marrovian Mineral Holdings announced a $600 million cobalt joint venture on Thursday."
TOUR = "Mines Minister Elena Varga said she would travel to Oslo, Madrid and Lisbon before the end of June."
CODE = "Finance Minister Pavel Roux promised to publish the new mining code by the end of March."
SIGNED = "Marrovia signed the $600 million cobalt agreement on Thursday in the capital."
PORT = "Bayline Ports signed an $80 million contract with the Marrovian Port Authority on Thursday."
OSLO = "Elena Varga visited Oslo on Wednesday to meet battery makers."
LOAN = "The Northern Export Bank approved a $200 million loan for the Marrovian cobalt mine."
MADRID = "Elena Varga visited Madrid on Tuesday, the second stop of her tour."
CANCELLED = "Bayline Ports cancelled its $80 million contract with the Marrovian Port Authority on Monday."


def _body(title: str, *sentences: str) -> str:
    return f"{title}\n\n" + " ".join(sentences) + " The report was written for the tests of dragoman."


def january() -> Extraction:
    return record(
        _body("Marrovia plans cobalt venture", JV, TOUR, CODE), source="times/jan.txt", outlet="Marrovia Times",
        published="2025-01-10", url="https://times.example/jan",
        entities=[org("Cobalt Ridge Mining"), org("Marrovian Mineral Holdings"), person("Elena Varga", aliases=("Varga",)),
                  person("Pavel Roux"), place("Oslo"), place("Madrid"), place("Lisbon")],
        deals=[{"parties": ["Cobalt Ridge Mining", "Marrovian Mineral Holdings"], "country": "XMV", "commodity": "cobalt",
                "sector": "mining", "status": "announced", "instrument": "joint venture", "binding": True,
                "value": (600e6, "USD"), "evidence": JV}],
        pledges=[{"actor": "Elena Varga", "action": "travel to Oslo, Madrid and Lisbon before the end of June",
                  "deadline": "2025-06", "deadline_text": "before the end of June", "evidence": TOUR},
                 {"actor": "Pavel Roux", "action": "publish the new mining code by the end of March",
                  "deadline": "2025-03", "deadline_text": "by the end of March", "evidence": CODE}],
        events=[{"kind": "pledge", "actors": ["Elena Varga"], "summary": "Elena Varga to travel", "evidence": TOUR}])


def february() -> Extraction:
    return record(
        _body("Cobalt deal signed", SIGNED, PORT), source="courier/feb.txt", outlet="Capital Courier",
        published="2025-02-14", url="https://courier.example/feb",
        entities=[country("Marrovia", "XMV"), org("Bayline Ports"), org("Marrovian Port Authority")],
        deals=[{"parties": ["Marrovia"], "country": "XMV", "commodity": "cobalt", "sector": "mining",
                "status": "signed", "value": (600e6, "USD"), "evidence": SIGNED},
               {"parties": ["Bayline Ports", "Marrovian Port Authority"], "commodity": "ports", "sector": "transport",
                "status": "signed", "instrument": "contract", "binding": True, "value": (80e6, "USD"),
                "evidence": PORT}],
        events=[{"kind": "agreement", "date": "2025-02-13", "date_text": "on Thursday", "actors": ["Marrovia"],
                 "summary": "Marrovia signed the cobalt agreement", "evidence": SIGNED}])


def march() -> Extraction:
    return record(
        _body("Varga in Oslo", OSLO), source="times/mar.txt", outlet="Marrovia Times", published="2025-03-20",
        url="https://times.example/mar", entities=[person("Elena Varga"), place("Oslo")],
        events=[{"kind": "visit", "date": "2025-03-19", "date_text": "on Wednesday", "actors": ["Elena Varga"],
                 "location": "Oslo", "summary": "Elena Varga visited Oslo on Wednesday", "evidence": OSLO}])


def april() -> Extraction:
    return record(
        _body("Export bank lends to cobalt mine", LOAN), source="wire/apr.txt", outlet="Harbour Wire",
        published="2025-04-15", url="https://wire.example/apr", entities=[org("Northern Export Bank")],
        deals=[{"parties": ["Northern Export Bank"], "country": "XMV", "commodity": "cobalt", "status": "announced",
                "instrument": "loan", "value": (200e6, "USD"), "evidence": LOAN,
                "financing": [{"financier": "Northern Export Bank", "amount": 200e6, "currency": "USD",
                               "instrument": "loan", "status": "committed"}]}])


def may() -> Extraction:
    return record(
        _body("Varga in Madrid", MADRID), source="courier/may.txt", outlet="Capital Courier", published="2025-05-28",
        url="https://courier.example/may", entities=[person("Elena Varga"), place("Madrid")],
        events=[{"kind": "visit", "date": "2025-05-27", "date_text": "on Tuesday", "actors": ["Elena Varga"],
                 "location": "Madrid", "summary": "Elena Varga visited Madrid on Tuesday", "evidence": MADRID}])


def june() -> Extraction:
    return record(
        _body("Port contract cancelled", CANCELLED), source="wire/jun.txt", outlet="Harbour Wire",
        published="2025-06-30", url="https://wire.example/jun",
        entities=[org("Bayline Ports"), org("Marrovian Port Authority")],
        deals=[{"parties": ["Bayline Ports", "Marrovian Port Authority"], "commodity": "ports", "sector": "transport",
                "status": "cancelled", "instrument": "contract", "binding": True, "value": (80e6, "USD"),
                "evidence": CANCELLED}])


def coverage() -> list[Extraction]:
    return [january(), february(), march(), april(), may(), june()]


# What tracking must show as of 2025-08-01, in terms that do not depend on database ids.
HISTORIES = {
    "Cobalt Ridge Mining": [("announced", "2025-01-10"), ("signed", "2025-02-13"), ("financing_committed", "2025-04-15")],
    "Bayline Ports": [("signed", "2025-02-14"), ("cancelled", "2025-06-30")],
}
STATES = {"Elena Varga": ("partly_fulfilled", 2, 3), "Pavel Roux": ("lapsed", None, None)}
