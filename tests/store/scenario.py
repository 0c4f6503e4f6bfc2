"""A small invented news story told by three outlets (one a wire copy), and an unrelated one.

Written for these tests: a port deal between the invented country Norland's government and an
investment firm, reported with different amounts, a slip in the minister's name, and a quote
worded two ways.
"""

from __future__ import annotations

from dragoman.records import Extraction
from tests.ledger_records import country, org, person, place, record

PORT_FIRST = (
    "Norland signs port deal with Brightwater Capital\n\n"
    "Trade Minister Helena Marsh of Norland signed an agreement with Brightwater Capital on Monday to build "
    "a deep-water container port on the southern coast of Estavia, officials in the capital said. "
    "The project is worth $2 billion and will be financed in part by the Norland Export Bank, which is "
    "considering a loan of $800 million. \"This port will change the way our economy works,\" Marsh said "
    "after the signing ceremony in Estavia. Brightwater Andes Capital Group will hold a 60 percent stake in the "
    "port company, and construction is due to start next spring. Local fishermen have asked for guarantees "
    "that the harbour works will not close their landing sites during the building season."
)

PORT_SECOND = (
    "Estavia port to be built by Norland-backed investors\n\n"
    "The government of Norland and the investment firm Brightwater Capital agreed on Monday to develop a "
    "container port in Estavia worth about $2.4 billion, according to the trade ministry. Norland's trade "
    "minister, Helena Marsch, said the harbour would be the largest on that coast. \"This port will change "
    "how our whole economy works,\" she told reporters in Estavia. Brightwater Capital will hold a 55 percent "
    "stake, the ministry said, and the Norland Export Bank is weighing a loan. Critics in parliament asked "
    "whether the dredging would harm the coral reefs near the bay."
)

FISHERIES = (
    "Vellmark and Ostrava renew fisheries treaty\n\n"
    "Fisheries ministers from Vellmark and Ostrava renewed a ten-year treaty on Tuesday that sets catch "
    "quotas for herring and mackerel in their shared waters. Ostrava's minister Pieter Holm said the new "
    "quotas were lower than before because stocks had fallen. \"We have to protect the fish for our "
    "grandchildren,\" Holm said at the signing in the port city of Rask. Vellmark's delegation was led by "
    "Deputy Minister Anna Lindqvist, who called the talks difficult but fair."
)


def port_first(**meta: object) -> Extraction:
    defaults = {"source": "harbor/port.txt", "url": "https://harbor.example/port-deal", "outlet": "Harbor Times",
                "title": "Norland signs port deal with Brightwater Capital", "published": "2025-03-10"}
    defaults.update(meta)
    return record(
        PORT_FIRST, **defaults,  # type: ignore[arg-type]
        entities=[person("Helena Marsh", title="Trade Minister", aliases=("Marsh",), mentions=2, country="XNL"),
                  org("Brightwater Capital", mentions=1), org("Brightwater Andes Capital Group"),
                  org("Norland Export Bank"), country("Norland", "XNL", 2), place("Estavia", 2)],
        quotes=[("Helena Marsh", "This port will change the way our economy works")],
        deals=[{"parties": ["Brightwater Capital", "Norland"], "country": "XES", "commodity": "container port",
                "value": (2e9, "USD"), "stakes": [{"party": "Brightwater Andes Capital Group", "percent": 60}],
                "status": "signed",
                "evidence": "The project is worth $2 billion and will be financed in part by the Norland Export Bank, "
                            "which is considering a loan of $800 million."}],
        events=[{"kind": "agreement", "date": "2025-03-10", "actors": ["Helena Marsh", "Brightwater Capital"],
                 "location": "Estavia", "summary": "port agreement signed",
                 "evidence": "Trade Minister Helena Marsh of Norland signed an agreement with Brightwater Capital"}],
        pledges=[{"actor": "Brightwater Capital", "action": "start construction of the port next spring",
                  "deadline": "2026", "deadline_text": "next spring",
                  "evidence": "Brightwater Andes Capital Group will hold a 60 percent stake in the port company, "
                              "and construction is due to start next spring."}],
    )


def port_second(**meta: object) -> Extraction:
    defaults = {"source": "coastal/port.txt", "url": "https://coastal.example/estavia-port", "outlet": "Coastal Wire",
                "title": "Estavia port to be built by Norland-backed investors", "published": "2025-03-11"}
    defaults.update(meta)
    return record(
        PORT_SECOND, **defaults,  # type: ignore[arg-type]
        entities=[person("Helena Marsch", title="Norland's trade minister", mentions=1, country="XNL"),
                  org("Brightwater Capital", mentions=2), org("Norland Export Bank"), country("Norland", "XNL", 2),
                  place("Estavia", 2)],
        quotes=[("Helena Marsch", "This port will change how our whole economy works")],
        deals=[{"parties": ["Brightwater Capital"], "country": "XES", "commodity": "container port",
                "value": (2.4e9, "USD", "about"), "stakes": [{"party": "Brightwater Capital", "percent": 55}],
                "status": "signed",
                "evidence": "The government of Norland and the investment firm Brightwater Capital agreed on Monday"}],
        events=[{"kind": "agreement", "date": "2025-03-10", "actors": ["Helena Marsch", "Brightwater Capital"],
                 "location": "Estavia", "summary": "port deal agreed",
                 "evidence": "The government of Norland and the investment firm Brightwater Capital agreed on Monday"}],
    )


def wire_copy(**meta: object) -> Extraction:
    """The first report as another outlet printed it: new headline, same text."""
    body = "Norland and investors agree Estavia port\n\n" + PORT_FIRST.split("\n\n", 1)[1]
    first = port_first()
    defaults = {"source": "ledger/port.txt", "url": "https://ledger.example/wire/port", "outlet": "Daily Ledger",
                "title": "Norland and investors agree Estavia port", "published": "2025-03-10"}
    defaults.update(meta)
    copy = record(body, **defaults)  # type: ignore[arg-type]
    return copy.model_copy(update={"entities": first.entities, "quotes": first.quotes, "deals": first.deals,
                                   "events": first.events})


def fisheries(**meta: object) -> Extraction:
    defaults = {"source": "north/fish.txt", "url": "https://north.example/fish", "outlet": "North Post",
                "title": "Vellmark and Ostrava renew fisheries treaty", "published": "2025-03-11"}
    defaults.update(meta)
    return record(
        FISHERIES, **defaults,  # type: ignore[arg-type]
        entities=[person("Pieter Holm", title="minister", aliases=("Holm",), mentions=2),
                  person("Anna Lindqvist", title="Deputy Minister"), country("Vellmark", "XVM", 2),
                  country("Ostrava", "XOS", 2), place("Rask")],
        quotes=[("Pieter Holm", "We have to protect the fish for our grandchildren")],
    )
