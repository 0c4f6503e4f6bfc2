"""Three small invented deals for the ledger queries: a binding one with a financier, a letter of
interest (not binding), and one without a value; plus the port story of ``scenario`` (three
articles, two of them giving the same value)."""

from __future__ import annotations

from dragoman.records import Extraction
from tests.ledger_records import country, org, record

COPPER = (
    "Arvania signs copper smelter contract\n\n"
    "Arvania signed a contract with Kestrel Metals on Friday to build a copper smelter near the city of Dunmore "
    "for $100 million, the mining ministry said. The Northern Development Bank will lend $60 million for the plant."
)
LITHIUM = (
    "Bank weighs lithium loan for Belmora\n\n"
    "The Pelican Export Agency issued a letter of interest on Tuesday for up to $50 million to Belmora Lithium, "
    "which plans a brine project in the salt flats, the company said. The letter is not binding."
)
GAS = (
    "Corland announces gas field partnership\n\n"
    "Corland announced a partnership with Tamsin Energy on Wednesday to develop an offshore gas field in the "
    "western basin, the energy ministry said. No value was given for the partnership."
)


def copper() -> Extraction:
    return record(COPPER, source="a/copper.txt", url="https://a.example/copper", outlet="Arvania Post",
                  title="Arvania signs copper smelter contract", published="2025-05-02",
                  entities=[country("Arvania", "XAR", 2), org("Kestrel Metals"), org("Northern Development Bank")],
                  deals=[{"parties": ["Arvania", "Kestrel Metals"], "country": "XAR", "commodity": "copper",
                          "value": (1e8, "USD"), "status": "signed", "binding": True, "instrument": "contract",
                          "financing": [{"financier": "Northern Development Bank", "amount": 6e7, "currency": "USD",
                                         "instrument": "loan", "status": "committed"}],
                          "evidence": "Arvania signed a contract with Kestrel Metals on Friday to build a copper "
                                      "smelter near the city of Dunmore for $100 million, the mining ministry said."}])


def lithium() -> Extraction:
    return record(LITHIUM, source="b/lithium.txt", url="https://b.example/lithium", outlet="Belmora Times",
                  title="Bank weighs lithium loan for Belmora", published="2025-06-10",
                  entities=[org("Pelican Export Agency"), org("Belmora Lithium")],
                  deals=[{"parties": ["Belmora Lithium"], "country": "XBE", "commodity": "lithium",
                          "value": (5e7, "USD", "up to"), "status": "financing_considered", "binding": False,
                          "instrument": "letter of interest",
                          "financing": [{"financier": "Pelican Export Agency", "amount": 5e7, "currency": "USD",
                                         "instrument": "letter of interest", "status": "considered"}],
                          "evidence": "The Pelican Export Agency issued a letter of interest on Tuesday for up to "
                                      "$50 million to Belmora Lithium, which plans a brine project in the salt flats, "
                                      "the company said."}])


def gas() -> Extraction:
    return record(GAS, source="c/gas.txt", url="https://c.example/gas", outlet="Corland Daily",
                  title="Corland announces gas field partnership", published="2025-07-01",
                  entities=[country("Corland", "XCO"), org("Tamsin Energy")],
                  deals=[{"parties": ["Corland", "Tamsin Energy"], "country": "XCO", "commodity": "natural gas",
                          "status": "announced",
                          "evidence": "Corland announced a partnership with Tamsin Energy on Wednesday to develop "
                                      "an offshore gas field in the western basin, the energy ministry said."}],
                  events=[{"kind": "agreement", "date": "2025-06-25", "actors": ["Corland", "Tamsin Energy"],
                           "summary": "gas partnership announced",
                           "evidence": "Corland announced a partnership with Tamsin Energy on Wednesday to "
                                       "develop an offshore gas field in the western basin, the energy ministry "
                                       "said."}])
