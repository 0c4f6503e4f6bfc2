"""deals@6: parties, host country, commodity, value, stakes, financing and status, across sentences.

The articles below are written for these tests (other regions and deal shapes than the
development set): a policy-bank railway loan, a lithium joint venture with a 49% stake, a
sovereign fund buying into ports, a yen loan, an IMF programme with tranches, a cancelled
pipeline deal and a non-binding hydrogen memorandum.
"""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.records import Deal
from tests.helpers import make_document

ARTICLES = {
    "kenya_rail": (
        "NAIROBI, March 4 (Wire) - China's Export-Import Bank has agreed to lend Kenya $3.2 billion to "
        "build a standard gauge railway between Mombasa and Nairobi, the Kenyan treasury said on Tuesday.\n\n"
        "Treasury Secretary Henry Rotich said the loan would be repaid over 20 years. China Road and "
        "Bridge Corporation will build the line, which is expected to cut freight costs by 60 percent.\n\n"
        "President Uhuru Kenyatta met Chinese Premier Li Keqiang in Beijing last month to finalise the "
        "terms. Kenyatta said he would travel to Mombasa next week to launch construction."
    ),
    "chile_lithium": (
        "Chile's state copper giant Codelco and the European Union's raw materials alliance signed a "
        "joint venture agreement on Monday to mine lithium in the Atacama salt flats, officials said.\n\n"
        "Under the deal, valued at about €2.5 billion, Codelco will hold 51% of the joint venture and the"
        " European partners the remaining 49%. The European Investment Bank is considering a €500 million"
        " loan for the project.\n\n"
        "Chilean President Gabriel Boric welcomed the agreement and pledged to double lithium output by "
        "2030."
    ),
    "gulf_ports": (
        "Abu Dhabi's sovereign wealth fund ADQ will invest $2 billion in Indian ports, the fund said on "
        "Thursday, as the United Arab Emirates deepens economic ties with New Delhi.\n\n"
        "The investment will be made through a partnership with Adani Ports, in which ADQ will take a 20 "
        "percent stake. Indian Prime Minister Narendra Modi visited Abu Dhabi in February."
    ),
    "yen_loan": (
        "The Japan International Cooperation Agency (JICA) signed a loan agreement with the government of"
        " Bangladesh on Wednesday for 150 billion yen to finance the Dhaka metro rail project.\n\n"
        "JICA President Akihiko Tanaka said the agency would continue to support infrastructure "
        "development in South Asia."
    ),
    "imf": (
        "The International Monetary Fund approved a $3 billion bailout for Sri Lanka on Monday, releasing"
        " an immediate tranche of about $330 million, the lender said.\n\n"
        "The programme will be disbursed in eight tranches over four years. Sri Lankan President Ranil "
        "Wickremesinghe said his government would implement the reforms demanded by the fund."
    ),
    "pipeline": (
        "Bulgaria has cancelled a $4 billion gas pipeline deal with Russia's Gazprom, the energy ministry"
        " said on Friday, citing sanctions.\n\n"
        "The pipeline was meant to carry Russian natural gas to Serbia. Energy Minister Rumen Radev said "
        "the government would seek alternative suppliers."
    ),
    "hydrogen": (
        "Germany and Namibia signed a memorandum of understanding on green hydrogen in Windhoek on "
        "Tuesday, paving the way for a $10 billion production plant on the Atlantic coast.\n\n"
        "The non-binding memorandum covers export terminals and a desalination facility. German Economy "
        "Minister Robert Habeck said Berlin will buy hydrogen from Namibia from 2027."
    ),
}


def deals(nlp: Any, text: str, published: str | None = "2025-03-06") -> list[Deal]:
    return make_document(nlp, text, published=published, names=["deals"]).results["deals"]


def one(nlp: Any, name: str) -> Deal:
    found = deals(nlp, ARTICLES[name])
    assert len(found) == 1, [d.parties for d in found]
    return found[0]


@pytest.mark.parametrize(("name", "parties", "country", "commodity", "value", "currency", "status"), [
    ("kenya_rail", {"Export-Import Bank", "Kenya"}, "KEN", "railway", 3.2e9, "USD", "signed"),
    ("chile_lithium", {"Codelco", "European Union"}, "CHL", "lithium", 2.5e9, "EUR", "signed"),
    ("gulf_ports", {"ADQ", "Adani Ports"}, "IND", "ports", 2e9, "USD", "announced"),
    ("yen_loan", {"Japan International Cooperation Agency", "Bangladesh"}, "BGD", "railway", 1.5e11, "JPY",
     "signed"),
    ("imf", {"International Monetary Fund", "Sri Lanka"}, "LKA", None, 3e9, "USD", "announced"),
    ("pipeline", {"Bulgaria", "Gazprom"}, "BGR", "gas pipeline", 4e9, "USD", "cancelled"),
    ("hydrogen", {"Germany", "Namibia"}, "NAM", "hydrogen", 1e10, "USD", "signed"),
])
def test_deal_parties_place_commodity_value_and_status(nlp: Any, name: str, parties: set[str], country: str,
                                                       commodity: str | None, value: float, currency: str,
                                                       status: str) -> None:
    deal = one(nlp, name)
    assert set(deal.parties) == parties
    assert (deal.country, deal.commodity, deal.status) == (country, commodity, status)
    assert deal.value is not None
    assert (deal.value.amount, deal.value.currency) == (pytest.approx(value), currency)


