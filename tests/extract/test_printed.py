"""Countries named in records as the article prints them."""

from __future__ import annotations

from typing import Any

from dragoman.extract.analyze import extract_article
from dragoman.extract.printed import printed_names
from dragoman.records import Article


def test_a_country_the_article_calls_by_another_full_name_keeps_that_name_in_every_record(nlp: Any) -> None:
    body = ("ANKARA, March 3 (Harbour Wire) - Türkiye and Indonesia agreed on Tuesday to double their trade "
            "by 2030, the two governments said. Türkiye will open a trade office in Surabaya by the end of "
            "the year, the trade ministry said.")
    found = extract_article(Article(id="t1", source="t.txt", body=body, published="2026-03-03"), nlp)
    names = {e.name for e in found.entities if e.type == "country"}
    assert "Türkiye" in names and "Turkey" not in names
    assert all("Turkey" not in p.actor for p in found.pledges) and any("Türkiye" in p.actor for p in found.pledges)


def test_abbreviations_and_partial_names_never_replace_the_usual_name() -> None:
    assert printed_names("The U.S. and the UAE met in Korea; the US said America would help Korea.") == {}
    assert printed_names("Czechia and Austria signed. Czechia will pay. The Czech Republic said so.") == {
        "Czech Republic": "Czechia"}
