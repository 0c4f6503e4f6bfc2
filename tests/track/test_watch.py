"""Watchlists match items by entity, country, commodity and kind, and hear of each change once."""

from __future__ import annotations

from dragoman.track.watch import Watch, WatchItem, changes, fingerprint, matches


def _deal(status: str = "signed") -> WatchItem:
    return WatchItem(kind="deal", key="deal:1", fingerprint=fingerprint([status]), payload={"status": status},
                     names=("Vantor Resources", "Altiplano Minerals Corporation"), entity_keys=frozenset({"e4"}),
                     countries=frozenset({"PER"}), commodity="lithium mining")


def test_a_watchlist_matches_on_every_field_it_gives() -> None:
    item = _deal()
    assert matches(Watch("w", entity="Vantor"), item)
    assert matches(Watch("w", entity="4", entity_keys=frozenset({"e4"})), item)
    assert matches(Watch("w", country="per", commodity="Lithium", kind="deal"), item)
    assert not matches(Watch("w", entity="Vant"), item)  # whole words only
    assert not matches(Watch("w", country="PER", kind="pledge"), item)
    assert not matches(Watch("w", commodity="copper"), item)


def test_an_item_is_new_once_then_changed_only_when_its_fingerprint_changes() -> None:
    watch = Watch("w", country="PER")
    [first] = changes(watch, [_deal()], {})
    assert first.change == "new"
    told = {"deal:1": {first.item.fingerprint}}
    assert changes(watch, [_deal()], told) == []
    [later] = changes(watch, [_deal("cancelled")], told)
    assert later.change == "changed"