def test_evidence_is_verbatim_body_text_at_its_span(nlp: Any) -> None:
    text = ARTICLES["chile_lithium"]
    deal = one(nlp, "chile_lithium")
    assert deal.span is not None
    assert text[deal.span[0]:].startswith(deal.evidence[:40])
    assert " ".join(text[deal.span[0]:deal.span[1]].split()) == " ".join(deal.evidence.split())


def test_stake_in_the_next_sentence_and_the_remaining_share_go_to_the_parties(nlp: Any) -> None:
    deal = one(nlp, "chile_lithium")
    assert [(s.party, s.percent) for s in deal.stakes] == [("Codelco", 51), ("European Union", 49)]


def test_stake_taken_through_a_partnership_refers_back_to_the_investment(nlp: Any) -> None:
    deal = one(nlp, "gulf_ports")
    assert [(s.party, s.percent) for s in deal.stakes] == [("ADQ", 20)]


def test_financing_considered_for_the_project_is_a_considered_loan(nlp: Any) -> None:
    deal = one(nlp, "chile_lithium")
    assert [(f.financier, f.amount, f.instrument, f.status) for f in deal.financing] == [
        ("European Investment Bank", 5e8, "loan", "considered")]


def test_programme_and_released_tranche_are_two_financing_lines(nlp: Any) -> None:
    deal = one(nlp, "imf")
    assert [(f.amount, f.status) for f in deal.financing] == [(3e9, "committed"), (3.3e8, "disbursed")]


def test_yen_loan_is_committed_financing_by_the_agency(nlp: Any) -> None:
    deal = one(nlp, "yen_loan")
    assert [(f.financier, f.amount, f.currency, f.instrument) for f in deal.financing] == [
        ("Japan International Cooperation Agency", 1.5e11, "JPY", "loan")]
    assert deal.binding is True


def test_memorandum_is_marked_non_binding(nlp: Any) -> None:
    deal = one(nlp, "hydrogen")
    assert (deal.instrument, deal.binding) == ("memorandum of understanding", False)


def test_deals_with_two_companies_are_two_deals_hosted_by_the_country(nlp: Any) -> None:
    text = ("In Peru, prospective deals were outlined with Andes Copper Partners and Pacific Smelting for "
            "copper projects, the ministry said on Friday.")
    found = deals(nlp, text)
    assert [sorted(d.parties) for d in found] == [["Andes Copper Partners", "Peru"], ["Pacific Smelting", "Peru"]]
    assert {(d.country, d.commodity, d.status) for d in found} == {("PER", "copper", "proposed")}


def test_amount_promised_in_the_next_sentence_is_the_deal_value(nlp: Any) -> None:
    text = ("The United States and Mongolia signed an agreement on rare earths cooperation on Monday. "
            "Up to $400 million is promised for joint exploration between the two countries.")
    found = deals(nlp, text)
    assert len(found) == 1
    assert found[0].value is not None
    assert (found[0].value.amount, found[0].value.qualifier) == (4e8, "up to")
    assert found[0].country == "MNG"


@pytest.mark.parametrize("text", [
    "The president signed a strategic partnership agreement with his Russian counterpart in Moscow.",
    "These deals mark the first significant foreign investment in the country's mining sector.",
    "Western countries seek to partner with the region on uranium and other critical minerals.",
    "The firm wants to invest in African ports one day, its chief executive said.",
    "Exports of copper rose 12% last year, the statistics office said.",
    "The Nordic Investment Bank will only decide whether to lend once the feasibility study is done.",
    "The question is no longer whether Peru builds copper smelters, but how fast, an analyst said.",
])
def test_not_a_deal(nlp: Any, text: str) -> None:
    assert deals(nlp, text) == []


def test_minister_who_signs_stands_for_the_country_and_acronym_takes_the_full_name(nlp: Any) -> None:
    text = ("The European Investment Bank has offered support for the line. "
            "Kenyan Transport Minister Amina Odhiambo signed a $900 million railway agreement with the EIB "
            "on Monday.")
    found = deals(nlp, text)
    assert [sorted(d.parties) for d in found] == [["European Investment Bank", "Kenya"]]


def _deals(nlp: Any, text: str) -> list[Deal]:
    return make_document(nlp, text, names=["deals"]).results["deals"]


def test_holder_keeping_the_remaining_stake_is_the_subject_of_its_own_verb(nlp: Any) -> None:
    text = ("Harrow Minerals plc has agreed to buy a 49 percent stake in the Akwa lithium project for $185 million. "
            "Volta Lithium will keep the remaining 51% and remain the operator.")
    [deal] = _deals(nlp, text)
    assert {(s.party, s.percent) for s in deal.stakes} == {("Harrow Minerals plc", 49.0), ("Volta Lithium", 51.0)}


