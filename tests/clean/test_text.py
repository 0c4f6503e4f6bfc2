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
    assert clean_text(text).title == gold["title"]  # None: the page prints no headline


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


def test_list_of_teasers_with_names_and_dates_does_not_beat_a_shorter_article() -> None:
    teaser = ("+ Ministers meet over river dispute\nAnna Berg\nMonday November 3, 2025\n"
              "Water ministers from three countries met in the capital to discuss sharing the river, which "
              "has shrunk after two dry summers and a row over new dams upstream.\n")
    article = ("Port of Split signs deal for new ferry terminal\n"
               "By Marko Horvat\n"
               "The port authority of Split signed a contract on Tuesday for a new ferry terminal that will "
               "double passenger capacity by 2028, the transport ministry said.\n\n"
               "The terminal will cost 90 million euros, half of it paid from European Union funds.\n\n")
    page = clean_text(article + "More from our columnists\n" + teaser * 6)
    assert "ferry terminal that will double" in page.body
    assert "Water ministers" not in page.body


def test_comments_link_in_a_share_bar_does_not_end_the_article() -> None:
    text = ("Bank raises rates to curb inflation\n"
            "The central bank raised its main rate by a quarter point on Thursday.\n\n"
            "* Facebook\n* Twitter\n* Comments\n* Print\n"
            "Governor Ana Ruiz said inflation had stayed above target for too long, and that the bank "
            "would act again if prices kept rising faster than wages.\n\n"
            "Economists had expected a smaller move.\n")
    body = clean_text(text).body
    assert "Governor Ana Ruiz said inflation" in body
    assert "Economists had expected a smaller move." in body


def test_bracketed_comment_count_ends_the_article() -> None:
    text = ("The city opened a new tram line on Sunday, linking the airport to the old town in 25 minutes.\n\n"
            "Officials expect 20,000 passengers a day in the first year.\n\n"
            "[ 167 comments ]\n"
            "I rode it this morning and it was packed, but the trip was quick and the trams were clean.\n\n"
            "The fares are too high for students and pensioners, who will keep taking the bus instead.\n")
    body = clean_text(text).body
    assert "20,000 passengers" in body
    assert "packed" not in body and "pensioners" not in body


def test_opening_paragraphs_under_the_headline_are_kept_when_a_caption_and_links_cut_them_off() -> None:
    text = ("* TRENDING:\n+ Markets\n+ Weather\n"
            "Two dockworkers hurt in crane collapse at Rotterdam port\n"
            "20 Nov 2025 08:00 GMT\n"
            "A crane at a Rotterdam container terminal gave way on Wednesday [File: Reuters]\n"
            "Two dockworkers were injured when a crane collapsed at a container terminal in Rotterdam, "
            "the port authority said.\n\n"
            "\"The cause of the collapse is being investigated,\" a spokeswoman for the authority said.\n"
            "* Shipping lines warn of delays at European hubs\n"
            "* Port strike ends after pay deal\n"
            "* Dutch exports rise for third month\n"
            "* Tanker traffic slows in the North Sea\n"
            "The terminal's operator said work at the other berths continued as normal, and that the "
            "damaged crane had passed an inspection in the spring.\n\n"
            "The two workers were taken to hospital with injuries that were not life-threatening, the "
            "operator added, and colleagues were offered counselling.\n\n"
            "The port handles more containers than any other in Europe.\n")
    body = clean_text(text).body
    assert "Two dockworkers were injured when a crane collapsed" in body
    assert "The cause of the collapse is being investigated" in body
    assert "The port handles more containers" in body
    assert "[File: Reuters]" not in body


def test_dates_quoted_in_a_cookie_notice_are_not_the_publication_date() -> None:
    text = ("We use cookies and other tracking technologies to improve your browsing experience on our "
            "site, as described in our policy updated on May 23, 2018, which you can read at any time.\n"
            "Ferry operator orders three electric ships\n"
            "By Lea Novak Nov 18, 2025, 11:47am EST\n"
            "A ferry operator on the Adriatic ordered three battery-powered ships on Monday, the shipyard said.\n\n"
            "The ships will enter service in 2028.\n")
    assert clean_text(text).published == "2025-11-18"


