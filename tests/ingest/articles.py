"""Short news pages written for these tests (invented outlets and people), on topic and off it."""

from __future__ import annotations

import html

ON_TOPIC = {
    "lithium-offtake": (
        "Namibia signs lithium offtake with European buyer",
        "WINDHOEK, March 4 (Harbour Wire) - Namibia's mines ministry signed a ten-year offtake agreement "
        "on Tuesday under which a European battery maker will buy lithium concentrate from a new mine in "
        "the Erongo region, officials said.\n\n"
        "The deal, valued at $420 million, is backed by a loan guarantee from the European Investment Bank, "
        "which said critical minerals supply chains were a priority for the bloc.\n\n"
        "\"This agreement puts our critical minerals to work at home,\" the minister of mines, Petrus Hanganu, "
        "told reporters in Windhoek. He said a refinery would follow by 2028.\n\n"
        "Trade officials from both sides are due to meet again at a summit in Brussels in June.",
    ),
    "rail-loan": (
        "Development bank weighs loan for Zambia rail corridor",
        "LUSAKA, May 12 (Copper Coast Daily) - The African Development Bank is considering a $250 million "
        "loan for a railway linking Zambia's copper mines to a port on the Atlantic coast, the bank said on "
        "Monday.\n\n"
        "The rail corridor, which also crosses Angola, is part of an infrastructure package that the United "
        "States and the European Union announced at a summit last year.\n\n"
        "Zambia's finance minister, Grace Mwila, said the government hoped the financing would be approved "
        "before the end of the year, and that cobalt exports would double once the line opened.",
    ),
    "tariff-talks": (
        "Trade ministers agree to cut tariffs on rare earth magnets",
        "JAKARTA, July 2 (Straits Ledger) - Indonesia and Australia agreed on Wednesday to remove tariffs on "
        "rare earth magnets and nickel products under a new trade agreement, the two trade ministers said.\n\n"
        "The memorandum of understanding, signed during a state visit to Jakarta, also sets up a joint fund "
        "for processing plants. Exports of nickel from Indonesia reached a record last year.\n\n"
        "\"Both economies gain from a secure supply of critical minerals,\" Australia's trade minister said.",
    ),
}

OFF_TOPIC = {
    "cup-final": (
        "Late goal settles the cup final",
        "A header in the final minute gave the home side the cup on Saturday after a tense afternoon in "
        "front of a full stadium.\n\n"
        "The captain lifted the trophy as fans sang on the terraces. The coach said the squad had earned a "
        "long holiday after a season of injuries, and praised the young goalkeeper who saved a penalty in "
        "the first half.\n\n"
        "The club will open its new training ground next month.",
    ),
    "bread-recipe": (
        "A simple loaf for the weekend",
        "Mix the flour, water, salt and yeast in a large bowl and leave the dough to rise for two hours in a "
        "warm kitchen.\n\n"
        "Shape the loaf, let it rest for another forty minutes, then bake it in a hot oven until the crust "
        "is dark and the bottom sounds hollow when tapped.\n\n"
        "Leave it to cool before slicing; the crumb keeps setting as it cools.",
    ),
}


def page_html(title: str, text: str, *, nav: str = "") -> str:
    """An article page with a menu, a headline, paragraphs and a footer."""
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
        f"<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> {nav}</nav>"
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        "<footer>Copyright the publisher. All rights reserved.</footer></body></html>"
    )


def all_pages() -> dict[str, str]:
    return {slug: page_html(*value) for slug, value in {**ON_TOPIC, **OFF_TOPIC}.items()}