def test_agreed_to_buy_is_signed_and_plans_to_buy_is_proposed(nlp: Any) -> None:
    agreed = _deals(nlp, "Harrow Minerals plc has agreed to buy a 49 percent stake in the Akwa lithium project for $185 million.")
    planned = _deals(nlp, "Harbour Fund plans to buy a 49 percent stake in Kivu Ports for $185 million.")
    assert [d.status for d in agreed] == ["signed"] and [d.status for d in planned] == ["proposed"]


def test_loan_under_consideration_is_financing_considered_even_with_its_amount(nlp: Any) -> None:
    text = "The Asian Development Bank is considering a loan of $300 million to Power Grid Company for a transmission line."
    [deal] = _deals(nlp, text)
    assert deal.status == "financing_considered" and deal.value is not None and deal.value.amount == 3e8



def test_bank_named_only_as_counterparty_of_a_loan_is_its_lender(nlp: Any) -> None:
    text = ("Zambia signed a loan agreement worth 2.4 billion yuan with the Silk Road Development Bank on Friday "
            "to rebuild the copper railway to the port of Dar es Salaam.")
    [deal] = _deals(nlp, text)
    assert "Silk Road Development Bank" in deal.parties
    assert [(f.financier, f.amount, f.currency, f.instrument, f.status) for f in deal.financing] == [
        ("Silk Road Development Bank", 2.4e9, "CNY", "loan", "committed")]


def test_foreign_government_signing_a_grant_with_the_host_is_the_donor(nlp: Any) -> None:
    text = ("The Government of Vanuatu and the Government of New Zealand signed a grant agreement of NZD 40 "
            "million on Monday to rebuild the wharf at Luganville.")
    [deal] = _deals(nlp, text)
    assert [(f.financier, f.amount, f.instrument) for f in deal.financing] == [
        ("Government of New Zealand", 4e7, "grant")]


def test_cancelled_concession_granted_to_a_company_names_that_company(nlp: Any) -> None:
    text = ("Last month the government cancelled an earlier concession for the copper field that had been granted "
            "to Norland Metals Ltd., which had promised a $450 million investment.")
    [deal] = _deals(nlp, text)
    assert deal.parties == ["Norland Metals Ltd."] and deal.status == "cancelled"


def test_country_inside_a_relative_clause_on_the_place_is_not_the_host(nlp: Any) -> None:
    text = ("Peru cancelled a concession for the copper field that had been granted to China's Norland Metals, "
            "which had promised a $450 million investment.")
    [deal] = _deals(nlp, text)
    assert deal.country != "CHN"


def test_cancelled_memorandum_with_a_named_company_is_a_deal_without_commodity_or_money(nlp: Any) -> None:
    text = ("The province of Salta cancelled a memorandum signed in 2022 with the Gulf operator Dune Holdings "
            "for a dry port, after the company failed to present a business plan.")
    [deal] = _deals(nlp, text)
    assert "Dune Holdings" in deal.parties and deal.status == "cancelled"


def test_memorandum_merely_discussed_without_a_stage_is_not_a_deal(nlp: Any) -> None:
    assert _deals(nlp, "Officials discussed a possible memorandum with Dune Holdings on Tuesday.") == []


def test_grant_agreements_with_two_donors_are_one_cofinanced_deal(nlp: Any) -> None:
    text = ("The Government of Palau today signed grant agreements with the Government of Japan and the Asian "
            "Development Bank to build a submarine cable to Angaur.")
    [deal] = _deals(nlp, text)
    assert {"Government of Japan", "Asian Development Bank"} <= set(deal.parties)


def test_country_on_the_border_of_the_route_is_not_the_host(nlp: Any) -> None:
    text = ("The European Investment Bank signed a €300 million loan with Serbia for the modernisation of the "
            "railway between Nis and Presevo on the border with North Macedonia.")
    [deal] = _deals(nlp, text)
    assert deal.country == "SRB"


def test_loan_considered_for_the_project_is_a_financing_line_of_the_deal_before(nlp: Any) -> None:
    text = ("Orion Metals and the state miner Bukit Nikel signed a joint venture agreement on Monday to build a "
            "nickel smelter in Sulawesi. Orion said the Export-Import Bank of Korea was considering a loan of up to "
            "$500 million for the project.")
    [deal] = _deals(nlp, text)
    assert [(f.financier, f.amount, f.status) for f in deal.financing] == [
        ("Export-Import Bank of Korea", 5e8, "considered")]


def test_loan_to_a_party_of_an_earlier_deal_joins_that_deal(nlp: Any) -> None:
    text = ("Fjord Minerals signed a licence agreement with the Greenland government on Monday for a rare earths mine. "
            "The Nordic Investment Bank signed a €60 million loan to Fjord Minerals for the concentrator.")
    found = _deals(nlp, text)
    assert len(found) == 1
    assert [(f.financier, f.amount) for f in found[0].financing] == [("Nordic Investment Bank", 6e7)]