def test_flattened_menu_line_is_neither_article_nor_title() -> None:
    menu = ("Latest News Applications OS Channel Programs Cloud Components Peripherals Data Center Internet of "
            "Things Managed Services Mobility Networking Running Your Business Security Storage Virtualization")
    text = (menu + "\n" + "Rail freight link to the Caspian opens\n"
            "A new rail freight link between the Black Sea and the Caspian opened on Monday, cutting transit "
            "times for containers by a week, the railway said.\n\n"
            "The first train carried 80 containers of machinery.\n")
    page = clean_text(text)
    assert menu not in page.body
    assert page.title == "Rail freight link to the Caspian opens"


def test_a_page_date_before_the_crawl_date_is_the_publication_date() -> None:
    text = (" date 2025-11-08 Example Ledger\nSalt exporters win new quota\nNovember 5, 2025\n"
            "The trade ministry raised the salt export quota by a fifth on Wednesday, officials said.\n\n"
            "Exporters had asked for the change since 2015.\n")
    assert clean_text(text).published == "2025-11-05"


def test_a_dateline_takes_the_crawl_year_not_a_year_named_in_the_text() -> None:
    text = (" date 2025-11-06 TBILISI, Georgia, November 6. Georgia and Armenia agreed to reopen a rail "
            "crossing, the ministry said.\n\nThe line was built in 2015 and closed in 2019.\n")
    assert clean_text(text).published == "2025-11-06"


def test_contact_address_is_never_the_outlet() -> None:
    text = ("The port of Poti will add a grain terminal by 2027, the operator said on Monday.\n\n"
            "The terminal will handle two million tonnes a year.\n\n"
            "Media enquiries: press@ports-agency.gc.ca\n")
    assert clean_text(text).outlet is None


_RELEASE = ("The ministry signed a memorandum with a Chilean mining agency on Tuesday to coordinate investment "
            "in lithium and copper supply chains.\n\n"
            "Under the memorandum, the two countries will share geological data on lithium and copper deposits.\n\n"
            "\"Our partnership will strengthen supply chains that both our economies depend on,\" the Minister said.\n\n")


def test_department_a_few_lines_under_the_government_masthead_is_the_outlet() -> None:
    text = ("Government of Ruritania\nportal.example\nMinistry of Mines and Geology\nNews release\n"
            "Ruritania and Chile sign memorandum on lithium and copper supply chains\nMarch 4, 2026\n" + _RELEASE
            + "Contacts\nmedia@mines.gov.example\n")
    page = clean_text(text)
    assert page.outlet == "Ministry of Mines and Geology"
    assert page.title == "Ruritania and Chile sign memorandum on lithium and copper supply chains"


def test_ministry_under_a_republic_masthead_is_the_outlet_not_the_state() -> None:
    text = ("Republic of Ruritania\nMinistry of Foreign Affairs and Trade\nPress release\n"
            "Ruritania and Chile sign memorandum on lithium and copper supply chains\n12 May 2026\n" + _RELEASE
            + "For media enquiries: press@mfa.gov.example\n")
    page = clean_text(text)
    assert page.outlet == "Ministry of Foreign Affairs and Trade"
    assert page.title == "Ruritania and Chile sign memorandum on lithium and copper supply chains"


def test_from_line_of_a_press_release_names_the_outlet() -> None:
    text = ("Ruritania and Chile sign memorandum on lithium and copper supply chains\nFrom: Geological Survey Ruritania\n"
            "March 4, 2026\n" + _RELEASE + "Contacts\nmedia@gsr-rgs.gc.example\n")
    assert clean_text(text).outlet == "Geological Survey Ruritania"


def test_issued_by_line_names_the_ministry() -> None:
    text = ("Government of Ruritania\nRuritania and Chile sign memorandum on lithium and copper supply chains\n"
            "March 4, 2026\n" + _RELEASE + "Issued by the Ministry of Mines\nContacts: press@mines.gov.example\n")
    assert clean_text(text).outlet == "Ministry of Mines"


_LEAD = ("The port authority signed a contract on Tuesday for a new grain terminal that will double the "
         "harbour's export capacity by 2028, the transport ministry said.\n\n"
         "The terminal will cost 90 million euros, half of it paid from development bank loans.\n\n")


def test_site_name_above_and_below_the_article_beats_the_owning_company_in_the_copyright() -> None:
    text = ("THE HARBOUR SENTINEL\nNews | Business | Sport\nGrain terminal contract signed for the harbour\n"
            + _LEAD + "The Harbour Sentinel | 4 Quay Street | © 2025 Sentinel Newspapers Ltd. All rights reserved.\n")
    assert clean_text(text).outlet == "The Harbour Sentinel"


