"""Synthetic news pages for the benchmarks: invented statecraft stories and off-topic filler, in HTML
with the menus, scripts and footers of real sites. Every sentence is a template written for dragoman;
names of people and firms are made up. ``write_warc(path, n, on_topic=0.3)`` writes a WARC.gz."""

from __future__ import annotations

import io
import random
from pathlib import Path

COUNTRIES = [
    ("Zambia", "Lusaka", "Zambian"), ("Namibia", "Windhoek", "Namibian"), ("Chile", "Santiago", "Chilean"),
    ("Indonesia", "Jakarta", "Indonesian"), ("Kenya", "Nairobi", "Kenyan"), ("Peru", "Lima", "Peruvian"),
    ("Mongolia", "Ulaanbaatar", "Mongolian"), ("Ghana", "Accra", "Ghanaian"), ("Vietnam", "Hanoi", "Vietnamese"),
    ("Argentina", "Buenos Aires", "Argentine"), ("Morocco", "Rabat", "Moroccan"), ("Canada", "Ottawa", "Canadian"),
]
PARTNERS = ["Japan", "Germany", "the United States", "the European Union", "China", "South Korea", "India",
            "the United Kingdom", "France", "Australia"]
INSTITUTIONS = ["the European Investment Bank", "the World Bank", "the African Development Bank",
                "the Asian Development Bank", "UK Export Finance", "the Development Finance Corporation"]
COMMODITIES = ["copper", "cobalt", "lithium", "nickel", "graphite", "rare earths", "manganese"]
FIRST = ["Amara", "Tomas", "Lindiwe", "Hiroshi", "Elena", "Kofi", "Mirela", "Daniel", "Sana", "Pavel", "Nadia"]
LAST = ["Okonkwo", "Varga", "Mbeki-Soto", "Tanaka", "Lindqvist", "Asante", "Moreau", "Haddad", "Kowal", "Reyes"]
FIRMS = ["Corvane Resources", "Halden Metals", "Bluestone Mining", "Orinda Energy", "Tessaly Minerals",
         "Northgate Rail", "Kestrel Infrastructure", "Marwick Battery Materials"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]

ON_SENTENCES = [
    "{country}'s government signed a memorandum of understanding with {partner} on {commodity} supply on {day}.",
    "{institution} said it was considering a loan of up to ${amount} million for a railway to the coast.",
    "The agreement gives {firm} a {stake} percent stake in the {commodity} project, officials in {capital} said.",
    "\"We want the {commodity} to be refined here, not shipped away as raw ore,\" {person}, the minister of mines, told reporters.",
    "{partner} pledged to finance a processing plant by the end of {year}, according to a joint statement.",
    "The {demonym} president travelled to the summit with a delegation of ministers and business leaders.",
    "Under the offtake deal, {firm} will buy {commodity} concentrate for ten years at market prices.",
    "{institution} approved a guarantee of ${amount} million for the port upgrade on {day}.",
    "Trade ministers agreed to cut tariffs on {commodity} products and to meet again in {month}.",
    "{person}, a senior adviser at the trade ministry, said critical minerals were now a matter of national security.",
    "The rail corridor would carry {commodity} from the mines to the port in two days instead of a week.",
    "Officials said the joint venture would employ {workers} people once production started.",
    "Critics in parliament asked whether the concession terms were fair to {demonym} taxpayers.",
    "The feasibility study, paid for by {partner}, is due to be published in {month}.",
]
OFF_SENTENCES = [
    "The home side scored twice in the second half to win the league match on {day}.",
    "The festival will feature more than forty bands across three stages, organisers said.",
    "Forecasters expect heavy rain over the weekend, with temperatures falling at night.",
    "The new phone has a larger screen, a faster chip and a camera that works better in low light.",
    "Local councillors voted to keep the library open on Saturdays after a petition from residents.",
    "The chef recommends letting the sauce simmer for twenty minutes before adding the herbs.",
    "Tickets for the final went on sale on {day} and sold out within an hour.",
    "The museum's new wing opens in {month} with an exhibition of early photographs.",
    "Traffic on the ring road was slow after a lorry broke down near the bridge.",
    "The school's choir won first prize at the regional competition, its third in a row.",
    "{person}, the coach, said the squad needed a long rest after a difficult season.",
    "The film's director said the story came to her during a long train journey.",
]
NAV = ["Home", "World", "Business", "Markets", "Politics", "Sport", "Culture", "Science", "Opinion", "Video"]