def test_lenders_loan_named_again_is_not_a_second_deal(nlp: Any) -> None:
    text = ("Fjord Minerals signed a licence agreement with the Greenland government on Monday for a rare earths mine. "
            "The Nordic Investment Bank signed a €60 million loan to Fjord Minerals for the concentrator. "
            "It is the Nordic Investment Bank's first loan to a mining project on the island.")
    assert len(_deals(nlp, text)) == 1


def test_country_named_on_a_linked_route_is_not_the_host(nlp: Any) -> None:
    text = ("Under the industrial park agreement, Turkish contractor Anka Yapi Holding will build the first phase "
            "of the park, with 40 factory sheds and a dry port linked to the Kampala–Kenya railway, at a cost of "
            "over 14 billion shillings.")
    found = _deals(nlp, text)
    assert found and all(d.country != "UGA" for d in found)


def test_eximbank_considering_a_loan_for_the_project_joins_the_deal(nlp: Any) -> None:
    text = ("Orion Metals and the state miner Bukit Nikel signed a joint venture agreement on Monday to build a "
            "nickel smelter in Sulawesi. Orion said Halkbank Eximbank was considering a loan of up to $500 million "
            "for the project.")
    assert len(_deals(nlp, text)) == 1


def test_party_named_by_initials_takes_the_full_name_and_its_stake_joins_the_deal(nlp: Any) -> None:
    text = ("Baltic Strategic Port Holding, a state investment company of Latvia, today signed a definitive "
            "agreement to invest EUR 400 million in a platform of container terminals. "
            "Under the agreement, BSPH will acquire a 40 percent stake in the platform.")
    found = _deals(nlp, text)
    assert len(found) == 1, [d.parties for d in found]
    assert found[0].parties[0] == "Baltic Strategic Port Holding"
    assert [(s.party, s.percent) for s in found[0].stakes] == [("Baltic Strategic Port Holding", 40)]


def test_board_of_directors_approving_a_loan_acts_for_its_bank(nlp: Any) -> None:
    text = "The Andean Development Bank (ADB) Board of Directors approved a $210 million loan to Bolivia on Monday."
    [deal] = _deals(nlp, text)
    assert [f.financier for f in deal.financing] == ["Andean Development Bank"]
    assert "Board" not in deal.parties


def test_rounded_amount_in_a_summary_and_exact_amount_in_the_body_are_one_deal(nlp: Any) -> None:
    text = ("The Andean Development Bank has approved a loan of nearly $300 million for the lithium belt road. "
            "The Andean Development Bank approved a $296 million loan to Bolivia on Monday to upgrade the road to the port.")
    found = _deals(nlp, text)
    assert len(found) == 1 and found[0].value is not None and found[0].value.amount == 2.96e8


def test_dateline_place_in_capitals_is_not_a_party(nlp: Any) -> None:
    text = ("DOHA — The Qatar Energy Fund (QEF), the emirate's state investor, has agreed to take a 30 per cent "
            "stake in a green ammonia plant at Ras Laffan, in a project valued at QR 900 million.")
    [deal] = _deals(nlp, text)
    assert "DOHA" not in deal.parties
    assert [(s.party, s.percent) for s in deal.stakes] == [("Qatar Energy Fund", 30)]


def test_money_transferred_to_a_country_is_a_disbursed_grant_in_progress(nlp: Any) -> None:
    text = ("In Skopje, the European Commission transferred €60 million to North Macedonia on March 3, the first "
            "tranche of grants under the regional growth facility.")
    [deal] = _deals(nlp, text)
    assert set(deal.parties) == {"European Commission", "North Macedonia"}
    assert deal.status == "in_progress" and deal.value is not None and deal.value.amount == 6e7
    assert [(f.financier, f.amount, f.status) for f in deal.financing] == [("European Commission", 6e7, "disbursed")]


def test_breakdown_of_shares_told_paragraphs_later_belongs_to_the_deal(nlp: Any) -> None:
    text = ("Orion Metals and the state miner Bukit Nikel signed a joint venture agreement on Monday to build a $1.5 "
            "billion nickel smelter in Sulawesi. The plant will process ore from three mines. Construction is due to "
            "start next year. Local officials welcomed the news. The shareholding is the interesting part. Bukit Nikel "
            "keeps 60 percent, Orion Metals takes 30 percent, and the remaining 10% goes to the Pacific Sovereign Fund.")
    [deal] = _deals(nlp, text)
    assert {(s.party, s.percent) for s in deal.stakes} == {
        ("Bukit Nikel", 60), ("Orion Metals", 30), ("Pacific Sovereign Fund", 10)}