def test_copyright_held_by_the_author_of_a_newsletter_gives_way_to_the_newsletter_name() -> None:
    text = ("Delta Freight Letter\nGrain terminal contract signed for the harbour\nMaria Ionescu\nMar 3, 2026\n"
            + _LEAD + "Thanks for reading Delta Freight Letter! Subscribe for free.\n"
            "© 2026 Maria Ionescu · Privacy · Terms\n")
    assert clean_text(text).outlet == "Delta Freight Letter"


def test_section_label_repeated_inside_a_longer_name_is_not_the_masthead() -> None:
    text = ("The Coastal Ledger\nMARKETS\nGrain terminal contract signed for the harbour\n" + _LEAD
            + "Get our free Markets Morning newsletter\n© 2025 Coastal Ledger Media Pte Ltd | Terms\n")
    assert clean_text(text).outlet == "Coastal Ledger Media"


def test_initials_printed_as_masthead_give_way_to_the_full_name_in_the_copyright() -> None:
    text = ("HTR\nGrain terminal contract signed for the harbour\n" + _LEAD + "HTR\n© 2025 Harbour Trade Review\n")
    assert clean_text(text).outlet == "Harbour Trade Review"


def test_ministry_under_a_government_masthead_is_the_publisher_of_its_press_release() -> None:
    text = ("Government of Examplestan\nMinistry of Transport and Maritime Affairs\nHome | Press | Contact\n"
            "Grain terminal contract signed for the harbour\n" + _LEAD
            + "Copyright © 2025 Government of Examplestan. All rights reserved.\n")
    assert clean_text(text).outlet == "Ministry of Transport and Maritime Affairs"


def test_site_credit_in_the_footer_names_the_publisher() -> None:
    text = ("Grain terminal contract signed for the harbour\n" + _LEAD
            + "Website content managed by Port Development Board. Hosted by a state data centre.\n")
    assert clean_text(text).outlet == "Port Development Board"


def test_agency_in_a_dateline_on_its_own_line_is_the_outlet() -> None:
    text = ("Grain terminal contract signed for the harbour\nBy Ana Lima\nSANTOS, May 4 (Litoral Wire)\n" + _LEAD)
    assert clean_text(text).outlet == "Litoral Wire"


def test_blog_platform_link_is_not_the_outlet_but_the_name_opening_the_page_is() -> None:
    text = ("Riverine Power Notes\nA blog about dams and the grid\nHome | About | Archive\n"
            "Grain terminal contract signed for the harbour\n" + _LEAD + "Blog at WordPress.com.\n")
    assert clean_text(text).outlet == "Riverine Power Notes"


def test_long_posted_on_line_with_tags_gives_the_date() -> None:
    text = ("Grain terminal contract signed for the harbour\n"
            "Posted on June 12, 2025 by Petra Vuk | 6 min read | Tags: ports, grain, loans, shipping, Adriatic\n"
            + _LEAD)
    assert clean_text(text).published == "2025-06-12"


def test_dateline_on_its_own_line_takes_its_year_from_the_copyright_line() -> None:
    text = ("Grain terminal contract signed for the harbour\nBy Ana Lima\nSANTOS, May 4 (Litoral Wire)\n" + _LEAD
            + "Contact | © 2025 Litoral Wire\n")
    assert clean_text(text).published == "2025-05-04"


def test_address_printed_above_the_article_is_its_url_and_gives_the_date() -> None:
    text = ("Harbour Review\nhttps://harbour-review.example/2026/02/17/grain-terminal-contract\n"
            "Grain terminal contract signed for the harbour\n" + _LEAD)
    page = clean_text(text)
    assert page.url == "https://harbour-review.example/2026/02/17/grain-terminal-contract"
    assert page.published == "2026-02-17"


def test_headline_above_its_standfirst_is_the_title() -> None:
    text = ("Harbour Review\nPORTS\nLender agrees to fund the grain terminal\n"
            "Development bank puts up half; the port authority keeps the concession and the operating risk\n"
            "Harbour Review Business Desk\n" + _LEAD)
    assert clean_text(text).title == "Lender agrees to fund the grain terminal"


