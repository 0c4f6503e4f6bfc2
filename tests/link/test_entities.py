"""Entity resolution: spelling slips, surnames alone, short and full firm names, titles."""

from __future__ import annotations

import pytest

from dragoman.link.entities import KnownEntity, NameRef, better_name, match_score, resolve, titles_conflict
from dragoman.link.names import blocking_keys


def known(entity_id: int, name: str, type_: str = "person", mentions: int = 3, country: str | None = None) -> KnownEntity:
    return KnownEntity(entity_id=entity_id, name=name, type=type_, country=country, names={name}, mentions=mentions)


@pytest.mark.parametrize(("name", "type_", "candidate"), [
    ("Tomasz Wieczorek", "person", "Tomasz Wieczorek"),
    ("Tomasz Wieczork", "person", "Tomasz Wieczorek"),      # one letter dropped
    ("Wieczorek", "person", "Tomasz Wieczorek"),            # the surname alone
    ("T. Wieczorek", "person", "Tomasz Wieczorek"),         # an initial
    ("Harbourline Capital", "organization", "Harbourline Andes Capital Group"),  # short and full legal name
    ("State Department", "organization", "U.S. Department of State"),
    ("EBRD", "organization", "European Bank for Reconstruction and Development"),
])
def test_names_of_one_entity_resolve_to_it(name: str, type_: str, candidate: str) -> None:
    target = known(1, candidate, type_)
    ref = NameRef(name=name, type=type_)
    assert set(blocking_keys(name, type_, None)) & set(blocking_keys(candidate, type_, None))
    assert resolve(ref, [target, known(2, "Someone Else", type_)]) is target


@pytest.mark.parametrize(("name", "candidate", "type_"), [
    ("Anna Wieczorek", "Tomasz Wieczorek", "person"),       # same surname, another person
    ("Tomasz Wiecz", "Tomasz Wieczorek", "person"),
    ("Ministry of Energy", "Ministry of Finance", "organization"),
    ("Harbourline", "Harbourline Andes Capital Group", "organization"),  # one word is too little
])
def test_different_entities_stay_apart(name: str, candidate: str, type_: str) -> None:
    assert match_score(NameRef(name=name, type=type_), known(1, candidate, type_)) == 0.0


def test_a_surname_shared_by_two_known_people_is_not_guessed() -> None:
    ref = NameRef(name="Okafor", type="person")
    assert resolve(ref, [known(1, "Ngozi Okafor"), known(2, "Emeka Okafor")]) is None


def test_conflicting_countries_keep_people_apart() -> None:
    assert match_score(NameRef(name="Jan Novak", type="person", country="CZE"), known(1, "Jan Novak", country="SVK")) == 0


def test_the_fullest_name_is_shown() -> None:
    assert better_name("Wieczorek", "Tomasz Wieczorek", "person") == "Tomasz Wieczorek"
    assert better_name("EBRD", "European Bank for Reconstruction and Development", "organization").startswith("Euro")


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("Secretary of State", "U.S. Secretary of State", False),
    ("Trade Minister", "Norland's trade minister", False),
    ("President", "Vice President", True),
    ("ambassador to India", "special envoy for South Asia", True),
    ("Chilean counterpart", "Chilean mining official", False),
    ("senior trade official", "Trade Minister", False),
    ("Ghana's Roads and Highways Minister", "Ghanaian Roads and Highways Minister", False),
    ("the president's finance minister", "Finance and Economic Planning Minister", False),
    ("Tamale Central MP", "member for Tamale Central", False),
    ("ambassador to Kenya", "ambassador to Uganda", True),
])
def test_titles_conflict_only_when_they_name_different_offices(a: str, b: str, conflict: bool) -> None:
    assert titles_conflict(a, b) is conflict
