"""Relevance profiles: weights, caps, required groups, countries, the two checks, and bad profile files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dragoman.errors import ConfigError
from dragoman.ingest import RawDocument
from dragoman.ingest.profiles import Profile, load_profile, parse_profile
from dragoman.pipeline import clean, run_documents
from dragoman.records import Article, Extraction, Rejected
from dragoman.settings import Settings
from tests.ingest.articles import OFF_TOPIC, ON_TOPIC, page_html

ROOT = Path(__file__).resolve().parents[2]
DEMO_PROFILE = ROOT / "examples" / "profiles" / "economic-statecraft.toml"


def profile(threshold: float = 4.0, **groups: dict[str, Any]) -> Profile:
    return parse_profile({"name": "test", "threshold": threshold,
                          "groups": [{"name": name, **spec} for name, spec in groups.items()]})


def raw(text: str, *, source: str = "page.txt", kind: str = "text", title: str | None = None) -> RawDocument:
    return RawDocument(source=source, content=text, kind=kind, title=title)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def demo() -> Profile:
    return load_profile(DEMO_PROFILE)


@pytest.mark.parametrize("slug", sorted(ON_TOPIC))
def test_demo_profile_keeps_statecraft_pages(demo: Profile, slug: str) -> None:
    assert demo.screen_raw(raw(page_html(*ON_TOPIC[slug]), kind="html")) is None


@pytest.mark.parametrize("slug", sorted(OFF_TOPIC))
def test_demo_profile_skips_pages_off_its_topic(demo: Profile, slug: str) -> None:
    off = demo.screen_raw(raw(page_html(*OFF_TOPIC[slug]), kind="html"))
    assert off is not None and off.reason == "off_profile" and "economic-statecraft" in off.detail


def test_each_occurrence_adds_the_weight_up_to_the_cap() -> None:
    p = profile(minerals={"weight": 2.0, "max_hits": 3, "keywords": ["lithium"]})
    assert p.score("lithium and lithium").total == 4.0
    assert p.score("lithium " * 50).total == 6.0


def test_trailing_star_matches_word_endings_and_hyphens_match_spaces() -> None:
    p = profile(terms={"weight": 1.0, "keywords": ["refiner*", "rare earth"]})
    found = p.score("Two refineries and a refinery process rare-earth and Rare Earth ores.")
    assert found.hits == {"refiner*": 2, "rare earth": 2}


def test_keywords_ignore_case_but_entities_do_not() -> None:
    p = profile(names={"weight": 1.0, "entities": ["EIB"]}, words={"weight": 1.0, "keywords": ["loan"]})
    assert p.score("The EIB loan; the eib LOAN.").hits == {"EIB": 1, "loan": 2}


def test_keywords_match_whole_words_only() -> None:
    p = profile(terms={"weight": 1.0, "keywords": ["ore", "mine"]})
    assert p.score("More determined, he examined the score.").total == 0


def test_countries_are_found_by_name_demonym_and_capital() -> None:
    p = profile(threshold=1.0, places={"weight": 1.0, "countries": ["Zambia"]})
    found = p.score("Zambian officials in Lusaka said the Republic of Zambia and Namibia agreed.")
    assert found.total == 3.0


def test_any_country_counts_with_a_star() -> None:
    p = profile(threshold=1.0, places={"weight": 1.0, "countries": ["*"]})
    assert set(p.score("Officials from Chile, Peru and South Africa met.").hits) == {"Chile", "Peru", "South Africa"}


def test_page_without_a_required_group_is_skipped_whatever_its_score() -> None:
    p = profile(threshold=1.0, anchor={"weight": 3.0, "required": True, "keywords": ["offtake"]},
                politics={"weight": 5.0, "keywords": ["president"]})
    off = p.screen("a.txt", "The president spoke. The president left.")
    assert off is not None and "required group" in off.detail
    assert p.screen("b.txt", "The president signed an offtake.") is None


def test_negative_group_pushes_a_page_below_the_threshold() -> None:
    p = profile(threshold=3.0, topic={"weight": 2.0, "keywords": ["tariff"]},
                noise={"weight": -3.0, "keywords": ["football"]})
    assert p.screen("a.txt", "A tariff on tariff goods.") is None
    assert p.screen("b.txt", "A tariff on football shirts and football boots.") is not None


def test_raw_check_ignores_negative_groups_so_menus_cannot_sink_a_page() -> None:
    p = profile(threshold=3.0, topic={"weight": 2.0, "keywords": ["tariff"]},
                noise={"weight": -3.0, "keywords": ["football"]})
    page = raw("<nav>Football Football Football</nav><p>A tariff on tariff goods.</p>", kind="html")
    assert p.screen_raw(page) is None


def test_raw_check_reads_visible_text_and_the_sources_title() -> None:
    p = profile(threshold=2.0, topic={"weight": 1.0, "keywords": ["lithium"]})
    hidden = raw("<script>var lithium = 'lithium lithium';</script><p>Nothing here.</p>", kind="html")
    titled = raw("<p>Nothing here but lithium.</p>", kind="html", title="A lithium deal")
    assert p.screen_raw(hidden) is not None
    assert p.screen_raw(titled) is None


@pytest.mark.parametrize("slug", sorted({**ON_TOPIC, **OFF_TOPIC}))
def test_raw_check_never_skips_a_page_the_article_check_keeps(demo: Profile, settings: Settings, slug: str) -> None:
    title, text = {**ON_TOPIC, **OFF_TOPIC}[slug]
    page = raw(page_html(title, text, nav="<a>Football</a> <a>Recipes</a> <a>Celebrity</a>"), kind="html")
    article = clean(page, settings)
    assert isinstance(article, Article)
    if demo.screen_article(article) is None:
        assert demo.screen_raw(page) is None
    assert demo.score(f"{article.title}\n{article.body}").total <= demo.score(
        page_html(title, text), upper_bound=True).total + 1e-9


def test_pipeline_extracts_on_topic_pages_and_skips_the_rest_before_cleaning(demo: Profile, settings: Settings,
                                                                              nlp: Any) -> None:
    pages = [raw(page_html(*ON_TOPIC["rail-loan"]), source="on.html", kind="html"),
             raw(page_html(*OFF_TOPIC["cup-final"]), source="off.html", kind="html")]
    on, off = run_documents(pages, settings, nlp=nlp, profile=demo)
    assert isinstance(on, Extraction) and on.article.source == "on.html"
    assert isinstance(off, Rejected) and off.reason == "off_profile" and off.detail.startswith("page:")


@pytest.mark.parametrize(("text", "message"), [
    ('threshold = 1\nnmae = "x"\n[[groups]]\nkeywords = ["a"]', "unknown key 'nmae'"),
    ('threshold = "high"\n[[groups]]\nkeywords = ["a"]', "threshold must be a number"),
    ("threshold = 1\n", "no [[groups]]"),
    ('threshold = 1\n[[groups]]\ncountries = ["Atlantis"]', "'Atlantis' is not a country"),
    ("threshold = 1\n[[groups]]\nweight = 2", "no keywords, entities or countries"),
    ("threshold = = 1", "not valid TOML"),
])
def test_bad_profile_is_a_config_error_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.toml") as caught:
        load_profile(path)
    assert message in caught.value.message


def test_missing_profile_file_says_what_to_give(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the profile"):
        load_profile(tmp_path / "nope.toml")


def test_iso_codes_are_accepted_as_countries() -> None:
    p = profile(threshold=1.0, places={"weight": 1.0, "countries": ["ZMB", "NAM"]})
    assert p.score("Zambia and Namibia and Chile").total == 2.0