def test_date_line_over_the_headline_is_not_the_title() -> None:
    text = ("Harbour Review\nWorld  Business  Markets  Ports  More\n\nPorts\n"
            "April 3, 2026 9:40 AM GMT \u00b7 Updated April 3, 2026\n\n"
            "Lender agrees to fund the grain terminal at the river port\n\nBy Ana Lima\n\n"
            "RIVERTON, April 3 (Harbour Review) - " + _LEAD)
    assert clean_text(text).title == "Lender agrees to fund the grain terminal at the river port"


def test_title_case_headline_under_a_series_label_stays_the_title() -> None:
    text = ("Harbour Policy Institute\nPort Brief Volume 3, Issue 2\n"
            "Grain Terminal Deal Shows the Harbour's New Lenders\nBy Ana Lima\nMarch 2, 2026\n" + _LEAD)
    assert clean_text(text).title == "Grain Terminal Deal Shows the Harbour's New Lenders"


def test_newsletter_headline_written_as_sentences_is_the_title_above_subtitle_and_author() -> None:
    text = ("Delta Freight Letter\nSubscribe\nSign in\n"
            "The harbour gets its grain terminal. Here is who pays for it.\n"
            "A development loan, a concession and a long wait for the dredgers\n"
            "Maria Ionescu\nMar 3, 2026\n" + _LEAD)
    page = clean_text(text)
    assert page.title == "The harbour gets its grain terminal. Here is who pays for it."
    assert not page.body.startswith("The harbour gets")


def test_promotion_and_closing_prompts_after_the_article_are_dropped() -> None:
    prompts = [
        "If you found this useful, forward it to a friend who ships grain.",
        "Subscribe to Delta Freight Letter: a free post every Monday, a paid one on Thursdays.",
        "Follow Harbour Review on WhatsApp for port news as it breaks.",
        "Premium content. Already a subscriber? Sign in.",
        "This note belongs to our Ports series. Views expressed are the author's own.",
        "Comments are closed.",
    ]
    text = "Grain terminal contract signed for the harbour\n" + _LEAD + "\n\n".join(prompts) + "\n"
    body = clean_text(text).body
    assert "double the harbour's export capacity" in body
    assert [p for p in prompts if p in body] == []


def test_one_teaser_under_a_related_label_and_the_author_note_are_dropped() -> None:
    text = ("Grain terminal contract signed for the harbour\nBy Ana Lima\n" + _LEAD
            + "Ana Lima covers ports and shipping from Lisbon.\n\nRelated analysis\n"
            "Who pays for the dredging: a question for next year?\n")
    body = clean_text(text).body
    assert body.endswith("development bank loans.")


def test_slogan_line_of_the_publisher_closing_the_page_is_dropped() -> None:
    text = ("Grain terminal contract signed for the harbour\n" + _LEAD
            + "Litoral Wire — dependable news from the southern coast since 2011.\n© 2025 Litoral Wire\n")
    page = clean_text(text)
    assert page.outlet == "Litoral Wire"
    assert "dependable news" not in page.body


def test_author_named_over_the_article_and_in_its_bio_is_not_the_masthead() -> None:
    text = ("The Harbour Review\nPORTS\nGrain terminal contract signed for the harbour\nAna Lima\n4 May 2025\n"
            + _LEAD + "Ana Lima covers ports and shipping from Lisbon.\n"
            "© 2025 Harbour Review Pte Ltd | Terms | Privacy\n")
    assert clean_text(text).outlet == "Harbour Review"


def test_headline_right_above_a_dated_byline_beats_the_teasers_listed_above_it() -> None:
    text = ("Harbour Review\n"
            "Grain Terminal Opening Pushed Back to Spring by Dredging Delays\n"
            "Harbour Lenders Line Up for the Grain Terminal Loan and Export Capacity\n"
            "Grain Terminal Contract Signed for the Harbour\n"
            "Tuesday May 6, 2025 9:15 am CET by Ana Lima\n" + _LEAD)
    assert clean_text(text).title == "Grain Terminal Contract Signed for the Harbour"


def test_title_case_standfirst_under_the_headline_is_not_the_title() -> None:
    text = ("Harbour Review\nPorts\nGrain Terminal Contract Signed for the Harbour\n"
            "Development Bank Loans Pay for Half of the Terminal, the Ministry Says\nBy Ana Lima\n" + _LEAD)
    assert clean_text(text).title == "Grain Terminal Contract Signed for the Harbour"


