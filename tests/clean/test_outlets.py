"""Publisher names from copyright lines and domains, and site names cut from headlines."""

from __future__ import annotations

import pytest

from dragoman.clean.outlets import copyright_outlet, readable_domain, strip_site


@pytest.mark.parametrize(("line", "expected"), [
    ("© 2025 by Example Current News", "Example Current News"),
    ("Copyright © 2025 Steppe Notes · Theme by Example Themes", "Steppe Notes"),
    ("© 2025 Example Courier News & Media Limited or its affiliated companies. All rights reserved.",
     "Example Courier News & Media"),
    ("Baltic Gazette © 2025", "Baltic Gazette"),
    ("Copyright © 2025 Capital Bulletin Media Pvt Ltd", "Capital Bulletin Media"),
    ("Copyright © Example Desk Weekly Ltd 2026. All rights reserved.", "Example Desk Weekly"),
    ("© Copyright 2025", None),
    ("The contents of this site are ©2025 Example Publishing Corp.", None),
    ("This line has no copyright sign", None),
    ("Subscribe | Syndication | Contact | © 2025 Fjord Wire Service", "Fjord Wire Service"),
    ("Caspian Trade Monitor · Baku Business Centre · © 2026 All rights reserved", "Caspian Trade Monitor"),
    ("About | Careers | © 2026", None),
    ("© 2025 Cordillera Post SpA", "Cordillera Post"),
])
def test_copyright_line_names_its_holder(line: str, expected: str | None) -> None:
    assert copyright_outlet(line) == expected


@pytest.mark.parametrize(("host", "expected"), [
    ("www.harbour-weekly.example", "Harbour Weekly"),
    ("news.example-daily.co.uk", "Example Daily"),
    ("devnews.eu", "Devnews"),
])
def test_domain_reads_as_a_name(host: str, expected: str) -> None:
    assert readable_domain(host) == expected


@pytest.mark.parametrize(("title", "sites", "expected"), [
    ("Port deal signed in Mombasa | Coast Courier", (), "Port deal signed in Mombasa"),
    ("Jam recipe | The Anti-Waste Kitchen", ("The Anti-Waste Kitchen",), "Jam recipe"),
    ("Opinion | Why the port deal is a good bet", (), "Why the port deal is a good bet"),
    ("Design week 2018 | a light installation for a lamp maker", (), "Design week 2018 | a light installation for a lamp maker"),
    ("Kazakhstan - US deal signed in Astana", (), "Kazakhstan - US deal signed in Astana"),
])
def test_site_name_is_cut_from_a_headline_but_not_a_part_of_it(title: str, sites: tuple[str, ...],
                                                               expected: str) -> None:
    assert strip_site(title, sites) == expected
