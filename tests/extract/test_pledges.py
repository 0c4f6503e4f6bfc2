"""pledges@6: future commitments by a named actor, with the action and a resolved deadline."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.records import Pledge
from tests.helpers import make_document


def pledges(nlp: Any, text: str, published: str | None = "2025-11-06") -> list[Pledge]:
    return make_document(nlp, text, published=published, names=["pledges"]).results["pledges"]


@pytest.mark.parametrize(("text", "actor", "action", "deadline"), [
    ("Kenyan President William Ruto said on Tuesday he would visit Beijing next month to seek loans.",
     "William Ruto", "visit Beijing next month", "2025-12"),
    ("Japan pledged to provide $2 billion in aid to the Philippines by 2027.",
     "Japan", "provide $2 billion in aid to the Philippines by 2027", "2027"),
    ("The European Commission plans to open a hydrogen office in Windhoek.",
     "European Commission", "open a hydrogen office in Windhoek", None),
    ("Foreign Minister Penny Wong vowed to deepen ties with Pacific island states.",
     "Penny Wong", "deepen ties with Pacific island states", None),
    ("Chancellor Olaf Scholz is set to visit India in February.", "Olaf Scholz", "visit India in February", "2026-02"),
    ("President Emmanuel Macron announced plans to build six new reactors.",
     "Emmanuel Macron", "build six new reactors", None),
    ("Vietnam intends to double its solar capacity by 2030, the prime minister said.",
     "Vietnam", "double its solar capacity by 2030", "2030"),
    ("Senator Ana Ruiz announced she would introduce a bill this week to cap tariffs.",
     "Ana Ruiz", "introduce a bill this week", "2025-11"),
    ("Saudi Arabia's crown prince promised to invest $100 billion in Egypt over the next decade.",
     "Saudi Arabia", "invest $100 billion in Egypt over the next decade", "2035"),
    ("Three Gulf states have committed to buying more Brazilian beef.",
     "three Gulf states", "buying more Brazilian beef", None),
])
def test_commitment_with_actor_action_and_deadline(nlp: Any, text: str, actor: str, action: str,
                                                   deadline: str | None) -> None:
    found = pledges(nlp, text)
    assert [(p.actor.lower(), p.action, p.deadline) for p in found] == [(actor.lower(), action, deadline)]
    assert found[0].evidence == text


def test_first_person_promise_in_a_quotation_takes_the_speaker(nlp: Any) -> None:
    text = ("Transport Minister Ahmed Hassan toured the site on Monday. "
            "\u201cWe will build the port within three years,\u201d Hassan said.")
    found = pledges(nlp, text)
    assert [(p.actor, p.action, p.deadline) for p in found] == [
        ("Ahmed Hassan", "build the port within three years", "2028")]


def test_pronoun_actor_is_the_person_named_before(nlp: Any) -> None:
    text = "Prime Minister Lena Berg met union leaders on Friday. She plans to raise the minimum wage."
    assert [p.actor for p in pledges(nlp, text)] == ["Lena Berg"]


def test_regional_target_expands_to_member_countries(nlp: Any) -> None:
    found = pledges(nlp, "Foreign Minister Tomas Varga pledged to visit the Baltic states in the coming year.")
    assert found[0].target == ["EST", "LVA", "LTU"]
    assert found[0].deadline == "2026"


def test_repeated_promise_is_one_pledge_with_the_deadline_of_either(nlp: Any) -> None:
    text = ("Minister Karin Olsen plans to visit Chile. "
            "Olsen has announced her intention to visit Chile in the coming year.")
    found = pledges(nlp, text)
    assert [(p.actor, p.deadline) for p in found] == [("Karin Olsen", "2026")]


@pytest.mark.parametrize("text", [
    "Analysts expect China will cut its lending to Africa.",
    "If the talks succeed, Turkey would reopen the border.",
    "Brazil did not plan to sign the pact.",
    "The ministry said the project could be delayed.",
    "Indonesia has banned nickel ore exports since 2020.",
    "The company will remain the largest producer in the region.",
    "Northwind Metals will hold a 70 percent stake in the mine.",
    "The presidents are set to meet in Astana on Friday.",
    "Officials want to attract more foreign investment.",
    "By then, the governor will have spent most of the reserve fund.",
    "The award will be presented to the winner by the minister.",
    "The ministry had planned to open the consulate before the war.",
    "Nobody knows when Acme Corp will open the mine.",
    "It is possible that Ghana will restructure its debt.",
    "The president said he would raise tariffs if no agreement is reached.",
])
def test_not_a_commitment(nlp: Any, text: str) -> None:
    assert pledges(nlp, text) == []


def test_promise_reported_for_the_speakers_side_is_the_speakers(nlp: Any) -> None:
    text = "Finance Minister Sara Lind said the Treasury would publish its review of fuel subsidies by June."
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Sara Lind", "2026-06")]


def test_forecast_about_another_country_is_not_the_speakers_pledge(nlp: Any) -> None:
    assert pledges(nlp, "Foreign Minister Joon Park said Japan would retaliate against the tariffs.") == []
    assert pledges(nlp, "Finance Minister Sara Lind said growth would slow next year.") == []


def test_reported_promise_of_the_company_is_the_company_named_in_the_speakers_title(nlp: Any) -> None:
    text = ("Tarn Minerals Ltd won the licence last month. Tarn Minerals chief executive Joe Bloggs said "
            "the company would submit its closure plan this week.")
    assert [p.actor for p in pledges(nlp, text)] == ["Tarn Minerals Ltd"]


def test_reported_promise_of_the_board_is_the_organisation_whose_name_holds_the_noun(nlp: Any) -> None:
    text = ("The chairman of Nyanza Cocoa Board, Ama Mensah, said on Monday that the board would deliver "
            "20,000 tonnes before the end of the year.")
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Nyanza Cocoa Board", "2025")]


def test_relative_clause_on_the_subject_does_not_make_a_promise_a_question(nlp: Any) -> None:
    text = "Kartli Grid Company, which will lead the work, has promised to finish the study before the end of next year."
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Kartli Grid Company", "2026")]


def test_state_named_by_its_own_minister_is_the_actor(nlp: Any) -> None:
    text = "Turkish Foreign Minister Ali Kaya said Turkey would open a consulate in Harar next year."
    assert [p.actor for p in pledges(nlp, text)] == ["Turkey"]


def test_the_government_in_a_ministers_report_is_the_ministers_state(nlp: Any) -> None:
    text = ("Peruvian Mining Minister Lucia Ramos said the government would publish the new royalty rates "
            "within 60 days.")
    assert [p.actor for p in pledges(nlp, text)] == ["Peru"]


def test_his_company_in_a_chief_executives_report_is_the_company(nlp: Any) -> None:
    text = ("Talvik Energy said on Monday it had won the permit. Talvik Energy chief executive Jonas Berg said "
            "his company would start drilling before the end of next year.")
    assert [p.actor for p in pledges(nlp, text)] == ["Talvik Energy"]


def test_target_set_by_the_government_is_the_countrys_pledge(nlp: Any) -> None:
    text = ("Oman has approved a hydrogen strategy. The government has set a target of producing one million "
            "tonnes of hydrogen a year by 2030.")
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Oman", "2030")]


def test_company_expecting_to_act_is_a_pledge_but_being_expected_is_not(nlp: Any) -> None:
    assert [p.actor for p in pledges(nlp, "Nordwind Hydrogen GmbH expects to take that decision by the end of 2027.")] \
        == ["Nordwind Hydrogen GmbH"]
    assert pledges(nlp, "The regulator is expected to approve the sale by March.") == []


def test_purchase_of_a_stake_for_money_is_a_deal_not_a_pledge(nlp: Any) -> None:
    assert pledges(nlp, "Harbour Fund will buy a 49 percent stake in the port operator for $300 million.") == []
    assert [p.actor for p in pledges(nlp, "Gulf Wind Ltd has promised to invest over $2 billion in a plant.")] \
        == ["Gulf Wind Ltd"]


def test_reported_promise_of_an_organisation_named_in_full_is_that_organisations(nlp: Any) -> None:
    text = "Secretary Rina Akter said the Coastal Embankment Authority would finish the first dyke next year."
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Coastal Embankment Authority", "2026")]


def test_reported_promise_of_the_treasury_stays_with_the_speaker(nlp: Any) -> None:
    text = "Finance Minister Rina Akter said the Treasury would publish the loan terms next week."
    assert [p.actor for p in pledges(nlp, text)] == ["Rina Akter"]


def test_country_that_says_it_will_act_is_the_actor(nlp: Any) -> None:
    text = "The Norwegian government has said it would spend more on coastal patrols in the Barents Sea."
    assert [(p.actor, p.action) for p in pledges(nlp, text)] == [
        ("Norway", "spend more on coastal patrols in the Barents Sea")]


@pytest.mark.parametrize("event", ["auction", "tender", "census"])
def test_holding_an_auction_or_tender_is_a_commitment(nlp: Any, event: str) -> None:
    text = f"Peru will hold its first {event} for offshore wind contracts by 2028."
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Peru", "2028")]


def test_holding_a_view_is_not_a_commitment(nlp: Any) -> None:
    assert pledges(nlp, "Peru will hold the view that the border is settled.") == []


def test_states_that_promise_together_make_one_joint_pledge(nlp: Any) -> None:
    text = "Energy ministers of Chile, Peru and Bolivia agreed on Tuesday to build a shared lithium research centre by 2028."
    found = pledges(nlp, text)
    assert [(p.actor, p.deadline) for p in found] == [("Chile, Peru and Bolivia", "2028")]


def test_two_countries_with_one_commitment_are_one_pledge(nlp: Any) -> None:
    text = "Brazil and Argentina pledged to remove tariffs on each other's steel by 2027."
    assert [p.actor for p in pledges(nlp, text)] == ["Brazil and Argentina"]


def test_taking_a_final_investment_decision_is_a_commitment(nlp: Any) -> None:
    text = "Andes Lithium will take a final investment decision on the Salar plant by June 2026."
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Andes Lithium", "2026-06")]


def test_taking_a_stake_or_time_is_not_a_commitment_verb(nlp: Any) -> None:
    assert pledges(nlp, "The review will take two years, officials said.") == []


def test_two_commitments_in_one_sentence_are_two_pledges(nlp: Any) -> None:
    text = "Andes Lithium said it would begin civil works next year and aimed to commission the plant by 2030."
    found = pledges(nlp, text)
    assert [(p.action.split()[0], p.deadline) for p in found] == [("begin", "2026"), ("commission", "2030")]


def test_prediction_about_a_thing_inside_a_quotation_is_not_the_speakers_promise(nlp: Any) -> None:
    text = "\u201cA new highway through the forest will bring loggers,\u201d said Ana Ribeiro, who heads a local charity."
    assert pledges(nlp, text) == []


def test_promise_of_we_inside_a_quotation_stays_the_speakers(nlp: Any) -> None:
    text = "\u201cWe will finish the highway by 2027,\u201d said Transport Minister Ana Ribeiro."
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Ana Ribeiro", "2027")]


def test_second_verb_under_one_modal_is_a_second_commitment(nlp: Any) -> None:
    text = "Andes Lithium will take a final investment decision within six months and deliver first lithium by 2029."
    found = pledges(nlp, text)
    assert [(p.action.split()[0], p.deadline) for p in found] == [("take", "2026-05"), ("deliver", "2029")]


def test_name_in_apposition_to_the_subject_is_the_actor(nlp: Any) -> None:
    text = ("The state agency awarded the lease in May. The consortium, Salar Brine Partners, has promised to "
            "invest over $2 billion in a plant.")
    assert [p.actor for p in pledges(nlp, text)] == ["Salar Brine Partners"]


def test_plant_promised_by_a_chairman_named_after_his_firms_short_name_is_the_firms(nlp: Any) -> None:
    text = ("Donghai Cathode Materials Co and Indonesian state miner PT Obi Nikel Nusantara have agreed to form a "
            "joint venture that will spend 5 billion yuan on a plant near Weda Bay. "
            "Donghai chairman Guo Jian said the plant would ship its first cargo in 2028.")
    found = [p for p in pledges(nlp, text) if p.action.startswith("ship")]
    assert [(p.actor, p.deadline) for p in found] == [("Donghai Cathode Materials Co", "2028")]


def test_agreeing_to_extend_a_credit_facility_is_a_deal_not_a_pledge(nlp: Any) -> None:
    text = "The Qatar Petroleum Company agreed to extend its deferred payment facility for fuel supplies to Sri Lanka by another year."
    assert pledges(nlp, text) == []


@pytest.mark.parametrize(("text", "actor", "deadline"), [
    ("Peru targets 2 million tonnes of copper output by 2030.", "Peru", "2030"),
    ("Egypt has pledged 500 million dollars to the climate fund.", "Egypt", None),
    ("Chile is committed to doubling lithium output by 2030.", "Chile", "2030"),
])
def test_dated_target_sum_pledged_and_being_committed_are_commitments(nlp: Any, text: str, actor: str,
                                                                      deadline: str | None) -> None:
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [(actor, deadline)]


@pytest.mark.parametrize("text", [
    "Peru targeted copper smugglers last year.",
    "Egypt has pledged support for the talks.",
])
def test_past_target_or_pledge_without_a_sum_is_not_a_commitment(nlp: Any, text: str) -> None:
    assert pledges(nlp, text) == []


def test_both_sides_promising_together_are_the_two_states_of_the_article(nlp: Any) -> None:
    text = ("Peru and Vietnam held a round of trade talks in Lima on Monday. "
            "Both sides will open trade offices in each other's capitals by 2027.")
    found = pledges(nlp, text)
    assert [(set(p.actor.split(" and ")), p.deadline) for p in found] == [({"Peru", "Vietnam"}, "2027")]


def test_they_after_the_two_governments_is_the_joint_actor(nlp: Any) -> None:
    text = ("Peru and Vietnam signed a memorandum on fisheries on Monday. The two governments also set a "
            "timetable, and they aim to conclude a full trade agreement by the end of 2027.")
    found = pledges(nlp, text)
    assert [(set(p.actor.split(" and ")), p.deadline) for p in found] == [({"Peru", "Vietnam"}, "2027")]


def test_promise_after_while_in_a_report_is_a_second_pledge_of_the_speakers_side(nlp: Any) -> None:
    text = ("Peru's Trade Minister Maria Quispe said Peru would cut its tariff on coffee by June 2027, "
            "while her ministry would publish the new customs rules within 90 days.")
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Peru", "2027-06"), ("Maria Quispe", "2026-02-04")]


def test_what_a_thing_will_do_in_a_speakers_report_is_not_a_promise(nlp: Any) -> None:
    assert pledges(nlp, "Energy Minister Tomas Varga said the new cable would give traders a cheaper route.") == []
    text = ("Norvik Metals said the bank was considering a loan of up to 800 million dollars, and that talks with "
            "commercial banks would start after the permit.")
    assert pledges(nlp, text) == []  # "talks" read as a verb by the tagger is still a thing


def test_dated_promise_about_a_thing_in_a_speakers_report_stays(nlp: Any) -> None:
    found = pledges(nlp, "Energy Minister Tomas Varga said the new cable would reach the islands by 2028.")
    assert [p.deadline for p in found] == ["2028"]


def test_condition_word_closing_a_clause_does_not_cancel_the_plan(nlp: Any) -> None:
    text = ("Chief executive Ilse Krumina spoke to reporters on Monday. She added that the company also planned to "
            "double its rail links to Hungary, though she did not say when.")
    assert [p.action for p in pledges(nlp, text)] == ["double its rail links to Hungary"]


@pytest.mark.parametrize("text", [
    "Nordvik Investment Bank will decide whether to fund the bridge after the survey is finished.",
    "The Harbour Development Fund will oversee the upgrade of the two terminals.",
    "In Lusaka, Foreign Minister Tomas Varga will meet Finance Minister Grace Mwale to discuss the loan.",
    "Norvik Metals and Sahel Mining have agreed to form a joint venture to build a copper smelter.",
    "The Nordvik Investment Bank will consider the loan at a board meeting in March.",
    "The Chilean government vowed to retaliate if Peru imposed new tariffs.",
    'Energy Minister Tomas Varga described the cable as "the most important thing we will build this decade".',
])
def test_open_choice_standing_role_itinerary_or_joint_venture_is_not_a_promise(nlp: Any, text: str) -> None:
    assert pledges(nlp, text) == []


def test_role_taken_on_in_a_speakers_report_stays_a_promise(nlp: Any) -> None:
    text = "Fund director Omar Haddad said the Harbour Development Fund would act as a long-term partner."
    assert [p.actor for p in pledges(nlp, text)] == ["Harbour Development Fund"]


def test_commitment_to_two_gerunds_is_two_pledges(nlp: Any) -> None:
    text = "Chile has committed to launching the rail tender by the end of 2026 and to completing the line by 2030."
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Chile", "2026"), ("Chile", "2030")]


@pytest.mark.parametrize(("text", "deadline"), [
    ("Chile will open the new berth next spring.", "2027"),
    ("Chile will open the new berth this winter.", "2026"),
    ("Chile will station a patrol vessel in the strait, beginning in October.", "2026-10"),
    ("Chile said it expected to award the berth contract by March.", "2027-03"),
    ("Chile will open the new berth before this decade is out.", "2029"),
    ("Chile will ship 2 million tonnes of copper a year starting in 2027.", "2027"),
])
def test_deadline_of_a_season_a_start_or_a_month_already_past_this_year(nlp: Any, text: str, deadline: str) -> None:
    assert [p.deadline for p in pledges(nlp, text, published="2026-07-01")] == [deadline]


def test_firm_named_by_words_the_recogniser_missed_is_the_actor(nlp: Any) -> None:
    text = ("Northern Gateway Terminals will use part of the money to lengthen the quay by the end of 2027, its chief "
            "executive, Ilse Krumina, said in an interview.")
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Northern Gateway Terminals", "2027")]


def test_both_sides_reaffirming_their_commitment_is_a_joint_pledge(nlp: Any) -> None:
    text = ("Peru and Vietnam held talks in Lima on Monday. Both sides reaffirmed their commitment to raise "
            "bilateral trade to 5 billion dollars by 2030.")
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Peru and Vietnam", "2030")]


def test_the_country_in_a_ministers_report_is_the_ministers_state(nlp: Any) -> None:
    text = "Chilean Foreign Minister Tomas Varga said the country would open a consulate in Lima by 2027."
    assert [p.actor for p in pledges(nlp, text)] == ["Chile"]


def test_speaker_of_unknown_country_promising_for_the_articles_country_gives_that_countrys_pledge(nlp: Any) -> None:
    text = ("Vietnam has set out a plan for wind power. Vietnam's grid is weak and Vietnam needs investors. "
            "Deputy Minister Nguyen Van Binh said Vietnam would hold its first auction for wind contracts by 2027.")
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Vietnam", "2027")]
    analyst = text.replace("Deputy Minister Nguyen Van Binh", "Analyst Tran Minh of Horizon Research")
    assert pledges(nlp, analyst) == []


def test_promise_in_a_relative_clause_on_its_object_is_a_pledge(nlp: Any) -> None:
    text = "The next step is the port tender, which the Tanga Harbour Authority expects to launch by June."
    assert [(p.actor, p.deadline) for p in pledges(nlp, text, published="2026-03-01")] == [
        ("Tanga Harbour Authority", "2026-06")]


@pytest.mark.parametrize("text", [
    "Under the contract's terms, Norvik Metals will pay the state a royalty of 5 percent.",
    "Norvik Metals said the smelter would employ about 900 people.",
    "The European Union will add a grant of 100 million euros to the package.",
])
def test_term_of_a_contract_a_jobs_projection_or_an_added_grant_is_not_a_promise(nlp: Any, text: str) -> None:
    assert pledges(nlp, text) == []


def test_money_a_firm_says_it_will_invest_is_a_pledge(nlp: Any) -> None:
    text = "Norvik Metals said it would invest $2 billion in a copper smelter in Chile."
    assert [p.actor for p in pledges(nlp, text)] == ["Norvik Metals"]


def test_it_said_after_a_governments_statement_speaks_for_that_government(nlp: Any) -> None:
    text = ("The Chilean government said in a statement that the pact was fair. It said the country would open "
            "a coast guard centre in Arica by the middle of 2027.")
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Chile", "2027")]


def test_rule_a_state_will_impose_is_a_pledge(nlp: Any) -> None:
    found = pledges(nlp, "Chile will require copper miners to refine half of their output at home.")
    assert [p.action for p in found] == ["require copper miners to refine half of their output at home"]


def test_sum_already_committed_is_financing_not_a_pledge(nlp: Any) -> None:
    assert pledges(nlp, "The Harbour Development Fund has committed $60 million to the project.") == []


def test_passive_clause_a_speaker_promised_is_the_speakers_pledge(nlp: Any) -> None:
    text = ("Dewi Kartika, president director of Halmera Nikel, promised that the smelter would start production "
            "by 2028 and that most of the workforce would be hired from the island.")
    assert [p.action for p in pledges(nlp, text)] == ["start production by 2028", "hired from the island"]


def test_her_institute_is_the_organisation_she_heads(nlp: Any) -> None:
    text = ("Maria Lopes, director of the Instituto Rio Verde, criticised the plan. "
            "Her institute plans to challenge the licence in federal court.")
    assert [p.actor for p in pledges(nlp, text)] == ["Instituto Rio Verde"]


def test_promise_not_to_act_is_a_pledge_without_a_deadline(nlp: Any) -> None:
    text = "Peru's Ministry of Finance has promised the IMF that it will not take on new commercial debt before 2028."
    assert [(p.actor, p.action, p.deadline) for p in pledges(nlp, text, published="2026-01-01")] == [
        ("Ministry of Finance", "not take on new commercial debt before 2028", None)]


def test_refusal_reported_without_a_promise_verb_is_not_a_pledge(nlp: Any) -> None:
    assert pledges(nlp, "Finance Minister Sara Lind said Peru would not take on new debt.") == []


def test_promise_dated_to_an_earlier_year_is_not_news(nlp: Any) -> None:
    text = "In 2019, Chile promised to build a second terminal, but the plan stalled."
    assert pledges(nlp, text, published="2026-07-01") == []


def test_pledge_of_a_state_reported_by_someone_else_stays_the_states(nlp: Any) -> None:
    text = "Chile pledged to cut emissions by 40 percent by 2035, President Ana Soto said."
    assert [(p.actor, p.deadline) for p in pledges(nlp, text)] == [("Chile", "2035")]


def test_the_two_governments_undertaking_together_are_the_two_states_named_before(nlp: Any) -> None:
    text = ("Peru and Chile held talks in Arica on Monday. The two governments undertook to exchange customs data "
            "by the end of 2027.")
    assert [(set(p.actor.split(" and ")), p.deadline) for p in pledges(nlp, text)] == [({"Peru", "Chile"}, "2027")]


def test_the_government_is_the_country_named_half_again_as_often_as_any_other(nlp: Any) -> None:
    text = ("Oman signed hydrogen deals with two firms on Monday. Oman and Germany agreed to cooperate on shipping. "
            "Oman's ports will export ammonia to Germany. The government has set a target of producing one million "
            "tonnes of green hydrogen a year by 2030.")
    assert [(p.actor, p.deadline) for p in pledges(nlp, text, published="2026-01-01")][-1] == ("Oman", "2030")


def test_joint_working_group_set_up_by_the_parties_is_the_actor(nlp: Any) -> None:
    found = pledges(nlp, "A joint working group will identify the sites within six months.", published="2026-01-01")
    assert [(p.actor, p.deadline) for p in found] == [("joint working group", "2026-07")]


def test_state_a_minister_announced_would_act_is_the_actor(nlp: Any) -> None:
    text = ("Foreign Minister Jean Roy spoke by phone with her Peruvian counterpart on Monday. "
            "Minister Roy announced that Norway will open a consulate in Arequipa within two years.")
    found = pledges(nlp, text, published="2026-03-02")
    assert [(p.actor, p.deadline) for p in found] == [("Norway", "2028")]


def test_named_body_that_will_act_under_an_unnamed_official_is_the_actor(nlp: Any) -> None:
    text = "The European Commission will table new fisheries quotas next month, an official said."
    assert [p.actor for p in pledges(nlp, text)] == ["European Commission"]


def test_searching_for_a_buyer_is_an_action(nlp: Any) -> None:
    text = "Lusitano Energia says it will look for a new buyer for the terminal."
    assert [(p.actor, p.action) for p in pledges(nlp, text)] == [("Lusitano Energia", "look for a new buyer for the terminal")]


def test_end_of_the_quarter_is_the_last_month_of_the_current_quarter(nlp: Any) -> None:
    text = "Tallinn Ports will publish its tender rules before the end of the quarter."
    assert [p.deadline for p in pledges(nlp, text, published="2026-08-12")] == ["2026-09"]


@pytest.mark.parametrize("text", [
    "Harbor Capital will pay for part of the stake with a $300 million loan from Northbank, a person said.",
    "Spain will cover 40 million euro from its budget as a grant.",
])
def test_paying_for_a_deal_with_a_loan_or_budget_is_a_financing_term_not_a_pledge(nlp: Any, text: str) -> None:
    assert pledges(nlp, text) == []


def test_third_party_line_closing_a_quotation_opened_before_is_not_the_speakers_pledge(nlp: Any) -> None:
    text = ("Local councillor Mara Ionescu welcomed the vote. \u201cWe waited long enough for this road. "
            "Our children will cross it by bus,\u201d she said.")
    assert [p.action for p in pledges(nlp, text)] == []


def test_the_two_ministries_are_the_two_states_named_before(nlp: Any) -> None:
    text = ("Peru and Chile signed a memorandum on power trade on Monday. "
            "Under the memorandum, the two ministries will set up a joint technical committee.")
    assert [set(p.actor.split(" and ")) for p in pledges(nlp, text)] == [{"Peru", "Chile"}]


def test_aiming_to_have_a_line_in_service_is_an_action(nlp: Any) -> None:
    text = "Peru and Chile signed a memorandum. Both governments aim to have the cable in service by 2031."
    assert [(p.action, p.deadline) for p in pledges(nlp, text)] == [("have the cable in service by 2031", "2031")]


def test_task_the_subject_is_to_carry_out_is_its_pledge(nlp: Any) -> None:
    found = pledges(nlp, "Namib Rail is to rebuild the coastal line by 2029.")
    assert [(p.actor, p.deadline) for p in found] == [("Namib Rail", "2029")]


@pytest.mark.parametrize("text", [
    "Minister Ali Khan confirmed that he would lead his country's delegation to the forum.",
    "Harbor Capital will pay for most of the stake with a $300 million acquisition loan from Northbank, "
    "according to a person close to the deal.",
    "The plan is to double exports.",
])
def test_delegation_duty_and_payment_means_are_not_pledges(nlp: Any, text: str) -> None:
    assert pledges(nlp, text) == []


@pytest.mark.parametrize("text", [
    "On Tuesday, Minister Ana Ruiz is scheduled to travel to Cusco to see the dam, before flying to Lima.",
    "The state operator Namib Rail will keep the track and charge the consortium an access fee.",
    "Lusitano Grid and Cabo Power will carry out the technical work.",
])
def test_itinerary_stop_fee_term_and_division_of_labour_are_not_pledges(nlp: Any, text: str) -> None:
    assert pledges(nlp, text) == []


def test_trip_scheduled_for_a_calendar_day_is_not_a_pledge(nlp: Any) -> None:
    text = ("The Chilean delegation will visit the Osorno dairy cooperative on November 21 before flying on to Lima. "
            "Chile will open a trade office in Nairobi by March.")
    found = pledges(nlp, text)
    assert [p.action for p in found] == ["open a trade office in Nairobi by March"]


def test_what_ministers_agreed_two_states_would_do_is_their_joint_pledge(nlp: Any) -> None:
    text = ("The two ministers agreed that Chile and Peru would hold the next round of talks in Lima before "
            "the end of next year and create a joint committee on fisheries within six months.")
    found = pledges(nlp, text)
    assert [(p.actor, p.action.split()[0], p.deadline) for p in found] == [
        ("Chile and Peru", "hold", "2026"), ("Chile and Peru", "create", "2026-05")]


@pytest.mark.parametrize("text", [
    "Under the deal signed in Doha on Monday, the Qatar Fund for Development will let Egypt defer payment for "
    "up to $2bn of gas over two years.",
    "The Qatar Fund for Development also agreed to roll over a $1 billion deposit held at the Central Bank of Egypt "
    "for another year.",
    "Qatar's decision to renew a deferred-payment gas facility for Egypt is the latest in a series of Gulf lifelines.",
])
def test_rollover_renewal_and_payment_deferral_are_financing_terms_not_pledges(nlp: Any, text: str) -> None:
    assert pledges(nlp, text) == []


def test_unnamed_ministry_is_named_by_its_field_and_a_bare_ministry_by_the_one_before(nlp: Any) -> None:
    text = ("Kenya has signed a $900m loan with two banks, the treasury ministry said on Monday. "
            "The ministry said it would publish the full terms of the loan within 30 days. "
            "The energy ministry has pledged to table a revised fuel pricing plan in parliament by the end of January. "
            "The ministry said growth would slow next year.")
    found = pledges(nlp, text)
    assert [(p.actor, p.action.split()[0]) for p in found] == [("treasury ministry", "publish"),
                                                               ("energy ministry", "table")]


def test_the_government_a_title_only_minister_speaks_for_is_the_one_government_named_in_full(nlp: Any) -> None:
    text = ("Parliament on Tuesday approved the loan agreement signed between the Government of Ghana and the Korea "
            "International Cooperation Agency for the Tamale water project. Moving the resolution, the Minister of "
            "Water, Hon. Ama Boateng, said the project would serve 300,000 people. The Minister added that the "
            "government would award the main construction contract within 18 months.")
    found = pledges(nlp, text)
    assert [(p.actor, p.action.split()[0]) for p in found] == [("Ghana", "award")]


def test_the_state_government_is_the_one_region_named_with_its_government(nlp: Any) -> None:
    text = ("A Japanese carmaker signed a memorandum with the Gujarat government on Friday to build a plant near "
            "Surat. The state government has promised to allot 800 acres near the port, according to a statement.")
    found = pledges(nlp, text)
    assert [(p.actor, p.action) for p in found] == [("Gujarat", "allot 800 acres near the port")]
