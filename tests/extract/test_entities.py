"""entities@3: names, types, titles, countries, aliases and references, on texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.records import Entity
from tests.helpers import make_document


def entities_of(nlp: Any, body: str) -> dict[str, Entity]:
    document = make_document(nlp, body, names=["entities"])
    return {e.name: e for e in document.results["entities"]}


def test_title_from_premodifier_gives_the_country(nlp: Any) -> None:
    found = entities_of(nlp, "Brazilian Foreign Minister Helena Duarte arrived in Pretoria on Monday for talks.")
    person = found["Helena Duarte"]
    assert person.type == "person" and person.title == "Brazilian Foreign Minister" and person.country == "BRA"


def test_title_from_apposition(nlp: Any) -> None:
    found = entities_of(nlp, "Tomasz Wierzbicki, chief executive of Baltic Grid Holdings, signed the contract in Riga.")
    assert found["Tomasz Wierzbicki"].title == "chief executive of Baltic Grid Holdings"
    assert found["Baltic Grid Holdings"].type == "organization"


def test_abbreviated_honorific_is_not_part_of_the_name_and_keeps_the_title(nlp: Any) -> None:
    found = entities_of(nlp, "The grant was signed by the Minister of Finance, Hon. Tevita Lolohea, in Nuku'alofa.")
    assert "Hon" not in found and "Hon." not in found
    assert found["Tevita Lolohea"].title == "Minister of Finance"


def test_honorific_before_a_name_tagged_as_organisation_leaves_a_person(nlp: Any) -> None:
    found = entities_of(nlp, "Hajiya Zainab Garba, head of the Kano Growers Forum, said prices must rise.")
    assert found["Zainab Garba"].type == "person"


def test_words_before_a_bracketed_acronym_that_spell_it_name_the_organisation(nlp: Any) -> None:
    body = ("The Nordic Bank for Coastal Renewal (NBCR) on Friday approved a loan to the port. "
            "NBCR will disburse it in three tranches.")
    found = entities_of(nlp, body)
    bank = found["Nordic Bank for Coastal Renewal"]
    assert bank.type == "organization" and "NBCR" in bank.aliases and bank.mentions >= 2


def test_portfolio_after_minister_of_state_is_not_an_organisation(nlp: Any) -> None:
    body = "The accord was witnessed by the Minister of State for Foreign Trade, Omar Haddad, in Cairo."
    found = entities_of(nlp, body)
    assert not any(e.type == "organization" and "Foreign Trade" in name for name, e in found.items())
    assert found["Omar Haddad"].title == "Minister of State for Foreign Trade"


def test_indian_honorific_does_not_hide_the_name(nlp: Any) -> None:
    body = "The plan was launched in the presence of the Union Minister of Mines, Shri Arvind Kumar Sethi, and officials."
    found = entities_of(nlp, body)
    assert found["Arvind Kumar Sethi"].title == "Union Minister of Mines"


def test_title_with_a_list_of_portfolios_is_kept_whole(nlp: Any) -> None:
    body = "Minister of Roads, Ports and Civil Aviation, Teodora Vasić Lukić, signed the contract in Belgrade."
    found = entities_of(nlp, body)
    person = next(e for name, e in found.items() if name.endswith("Lukić"))
    assert person.title == "Minister of Roads, Ports and Civil Aviation"


def test_hyphenated_surname_after_a_long_title_is_a_person(nlp: Any) -> None:
    found = entities_of(nlp, "Minister for Mineral Resources Aaja Lyberth-Petersen said the licence had strict limits.")
    person = found["Aaja Lyberth-Petersen"]
    assert person.type == "person" and person.title == "Minister for Mineral Resources"


def test_portfolio_words_of_a_title_are_not_an_organisation(nlp: Any) -> None:
    body = "Its Minister of Transport and Maritime Affairs, Nikola Dragović, signed a memorandum in Podgorica."
    found = entities_of(nlp, body)
    assert found["Nikola Dragović"].type == "person"
    assert not any(e.type == "organization" for e in found.values())


def test_currency_codes_and_product_acronyms_are_not_organisations(nlp: Any) -> None:
    found = entities_of(nlp, "The fund will put AED 400 million and INR 9 billion into the LNG terminal under the MoU "
                             "signed on Monday.")
    assert not any(e.type == "organization" for e in found.values())


def test_provinces_read_as_people_or_firms_are_places(nlp: Any) -> None:
    found = entities_of(nlp, "Growers in Mato Grosso want the railway, the governor of Negros Occidental said.")
    assert found["Mato Grosso"].type == "place" and found["Negros Occidental"].type == "place"


def test_dateline_in_capitals_is_a_place(nlp: Any) -> None:
    found = entities_of(nlp, "NUUK, Oct 9 (Polar Wire) \u2014 The mine was approved. Greenland Minerals said it was pleased.")
    assert found["NUUK"].type == "place" and found["Greenland Minerals"].type == "organization"


def test_short_form_of_an_organisation_is_the_same_organisation(nlp: Any) -> None:
    body = ("PT Arunika Logam Mulia signed the lease with Kestrel Mining Holdings Ltd on Monday. "
            "Kestrel Mining Holdings will pay for the road, and Arunika Logam will run the port.")
    orgs = [e for e in entities_of(nlp, body).values() if e.type == "organization"]
    assert sorted(e.name for e in orgs) == ["Arunika Logam Mulia", "Kestrel Mining Holdings Ltd"]


def test_employer_of_an_analyst_stays_an_organisation(nlp: Any) -> None:
    found = entities_of(nlp, "The price is fair, according to Amit Rao, an analyst at Harbourline Securities.")
    assert found["Harbourline Securities"].type == "organization"


def test_firm_named_by_an_industry_word_is_an_organisation(nlp: Any) -> None:
    found = entities_of(nlp, "Mitsuki Engineering owns 35 percent, and Coastline Freight owns the rest.")
    assert found["Mitsuki Engineering"].type == "organization" and found["Coastline Freight"].type == "organization"


def test_military_rank_is_not_a_person(nlp: Any) -> None:
    found = entities_of(nlp, "The council is run by Lt Gen Tariq Aslam, who met investors in Lahore.")
    assert "Lt Gen" not in found and found["Tariq Aslam"].type == "person"


def test_town_named_after_a_person_is_not_cut_into_a_name(nlp: Any) -> None:
    found = entities_of(nlp, "The line will run between Sorriso and Lucas do Rio Verde by 2030.")
    assert not any(e.type == "person" for e in found.values())


def test_title_after_the_name_may_start_with_an_owner_and_managing(nlp: Any) -> None:
    body = ("The Nordic Export Bank (NEB) signed it. The loan was signed by Kenji Morita, NEB's managing executive "
            "officer for Asia, and the borrower.")
    assert entities_of(nlp, body)["Kenji Morita"].title == "NEB's managing executive officer for Asia"


def test_name_opening_a_clause_before_a_role_is_a_person(nlp: Any) -> None:
    found = entities_of(nlp, "Siti Rahmawati Lubis, president director of Arunika Logam, promised that the plant would start.")
    person = found["Siti Rahmawati Lubis"]
    assert person.type == "person" and person.title == "president director of Arunika Logam"


def test_chief_financial_officer_is_a_title(nlp: Any) -> None:
    found = entities_of(nlp, "Marlow Gas's chief financial officer, Katharina Weiss, said the sale was part of a plan.")
    assert (found["Katharina Weiss"].title or "").endswith("chief financial officer")


def test_hyphenated_office_after_the_name_is_the_title(nlp: Any) -> None:
    found = entities_of(nlp, "It was signed by Liu Zhenhai, a vice-president of the Chinese policy lender, in Nairobi.")
    assert found["Liu Zhenhai"].title == "vice-president of the Chinese policy lender"


def test_surname_and_honorific_resolve_to_the_full_name(nlp: Any) -> None:
    body = ("Senator Maria Castellanos introduced the bill on Tuesday. Ms Castellanos said the vote would come soon. "
            "Castellanos later left for Madrid.")
    found = entities_of(nlp, body)
    person = found["Maria Castellanos"]
    assert "Castellanos" in person.aliases and person.mentions >= 3
    assert not any(name == "Castellanos" for name in found)


def test_acronym_in_parentheses_joins_its_organisation(nlp: Any) -> None:
    body = ("The European Investment Bank (EIB) approved the loan on Friday. "
            "The EIB said disbursement would start next year.")
    found = entities_of(nlp, body)
    bank = found["European Investment Bank"]
    assert bank.type == "organization" and "EIB" in bank.aliases and "EIB" not in found


def test_countries_get_iso3_codes_from_names_and_capitals(nlp: Any) -> None:
    found = entities_of(nlp, "Officials from Kenya and the United Arab Emirates met in Nairobi, and Moscow objected.")
    codes = {e.country for e in found.values() if e.type == "country"}
    assert {"KEN", "ARE"} <= codes


def test_pronoun_refers_to_the_last_subject(nlp: Any) -> None:
    document = make_document(nlp, "President Amara Kone visited the dam. She praised the engineers.",
                             names=["entities"])
    table = document.entity_table
    assert table is not None
    she = document.text.index("She")
    mention = table.mention_at(she, she + 3)
    assert mention is not None and mention.via == "pronoun"
    assert table.entity_of(mention).name == "Amara Kone"


def test_news_agencies_cited_as_sources_are_not_actors(nlp: Any) -> None:
    body = "The two leaders met in Hanoi, Reuters reported. The deal was first disclosed (Nikkei Asia, March 3)."
    found = entities_of(nlp, body)
    assert all(e.type != "organization" for name, e in found.items() if name in ("Reuters", "Nikkei Asia"))


def test_an_embassy_named_by_demonym_keeps_its_printed_name(nlp: Any) -> None:
    found = entities_of(nlp, "The Japanese embassy in Manila said the grant had been approved.")
    assert found["Japanese embassy in Manila"].type == "organization"


def test_an_embassy_named_by_a_possessive_country_is_an_organisation(nlp: Any) -> None:
    found = entities_of(nlp, "Japan's embassy in Manila said the grant had been approved.")
    assert found["Japan's embassy in Manila"].type == "organization"


def test_entity_table_resolves_names_titles_and_pronouns_to_one_entity(nlp: Any) -> None:
    body = ("Zambian Finance Minister Chanda Mulenga met investors in Lusaka on Monday. "
            "The minister said the budget was on track. Mulenga later told reporters he would visit Tokyo.")
    document = make_document(nlp, body, names=["entities"])
    table = document.entity_table
    assert table is not None
    for word in ("The minister", "Mulenga", "he"):
        at = body.index(word, body.index("Monday"))
        entity = table.resolve_at(at, at + len(word))
        assert entity is not None and entity.name == "Chanda Mulenga", word
    assert [e.name for e in table.persons_in(0, len(body))] == ["Chanda Mulenga"]
    actor = table.actor_before(body.index("later"))
    assert actor is not None and actor.name == "Chanda Mulenga"
    assert table.country_of(actor) == "ZMB"
    tokyo = table.resolve_at(body.index("Tokyo"), body.index("Tokyo") + 5)
    assert tokyo is not None and tokyo.type == "place"


def test_pronoun_agrees_in_gender_with_its_antecedent(nlp: Any) -> None:
    body = ("Trade Minister Sofia Lindqvist met Ambassador Daniel Okafor in Stockholm. "
            "She said the talks had gone well.")
    document = make_document(nlp, body, names=["entities"])
    table = document.entity_table
    assert table is not None
    she = body.index("She")
    entity = table.resolve_at(she, she + 3)
    assert entity is not None and entity.name == "Sofia Lindqvist"


def test_person_tagged_as_an_organisation_is_a_person_when_a_given_name_leads(nlp: Any) -> None:
    found = entities_of(nlp, "Opposition lawmaker Grace Mwale questioned the terms of the loan on Friday.")
    assert found["Grace Mwale"].type == "person"


def test_title_written_before_the_name_and_a_comma(nlp: Any) -> None:
    found = entities_of(nlp, "He met Indonesia's foreign minister, Dewi Kartika, in Jakarta on Tuesday.")
    assert found["Dewi Kartika"].title == "Indonesia's foreign minister"
    assert found["Dewi Kartika"].country == "IDN"


def test_a_title_in_a_clause_before_the_name_is_not_the_name_s_title(nlp: Any) -> None:
    found = entities_of(nlp, "After meeting the president, Laura Whitfield said the bank would decide in May.")
    assert found["Laura Whitfield"].title is None


def test_ministry_named_by_country_in_lower_case_is_an_organisation(nlp: Any) -> None:
    found = entities_of(nlp, "China's foreign ministry said it welcomed the talks.")
    assert found["Chinese Foreign Ministry"].type == "organization"
    assert found["Chinese Foreign Ministry"].country == "CHN"


@pytest.mark.parametrize("lead", ["In May,", "On Tuesday,", "Last June,", "In March"])
def test_a_time_phrase_opening_the_sentence_is_not_part_of_the_title(nlp: Any, lead: str) -> None:
    found = entities_of(nlp, f"{lead} Kenya's Roads and Transport Minister Chisomo Banda opened the new pumping station.")
    assert found["Chisomo Banda"].title == "Kenya's Roads and Transport Minister"


def test_a_list_of_portfolios_before_the_office_word_stays_in_the_title(nlp: Any) -> None:
    found = entities_of(nlp, "Energy, Mines and Petroleum Minister Wairimu Ndegwa toured the refinery on Friday.")
    assert found["Wairimu Ndegwa"].title == "Energy, Mines and Petroleum Minister"


def test_state_of_a_large_country_written_without_its_accent_is_a_place(nlp: Any) -> None:
    found = entities_of(nlp, "The plant will be built in Tamil Nadu, officials in Coimbatore said on Monday.")
    assert "Tamil Nadu" not in found or found["Tamil Nadu"].type == "place"
    assert found["Coimbatore"].type == "place" and found["Coimbatore"].country == "IND"


def test_two_states_joined_by_and_are_two_places_not_a_firm(nlp: Any) -> None:
    found = entities_of(nlp, "Exporters from Goiás and Tocantins welcomed the new line, the ministry said.")
    assert not any(e.type in ("person", "organization") for e in found.values())


def test_a_well_known_region_read_as_a_person_is_a_place(nlp: Any) -> None:
    found = entities_of(nlp, "Hotel owners in the Algarve welcomed the new flights from Dublin on Friday.")
    assert found["Algarve"].type == "place" and found["Algarve"].country == "PRT"


def test_name_after_the_state_of_is_a_place(nlp: Any) -> None:
    found = entities_of(nlp, "The cable reaches the province of Bolzan Verde next year.")
    assert found["Bolzan Verde"].type == "place"


@pytest.mark.parametrize("firm", ["Transmissora Rio Claro", "Companhia Serra Azul", "Grupo Montes Claros"])
def test_a_firm_prefix_in_another_language_makes_an_organisation(nlp: Any, firm: str) -> None:
    found = entities_of(nlp, f"{firm} won the auction for the new transmission line in the north.")
    assert found[firm].type == "organization"


@pytest.mark.parametrize("honorific", ["the Honourable", "His Excellency", "H.E.", "Hon."])
def test_an_honorific_before_a_name_leaves_a_person(nlp: Any, honorific: str) -> None:
    found = entities_of(nlp, f"The accord was signed by {honorific} Élise Fontaine and the visiting delegation in Quebec.")
    assert found["Élise Fontaine"].type == "person"


def test_honorific_is_no_part_of_the_title_and_a_title_word_after_it_is_the_given_name(nlp: Any) -> None:
    found = entities_of(nlp, "His Excellency Sultan Al Harthy received the delegation at the palace on Sunday.")
    assert found["Sultan Al Harthy"].type == "person" and found["Sultan Al Harthy"].title is None


@pytest.mark.parametrize("name", ["Maarten van Dam", "Khalid bin Rashed", "Ana da Costa"])
def test_a_name_with_a_lower_case_particle_stays_one_person(nlp: Any, name: str) -> None:
    found = entities_of(nlp, f"Regional investor {name} met port officials in Rotterdam on Monday.")
    assert found[name].type == "person"


def test_minister_of_a_portfolio_is_no_organisation(nlp: Any) -> None:
    found = entities_of(nlp, "The plan was presented by the Minister of Power, Energy and Mineral Resources Tahmid Rahman.")
    assert not any(e.type == "organization" and "Minister" in name for name, e in found.items())


def test_a_state_government_named_after_its_place_is_one_organisation(nlp: Any) -> None:
    found = entities_of(nlp, "The Sindh provincial government said on Monday it would appeal the ruling.")
    assert found["Sindh provincial government"].type == "organization"
    assert found["Sindh provincial government"].country == "PAK"


def test_malaysian_honorific_pair_is_no_part_of_the_name(nlp: Any) -> None:
    found = entities_of(nlp, "Datuk Seri Anwar Hamid met the investors in Kuala Lumpur on Monday.")
    assert "Anwar Hamid" in found and found["Anwar Hamid"].type == "person"


def test_firm_based_in_a_major_city_takes_that_country(nlp: Any) -> None:
    found = entities_of(nlp, "Chennai-based Kaveri Motors will build the plant, the state government said.")
    assert found["Kaveri Motors"].country == "IND"


def test_a_town_before_based_is_a_place(nlp: Any) -> None:
    found = entities_of(nlp, "The developer is Visayas Steam Corp, a Tacloban-based company, the regulator said.")
    assert all(e.type not in ("person", "organization") for name, e in found.items() if name == "Tacloban")


def test_a_spanish_salt_flat_is_a_place(nlp: Any) -> None:
    found = entities_of(nlp, "Bids for the Salar de Maricunga will close in March, the mining ministry said.")
    assert all(e.type not in ("person", "organization") for name, e in found.items() if "Maricunga" in name)


def test_a_venture_between_two_firms_keeps_them_firms(nlp: Any) -> None:
    found = entities_of(nlp, "The joint venture between Nordvik and Baltmarin will build two ferries, the companies said.")
    assert all(e.type != "place" for name, e in found.items() if name in ("Nordvik", "Baltmarin"))


def test_a_name_read_as_a_place_once_is_a_place_everywhere(nlp: Any) -> None:
    body = ("The ministry awarded a block in the southern governorate of Sharqiya to a consortium on Monday. "
            "Most of the eight blocks lie in Sharqiya and Wusta, the ministry said.")
    found = entities_of(nlp, body)
    assert all(e.type not in ("person", "organization") for name, e in found.items() if name == "Sharqiya")


def test_a_region_of_several_countries_is_no_organisation(nlp: Any) -> None:
    found = entities_of(nlp, "Anna Berg, the bank's country director for the South Caucasus, said the board would decide.")
    assert all(e.type != "organization" for name, e in found.items() if "Caucasus" in name)


@pytest.mark.parametrize(("sentence", "code"), [
    ("Montenegrin officials signed the rail loan in Podgorica on Monday.", "MNE"),
    ("Tongan officials signed the cable grant in Nuku'alofa on Monday.", "TON"),
])
def test_smaller_countries_are_known_by_demonym_and_capital(nlp: Any, sentence: str, code: str) -> None:
    found = entities_of(nlp, sentence)
    assert not any(e.type == "organization" for e in found.values())
    assert any(e.country == code for e in found.values())


@pytest.mark.parametrize(("sentence", "title"), [
    ("\"Very few people have a customer,\" said Layla Al Harthy, a Muscat-based energy analyst.",
     "Muscat-based energy analyst"),
    ("\"It shows that a project can work,\" said Ingrid Solheim, an Arctic resources analyst at a Bergen consultancy.",
     "Arctic resources analyst at a Bergen consultancy"),
])
def test_apposition_with_describers_before_the_role_is_the_title(nlp: Any, sentence: str, title: str) -> None:
    found = entities_of(nlp, sentence)
    person = next(e for e in found.values() if e.type == "person")
    assert person.title == title


def test_every_author_of_a_shared_byline_is_left_out(nlp: Any) -> None:
    found = entities_of(nlp, "By Jane Roe and Tomas Varga\nThe port authority signed a contract on Tuesday with "
                             "Kestrel Ports for a new grain terminal.")
    assert "Jane Roe" not in found and "Tomas Varga" not in found and "Kestrel Ports" in found


@pytest.mark.parametrize(("sentence", "name"), [
    ("The exporters of Arco Norte want the new terminal, the ministry said on Monday.", "Arco Norte"),
    ("The bank called the road the backbone of Corridor VIII, the minister said.", "Corridor VIII"),
])
def test_a_direction_or_a_route_word_in_a_name_is_no_person(nlp: Any, sentence: str, name: str) -> None:
    found = entities_of(nlp, sentence)
    assert name not in found or found[name].type != "person"


def test_a_generational_suffix_stays_in_the_name(nlp: Any) -> None:
    found = entities_of(nlp, "The talks were led by Luiz Inácio da Costa Neto and Pedro dos Santos Filho in Brasilia.")
    assert found["Pedro dos Santos Filho"].type == "person"


def test_a_name_listed_with_a_place_after_in_is_a_place(nlp: Any) -> None:
    body = ("The ministry awarded a block in the southern governorate of Sharqiya to a consortium on Monday. "
            "Most of the eight blocks lie in Sharqiya and Wusta, the ministry said.")
    found = entities_of(nlp, body)
    assert "Wusta" not in found or found["Wusta"].type not in ("person", "organization")


def test_a_firm_listed_with_a_country_stays_a_firm(nlp: Any) -> None:
    found = entities_of(nlp, "Buyers in Norway and Kestrel Mining signed offtake deals, the ministry said.")
    assert found["Kestrel Mining"].type == "organization"


def test_firm_the_model_reads_as_a_title_is_an_organisation_when_called_the_company(nlp: Any) -> None:
    found = entities_of(nlp, "The Kuwait Investment Authority has agreed to buy a 40 percent stake in Baltic Gateway "
                             "Terminals, the company that runs the container quay at the Latvian port of Liepaja.")
    assert found["Baltic Gateway Terminals"].type == "organization"


def test_name_ending_in_bank_is_an_organisation_whatever_the_model_read(nlp: Any) -> None:
    found = entities_of(nlp, "Sahel Afreximbank approved the credit line on Monday, officials said.")
    assert found["Sahel Afreximbank"].type == "organization"


def test_a_portfolio_word_before_an_honoured_name_is_no_person_and_the_name_gets_the_title(nlp: Any) -> None:
    found = entities_of(nlp, "Minister of Water Supply, Hon. Nimal Rajapaksa, told the House that work would "
                             "begin soon. The Minister of Finance, Hon. Sunil Fernando said the loan was cheap.")
    assert "Supply" not in found
    assert found["Nimal Rajapaksa"].title == "Minister of Water Supply"
    assert found["Sunil Fernando"].title == "Minister of Finance"