def _fill(template: str, rng: random.Random, place: tuple[str, str, str]) -> str:
    return template.format(
        country=place[0], capital=place[1], demonym=place[2], partner=rng.choice(PARTNERS),
        institution=rng.choice(INSTITUTIONS), commodity=rng.choice(COMMODITIES), firm=rng.choice(FIRMS),
        person=f"{rng.choice(FIRST)} {rng.choice(LAST)}", amount=rng.choice([120, 250, 300, 450, 600, 900]),
        stake=rng.choice([20, 25, 40, 51, 60]), year=rng.choice([2027, 2028, 2029]), month=rng.choice(MONTHS),
        day=f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}",
        workers=rng.choice([800, 1200, 2500, 4000]),
    )


def article(rng: random.Random, *, on_topic: bool) -> tuple[str, str]:
    """(headline, body paragraphs) of one invented story of about 350-700 words."""
    place = rng.choice(COUNTRIES)
    pool = ON_SENTENCES if on_topic else OFF_SENTENCES
    paragraphs = []
    for _ in range(rng.randint(8, 14)):
        sentences = [_fill(rng.choice(pool), rng, place) for _ in range(rng.randint(2, 4))]
        paragraphs.append(" ".join(sentences))
    if on_topic:
        paragraphs[0] = f"{place[1].upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} - {paragraphs[0]}"
        title = f"{place[0]} and {rng.choice(PARTNERS)} agree {rng.choice(COMMODITIES)} deal"
    else:
        title = rng.choice(["Late win lifts home side", "Weekend weather turns wet", "Library keeps Saturday hours",
                            "Festival line-up announced", "New phone reviewed"])
    return title, "\n\n".join(paragraphs)


def page(rng: random.Random, *, on_topic: bool, index: int) -> str:
    title, body = article(rng, on_topic=on_topic)
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
    related = "".join(f'<li><a href="/story/{index}-{i}">{article(rng, on_topic=rng.random() < 0.3)[0]}</a></li>'
                      for i in range(6))
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    script = "<script>window.dataLayer=window.dataLayer||[];" + "var x=1;" * 3000 + "</script>"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Ledger</title>'
            f'<meta property="og:site_name" content="The Daily Ledger">{script}</head><body>'
            f'<header><ul class="nav">{nav}</ul></header><main><article><h1>{title}</h1>'
            f'<p class="byline">By {rng.choice(FIRST)} {rng.choice(LAST)}</p>{paragraphs}</article>'
            f'<aside><h2>Related</h2><ul>{related}</ul></aside></main>'
            '<footer><p>Copyright The Daily Ledger. All rights reserved.</p></footer></body></html>')


def pages(n: int, *, on_topic: float = 0.3, seed: int = 7) -> list[tuple[str, str, bool]]:
    """``n`` (url, html, on_topic) triples, a share ``on_topic`` of them about statecraft."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        topical = rng.random() < on_topic
        out.append((f"https://ledger.example/{'world' if topical else 'life'}/{i}", page(rng, on_topic=topical, index=i),
                    topical))
    return out


def write_warc(path: Path, n: int, *, on_topic: float = 0.3, seed: int = 7) -> int:
    """Write ``n`` pages as response records of a WARC.gz; return its size in bytes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html, _ in pages(n, on_topic=on_topic, seed=seed):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
    return path.stat().st_size