def test_lender_of_the_project_named_paragraphs_later_joins_the_lead_deal(nlp: Any) -> None:
    text = ("Harrow Minerals plc has agreed to buy a 49 percent stake in the Akwa lithium project for $185 million. "
            "Separately, Volta Lithium signed an offtake agreement with Rhein Batteries GmbH for lithium concentrate. "
            "Shares in both firms rose on Tuesday. Mining employs 300 people in the district. Exports start next year. "
            "UK Export Finance has issued a letter of interest for up to £240 million of financing for the project, "
            "Harrow said.")
    found = _deals(nlp, text)
    lead = next(d for d in found if "Harrow Minerals plc" in d.parties)
    assert [(f.financier, f.amount, f.status) for f in lead.financing] == [("UK Export Finance", 2.4e8, "considered")]


def test_country_before_the_amount_lent_is_the_borrower(nlp: Any) -> None:
    text = "Japan will lend Cambodia 30 billion yen to rebuild irrigation canals in the Mekong delta."
    [deal] = _deals(nlp, text)
    assert set(deal.parties) == {"Japan", "Cambodia"} and deal.country == "KHM"


def test_facility_extended_to_a_country_worth_an_amount_is_a_signed_financing_deal(nlp: Any) -> None:
    text = ("The Qatar Petroleum Company agreed to extend its deferred payment facility for crude oil supplies to "
            "Sri Lanka by another year, worth up to $900 million.")
    [deal] = _deals(nlp, text)
    assert set(deal.parties) == {"Qatar Petroleum Company", "Sri Lanka"} and deal.status == "signed"
    assert deal.value is not None and (deal.value.amount, deal.value.qualifier) == (9e8, "up to")
    assert [(f.financier, f.instrument) for f in deal.financing] == [("Qatar Petroleum Company", "facility")]


def test_eurobond_sale_is_a_bond_deal(nlp: Any) -> None:
    [deal] = _deals(nlp, "Ghana sold a $1.5 billion Eurobond on Tuesday to refinance debt due next year, the finance ministry said.")
    assert (deal.parties, deal.instrument) == (["Ghana"], "bond")
    assert deal.value is not None and deal.value.amount == 1.5e9


def test_offtake_signed_with_a_buyer_is_a_deal(nlp: Any) -> None:
    text = "Nordlicht Hydrogen signed a binding offtake with Rotterdam Chemicals for 150,000 tonnes of green ammonia a year."
    [deal] = _deals(nlp, text)
    assert set(deal.parties) == {"Nordlicht Hydrogen", "Rotterdam Chemicals"} and deal.status == "signed"


def test_event_after_once_is_not_the_deals_stage(nlp: Any) -> None:
    text = ("Rift Rail signed a 15-year take-or-pay contract with Savanna Grain Trading to move up to 5 million "
            "tonnes of wheat a year once the line opens.")
    [deal] = _deals(nlp, text)
    assert deal.status == "signed"


def test_cancellation_told_after_another_event_is_still_a_cancellation(nlp: Any) -> None:
    text = ("The award comes after the government cancelled an earlier concession that had been granted to Norland "
            "Metals Ltd., which had promised a $450 million investment.")
    [deal] = _deals(nlp, text)
    assert deal.status == "cancelled"


def test_name_in_apposition_to_the_investor_is_the_party(nlp: Any) -> None:
    text = ("The state agency awarded the salt flat in May. The consortium, Salar Brine Partners, has promised to "
            "invest over $2 billion in a lithium plant.")
    assert [d.parties for d in _deals(nlp, text)] == [["Salar Brine Partners"]]


def test_breakdown_of_shares_in_another_kind_of_deal_stays_off_the_earlier_deal(nlp: Any) -> None:
    text = ("Tasman Ores has cancelled its nickel offtake agreement with the trader Corvid Commodities, under which "
            "Corvid was to prepay $180 million for concentrate. The two firms said no compensation would be paid. "
            "Analysts expect the ore to go to a local smelter instead. The cancellation does not touch the Karun "
            "joint venture itself, in which Tasman holds 55 percent and the state-owned Karun Mining Corporation "
            "45 percent. Building the $900 million mine started in May.")
    deals = _deals(nlp, text)
    offtake = next(d for d in deals if d.status == "cancelled")
    assert offtake.value is not None and offtake.value.amount == 1.8e8
    assert not offtake.stakes and offtake.instrument is None


def test_lender_named_without_a_borrower_co_finances_the_deal_just_named(nlp: Any) -> None:
    text = ("The Andean Development Bank on Friday approved a $300 million loan to Peru to rebuild water networks "
            "in Arequipa. The Nordic Investment Fund has agreed to lend $90 million alongside the bank.")
    [deal] = _deals(nlp, text)
    assert {(f.financier, f.amount) for f in deal.financing} == {
        ("Andean Development Bank", 3e8), ("Nordic Investment Fund", 9e7)}


def test_further_loan_considered_later_in_the_article_joins_the_package(nlp: Any) -> None:
    text = ("The Baltic Development Bank will lend Moldova $120 million to build two bridges over the Prut, the two "
            "sides said on Monday. The bridges will carry road and rail traffic.\n\n"
            "Moldova's finance minister said the loan carries a grace period of five years.\n\n"
            "Traffic at the border has doubled since 2022, customs figures show.\n\n"
            "The Caspian Infrastructure Bank is considering a further $40 million loan for the approach roads, "
            "an official said.")
    [deal] = _deals(nlp, text)
    assert ("Caspian Infrastructure Bank", 4e7, "considered") in {
        (f.financier, f.amount, f.status) for f in deal.financing}


