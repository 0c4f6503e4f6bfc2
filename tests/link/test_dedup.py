"""Near-duplicates: MinHash signatures, band keys and the choice of the original."""

from __future__ import annotations

from dragoman.link import dedup

TEXT = ("The port authority said on Tuesday that container traffic rose by a fifth in the first half of the year, "
        "driven by exports of grain and fertiliser, and that a new berth would open before the winter storms. "
        "Shipping lines welcomed the plan but asked for lower fees at night, when cranes stand idle.")


def test_a_lightly_edited_copy_shares_band_keys_and_is_similar() -> None:
    copy = TEXT.replace("Tuesday", "Wednesday").replace("a fifth", "20 percent")
    a, b = dedup.signature(TEXT), dedup.signature(copy)
    assert a is not None and b is not None
    assert set(dedup.band_keys(a)) & set(dedup.band_keys(b))
    assert dedup.similarity(a, b) >= dedup.THRESHOLD


def test_an_unrelated_text_is_not_a_copy() -> None:
    other = dedup.signature("Farmers in the valley harvested apples early because of the heat, growers said, "
                            "and prices at the market fell as buyers waited for cooler weather to arrive.")
    a = dedup.signature(TEXT)
    assert a is not None and other is not None
    assert dedup.similarity(a, other) < 0.1
    assert dedup.find_original(a, [dedup.Known(article_id=1, signature=other, published=None)]) is None


def test_a_copy_of_a_copy_links_to_the_first_original() -> None:
    sig = dedup.signature(TEXT)
    assert sig is not None
    known = [dedup.Known(article_id=7, signature=sig, published="2025-01-02", original_id=3)]
    assert dedup.find_original(sig, known) == dedup.CopyOf(original_id=3, similarity=1.0)


def test_signature_survives_a_round_trip_through_bytes() -> None:
    sig = dedup.signature(TEXT)
    assert sig is not None
    assert (dedup.signature_from_bytes(dedup.signature_bytes(sig)) == sig).all()
    assert dedup.signature("") is None


def test_earlier_goes_by_publication_day_then_arrival() -> None:
    assert dedup.earlier("2025-01-01", 9, "2025-01-02", 1)
    assert not dedup.earlier("2025-01-02", 1, "2025-01-01", 9)
    assert dedup.earlier(None, 1, "2025-01-01", 9)


def test_band_index_finds_candidates_by_shared_band() -> None:
    index = dedup.BandIndex()
    sig = dedup.signature(TEXT)
    assert sig is not None
    index.add(dedup.Known(article_id=5, signature=sig, published=None), dedup.band_keys(sig))
    assert [k.article_id for k in index.candidates(dedup.band_keys(sig))] == [5]
    assert index.candidates([12345]) == []
