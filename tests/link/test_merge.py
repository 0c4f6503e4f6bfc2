"""Merged items: one thing across articles, its outlets (copies count once) and its values by source."""

from __future__ import annotations

from dragoman.link.merge import ItemRef, Source, merge_story, outlet_keys
from dragoman.records import Deal, Event, Money, Pledge, Quote

NAMES = {"helena marsh": "e1", "marsh": "e1", "helena marsch": "e1", "brightwater capital": "e2",
         "brightwater andes capital group": "e2", "pieter holm": "e3"}


def sources() -> list[Source]:
    return [Source(1, "Harbor Times", "2025-03-10", names=NAMES), Source(2, "Coastal Wire", "2025-03-11", names=NAMES),
            Source(3, "Daily Ledger", "2025-03-10", original_id=1, names=NAMES),
            Source(4, "Harbor Times", "2025-03-12", names=NAMES)]


def quote(item_id: int, article: int, speaker: str | None, text: str) -> ItemRef:
    return ItemRef("quote", item_id, article, Quote(speaker=speaker, text=text, evidence=text))


def test_one_quote_in_three_articles_counts_two_outlets_when_one_is_a_copy() -> None:
    merged = merge_story(sources(), [quote(1, 1, "Helena Marsh", "The port will change the way our economy works"),
                                     quote(2, 2, "Helena Marsch", "The port will change how our whole economy works"),
                                     quote(3, 3, "Helena Marsh", "The port will change the way our economy works")])
    assert len(merged) == 1
    item = merged[0]
    assert item.articles == [1, 3, 2] and item.outlets == 2 and item.first_reported == "2025-03-10"
    assert sorted(len(v.articles) for v in item.fields["text"]) == [1, 2]


def test_quotes_of_different_speakers_stay_apart() -> None:
    merged = merge_story(sources(), [quote(1, 1, "Helena Marsh", "We have to protect the coast for our children"),
                                     quote(2, 2, "Pieter Holm", "We have to protect the coast for our children")])
    assert len(merged) == 2


def test_a_short_quote_joins_the_longer_one_that_holds_it() -> None:
    merged = merge_story(sources(), [quote(1, 1, "Helena Marsh", "The opportunities are enormous for both sides"),
                                     quote(2, 2, "Helena Marsh", "enormous")])
    assert len(merged) == 1


def test_deals_sharing_a_firm_merge_and_keep_each_amount_with_its_source() -> None:
    deals = [ItemRef("deal", 1, 1, Deal(parties=["Brightwater Capital", "Norland"], value=Money(amount=2e9, currency="USD"),
                                        evidence="a")),
             ItemRef("deal", 2, 2, Deal(parties=["Brightwater Andes Capital Group"], evidence="b",
                                        value=Money(amount=2.4e9, currency="USD", qualifier="about"))),
             ItemRef("deal", 3, 4, Deal(parties=["Pieter Holm"], commodity="fish", evidence="c"))]
    merged = merge_story(sources(), deals)
    assert [m.articles for m in merged] == [[1, 2], [4]]
    assert {(v.text, tuple(v.articles)) for v in merged[0].fields["value"]} == {
        ("USD 2 billion", (1,)), ("about USD 2.4 billion", (2,))}


def test_deals_of_one_firm_in_different_sectors_stay_apart() -> None:
    deals = [ItemRef("deal", 1, 1, Deal(parties=["Brightwater Capital"], commodity="copper", evidence="a")),
             ItemRef("deal", 2, 2, Deal(parties=["Brightwater Capital"], commodity="railway", evidence="b")),
             ItemRef("deal", 3, 4, Deal(parties=["Brightwater Andes Capital Group"], commodity="cobalt", evidence="c"))]
    merged = merge_story(sources(), deals)
    assert sorted(m.members for m in merged) == [[(1, 1), (3, 4)], [(2, 2)]]


def test_pledges_merge_on_actor_and_action_words() -> None:
    pledges = [ItemRef("pledge", 1, 1, Pledge(actor="Helena Marsh", action="open the new container port by spring",
                                              evidence="a")),
               ItemRef("pledge", 2, 2, Pledge(actor="Marsh", action="open the container port next spring", evidence="b")),
               ItemRef("pledge", 3, 2, Pledge(actor="Marsh", action="cut fishing licence fees", evidence="c"))]
    assert sorted(len(m.articles) for m in merge_story(sources(), pledges)) == [1, 2]


def test_events_on_days_far_apart_are_different_events() -> None:
    events = [ItemRef("event", 1, 1, Event(kind="meeting", date="2025-03-10", actors=["Helena Marsh"], evidence="met")),
              ItemRef("event", 2, 2, Event(kind="meeting", date="2025-03-20", actors=["Helena Marsh"], evidence="met"))]
    assert len(merge_story(sources(), events)) == 2


def test_articles_of_one_outlet_count_once() -> None:
    keys = outlet_keys(sources())
    assert keys[1] == keys[3] == keys[4] != keys[2]