def test_board_that_approves_a_loan_stands_for_its_bank(nlp: Any) -> None:
    text = "The Pacific Islands Development Bank's board on Monday approved a $75 million loan to upgrade ports in Fiji."
    [deal] = _deals(nlp, text)
    assert "Pacific Islands Development Bank" in deal.parties
    assert [f.financier for f in deal.financing] == ["Pacific Islands Development Bank"]


def test_state_fund_described_by_a_common_noun_is_the_fund_the_article_names(nlp: Any) -> None:
    text = ("Kuwait's development fund will lend Jordan $200 million to build desalination plants, the two sides "
            "said on Monday. The director of the Kuwait Fund for Arab Economic Development signed the loan "
            "agreement in Amman.")
    [deal] = _deals(nlp, text)
    assert "Kuwait Fund for Arab Economic Development" in deal.parties
    assert [f.financier for f in deal.financing] == ["Kuwait Fund for Arab Economic Development"]


def test_lender_considering_an_amount_without_a_financing_word_is_a_financing_line(nlp: Any) -> None:
    text = ("The Gulf Development Bank signed a $200 million loan agreement with Jordan on Monday to build a "
            "desalination plant in Aqaba. The Nordic Investment Bank is considering a further $60 million for "
            "the same plant, officials said.")
    [deal] = _deals(nlp, text)
    assert ("Nordic Investment Bank", 6e7, "considered") in {(f.financier, f.amount, f.status) for f in deal.financing}


def test_company_committing_an_amount_is_not_a_financing_line(nlp: Any) -> None:
    text = ("Harbour Logistics signed a $200 million agreement with Jordan on Monday to build a grain terminal in "
            "Aqaba. Red Sea Shipping has committed $60 million to new vessels, its chairman said.")
    financiers = {f.financier for d in _deals(nlp, text) for f in d.financing}
    assert "Red Sea Shipping" not in financiers


def test_company_whose_stake_is_bought_is_a_party(nlp: Any) -> None:
    text = ("The Kuwait Investment Authority has agreed to buy a 40 percent stake in Baltic Gateway Terminals, the "
            "company that runs the container quay at Liepaja, for €300 million.")
    [deal] = _deals(nlp, text)
    assert set(deal.parties) == {"Kuwait Investment Authority", "Baltic Gateway Terminals"}


def test_separate_grant_named_in_the_loans_sentence_is_a_deal_of_its_own(nlp: Any) -> None:
    text = ("Korea will lend Laos 90 billion won to dig irrigation canals in the Mekong valley, and will give a "
            "separate grant of 4 billion won for flood sensors, under agreements signed in Vientiane on Monday.")
    found = _deals(nlp, text)
    assert sorted((d.value.amount, d.status) for d in found if d.value) == [(4e9, "signed"), (9e10, "signed")]
    assert all(set(d.parties) == {"South Korea", "Laos"} for d in found)


REFINERY_VENTURE = (
    "The Namibia Sovereign Fund will take a 30 percent stake in the Walvis Lithium Refining Company, alongside "
    "Weser Hydrogen GmbH and Kalahari Fuels, under an agreement signed on Monday. The refinery will cost "
    "$900 million. ")


def test_memorandum_signed_with_an_unnamed_buyer_is_a_deal_of_its_own(nlp: Any) -> None:
    text = REFINERY_VENTURE + ("Weser Hydrogen GmbH has signed a separate memorandum with a Dutch utility for "
                               "the purchase of half the refinery's output, according to a filing.")
    found = _deals(nlp, text)
    assert len(found) == 2
    memo = found[-1]
    assert (memo.parties[0], memo.status, memo.commodity) == ("Weser Hydrogen GmbH", "signed", found[0].commodity)


def test_company_in_its_executives_words_is_the_executives_employer(nlp: Any) -> None:
    text = REFINERY_VENTURE + ("Weser Hydrogen's chief executive said the company had signed a separate "
                               "memorandum with a Dutch utility for the purchase of half the refinery's output.")
    memo = [d for d in _deals(nlp, text) if d.instrument == "memorandum of understanding"]
    assert [d.parties[0] for d in memo] == ["Weser Hydrogen GmbH"]


def test_letter_of_intent_with_an_unnamed_maker_is_a_proposed_deal(nlp: Any) -> None:
    text = ("Nordfjell Graphite Ltd has signed a non-binding letter of intent with an unnamed Korean battery maker for "
            "up to half of its graphite output, the company said on Monday.")
    [deal] = _deals(nlp, text)
    assert (deal.parties, deal.status, deal.commodity) == (["Nordfjell Graphite Ltd"], "proposed", "graphite")


