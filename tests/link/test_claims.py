"""Aligned statements of different texts compared on how sure, how much, when, how long and who."""

from __future__ import annotations

from dragoman.link.claims import Text, claim_discrepancies

NAMES = {"Ines Varga": "e1", "Varga": "e1"}


def found(*bodies: str, published: str | None = "2025-05-02") -> list[tuple[str, list[str]]]:
    texts = [Text(i + 1, body, published, None, NAMES) for i, body in enumerate(bodies)]
    return sorted((d.field, sorted(s.text for s in d.sides)) for d in claim_discrepancies(texts))


def test_a_hedged_and_a_stated_version_of_one_claim_differ_in_certainty() -> None:
    assert found("The minister said the new bridge over the river would probably open in a fortnight.",
                 "The new bridge over the river will open in a fortnight, the minister said.") == [
        ("certainty", ["river would probably open in a", "stated as fact"])]


def test_different_degrees_of_one_quality_differ() -> None:
    assert found("The overwhelmingly rural provinces of the north vote for the farmers' party.",
                 "The largely rural provinces of the north have few paved roads.") == [
        ("degree", ["largely rural", "overwhelmingly rural"])]


def test_a_relative_year_and_a_written_year_are_compared_after_resolution() -> None:
    relative = "Ines Varga plans to visit the three Baltic capitals in the coming year, her office said."

    def severity(other: str) -> list[str]:
        texts = [Text(1, relative, "2025-05-02", None, NAMES), Text(2, other, "2025-05-02", None, NAMES)]
        return [d.severity for d in claim_discrepancies(texts)]

    assert found(relative, "Ines Varga will visit the three Baltic capitals in 2027, her office said.") == [
        ("when", ["in 2027", "the coming year"])]
    assert severity("Ines Varga will visit the three Baltic capitals in 2027, her office said.") == ["conflict"]
    assert severity("Ines Varga will visit the three Baltic capitals in 2026, her office said.") == ["precision"]
    assert severity("Ines Varga first visited the three Baltic capitals in 2011, her office said.") == []


def test_who_met_is_compared_only_for_the_same_host() -> None:
    assert found("Ines Varga hosted the foreign ministers of the Nordic states at a dinner in the old palace.",
                 "Ines Varga hosted leaders of the Nordic states at a dinner in the old palace.") == [
        ("attendees", ["foreign ministers", "leaders"])]
    assert found("Ines Varga hosted the foreign ministers of the Nordic states at a dinner in the old palace.",
                 "The queen hosted leaders of the Nordic states at a dinner in the old palace.") == []


def test_durations_of_one_named_thing_differ() -> None:
    assert found("The Kestrel Forum meets for the first time in more than a decade this spring.",
                 "This spring marks the tenth anniversary of the Kestrel Forum, which meets again.") == [
        ("duration", ["more than a decade", "tenth anniversary"])]


def test_unrelated_sentences_and_copies_are_not_compared() -> None:
    assert found("Farmers expect a poor harvest because the spring was probably the driest in years.",
                 "The central bank will raise interest rates next month, economists said.") == []
    copy = "The minister said the new bridge over the river would probably open in a fortnight."
    texts = [Text(1, copy, None, 1), Text(2, "The new bridge over the river will open in a fortnight.", None, 1)]
    assert claim_discrepancies(texts) == []


def test_an_intended_act_and_an_effort_towards_it_differ_in_firmness() -> None:
    assert found("Senator Ines Varga said she would table a bill this month to scrap the Halloran grain quotas.",
                 "Senator Ines Varga spoke of efforts to scrap the Halloran grain quotas on the farm bill.") == [
        ("firmness", ["efforts to", "would table"])]


def test_firmness_is_compared_only_when_the_same_act_follows_both_wordings() -> None:
    assert found("Senator Ines Varga said she would table a bill on the Halloran grain quotas this month.",
                 "Senator Ines Varga spoke of efforts to win farm votes, citing the Halloran grain quotas.") == []


def test_a_plan_and_a_promise_are_equally_firm() -> None:
    assert found("Ines Varga plans to open the Halloran trade office in Tallinn with local partners.",
                 "Ines Varga will open the Halloran trade office in Tallinn with local partners.") == []


def test_a_visit_to_a_region_and_to_a_count_of_its_countries_differ_in_scope() -> None:
    texts = [Text(1, "Ines Varga announced plans to tour the Baltics, her office said on Friday.", "2025-05-02",
                  None, NAMES),
             Text(2, "Ines Varga will visit all three Baltic states before the autumn, aides said.", "2025-05-02",
                  None, NAMES)]
    assert [(d.field, d.severity, sorted(s.value for s in d.sides)) for d in claim_discrepancies(texts)] == [
        ("scope", "precision", ["3 countries", "region"])]


def test_visits_to_one_region_by_different_people_are_not_compared_on_scope() -> None:
    assert found("Ines Varga announced plans to tour the Baltics, her office said on Friday.",
                 "The trade delegation will visit all three Baltic states before the autumn, aides said.") == []


def test_visits_to_a_region_told_the_same_way_do_not_differ() -> None:
    assert found("Ines Varga plans to visit the three Baltic states before the autumn, her office said.",
                 "Ines Varga will visit all three Baltic states before the autumn, aides said.") == []


def test_turning_away_from_a_power_and_balancing_it_differ_even_within_one_text() -> None:
    body = ("The talks aim at steering the ports away from Turkish influence. "
            "Officials said the harbour plan was about balancing Turkey's growing presence in the region.")
    texts = [Text(1, body, "2025-05-02", None, NAMES),
             Text(2, "Ines Varga opened the new quay at the northern harbour on Friday.", "2025-05-02", None, NAMES)]
    assert [(d.field, d.subject, sorted(s.value for s in d.sides), d.note) for d in claim_discrepancies(texts)] == [
        ("stance", "Turkey's influence", ["balance", "reduce"], "one article tells it two ways")]


def test_two_wordings_of_one_stance_toward_a_power_agree() -> None:
    assert found("The talks aim at steering the ports away from Turkish influence.",
                 "Officials said the harbour plan was about countering Turkey's growing presence in the region.") == []


def test_a_yearly_rate_is_no_span_of_time() -> None:
    assert found("Ines Varga said the Brightwater port has served the region for twenty years.",
                 "Officials said the Brightwater port can handle 2 million tonnes more a year, Ines Varga said.") == []
