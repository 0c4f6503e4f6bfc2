"""Flattened text pages: the article's lines are kept verbatim, the page furniture is dropped,
and the headline, publisher and date are read from the lines around the article."""

from __future__ import annotations

import pytest

from dragoman.clean.text import clean_text
from tests.clean.gold import load, page_names, same_name, score_body

PAGES = page_names()


def test_there_are_at_least_ten_own_pages() -> None:
    assert len(PAGES) >= 10


@pytest.mark.parametrize("name", PAGES)
def test_page_keeps_every_article_line(name: str) -> None:
    text, gold = load(name)
    score = score_body(gold, clean_text(text).body)
    assert score.missed == []


@pytest.mark.parametrize("name", PAGES)
def test_page_drops_its_furniture(name: str) -> None:
    text, gold = load(name)
    score = score_body(gold, clean_text(text).body)
    assert score.drop_rate >= 0.9, score.leaked


def test_own_pages_drop_rate_overall_is_high() -> None:
    leaked = total = 0
    for name in PAGES:
        text, gold = load(name)
        score = score_body(gold, clean_text(text).body)
        leaked += len(score.leaked)
        total += score.drop_total
    assert 1 - leaked / total >= 0.97


@pytest.mark.parametrize("name", PAGES)
def test_page_title_is_the_headline(name: str) -> None:
    text, gold = load(name)
    page = clean_text(text)
    if gold["title"] is None:
        pytest.skip("the page has no headline")
    assert page.title == gold["title"]


@pytest.mark.parametrize("name", PAGES)
def test_page_outlet_is_the_publisher(name: str) -> None:
    text, gold = load(name)
    assert same_name(gold["outlet"], clean_text(text).outlet)


@pytest.mark.parametrize("name", PAGES)
def test_page_published_date_is_found(name: str) -> None:
    text, gold = load(name)
    assert clean_text(text).published == gold["published"]


def test_body_paragraphs_are_verbatim_and_separated_by_a_blank_line() -> None:
    text, _ = load("wire_story")
    body = clean_text(text).body
    paragraphs = body.split("\n\n")
    assert all(p in text for p in paragraphs)
    assert "\n" not in "".join(paragraphs)


def test_crawl_date_prefix_is_cut_from_the_first_line_and_becomes_the_date() -> None:
    text = (" date 2025-03-02 TUNIS, March 2. Tunisia and Italy signed an agreement on Sunday to build "
            "an undersea power cable between the two countries, officials said.\n\n"
            "The cable is expected to carry up to 600 megawatts when it opens.\n")
    page = clean_text(text)
    assert page.body.startswith("TUNIS, March 2. Tunisia and Italy signed")
    assert "date 2025" not in page.body
    assert page.published == "2025-03-02"


def test_dateline_takes_its_year_from_the_copyright_line() -> None:
    text, _ = load("dateline_year")
    assert clean_text(text).published == "2025-05-21"


def test_indian_numeric_date_is_read_day_first() -> None:
    text = ("Example Desk | Updated: 03-08-2025 09:10 IST\n"
            "The state cabinet approved a plan on Saturday to build four new grain silos near the port.\n\n"
            "Officials said construction would start before the monsoon.\n")
    assert clean_text(text).published == "2025-08-03"


def test_short_one_sentence_paragraphs_between_paragraphs_are_kept() -> None:
    text, _ = load("short_paragraphs")
    body = clean_text(text).body.split("\n\n")
    assert "Not everyone agrees." in body
    assert "Officials reject that." in body


def test_bullets_of_the_article_are_kept_and_menu_bullets_dropped() -> None:
    text = ("  • Home\n  • Markets\n  • Energy\n"
            "Port deal signed in the south\n"
            "The government signed a concession for the southern port on Monday, the transport ministry said.\n\n"
            "The concession includes:\n"
            "  • a 35-year operating licence for the container terminal\n"
            "  • dredging of the access channel to 16 metres\n"
            "The operator will invest about $300 million over the first decade, according to the ministry.\n\n"
            "  • Home\n  • Markets\n  • Energy\n")
    body = clean_text(text).body
    assert "a 35-year operating licence for the container terminal" in body
    assert "dredging of the access channel" in body
    assert "• Home" not in body and "Markets" not in body


def test_hard_wrapped_paragraph_is_joined_into_one() -> None:
    text = ("Ministers from three countries agreed on Tuesday to share data on water levels in the basin and\n"
            "to hold joint inspections of dams, officials said after the meeting.\n\n"
            "The agreement still needs approval from parliaments in all three countries, which could take\n"
            "several months.\n")
    body = clean_text(text).body
    assert body.split("\n\n") == [
        "Ministers from three countries agreed on Tuesday to share data on water levels in the basin and "
        "to hold joint inspections of dams, officials said after the meeting.",
        "The agreement still needs approval from parliaments in all three countries, which could take "
        "several months.",
    ]


def test_comment_thread_after_the_article_is_dropped_even_when_long() -> None:
    article = "The city council voted on Monday to sell the old tram depot to a housing cooperative for $4 million.\n\n"
    comment = ("I have lived next to that depot for thirty years and I think the council finally made a sensible "
               "decision, although the price seems low to me and I would like to see the valuation.\n")
    text = article + "Officials said the sale would close in spring.\n\n5 Comments\n" + comment * 4
    body = clean_text(text).body
    assert "tram depot" in body
    assert "thirty years" not in body


def test_page_with_nothing_but_menus_has_an_empty_body() -> None:
    assert clean_text("Home\nNews\nSport\nContact us\n© 2025 Example Media\n").body == ""


def test_headline_ending_in_a_question_mark_is_the_title_not_a_paragraph() -> None:
    text = ("Is the new grain corridor safe for shippers?\n"
            "Insurers in London raised war-risk premiums for ships calling at the port on Monday, brokers said.\n\n"
            "The corridor has carried more than 20 million tonnes of grain since it opened last year.\n")
    page = clean_text(text)
    assert page.title == "Is the new grain corridor safe for shippers?"
    assert not page.body.startswith("Is the new grain corridor")


def test_agency_in_the_dateline_is_the_outlet() -> None:
    text = ("ALMATY. STEPPEINFORM – Kazakhstan and Korea signed a memorandum on rare earth exploration on Monday, "
            "the ministry said.\n\nThe memorandum covers three deposits in the east of the country.\n")
    assert clean_text(text).outlet == "STEPPEINFORM"


def test_wire_agency_in_the_dateline_of_a_republished_story_is_not_the_outlet() -> None:
    text = ("GENEVA (Reuters) - The two sides signed an agreement on grain shipments on Monday, officials said.\n\n"
            "The agreement runs for two years.\n\nSource: Example Daily with agencies\n")
    assert clean_text(text).outlet == "Example Daily"


def test_copyright_line_of_a_wire_service_names_it() -> None:
    text = ("The central bank raised its key rate by half a point on Thursday, citing inflation.\n\n"
            "Analysts had expected the move.\n\n© 2025 Reuters. All rights reserved.\n")
    assert clean_text(text).outlet == "Reuters"


def test_comment_link_above_the_article_does_not_cut_the_article() -> None:
    text, gold = load("comment_link_on_top")
    assert score_body(gold, clean_text(text).body).missed == []