def test_board_expected_to_decide_on_a_loan_is_not_a_deal_yet(nlp: Any) -> None:
    text = "She said the Atlantic Development Bank's board was expected to decide on a loan for the railway in the spring."
    assert _deals(nlp, text) == []


def test_seller_named_after_from_is_a_party_of_the_purchase(nlp: Any) -> None:
    text = ("Thailand has agreed to buy up to 3,000 megawatts of electricity from Laos over the next decade under a "
            "long-term energy agreement.")
    [deal] = _deals(nlp, text)
    assert {"Thailand", "Laos"} <= set(deal.parties)


def test_grant_awarded_before_the_deal_is_told_finances_it(nlp: Any) -> None:
    text = ("The European Commission has awarded a €40 million grant to a new power line linking Tartu with the "
            "Latvian grid, the developers said on Monday.\n\n"
            "Estonian grid operator Tartu Grid Holding and its Latvian partner Daugava Power Lines Ltd signed a "
            "construction agreement for the 80-kilometre line in Riga the same day. The line will cost €150 million.")
    found = _deals(nlp, text)
    assert len(found) == 1
    assert [(f.financier, f.amount, f.instrument) for f in found[0].financing] == [
        ("European Commission", 4e7, "grant")]


def test_exchange_of_a_memorandum_between_two_bodies_is_a_signed_deal(nlp: Any) -> None:
    text = ("The two Ministers also witnessed the exchange of a Memorandum of Understanding (MoU) between the Kenya Trade "
            "Authority and the Oman Ministry of Economy on a food security corridor.")
    [deal] = _deals(nlp, text)
    assert set(deal.parties) == {"Kenya Trade Authority", "Oman Ministry of Economy"}
    assert deal.status == "signed"


CONCESSION = ("Argentina's state mining agency awarded a 25-year copper concession in Catamarca to a consortium of "
              "local miner Andina Cobre and Canada's Northern Ridge Metals on Monday.")


def test_concession_awarded_to_a_consortium_has_its_members_as_parties(nlp: Any) -> None:
    [deal] = _deals(nlp, CONCESSION)
    assert {"Andina Cobre", "Northern Ridge Metals"} <= set(deal.parties)


def test_consortium_named_in_the_next_sentence_is_the_same_deal_and_brings_its_investment(nlp: Any) -> None:
    text = CONCESSION + (" The consortium, Puna Copper Partners, has promised to invest over $900 million in a "
                         "concentrator.")
    [deal] = _deals(nlp, text)
    assert "Puna Copper Partners" in deal.parties
    assert deal.value is not None and (deal.value.amount, deal.value.qualifier) == (9e8, "over")


GUARANTEE = ("Nordic Export Credit has committed to guarantee $200 million of commercial bank loans for the "
             "300-megawatt Marsabit wind farm, the developer said on Monday.")


def test_agency_committing_to_guarantee_loans_is_a_deal_with_its_financing_line(nlp: Any) -> None:
    [deal] = _deals(nlp, GUARANTEE)
    assert [(f.financier, f.amount) for f in deal.financing] == [("Nordic Export Credit", 2e8)]


def test_company_that_develops_the_project_just_named_is_a_party(nlp: Any) -> None:
    text = GUARANTEE + (" The project is being developed by Marsabit Wind Power Ltd, in which Danish investor "
                        "Skagen Renewables holds a 40 percent stake.")
    [deal] = _deals(nlp, text)
    assert "Marsabit Wind Power Ltd" in deal.parties


def test_amount_in_apposition_is_never_a_party(nlp: Any) -> None:
    text = ("Kestrel Haulage signed a concession to run freight trains and committed to invest R4.6bn. "
            "Most of the money, R3bn, comes from a syndicated loan arranged by Orbis Merchant Bank.")
    found = _deals(nlp, text)
    assert found
    assert not any(p.startswith("R3") for d in found for p in d.parties)


def test_syndicate_told_three_sentences_later_splits_its_amounts_respectively(nlp: Any) -> None:
    text = ("Kestrel Haul Partners signed a 20-year concession to run freight trains and committed to invest R4.6bn "
            "in rolling stock. The state operator will keep the track. The money matters most. "
            "Half of it, R2.3bn, comes from a syndicated loan arranged by Orbis Merchant Bank and Coastline Bank, "
            "which are lending R1.5bn and R800m respectively.")
    [deal] = _deals(nlp, text)
    assert [(f.financier, f.amount) for f in deal.financing] == [("Orbis Merchant Bank", 1.5e9),
                                                                ("Coastline Bank", 8e8)]


def test_family_keeping_a_share_and_holder_of_the_remaining_share_by_agent(nlp: Any) -> None:
    text = ("Gulf investor Marsa Capital has agreed to buy a 40 percent stake in Egypt's Nile Cold Stores for $700m, "
            "the companies said on Monday. The stake comes from the company's founding Okafor family, which will "
            "keep 35 percent. The remaining 25 percent is held by Cairo Pension Trust, which invested in 2021.")
    [deal] = _deals(nlp, text)
    assert [(s.party, s.percent) for s in deal.stakes] == [
        ("Marsa Capital", 40), ("Okafor family", 35), ("Cairo Pension Trust", 25)]


