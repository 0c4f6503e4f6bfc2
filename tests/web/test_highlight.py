"""Cutting an article body at its items' evidence offsets."""

from __future__ import annotations

from dragoman.web.highlight import segments, spans_of

BODY = "First sentence here.\n\nSecond one follows. Third ends it."


def test_overlapping_evidence_is_cut_into_pieces_that_name_every_item() -> None:
    spans = [(22, 41, "deal-1"), (22, 56, "quote-2")]
    pieces = segments(BODY, spans)
    assert "".join(p.text for p in pieces) == BODY
    assert [(p.text, p.items, p.anchors) for p in pieces] == [
        ("First sentence here.", [], []),
        ("\n\n", [], []),
        ("Second one follows.", ["deal-1", "quote-2"], ["deal-1", "quote-2"]),
        (" Third ends it.", ["quote-2"], []),
    ]


def test_paragraph_breaks_inside_evidence_stay_unmarked() -> None:
    pieces = segments(BODY, [(0, 41, "event-3")])
    assert [(p.text, p.items) for p in pieces][:3] == [
        ("First sentence here.", ["event-3"]), ("\n\n", []), ("Second one follows.", ["event-3"])]
    assert pieces[0].anchors == ["event-3"]


def test_spans_outside_the_body_or_missing_are_dropped() -> None:
    article = {"body": BODY, "deals": [{"id": 1, "span": [50, 500]}, {"id": 2, "span": None},
                                       {"id": 3, "span": [9, 9]}], "quotes": [{"id": 4, "span": [-5, 5]}]}
    assert spans_of(article) == [(0, 5, "quote-4"), (50, len(BODY), "deal-1")]
