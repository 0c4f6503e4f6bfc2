"""HTML pages: the body comes from trafilatura with our furniture filter; metadata from the tree."""

from __future__ import annotations

from dragoman.clean.html import clean_html

PARAGRAPHS = [
    "The port authority of Mombasa signed a thirty-year concession on Wednesday with a consortium that will "
    "build and run a second container terminal, the transport ministry said in a statement.",
    "The consortium, led by a logistics group from the Gulf, will invest about $700 million in berths, "
    "cranes and a rail siding, and will pay the authority a fee for every container handled.",
    "Officials said the new terminal would raise the port's capacity by a third and shorten waiting times "
    "for ships, which have grown as traffic to landlocked neighbours increased.",
    "Dock workers' unions have asked for guarantees that existing jobs will be protected when the terminal "
    "opens, and the ministry said talks with them would continue next month.",
]


def page(head: str, extra_body: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    rest = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    return (f"<html><head>{head}</head><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
            f"<article><h1>Mombasa signs concession for second container terminal</h1>{paragraphs}"
            f"{extra_body}{rest}</article><footer>© 2025 Example Coast Media</footer></body></html>")


def test_body_paragraphs_are_separated_by_a_blank_line() -> None:
    body = clean_html(page("<title>Port deal</title>")).body
    assert body.split("\n\n") == PARAGRAPHS


def test_newsletter_prompt_inside_the_article_is_dropped() -> None:
    prompt = "<p>Sign up for our free daily newsletter to get the latest port and shipping news in your inbox.</p>"
    body = clean_html(page("<title>Port deal</title>", extra_body=prompt)).body
    assert "newsletter" not in body
    assert PARAGRAPHS[2] in body


def test_photo_credit_line_inside_the_article_is_dropped() -> None:
    credit = "<p>Photo: Amina Odhiambo/Example Coast Media</p>"
    body = clean_html(page("<title>Port deal</title>", extra_body=credit)).body
    assert "Amina Odhiambo" not in body


def test_metadata_from_open_graph_and_canonical_link() -> None:
    head = ('<meta property="og:title" content="Mombasa signs port concession | Coast Courier">'
            '<meta property="og:site_name" content="Coast Courier">'
            '<meta property="article:published_time" content="2025-04-09T08:30:00+03:00">'
            '<link rel="canonical" href="https://www.coastcourier.example/business/port-concession">')
    result = clean_html(page(head))
    assert result.title == "Mombasa signs port concession"
    assert result.outlet == "Coast Courier"
    assert result.published == "2025-04-09"
    assert result.url == "https://www.coastcourier.example/business/port-concession"


def test_outlet_from_json_ld_publisher() -> None:
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
            '"headline": "Mombasa signs port concession", "datePublished": "2025-04-09",'
            '"publisher": {"@type": "Organization", "name": "East Coast Business Daily"}}</script>')
    result = clean_html(page(head))
    assert result.outlet == "East Coast Business Daily"
    assert result.title == "Mombasa signs port concession"
    assert result.published == "2025-04-09"


def test_title_tag_loses_its_site_suffix_and_outlet_falls_back_to_the_domain() -> None:
    head = "<title>Mombasa signs concession for second container terminal - Harbour Weekly</title>"
    result = clean_html(page(head), url="https://harbour-weekly.example/2025/04/09/mombasa-terminal")
    assert result.title == "Mombasa signs concession for second container terminal"
    assert result.outlet == "Harbour Weekly"
    assert result.published == "2025-04-09"  # from the URL: the page itself gives no date


def test_section_prefix_of_a_headline_is_dropped() -> None:
    head = '<meta property="og:title" content="Opinion | Why the port concession is a good bet">'
    assert clean_html(page(head)).title == "Why the port concession is a good bet"