def test_bridge_agreement_takes_its_cost_told_later_and_a_grant_covered_from_a_budget(nlp: Any) -> None:
    text = ("The parliament of Georgia ratified on Tuesday the agreement between the Government of Georgia and the "
            "Government of Armenia on the construction of a road bridge over the Debed river. "
            "The document was backed by 80 deputies. Two opposition factions stayed away. "
            "The agreement was signed in May in Yerevan. "
            "According to the document, the bridge will cost 45 million euro. Armenia will cover 15 million euro "
            "from its budget as a grant.")
    [deal] = _deals(nlp, text)
    assert deal.value is not None and (deal.value.amount, deal.value.currency) == (4.5e7, "EUR")
    assert [(f.financier, f.amount, f.instrument) for f in deal.financing] == [("Armenia", 1.5e7, "grant")]


def test_suspended_sale_of_a_stake_is_a_cancelled_deal_valued_in_the_next_sentence(nlp: Any) -> None:
    text = ("On Friday, Peru's government suspended the sale of a 49 percent stake in Andes Transmision, which runs "
            "some 4,000 km of power lines, to the state-owned Orient Grid Corporation. The deal, worth $6.8 billion, "
            "had been signed in December.")
    [deal] = _deals(nlp, text)
    assert "Andes Transmision" in deal.parties and deal.status == "cancelled"
    assert [(s.party, s.percent) for s in deal.stakes] == [("Orient Grid Corporation", 49)]
    assert deal.value is not None and deal.value.amount == 6.8e9


def test_sales_growth_is_no_deal(nlp: Any) -> None:
    assert _deals(nlp, "Sales of cars rose 5 percent in March, the ministry said.") == []


def test_states_loan_is_made_by_its_lending_agency_named_in_the_next_sentence(nlp: Any) -> None:
    text = ("Korea will lend Vietnam 900 billion won to build a metro line in Hanoi, the two governments said on "
            "Wednesday. The loan was signed by Park Ji-ho, country director of the Korea International Cooperation "
            "Agency (KOICA) in Vietnam, and a deputy minister.")
    [deal] = _deals(nlp, text)
    assert [f.financier for f in deal.financing] == ["Korea International Cooperation Agency"]


def test_lenders_interest_in_financing_later_in_a_one_deal_story_is_considered_financing(nlp: Any) -> None:
    text = ("Chile and Peru signed a memorandum on Monday to build a power interconnector worth up to $900 million. "
            "The line would run along the coast. Engineers say the route is difficult. Work has not started. "
            "The Inter-American Development Bank has indicated its interest in financing up to $250 million of the "
            "Chilean section.")
    [deal] = _deals(nlp, text)
    assert [(f.financier, f.amount, f.status) for f in deal.financing] == [
        ("Inter-American Development Bank", 2.5e8, "considered")]


def test_agreement_on_the_construction_of_a_bridge_is_signed_not_under_way(nlp: Any) -> None:
    text = ("The parliament of Georgia ratified on Tuesday the agreement between the Government of Georgia and the "
            "Government of Armenia on the construction of a road bridge over the Debed river, worth 45 million euro.")
    assert [d.status for d in _deals(nlp, text)] == ["signed"]


def test_deal_that_is_one_credit_line_is_worth_what_the_line_lends(nlp: Any) -> None:
    text = ("The ministers welcomed the signing of a framework agreement under which the Export-Import Bank of India "
            "will provide a 90 billion rupee credit line to the Development Bank of Ghana.")
    [deal] = deals(nlp, text)
    assert deal.value is not None and (deal.value.amount, deal.value.currency) == (90_000_000_000, "INR")


def test_loan_from_three_lenders_keeps_each_lender_and_its_share(nlp: Any) -> None:
    text = ("Ghana has signed a $900m term loan with three lenders, the finance ministry said on Tuesday. "
            "The African Development Bank is providing $400m, while Paris-based Banque Sahel Atlantique and the "
            "Zurich lender Ostberg Capital are contributing $300m and $200m respectively, according to a statement.")
    [deal] = deals(nlp, text)
    assert [(f.financier, f.amount) for f in deal.financing] == [
        ("African Development Bank", 400_000_000), ("Banque Sahel Atlantique", 300_000_000),
        ("Ostberg Capital", 200_000_000)]


def test_rolled_over_central_bank_deposit_is_a_deal_but_a_mineral_deposit_is_not(nlp: Any) -> None:
    rolled = deals(nlp, "The Qatar Fund for Development also agreed to roll over a $2 billion deposit held at the "
                        "Central Bank of Egypt for another year, according to the fund.")
    assert [(d.value.amount if d.value else None, [f.financier for f in d.financing]) for d in rolled] == [
        (2_000_000_000, ["Qatar Fund for Development"])]
    assert deals(nlp, "Geologists found a large lithium deposit near the border last year.") == []
