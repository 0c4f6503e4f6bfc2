"""Stories: an article joins the story it reports, opens one otherwise, and bridges split stories."""

from __future__ import annotations

import datetime as dt

from dragoman.link import stories as s

DAY = dt.date(2025, 3, 10).toordinal()
PORT = ("Norland port deal signed", "Norland and a harbour investor signed a container port deal for the coast, "
        "with cranes, berths and a rail link to the port; the harbour will handle grain and containers.")
FISH = ("Fisheries quotas renewed", "Fishing ministers renewed herring and mackerel quotas for the northern "
        "waters after scientists warned that fish stocks had fallen in the colder currents.")


def article(text: tuple[str, str], entities: list[tuple[int, str, int]], day: int | None = DAY) -> s.ArticleProfile:
    return s.profile(text[0], text[1], entities, [day] if day is not None else [])


def test_an_article_about_the_same_happening_joins_its_story() -> None:
    index = s.StoryIndex()
    first = index.assign(article(PORT, [(1, "person", 2), (2, "organization", 1), (9, "country", 2)]))
    second = index.assign(article(PORT, [(1, "person", 1), (2, "organization", 2)], DAY + 1))
    other = index.assign(article(FISH, [(5, "person", 2), (9, "country", 1)], DAY + 1))
    assert first == second != other


def test_an_article_months_away_opens_a_new_story() -> None:
    index = s.StoryIndex()
    first = index.assign(article(PORT, [(1, "person", 2), (2, "organization", 1)]))
    late = index.assign(article(PORT, [(1, "person", 2), (2, "organization", 1)], DAY + s.MAX_GAP_DAYS + 10))
    assert first != late


def test_an_undated_article_is_compared_without_a_time_window() -> None:
    index = s.StoryIndex()
    first = index.assign(article(PORT, [(1, "person", 2), (2, "organization", 1)]))
    assert index.assign(article(PORT, [(1, "person", 2)], None)) == first


def test_an_article_similar_to_two_stories_merges_them() -> None:
    a = s.StoryProfile(story_id=1)
    s.absorb(a, article(PORT, [(1, "person", 2), (2, "organization", 1)]))
    b = s.StoryProfile(story_id=2)
    s.absorb(b, article(PORT, [(1, "person", 2), (2, "organization", 1)], DAY + 1))
    chosen, merged = s.choose_story(article(PORT, [(1, "person", 2), (2, "organization", 1)]), [b, a])
    assert (chosen, merged) == (1, [2])
    combined = s.combine(a, b)
    assert combined.articles == 2 and combined.entities["e1"] == 2.0


def test_removing_an_article_takes_back_its_weights() -> None:
    story = s.StoryProfile(story_id=1)
    one = article(PORT, [(1, "person", 2)])
    s.absorb(story, one)
    s.absorb(story, article(FISH, [(5, "person", 1)]))
    s.remove(story, one)
    assert story.articles == 1 and "e1" not in story.entities


def test_profiles_round_trip_through_json() -> None:
    one = article(PORT, [(1, "person", 2), (9, "country", 1)])
    assert s.ArticleProfile.from_json(one.to_json()) == one
    story = s.absorb(s.StoryProfile(story_id=4), one)
    assert s.StoryProfile.from_json(4, story.to_json()) == story
    assert "e9" not in s.lookup_keys(one)  # countries are too common to file stories under


def test_a_grown_story_adopts_a_lone_article_it_now_matches_but_not_an_unrelated_one() -> None:
    grown = s.StoryProfile(story_id=1)
    for k in range(3):
        s.absorb(grown, article(PORT, [(1, "person", 2), (2, "organization", 1)], DAY + k))
    tour = article(PORT, [(1, "person", 1)], DAY + 1)
    fish = article(FISH, [(5, "person", 2)], DAY + 1)
    lone_tour, lone_fish, pair = s.StoryProfile(story_id=2), s.StoryProfile(story_id=3), s.StoryProfile(story_id=4)
    s.absorb(lone_tour, tour)
    s.absorb(lone_fish, fish)
    for _ in range(2):
        s.absorb(pair, tour)
    lone = {2: tour, 3: fish}
    assert s.lone_to_adopt(grown, [lone_tour, lone_fish, pair, grown], lone.get) == [2]
