"""entities@3 and quotes@2 on the news articles of tests/extract/news_articles.py (written for these tests):
every quote found with its speaker, every person with the title and country the article gives."""

from __future__ import annotations

import re
from typing import Any

import pytest

from dragoman.extract.document import Document
from tests.extract.news_articles import ARTICLES, NewsArticle
from tests.helpers import make_document


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (text or "").lower().replace("\u2019", "'")))


def _same_quote(expected: str, found: str) -> bool:
    a, b = " ".join(sorted(_words(expected))), " ".join(sorted(_words(found)))
    return a == b or expected.strip() == found.strip()


def _names(expected: str | None, found: str | None) -> bool:
    """The expected name's words are all in the found one ("foreign ministry" in "Chinese Foreign Ministry")."""
    if expected is None or found is None:
        return expected is found
    return _words(expected) <= _words(found)


_DOCUMENTS: dict[str, Document] = {}
BY_ID = {a.id: a for a in ARTICLES}


def _document(nlp: Any, article: NewsArticle) -> Document:
    if article.id not in _DOCUMENTS:
        _DOCUMENTS[article.id] = make_document(nlp, article.body, names=["entities", "quotes"])
    return _DOCUMENTS[article.id]


QUOTE_CASES = [pytest.param(a.id, speaker, text, id=f"{a.id}: {text[:40]}") for a in ARTICLES for speaker, text in a.quotes]
PERSON_CASES = [pytest.param(a.id, name, id=f"{a.id}: {name}") for a in ARTICLES for name in a.people]
ORG_CASES = [pytest.param(a.id, name, id=f"{a.id}: {name}") for a in ARTICLES for name in a.organizations]


@pytest.mark.parametrize(("article_id", "speaker", "text"), QUOTE_CASES)
def test_quote_is_found_with_its_speaker(nlp: Any, article_id: str, speaker: str | None, text: str) -> None:
    document = _document(nlp, BY_ID[article_id])
    found = [q for q in document.results["quotes"] if _same_quote(text, q.text)]
    assert found, [q.text for q in document.results["quotes"]]
    assert _names(speaker, found[0].speaker), found[0]
    span = found[0].span
    assert span is not None and document.text[span[0]:span[1]] == found[0].evidence


@pytest.mark.parametrize("article", ARTICLES, ids=[a.id for a in ARTICLES])
def test_no_quote_is_found_beyond_the_articles_speech(nlp: Any, article: NewsArticle) -> None:
    document = _document(nlp, article)
    extra = [q.text for q in document.results["quotes"]
             if not any(_same_quote(text, q.text) for _, text in article.quotes)]
    assert extra == []


@pytest.mark.parametrize(("article_id", "name"), PERSON_CASES)
def test_person_has_the_title_and_country_the_article_gives(nlp: Any, article_id: str, name: str) -> None:
    article = BY_ID[article_id]
    title, country = article.people[name]
    people = {e.name: e for e in _document(nlp, article).results["entities"] if e.type == "person"}
    assert name in people, sorted(people)
    assert _words(title) <= _words(people[name].title), people[name]
    if country:
        assert people[name].country == country, people[name]


@pytest.mark.parametrize(("article_id", "name"), ORG_CASES)
def test_organisation_is_named_in_full_with_its_country(nlp: Any, article_id: str, name: str) -> None:
    article = BY_ID[article_id]
    orgs = {e.name: e for e in _document(nlp, article).results["entities"] if e.type == "organization"}
    assert name in orgs, sorted(orgs)
    assert orgs[name].country == article.organizations[name], orgs[name]


@pytest.mark.parametrize("article", ARTICLES, ids=[a.id for a in ARTICLES])
def test_short_forms_and_programme_names_are_not_entities_of_their_own(nlp: Any, article: NewsArticle) -> None:
    found = {e.name for e in _document(nlp, article).results["entities"] if e.type in ("person", "organization")}
    assert not found & set(article.not_entities)