def test_photo_credit_lines_are_neither_title_nor_body() -> None:
    text = ("Port workers load grain at the harbour on Monday.Credit...Ana Lima/Harbour Review\n"
            "(Ana Lima / Harbour Review)\n" + _LEAD)
    page = clean_text(text)
    assert page.title is None
    assert "Credit" not in page.body and "(Ana Lima" not in page.body


def test_site_naming_itself_in_its_furniture_beats_the_parent_company_in_the_copyright() -> None:
    text = ("Skip to content\nGrain terminal contract signed for the harbour\n" + _LEAD
            + "About Harbour Review\nHarbour Review App\nFollow Harbour Review on Instagram\n"
            "© 2025 Seaboard Media Group. All rights reserved.\n")
    assert clean_text(text).outlet == "Harbour Review"


def test_initials_the_site_calls_itself_give_way_to_the_full_name_in_the_copyright() -> None:
    text = ("Grain terminal contract signed for the harbour\n" + _LEAD
            + "HRN App\nHRN Store\n© 2025 Harbour Review Network Company\n")
    assert clean_text(text).outlet == "Harbour Review Network Company"


def test_copyright_holder_named_inside_other_lines_is_not_taken_for_the_author() -> None:
    text = ("Accessibility Help\nGrain terminal contract signed for the harbour\nHRN analysis desk reports\n"
            + _LEAD + "Accessibility Help\nContact HRN\n© 2025 HRN. HRN is not responsible for external sites.\n")
    assert clean_text(text).outlet == "HRN"


def test_long_cookie_banner_and_a_comment_count_link_do_not_displace_the_article() -> None:
    banner = ("We use cookies and similar technologies to run this site, remember your settings, measure "
              "traffic and show you advertising that may interest you, together with a long list of partners "
              "who may combine this with other information you gave them or they collected when you used "
              "their services; you can change your mind at any time under the privacy settings at the bottom "
              "of every page.")
    text = (banner + "\nBy choosing I Accept, you consent to our use of cookies and other tracking tools.\n"
            "Grain terminal contract signed for the harbour\n15\ncomments\nBy Ana Lima\n" + _LEAD
            + "Dredging of the access channel will start in the autumn, the port authority said.\n\n"
              "Exporters welcomed the news and said they had waited a decade for the terminal.\n")
    body = clean_text(text).body
    assert body.startswith("The port authority signed a contract")
    assert "cookies" not in body
    assert body.endswith("waited a decade for the terminal.")


def test_date_whose_year_is_glued_to_the_clock_is_read() -> None:
    text = ("Grain terminal contract signed for the harbour\nPublished Tue, May 6 20254:29 AM EDT\n" + _LEAD)
    assert clean_text(text).published == "2025-05-06"


def test_updated_line_without_a_year_takes_the_crawl_year() -> None:
    text = (" date 2025-05-09 Grain terminal contract signed for the harbour\nUpdated May 6, 6:55 AM\n" + _LEAD)
    assert clean_text(text).published == "2025-05-06"


def test_by_alone_on_its_line_over_the_name_is_a_byline_under_the_headline_and_its_standfirst() -> None:
    text = ("Harbour Review\nPorts: Analysis\n"
            "Transport ministry says development bank will pay for the harbour's new terminal\n"
            "Grain terminal contract signed for the harbour\n"
            "The port authority chose a consortium of two operators. Here is what the deal means for exporters.\n"
            "By\nAna Lima\n" + _LEAD)
    assert clean_text(text).title == "Grain terminal contract signed for the harbour"


def test_site_name_after_the_headline_names_the_outlet_but_a_section_or_a_clause_does_not() -> None:
    assert clean_text("Grain terminal contract signed for the harbour | Harbour Review\n" + _LEAD
                      + "© 2025 Seaboard Media Group\n").outlet == "Harbour Review"
    assert clean_text("Grain terminal contract signed for the harbour | World\n" + _LEAD).outlet is None
    assert clean_text("Grain terminal contract signed for the harbour - And Why It Matters\n" + _LEAD).outlet is None


def test_skip_links_and_accessibility_labels_are_not_taken_for_the_site_name() -> None:
    text = ("Accessibility Help\nGrain terminal contract signed for the harbour\n" + _LEAD + "Accessibility Help\n")
    assert clean_text(text).outlet is None


