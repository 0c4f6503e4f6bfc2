"""events@4: what happened, who took part, when and where, from verb and noun frames."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.records import Event
from tests.helpers import make_document


def events(nlp: Any, text: str, published: str | None = "2025-11-06") -> list[Event]:
    return make_document(nlp, text, published=published, names=["events"]).results["events"]


@pytest.mark.parametrize(("text", "kind", "actors", "date", "location"), [
    ("Indian Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on Monday.",
     "meeting", ["Narendra Modi", "Emmanuel Macron"], "2025-11-03", "Paris"),
    ("Chinese Foreign Minister Wang Yi arrived in Islamabad on Tuesday for a three-day visit.",
     "visit", ["Wang Yi"], "2025-11-04", "Islamabad"),
    ("Brazil and Argentina signed a trade agreement in Brasilia last week.",
     "agreement", ["Brazil", "Argentina"], "2025", "Brasilia"),
    ("The Kenyan parliament passed a bill on Thursday that caps interest rates.",
     "legislation", ["Kenya", "Parliament"], "2025-11-06", None),
    ("The World Bank approved a $500 million loan to Ethiopia on Friday.",
     "financing", ["World Bank"], "2025-10-31", "Ethiopia"),
    ("Toyota invested $1 billion in a battery plant in North Carolina last year.",
     "investment", ["Toyota"], "2024", "North Carolina"),
    ("The Shanghai Cooperation Organisation was founded in 2001.", "other", ["Shanghai Cooperation Organisation"],
     "2001", None),
])
def test_event_kind_actors_date_and_place(nlp: Any, text: str, kind: str, actors: list[str], date: str,
                                          location: str | None) -> None:
    found = events(nlp, text)
    assert [(e.kind, e.actors, e.date, e.location) for e in found] == [(kind, actors, date, location)]
    assert found[0].evidence == text


def test_dinner_hosted_by_two_leaders_names_both(nlp: Any) -> None:
    found = events(nlp, "The talks ended with a dinner at the palace, hosted by King Abdullah and Queen Rania.")
    assert [e.kind for e in found] == ["meeting"]
    assert {a.split()[-1] for a in found[0].actors} == {"Abdullah", "Rania"}


def test_statements_of_one_speaker_make_one_event(nlp: Any) -> None:
    text = ("Finance Minister Sara Lind said on Monday that growth would slow. "
            "Lind told reporters the budget was sound. She also stressed that taxes would not rise.")
    found = [e for e in events(nlp, text) if e.kind == "statement"]
    assert [(e.actors, e.date) for e in found] == [(["Sara Lind"], "2025-11-03")]


def test_speaker_whose_words_are_a_pledge_gets_the_pledge_event_not_a_statement(nlp: Any) -> None:
    text = "Foreign Minister Tomas Varga said on Wednesday that he planned to visit Peru in the coming year."
    found = events(nlp, text)
    assert [(e.kind, e.actors, e.date) for e in found] == [("pledge", ["Tomas Varga"], "2025-11-05")]


def test_promised_bill_is_a_legislation_event(nlp: Any) -> None:
    found = events(nlp, "Senator Ana Ruiz announced she would introduce a bill this week to cap tariffs.")
    assert [(e.kind, e.actors) for e in found] == [("legislation", ["Ana Ruiz"])]


def test_visit_of_a_person_named_by_possessive_noun(nlp: Any) -> None:
    found = events(nlp, "President Lee's state visit to Vietnam drew large crowds.")
    assert [(e.kind, e.location) for e in found] == [("visit", "Vietnam")]


def test_repeated_report_of_one_visit_is_one_event(nlp: Any) -> None:
    text = ("President Ilham Novak's recent visit to Turkey was closely watched. "
            "Analysts noted that Novak's visit to Turkey came days after the summit.")
    assert [e.kind for e in events(nlp, text)] == ["visit"]


def test_statements_of_people_and_of_bodies_are_events(nlp: Any) -> None:
    text = ("\u201cGrowth will slow,\u201d said Dana Reyes, an economist at a London bank. "
            "Acme Motors said its new plant was on schedule. "
            "Foreign Minister Joon Park said the talks had been constructive.")
    found = [e for e in events(nlp, text) if e.kind == "statement"]
    assert [e.actors for e in found] == [["Dana Reyes"], ["Acme Motors"], ["Joon Park"]]


def test_body_reporting_another_happening_is_its_source_not_a_statement(nlp: Any) -> None:
    text = "Acme Motors said it had signed a supply agreement with Borland Steel on Monday."
    found = events(nlp, text)
    assert [e.kind for e in found] == ["agreement"]


@pytest.mark.parametrize("text", [
    "The minister did not meet the delegation.",
    "Leaders could meet in Geneva if the ceasefire holds.",
    "The empire ruled the region until 1918, historians say.",
    "The treaty was signed in 1994 by the two governments.",
    "The two presidents held talks in Ankara on Wednesday.",  # no named actor
])
def test_not_a_current_event(nlp: Any, text: str) -> None:
    assert events(nlp, text) == []


def test_event_placed_nowhere_happens_in_the_dateline_city(nlp: Any) -> None:
    text = "LILONGWE, Malawi \u2014 Finance Minister Grace Banda met Zambian envoy Peter Mwale on Monday."
    found = events(nlp, text)
    assert [(e.kind, e.location, e.date) for e in found] == [("meeting", "Lilongwe", "2025-11-03")]


def test_place_the_sentence_names_under_another_verb_comes_before_the_dateline(nlp: Any) -> None:
    text = ("LILONGWE, Malawi \u2014 Trade Minister Grace Banda praised what she called a fair bargain on Monday, "
            "as she hosted buyers at a trade fair in Blantyre.")
    statements = [e for e in events(nlp, text) if e.kind == "statement"]
    assert statements and all(e.location == "Blantyre" for e in statements)


def test_date_written_in_the_dateline_is_not_the_event_date(nlp: Any) -> None:
    text = "LILONGWE, Nov 6 (Lakeside Wire) - Finance Minister Grace Banda met Zambian envoy Peter Mwale on Monday."
    assert [e.date for e in events(nlp, text)] == ["2025-11-03"]


def test_seat_of_government_is_placed_in_its_city(nlp: Any) -> None:
    text = "President Ilse Varga met Chancellor Otto Brandt at the Kremlin on Tuesday."
    assert [e.location for e in events(nlp, text)] == ["Kremlin, Moscow"]


def test_event_placed_nowhere_happens_where_the_story_first_places_one(nlp: Any) -> None:
    text = ("Foreign Minister Lina Osei met her Togolese counterpart Kofi Amegah in Accra on Monday. "
            "Osei said the talks had been constructive.")
    found = events(nlp, text)
    assert [(e.kind, e.location) for e in found] == [("meeting", "Accra"), ("statement", "Accra")]


def test_launch_dated_years_ago_is_an_other_event_of_its_launcher(nlp: Any) -> None:
    found = events(nlp, "Peru launched its first copper auction in 2019.")
    assert [(e.kind, e.actors, e.date) for e in found] == [("other", ["Peru"], "2019")]


def test_dated_background_signing_is_kept_with_its_date(nlp: Any) -> None:
    found = events(nlp, "Chile and Peru signed a fisheries treaty in 2019, long before the current dispute.")
    assert [(e.kind, e.actors, e.date) for e in found] == [("agreement", ["Chile", "Peru"], "2019")]


def test_company_promise_is_a_pledge_event(nlp: Any) -> None:
    text = "Acme Mining said on Monday it would build a smelter in Zambia by 2028."
    found = events(nlp, text)
    assert [(e.kind, e.actors) for e in found] == [("pledge", ["Acme Mining"])]


@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("Peru's Congress approved the borrowing on Tuesday after a long debate.", "legislation", "Congress"),
    ("Malawi banned exports of raw tobacco leaf in March 2021.", "legislation", "Malawi"),
    ("Mongolia on Monday granted a 25-year mining licence to Gobi Copper Ltd.", "agreement", "Mongolia"),
    ("The African Development Bank is considering a loan of $200 million to Zambia.", "financing",
     "African Development Bank"),
    ("Qatar Investment Authority will buy a 40 percent stake in Lagos Ports Ltd for $300 million.", "investment",
     "Qatar Investment Authority"),
    ("Andes Power Corporation cancelled its construction contract with Baltic Turbine Works on Friday.", "other",
     "Andes Power Corporation"),
    ("The European Commission transferred \u20ac60 million to Moldova on Monday.", "financing", "European Commission"),
    ("Senator Ana Ruiz called the loan a mortgage on the next generation.", "statement", "Ana Ruiz"),
    ("Foreign Minister Levan Beridze spent two days in Yerevan this week.", "visit", "Levan Beridze"),
    ("The Export-Import Bank of India has agreed in principle to lend $150 million to the developer.", "financing",
     "Export-Import Bank of India"),
    ("The Zambia Development Agency approved the project on Sunday after a long delay.", "other",
     "Zambia Development Agency"),
    ("The European Commission listed the Kvanefjeld mine as a strategic project in March.", "other",
     "European Commission"),
    ("UK Export Finance has committed to guarantee \u00a3350 million of loans for the wind farm.", "financing",
     "UK Export Finance"),
    ("Kiso Metals Corporation plans to spend nearly $900 million on an open-pit mine in Zambia.", "investment",
     "Kiso Metals Corporation"),
])
def test_statecraft_frames_give_the_kind_and_the_actor(nlp: Any, text: str, kind: str, actor: str) -> None:
    found = events(nlp, text)
    assert [e.kind for e in found if actor in e.actors] == [kind]


@pytest.mark.parametrize("text", [
    "The mine is valued at $2 billion, with the Nordic Investment Bank considering $500 million in loans.",
    "Lower tariffs would open opportunities for Chile to invest in the region.",
    "Andes Holdings will hold a 60 percent stake in the venture.",
])
def test_details_and_vague_intentions_are_not_events(nlp: Any, text: str) -> None:
    assert [e.kind for e in events(nlp, text) if e.kind in ("financing", "investment")] == []


def test_meetings_with_different_counterparts_stay_apart(nlp: Any) -> None:
    text = ("Trade Minister Ana Soto met Peruvian Trade Minister Jorge Rios. "
            "Trade Minister Ana Soto met Bolivian Trade Minister Pedro Vaca.")
    found = events(nlp, text)
    assert [e.actors for e in found] == [["Ana Soto", "Jorge Rios"], ["Ana Soto", "Pedro Vaca"]]


def test_person_named_before_a_relative_clause_is_the_traveller(nlp: Any) -> None:
    found = events(nlp, "Energy Minister Andrei Popescu, who travelled to Sofia on Monday, said the line was vital.")
    assert [(e.kind, e.actors, e.location) for e in found if e.kind == "visit"] == [
        ("visit", ["Andrei Popescu"], "Sofia")]



def test_signing_of_a_deal_already_told_adds_its_signatories(nlp: Any) -> None:
    text = ("Zambia and Angola agreed a $200 million power trade deal on Monday. "
            "The agreement was signed at State House by Finance Minister Grace Mwale and Foreign Minister Paulo Neto.")
    found = [e for e in events(nlp, text) if e.kind == "agreement"]
    assert len(found) == 1
    assert {"Zambia", "Angola", "Grace Mwale", "Paulo Neto"} <= set(found[0].actors)


def test_scheduled_trip_is_a_visit_and_a_distant_intention_a_pledge(nlp: Any) -> None:
    soon = events(nlp, "Prime Minister Tevita Moala will travel to Wellington on Monday for talks on fisheries.")
    assert [(e.kind, e.location, e.date) for e in soon] == [("visit", "Wellington", "2025-11-10")]
    later = events(nlp, "Prime Minister Tevita Moala said he planned to visit Wellington in the coming year.")
    assert [e.kind for e in later] == ["pledge"]


@pytest.mark.parametrize(("text", "actor", "place"), [
    ("The loan was announced during a visit to Accra by Trade Minister Hanna Berg, who met bankers on Monday.",
     "Hanna Berg", "Accra"),
    ("The accord was signed in the presence of Foreign Minister Omar Idris, who is on a three-day visit to Kenya.",
     "Omar Idris", "Kenya"),
    ("A Norwegian trade mission visited Hanoi last month.", "Norway", "Hanoi"),
])
def test_visit_told_by_its_noun_or_by_a_delegation(nlp: Any, text: str, actor: str, place: str) -> None:
    found = [e for e in events(nlp, text) if e.kind == "visit"]
    assert [(e.actors, e.location) for e in found] == [([actor], place)]


def test_parties_named_in_apposition_to_a_description_are_actors(nlp: Any) -> None:
    text = ("On Monday, state miner PT Bumi Logam Jaya and South Korea's Daesong Energy Materials signed a joint "
            "venture agreement in Jakarta.")
    found = [e for e in events(nlp, text) if e.kind == "agreement"]
    assert [e.actors for e in found] == [["Bumi Logam Jaya", "Daesong Energy Materials"]]


@pytest.mark.parametrize("text", [
    "Senator Mary Okoth sits on the budget committee.",
    "Trade Minister Ruth Sala attended the signing in Lima.",
    "The Qatari delegation travels to Mombasa on Thursday to visit the port and meet business leaders.",
    "Finance Minister Kofi Mensah met bankers and traders in London last week.",
])
def test_not_a_meeting(nlp: Any, text: str) -> None:
    assert [e.kind for e in events(nlp, text) if e.kind == "meeting"] == []



def test_two_openings_in_one_sentence_are_two_dated_events(nlp: Any) -> None:
    text = "The two countries share a gas pipeline, which was inaugurated in 2008, and a railway that opened in 2019."
    found = events(nlp, text)
    assert [(e.kind, e.date) for e in found] == [("other", "2008"), ("other", "2019")]
    assert found[0].summary.startswith("a gas pipeline")


def test_traveller_who_is_due_to_travel_is_the_visitor(nlp: Any) -> None:
    found = events(nlp, "Foreign Minister Kerem Aydin is due to travel to Djibouti on Monday.")
    assert [(e.kind, e.actors, e.location) for e in found] == [("visit", ["Kerem Aydin"], "Djibouti")]


def test_open_ended_promise_of_a_company_is_not_an_event(nlp: Any) -> None:
    text = "Acme Mining said on Monday it would challenge the cancellation of its licence in court."
    assert [e.kind for e in events(nlp, text) if e.kind == "pledge"] == []


def test_short_capital_name_stays_the_city(nlp: Any) -> None:
    found = events(nlp, "Foreign Minister Levan Beridze visited Baku on Monday.")
    assert [(e.kind, e.location) for e in found] == [("visit", "Baku")]


def test_place_of_the_gathering_is_the_place_of_the_event(nlp: Any) -> None:
    text = "Foreign Minister Ana Soto hosted envoys from the region at the B5+2 Welcome Reception in Quito."
    assert [(e.kind, e.location) for e in events(nlp, text)] == [("meeting", "Quito")]


def test_perfect_tense_conjunct_is_not_dated_by_the_past_clause(nlp: Any) -> None:
    text = "Peru launched its first lithium auction in 2019 and has now awarded six exploration licences."
    found = [e for e in events(nlp, text) if e.kind == "agreement"]
    assert [e.date for e in found] == [None]


@pytest.mark.parametrize("text", [
    "The plan is costed at $900 million, with the Nordic Bank financing the rolling stock.",
    "Denmark provides an annual block grant of about 4 billion kroner to Greenland.",
    "The minister will travel to Canberra on Monday for talks with the Australian government.",
    "The law passed with 120 deputies voting in favour.",
])
def test_details_habits_and_purposes_are_not_their_own_events(nlp: Any, text: str) -> None:
    assert [e.kind for e in events(nlp, text) if e.kind in ("financing", "meeting", "legislation")] == []


def test_body_set_up_years_ago_is_named_by_the_name_it_stands_beside(nlp: Any) -> None:
    text = "The Trade Promotion Council (TPC), a joint body set up in June 2021, will run the projects."
    found = [e for e in events(nlp, text) if e.kind == "other"]
    assert [(e.actors, e.date) for e in found] == [(["Trade Promotion Council"], "2021-06")]


def test_start_of_operations_years_ago_is_a_dated_other_event(nlp: Any) -> None:
    found = events(nlp, "Ghana's first floating gas terminal began operating off Tema in 2018.")
    assert [(e.kind, e.date) for e in found] == [("other", "2018")]


def test_agreement_signed_by_the_two_who_met_names_them(nlp: Any) -> None:
    text = ("President Ana Soto met Peruvian President Jorge Rios on Monday. "
            "The two presidents signed an agreement on border trade.")
    found = [e for e in events(nlp, text) if e.kind == "agreement"]
    assert [e.actors for e in found] == [["Ana Soto", "Jorge Rios"]]


def test_support_programme_approved_is_financing(nlp: Any) -> None:
    text = "Zambia turned to the International Monetary Fund, which approved a support programme in 2021."
    assert [(e.kind, e.date) for e in events(nlp, text) if e.kind == "financing"] == [("financing", "2021")]


def test_welcoming_a_decision_is_a_statement_and_welcoming_a_guest_a_meeting(nlp: Any) -> None:
    said = events(nlp, "Investment Minister Rina Sari welcomed the venture as the investment Peru wants.")
    assert [e.kind for e in said] == ["statement"]
    met = events(nlp, "President Ana Soto welcomed Peruvian President Jorge Rios at the palace on Monday.")
    assert [e.kind for e in met] == ["meeting"]


def test_trip_destination_is_the_visit_place_whatever_the_recogniser_labels_it(nlp: Any) -> None:
    text = "The Kuwaiti delegation travels to Karachi on Thursday to tour the container terminal."
    assert [(e.kind, e.location) for e in events(nlp, text, published="2025-10-30")] == [("visit", "Karachi")]


def test_country_written_as_an_acronym_places_a_visit(nlp: Any) -> None:
    text = ("The accord was signed by Trade Minister Ama Mensah, during a three-day visit by a Ghanaian "
            "business delegation to the UAE.")
    visits = [e for e in events(nlp, text) if e.kind == "visit"]
    assert [e.location for e in visits] == ["United Arab Emirates"]


def test_opening_of_a_line_is_placed_at_the_towns_it_joins(nlp: Any) -> None:
    found = events(nlp, "The electrified section between Lusaka and Ndola, built with Indian credit, opened in 2016.")
    assert [(e.kind, e.date, e.location) for e in found] == [("other", "2016", "Lusaka, Ndola")]


def test_event_placed_nowhere_happens_where_the_story_places_a_visit(nlp: Any) -> None:
    text = ("Trade Secretary Alan Pryce visited Lima on Monday. "
            "Pryce said British lenders were ready to finance the port.")
    found = events(nlp, text)
    assert [(e.kind, e.location) for e in found] == [("visit", "Lima"), ("statement", "Lima")]


def test_signing_in_a_town_the_recogniser_does_not_label_is_placed_there(nlp: Any) -> None:
    text = "Donau Netz GmbH signed an agreement for the new link in Brno on Tuesday."
    assert [(e.kind, e.location) for e in events(nlp, text, published="2026-07-01")] == [("agreement", "Brno")]


def test_two_states_agreeing_to_act_is_an_agreement(nlp: Any) -> None:
    found = events(nlp, "Peru and Vietnam agreed on Monday to cut tariffs on each other's coffee and rice.")
    assert [(e.kind, e.actors, e.date) for e in found] == [("agreement", ["Peru", "Vietnam"], "2025-11-03")]


def test_one_party_agreeing_to_act_is_not_an_agreement(nlp: Any) -> None:
    assert [e.kind for e in events(nlp, "Peru agreed on Monday to cut tariffs on coffee.")] == []


def test_each_speaker_of_a_joint_statement_made_a_statement(nlp: Any) -> None:
    text = ("Peruvian Trade Minister Rosa Quispe and Vietnamese Trade Minister Tran Van Minh said in a joint "
            "statement that the cuts would take effect in January.")
    found = events(nlp, text)
    assert sorted(a for e in found if e.kind == "statement" for a in e.actors) == ["Rosa Quispe", "Tran Van Minh"]


def test_place_a_scene_sentence_names_is_where_the_rest_of_the_story_happened(nlp: Any) -> None:
    text = ("Peru and Vietnam agreed on Monday to cut tariffs, after their ministers met in Hanoi. "
            "Trade Minister Rosa Quispe said the cuts would help growers.")
    found = events(nlp, text)
    assert [(e.kind, e.location) for e in found] == [("agreement", "Hanoi"), ("statement", "Hanoi")]


def test_what_a_speaker_says_inside_quotation_marks_is_not_a_happening(nlp: Any) -> None:
    text = ('"We are signing contracts to sell power to both neighbours," Energy Minister Lena Ruiz said. '
            '"Give us a contract that the courts will respect," the minister added.')
    assert [e.kind for e in events(nlp, text)] == ["statement"]


def test_person_quoted_without_a_verb_of_saying_made_a_statement(nlp: Any) -> None:
    text = ("Peru and Vietnam signed a coffee agreement in Lima on Monday. Trade Minister Rosa Quispe, who "
            "attended the signing, was upbeat. \u201cThis is exactly the kind of deal our growers have been "
            "waiting for.\u201d")
    assert [e.actors for e in events(nlp, text) if e.kind == "statement"] == [["Rosa Quispe"]]


def test_phrase_borrowed_in_quotation_marks_is_not_a_statement(nlp: Any) -> None:
    text = "For Trade Minister Rosa Quispe, the deal opens \u201ca new chapter.\u201d"
    assert [e for e in events(nlp, text) if e.kind == "statement"] == []


def test_board_of_a_bank_approving_a_grant_is_the_bank_financing(nlp: Any) -> None:
    found = events(nlp, "The World Bank's board approved a $4 million grant for the feasibility study on Monday.")
    assert [(e.kind, e.actors) for e in found] == [("financing", ["World Bank"])]


def test_grant_awarded_is_financing(nlp: Any) -> None:
    found = events(nlp, "The European Commission awarded a 60 million euro grant to a new power line on Tuesday.")
    assert [(e.kind, e.actors) for e in found] == [("financing", ["European Commission"])]


def test_letter_of_intent_is_financing_only_when_it_carries_money(nlp: Any) -> None:
    money = events(nlp, "The Nordic Export Fund signed a letter of intent to invest up to $30 million in the mine.")
    buyer = events(nlp, "Glacier Metals Ltd signed a non-binding letter of intent with Siemens Energy for its magnets.")
    assert [e.kind for e in money] == ["financing"] and [e.kind for e in buyer] == ["agreement"]


def test_a_named_office_is_not_taken_for_a_town(nlp: Any) -> None:
    found = events(nlp, "Fiji signed the grant agreement with Japan at the Prime Minister's Office on Tuesday.")
    assert [(e.kind, e.location) for e in found] == [("agreement", None)]


def test_talks_that_have_not_begun_are_not_a_meeting(nlp: Any) -> None:
    found = events(nlp, "Governor Ama Tembo said talks with the Reserve Bank of Malawi had not yet begun.")
    assert [e.kind for e in found] == ["statement"]


def test_a_year_after_since_does_not_date_the_happening(nlp: Any) -> None:
    found = events(nlp, "It is the first time a Fijian foreign minister, Jone Vaka, has visited Tonga since 2018.")
    assert [(e.kind, e.date) for e in found] == [("visit", None)]


def test_words_that_are_a_promise_of_the_speakers_company_are_not_also_a_statement(nlp: Any) -> None:
    text = ("Andes Copper Ltd signed a supply deal with Peru on Monday. Chief executive Lena Ruiz said "
            "Andes Copper would finish the smelter by 2028.")
    assert [e.kind for e in events(nlp, text)] == ["agreement", "pledge"]


def test_signing_while_in_a_city_is_placed_there(nlp: Any) -> None:
    found = events(nlp, "President Ilse Varga signed a new strategic partnership agreement while in Moscow (State Wire, May 2).")
    assert [(e.kind, e.location) for e in found] == [("agreement", "Moscow")]


def test_words_said_right_after_a_sentence_placing_their_speaker_were_said_there(nlp: Any) -> None:
    text = ("NAIROBI, Kenya \u2014 Mining Minister Rosa Quispe presented the award at the ministry's offices in "
            "Mombasa on Monday. \u201cThis offer gives our towns a fair share,\u201d Quispe said.")
    statements = [e for e in events(nlp, text) if e.kind == "statement"]
    assert [(e.actors, e.location) for e in statements] == [(["Rosa Quispe"], "Mombasa")]


def test_the_two_who_met_signing_years_ago_is_their_dated_agreement(nlp: Any) -> None:
    text = ("Peruvian President Ana Rojas met Chilean President Luis Soto in Lima on Monday. "
            "In 2019 the two signed a free trade agreement.")
    agreements = [e for e in events(nlp, text) if e.kind == "agreement"]
    assert [(e.actors, e.date) for e in agreements] == [(["Ana Rojas", "Luis Soto"], "2019")]


def test_an_earlier_happening_is_not_placed_where_todays_story_is(nlp: Any) -> None:
    text = "Peru and Chile held talks in Lima on Monday. In July, Peru signed a port deal with Ecuador."
    assert [(e.kind, e.location) for e in events(nlp, text)] == [("meeting", "Lima"), ("agreement", None)]


def test_company_saying_it_would_invest_an_amount_is_an_investment_of_the_company(nlp: Any) -> None:
    text = "Andes Copper Ltd, a Chilean miner, said it would invest $2 billion in a new smelter in Peru."
    assert [(e.kind, e.actors) for e in events(nlp, text)] == [("investment", ["Andes Copper Ltd"])]


def test_what_a_company_would_do_if_a_condition_held_is_not_an_investment(nlp: Any) -> None:
    text = "Andes Copper Ltd said it would invest $2 billion in a new smelter if power prices fell."
    assert [e.kind for e in events(nlp, text) if e.kind == "investment"] == []


def test_a_province_named_before_its_noun_places_the_event(nlp: Any) -> None:
    found = events(nlp, "Andes Copper Ltd invested $2 billion in a smelter in Arequipa province last year.")
    assert [(e.kind, e.location) for e in found] == [("investment", "Arequipa")]


def test_a_seller_alone_is_not_the_investor(nlp: Any) -> None:
    text = ("The sovereign fund will take its shares from Andes Holding, the state-controlled investment company "
            "that will keep 51 percent of the operator.")
    assert [e for e in events(nlp, text) if e.kind == "investment"] == []


def test_commitment_to_fund_without_an_amount_is_not_financing(nlp: Any) -> None:
    with_amount = events(nlp, "The Andes Development Bank has committed to lend $40 million to the water utility.")
    without = events(nlp, "The Andes Development Bank has also committed to fund the utility's replanting programme.")
    assert [e.kind for e in with_amount] == ["financing"] and without == []


def test_attending_the_meeting_already_told_joins_it(nlp: Any) -> None:
    text = ("Peruvian President Ana Rojas met Chilean President Luis Soto in Lima on Monday. "
            "A Bolivian delegation attended the meeting.")
    meetings = [e for e in events(nlp, text) if e.kind == "meeting"]
    assert [e.actors for e in meetings] == [["Ana Rojas", "Luis Soto", "Bolivia"]]


def test_building_something_years_ago_is_a_dated_other_event_of_the_builder(nlp: Any) -> None:
    text = "The remaining 14 percent stays with Chilean operator Andes Lines Ltd, which built the port's first quay in 2019."
    found = [e for e in events(nlp, text, published="2026-03-10") if e.kind == "other"]
    assert [(e.actors, e.date) for e in found] == [(["Andes Lines Ltd"], "2019")]


@pytest.mark.parametrize("text", [
    "Trade Minister Ana Lopes spoke with her Kenyan counterpart, Peter Otieno, on Tuesday.",
    "Trade Minister Ana Lopes held a phone call with her Kenyan counterpart, Peter Otieno, on Tuesday.",
    "On Tuesday, Trade Minister Ana Lopes phoned Peter Otieno, the Kenyan trade minister.",
])
def test_call_between_two_ministers_is_a_meeting(nlp: Any, text: str) -> None:
    found = [e for e in events(nlp, text) if e.kind == "meeting"]
    assert [(e.actors, e.date) for e in found] == [(["Ana Lopes", "Peter Otieno"], "2025-11-04")]


def test_speaking_with_reporters_is_not_a_meeting(nlp: Any) -> None:
    assert [e for e in events(nlp, "Trade Minister Ana Lopes spoke with reporters after the vote.")
            if e.kind == "meeting"] == []


def test_visit_begun_or_paid_is_made_by_the_verbs_subject(nlp: Any) -> None:
    found = [e for e in events(nlp, "Prime Minister Kenta Morioka began a three-day state visit to Peru.")
             if e.kind == "visit"]
    assert [(e.actors, e.location) for e in found] == [(["Kenta Morioka"], "Peru")]


def test_visit_told_by_its_noun_takes_the_date_of_the_verb_that_governs_it(nlp: Any) -> None:
    found = [e for e in events(nlp, "Prime Minister Kenta Morioka paid a visit to Lima on Monday.")
             if e.kind == "visit"]
    assert [(e.actors, e.date) for e in found] == [(["Kenta Morioka"], "2025-11-03")]


def test_visit_told_by_its_noun_keeps_its_own_dates_over_those_of_the_governing_verb(nlp: Any) -> None:
    text = ("Foreign Minister Ines Varga held talks with Foreign Minister Tomas Berg on November 5 in Lima, "
            "during Berg's official visit to Peru from November 4 to 6.")
    found = [e for e in events(nlp, text) if e.kind == "visit"]
    assert [e.date for e in found] == ["2025-11-04"]


def test_joining_the_ministers_or_the_talks_is_a_meeting_but_joining_a_board_is_not(nlp: Any) -> None:
    text = ("Foreign Minister Olena Petrenko joined the ministers by video link on Monday. "
            "Dana Reyes joined the board of the bank in 2020.")
    found = [e for e in events(nlp, text) if e.kind == "meeting"]
    assert [(e.actors, e.date) for e in found] == [(["Olena Petrenko"], "2025-11-03")]


def test_closing_in_a_given_year_is_a_dated_other_event(nlp: Any) -> None:
    found = events(nlp, "The old smelter near the river was shut in 2009.")
    assert [(e.kind, e.date) for e in found] == [("other", "2009")]


def test_history_told_in_an_apposition_is_summarised_with_what_the_thing_was(nlp: Any) -> None:
    text = "The old crossing between the two towns, a pontoon bridge built in 1994, is now gone."
    found = [e for e in events(nlp, text) if e.date == "1994"]
    assert len(found) == 1 and "pontoon bridge" in found[0].summary


def test_government_suspending_a_sale_is_an_other_event_of_that_state(nlp: Any) -> None:
    text = "On Friday, Peru's government suspended the sale of a 49 percent stake in Andes Power to Lotus Grid."
    found = events(nlp, text)
    assert [(e.kind, e.actors, e.date) for e in found] == [("other", ["Peru"], "2025-10-31")]


def test_trip_scheduled_on_a_weekday_is_a_visit_dated_that_day(nlp: Any) -> None:
    text = "On Saturday, Prime Minister Kenta Morioka is scheduled to travel to Cusco to see the new station."
    found = events(nlp, text)
    assert [(e.kind, e.actors, e.date, e.location) for e in found] == [
        ("visit", ["Kenta Morioka"], "2025-11-08", "Cusco")]


def test_measure_taking_effect_on_a_date_is_an_other_event_of_the_imposing_state(nlp: Any) -> None:
    text = "The minister outlined new Brazilian export controls on rare earths that take effect on January 1, 2026."
    found = [e for e in events(nlp, text) if e.kind == "other"]
    assert [(e.actors, e.date) for e in found] == [(["Brazil"], "2026-01-01")]


def test_the_ministers_meeting_on_another_date_are_the_pair_of_the_dated_call_told(nlp: Any) -> None:
    text = ("Today, Trade Minister Ana Lopes spoke with her Kenyan counterpart, Peter Otieno. "
            "The ministers last met on May 2, 2025, in Geneva.")
    found = [e for e in events(nlp, text) if e.kind == "meeting"]
    assert [(e.actors, e.date) for e in found] == [(["Ana Lopes", "Peter Otieno"], "2025-11-06"),
                                                   (["Ana Lopes", "Peter Otieno"], "2025-05-02")]


def test_the_two_governments_are_the_pair_of_states_that_signed_before(nlp: Any) -> None:
    text = ("The ministry recalled that Peru and Chile signed a treaty of friendship in 1994 and that the two "
            "governments held their last summit in Lima in December 2024.")
    found = [e for e in events(nlp, text) if e.kind == "meeting"]
    assert [(e.actors, e.date, e.location) for e in found] == [(["Peru", "Chile"], "2024-12", "Lima")]


def test_state_defaulting_on_its_debt_in_a_year_is_an_other_event(nlp: Any) -> None:
    found = events(nlp, "Peru defaulted on its external debt in 2020.")
    assert [(e.kind, e.actors, e.date) for e in found] == [("other", ["Peru"], "2020")]


def test_body_reporting_a_happening_of_unnamed_others_made_a_statement(nlp: Any) -> None:
    text = "Acme Motors said that local suppliers had invested more than $2 billion in new plants over the past decade."
    assert [(e.kind, e.actors) for e in events(nlp, text)] == [("statement", ["Acme Motors"])]