def test_click_here_prompts_caption_credits_and_donation_appeals_are_dropped() -> None:
    furniture = [
        "Rely on our port coverage? Click here to back it.",
        "A dredger at work in the outer harbour. Credit: Port Authority",
        "Support Harbour Review and keep the port desk going.",
        "You can unsubscribe at any time and we will not pass on your details.",
    ]
    text = "Grain terminal contract signed for the harbour\n" + _LEAD + "\n\n".join(furniture) + "\n"
    body = clean_text(text).body
    assert "double the harbour's export capacity" in body
    assert [f for f in furniture if f in body] == []


def test_home_page_address_above_the_article_is_not_its_url() -> None:
    text = "https://harbour-review.example/\nGrain terminal contract signed for the harbour\n" + _LEAD
    assert clean_text(text).url is None


def test_wire_style_lead_naming_its_source_after_reports_gives_the_outlet() -> None:
    text = ("BAKU, May 6. The port authority signed a contract for a new grain terminal on Tuesday, "
            "Caspian Wire reports with reference to the transport ministry.\n\n"
            "The terminal will cost 90 million euros, half of it paid from development bank loans.\n")
    assert clean_text(text).outlet == "Caspian Wire"


_BRIEF = ("The port authority signed a contract on Tuesday for a new grain terminal that will double the "
          "harbour's export capacity by 2028, the transport ministry said.\n\n"
          "The terminal will cost 90 million euros, half of it paid from development bank loans, and a private "
          "operator will run it for thirty years.\n\n")


def test_about_the_author_header_on_the_biography_line_ends_the_article() -> None:
    text = ("Harbour Policy Review\nWhy the new grain corridor matters for the Black Sea\nBy Ilona Varga\n"
            "March 3, 2026\n" + _BRIEF + "About the author: Ilona Varga is a senior fellow at a maritime policy "
            "institute, where she leads the trade programme, and a former adviser on port finance.\n\n"
            "\u00a9 2026 Harbour Policy Review\n")
    body = clean_text(text).body
    assert "Ilona Varga" not in body and body.endswith("for thirty years.")


def test_closing_paragraph_about_the_byline_author_is_dropped() -> None:
    text = ("Harbour Policy Review\nWhy the new grain corridor matters for the Black Sea\nBy Ilona Varga\n"
            "March 3, 2026\n" + _BRIEF + "Varga heads the maritime trade programme at a policy institute. She "
            "previously advised two governments on port finance and has written a book on Black Sea shipping.\n\n"
            "\u00a9 2026 Harbour Policy Review\n")
    body = clean_text(text).body
    assert "Varga" not in body and body.endswith("for thirty years.")


def test_closing_paragraph_about_someone_else_is_kept() -> None:
    text = ("Harbour Policy Review\nWhy the new grain corridor matters for the Black Sea\nBy Ilona Varga\n"
            "March 3, 2026\n" + _BRIEF + "Andrei Munteanu heads the port authority, which expects the first "
            "ships at the new berth in the spring of 2028, two years after construction starts.\n\n"
            "\u00a9 2026 Harbour Policy Review\n")
    assert clean_text(text).body.endswith("two years after construction starts.")


def test_ministry_masthead_beats_a_government_copyright_line() -> None:
    text = ("Ministry of Energy and Mines\nHome\nAbout\nNews\n"
            "Ruritania and Chile sign memorandum on lithium and copper supply chains\nMarch 4, 2026\n" + _RELEASE
            + "\u00a9 2026 Government of Ruritania. All rights reserved.\n")
    assert clean_text(text).outlet == "Ministry of Energy and Mines"


@pytest.mark.parametrize("note", ["This is a developing story and will be updated.",
                                  "This news was translated from Portuguese.",
                                  "More details to follow."])
def test_editorial_notes_under_the_article_are_dropped(note: str) -> None:
    text = ("Harbour Wire\n\nPort deal suspended\n\nLISBON, May 4 - Portugal suspended the sale of its largest "
            "container terminal on Monday, the transport ministry said in a statement.\n\n"
            "The buyer, a shipping group based in Rotterdam, said it was studying the decision and would "
            f"respond within a week.\n\n{note}\n")
    body = clean_text(text).body
    assert "shipping group based in Rotterdam" in body and note not in body
