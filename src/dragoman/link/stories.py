"""Stories: articles about one happening, clustered incrementally.

Each article gets a profile (its resolved entities weighted by kind and mentions, its top
content words, the days it is about). Each story keeps the running sum of its articles'
profiles. A new article is compared only with the stories that share one of its lookup keys
in the weeks around its days (the store indexes keys by week), and joins the most similar
one above ``JOIN``, or opens a story of its own. Nothing is ever reclustered.

Similarity = half entity agreement (how much of the article's main entities the story
mentions, weighted: people and organisations count more than places and countries) plus half
word agreement (cosine of content-word vectors).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dragoman.link.words import content_words, stem

JOIN = 0.25  # lowest similarity at which an article joins a story
MERGE = 0.35  # an article this similar to two stories shows they are one: they merge
WINDOW_DAYS = 21  # days apart within which coverage counts as one happening without question
MAX_GAP_DAYS = 120  # beyond the window, only ever closer matches join, and never from further than this
BUCKET_DAYS = 7  # the store files lookup keys by week
TOP_ENTITIES = 12
TOP_TERMS = 30
STORY_CAP = 300  # entities and terms kept per story
LOOKUP_ENTITIES = 8
LOOKUP_TERMS = 6
TYPE_WEIGHT = {"person": 3.0, "organization": 2.0, "place": 1.0, "other": 1.0, "country": 0.5}


@dataclass
class ArticleProfile:
    entities: dict[str, float]  # "e<id>" -> weight
    terms: dict[str, float]  # stemmed content word -> unit-vector weight
    days: list[int] = field(default_factory=list)  # date.toordinal() values, sorted
    kinds: dict[str, str] = field(default_factory=dict)  # "e<id>" -> entity type
    cues: list[str] = field(default_factory=list)  # the headline's words: what it is about

    def to_json(self) -> dict[str, Any]:
        return {"entities": self.entities, "terms": self.terms, "days": self.days, "kinds": self.kinds,
                "cues": self.cues}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ArticleProfile:
        return cls(entities=dict(data.get("entities") or {}), terms=dict(data.get("terms") or {}),
                   days=list(data.get("days") or []), kinds=dict(data.get("kinds") or {}),
                   cues=list(data.get("cues") or []))


@dataclass
class StoryProfile:
    story_id: int
    entities: dict[str, float] = field(default_factory=dict)  # "e<id>" -> number of articles naming it
    kinds: dict[str, str] = field(default_factory=dict)  # "e<id>" -> entity type
    terms: dict[str, float] = field(default_factory=dict)  # summed article term vectors
    articles: int = 0
    first_day: int | None = None
    last_day: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"entities": self.entities, "kinds": self.kinds, "terms": self.terms, "articles": self.articles,
                "first_day": self.first_day, "last_day": self.last_day}

    @classmethod
    def from_json(cls, story_id: int, data: Mapping[str, Any]) -> StoryProfile:
        return cls(story_id=story_id, entities=dict(data.get("entities") or {}), kinds=dict(data.get("kinds") or {}),
                   terms=dict(data.get("terms") or {}), articles=int(data.get("articles") or 0),
                   first_day=data.get("first_day"), last_day=data.get("last_day"))


def entity_key(entity_id: int) -> str:
    return f"e{entity_id}"


def profile(title: str | None, body: str, entities: Iterable[tuple[int, str, int]], days: Sequence[int]) -> ArticleProfile:
    """An article's profile from its title, body, ``(entity_id, type, mentions)`` and days."""
    weights: dict[str, float] = {}
    kinds: dict[str, str] = {}
    for entity_id, type_, mentions in entities:
        key = entity_key(entity_id)
        weight = TYPE_WEIGHT.get(type_, 1.0) * (1.0 + math.log(max(1, mentions)))
        weights[key] = max(weights.get(key, 0.0), weight)
        kinds[key] = type_
    top = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ENTITIES])
    counts = Counter(stem(w) for w in content_words(body))
    for word in content_words(title or ""):
        counts[stem(word)] += 2
    terms = {t: 1.0 + math.log(n) for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]}
    norm = math.sqrt(sum(v * v for v in terms.values())) or 1.0
    cues = sorted({stem(w) for w in content_words(title or "")}, key=lambda w: (-len(w), w))[:LOOKUP_TERMS]
    return ArticleProfile(entities={k: round(v, 4) for k, v in top.items()},
                          terms={t: round(v / norm, 5) for t, v in terms.items()}, days=sorted(set(days)),
                          kinds={k: kinds[k] for k in top}, cues=cues)


def lookup_keys(article: ArticleProfile) -> list[str]:
    """The keys a story is filed under and looked up by: main entities (no countries) and words.

    The words are the headline's (its longest), else the body's most frequent: a headline names
    the happening, where a body's most frequent words are often everyday ones every story shares.
    """
    ents = [k for k, _ in sorted(article.entities.items(), key=lambda kv: (-kv[1], kv[0]))
            if article.kinds.get(k) != "country"][:LOOKUP_ENTITIES]
    words = article.cues or [t for t, _ in sorted(article.terms.items(), key=lambda kv: (-kv[1], kv[0]))]
    return ents + [f"w:{t}" for t in words[:LOOKUP_TERMS]]


def buckets(days: Sequence[int]) -> list[int]:
    """The week numbers to search for an article with these days (none: search every week)."""
    if not days:
        return []
    lo, hi = (min(days) - MAX_GAP_DAYS) // BUCKET_DAYS, (max(days) + MAX_GAP_DAYS) // BUCKET_DAYS
    return list(range(lo, hi + 1))


def filing_buckets(days: Sequence[int]) -> list[int]:
    """The week numbers an article's keys are filed under (week -1 when it has no days)."""
    return sorted({d // BUCKET_DAYS for d in days}) or [-1]


def day_gap(article_days: Sequence[int], story: StoryProfile) -> int | None:
    """Days between the article and the story's span; None when either has no days."""
    if not article_days or story.first_day is None or story.last_day is None:
        return None
    if max(article_days) < story.first_day:
        return story.first_day - max(article_days)
    if min(article_days) > story.last_day:
        return min(article_days) - story.last_day
    return 0


def similarity(article: ArticleProfile, story: StoryProfile) -> float:
    """How likely the article reports the story's happening, 0 to 1 (0 further than ``MAX_GAP_DAYS``).

    Distance in time lowers the score: by up to 30 % within ``WINDOW_DAYS``, then on down to 60 %
    at ``MAX_GAP_DAYS``, so that a story running for months (a deal from proposal to ground-breaking)
    holds together through its people and firms, while a merely similar later story does not join.
    """
    gap = day_gap(article.days, story)
    if gap is not None and gap > MAX_GAP_DAYS:
        return 0.0
    entity_part = max(_article_side(article, story), _story_side(article, story)) if story.articles else 0.0
    norm = math.sqrt(sum(v * v for v in story.terms.values())) or 1.0
    term_part = sum(v * story.terms.get(t, 0.0) for t, v in article.terms.items()) / norm
    score = 0.5 * entity_part + 0.5 * term_part
    if gap:
        score *= time_factor(gap)
    return score


def time_factor(gap: int) -> float:
    if gap <= WINDOW_DAYS:
        return 1.0 - 0.3 * gap / WINDOW_DAYS
    return 0.7 - 0.3 * (gap - WINDOW_DAYS) / (MAX_GAP_DAYS - WINDOW_DAYS)


def _article_side(article: ArticleProfile, story: StoryProfile) -> float:
    """How much of the article's main entities the story's articles name."""
    total = sum(article.entities.values())
    if not total:
        return 0.0
    return sum(w * min(1.0, 2.0 * story.entities.get(k, 0.0) / story.articles)
               for k, w in article.entities.items()) / total


def _story_side(article: ArticleProfile, story: StoryProfile) -> float:
    """How much of the story's main entities the article names."""
    weights = {k: TYPE_WEIGHT.get(story.kinds.get(k, "other"), 1.0) * n / story.articles
               for k, n in story.entities.items()}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ENTITIES]
    total = sum(w for _, w in top)
    if not total:
        return 0.0
    return sum(w for k, w in top if k in article.entities) / total


def choose_story(article: ArticleProfile, candidates: Iterable[StoryProfile], *, join: float = JOIN,
                 merge: float = MERGE) -> tuple[int | None, list[int]]:
    """(story to join or None to open one, other stories the article shows to be the same one).

    The article joins the most similar story when it reaches ``join``; every other story it
    matches at ``merge`` or more is the same happening, reached from another side, and is
    merged into the first (a bridge: a summit report that ties the eve-of-summit coverage to
    the deals announced the next day).
    """
    scored = sorted(((similarity(article, story), story.story_id) for story in candidates),
                    key=lambda pair: (-pair[0], pair[1]))
    if not scored or scored[0][0] < join:
        return None, []
    best = scored[0][1]
    return best, [story_id for score, story_id in scored[1:] if score >= merge and scored[0][0] >= merge]


def combine(into: StoryProfile, other: StoryProfile) -> StoryProfile:
    """One story's running sums folded into another's (when two stories prove to be one)."""
    for key, count in other.entities.items():
        into.entities[key] = into.entities.get(key, 0.0) + count
        into.kinds.setdefault(key, other.kinds.get(key, "other"))
    for term, value in other.terms.items():
        into.terms[term] = into.terms.get(term, 0.0) + value
    into.articles += other.articles
    days = [d for d in (into.first_day, into.last_day, other.first_day, other.last_day) if d is not None]
    into.first_day, into.last_day = (min(days), max(days)) if days else (None, None)
    return _capped(into)


def absorb(story: StoryProfile, article: ArticleProfile) -> StoryProfile:
    """The story with one more article folded into its running sums (bounded in size)."""
    for key in article.entities:
        story.entities[key] = story.entities.get(key, 0.0) + 1.0
        story.kinds[key] = article.kinds.get(key, story.kinds.get(key, "other"))
    for term, value in article.terms.items():
        story.terms[term] = story.terms.get(term, 0.0) + value
    story.articles += 1
    if article.days:
        story.first_day = min(article.days) if story.first_day is None else min(story.first_day, min(article.days))
        story.last_day = max(article.days) if story.last_day is None else max(story.last_day, max(article.days))
    return _capped(story)


def _capped(story: StoryProfile) -> StoryProfile:
    if len(story.entities) > STORY_CAP:
        keep = sorted(story.entities.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_CAP]
        story.entities = dict(keep)
        story.kinds = {k: story.kinds[k] for k in story.entities if k in story.kinds}
    if len(story.terms) > STORY_CAP:
        story.terms = dict(sorted(story.terms.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_CAP])
    return story


def remove(story: StoryProfile, article: ArticleProfile) -> StoryProfile:
    """The story without one article's contribution (its span is kept: days only ever widen)."""
    for key in article.entities:
        left = story.entities.get(key, 0.0) - 1.0
        if left > 0:
            story.entities[key] = left
        else:
            story.entities.pop(key, None)
            story.kinds.pop(key, None)
    for term, value in article.terms.items():
        left = story.terms.get(term, 0.0) - value
        if left > 1e-9:
            story.terms[term] = left
        else:
            story.terms.pop(term, None)
    story.articles = max(0, story.articles - 1)
    return story


def lone_to_adopt(story: StoryProfile, candidates: Iterable[StoryProfile],
                  lone_article: Callable[[int], ArticleProfile | None]) -> list[int]:
    """Stories of one article, among ``candidates``, that the grown ``story`` now matches.

    An article that arrived before the coverage that explains it opened a story of its own (a
    president's tour stop ingested before the summit reports); once the story it belongs to has
    grown, that lone article scores against it as any newcomer would, and joins it at ``JOIN``.
    ``lone_article`` gives the article profile of a one-article story.
    """
    adopted = []
    for lone in candidates:
        if lone.story_id == story.story_id or lone.articles != 1:
            continue
        article = lone_article(lone.story_id)
        if article is not None and similarity(article, story) >= JOIN:
            adopted.append(lone.story_id)
    return adopted


class StoryIndex:
    """The store's story lookup in memory (keys filed by week): for batches and benchmarks."""

    def __init__(self, candidates: int = 30) -> None:
        self.stories: dict[int, StoryProfile] = {}
        self._postings: dict[str, dict[int, set[int]]] = {}
        self._filed: dict[int, set[tuple[str, int]]] = {}
        self._merged_into: dict[int, int] = {}
        self._lone: dict[int, ArticleProfile] = {}  # the article of each one-article story
        self._last_id = 0
        self._limit = candidates

    def current(self, story_id: int) -> int:
        """The story ``story_id`` is now part of (stories merge)."""
        while story_id in self._merged_into:
            story_id = self._merged_into[story_id]
        return story_id

    def candidates(self, article: ArticleProfile) -> list[StoryProfile]:
        weeks = [*buckets(article.days), -1] if article.days else None
        hits: Counter[int] = Counter()
        for key in lookup_keys(article):
            filed = self._postings.get(key, {})
            for week in filed if weeks is None else weeks:
                hits.update(filed.get(week, ()))
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: self._limit]
        return [self.stories[story_id] for story_id, _ in ranked if story_id in self.stories]

    def assign(self, article: ArticleProfile, joined: int | None = None) -> int:
        """Join the article to ``joined``, to the best story, or to a new one; returns the story id."""
        story_id: int | None = self.current(joined) if joined is not None else None
        merged: list[int] = []
        candidates: list[StoryProfile] = []
        if story_id is None:
            candidates = self.candidates(article)
            story_id, merged = choose_story(article, candidates)
        if story_id is None:
            self._last_id += 1
            story_id = self._last_id
            self.stories[story_id] = StoryProfile(story_id=story_id)
        self._combine(story_id, merged)
        absorb(self.stories[story_id], article)
        if candidates:
            self._combine(story_id, lone_to_adopt(self.stories[story_id],
                                                  [c for c in candidates if c.story_id in self.stories],
                                                  self._lone.get))
        self._lone.pop(story_id, None)
        if self.stories[story_id].articles == 1:
            self._lone[story_id] = article
        for key in lookup_keys(article):
            for week in filing_buckets(article.days):
                self._file(key, week, story_id)
        return story_id

    def _combine(self, story_id: int, others: Iterable[int]) -> None:
        for other in others:
            combine(self.stories[story_id], self.stories.pop(other))
            self._lone.pop(other, None)
            self._merged_into[other] = story_id
            for key, week in self._filed.pop(other, set()):
                self._file(key, week, story_id, drop=other)

    def _file(self, key: str, week: int, story_id: int, drop: int | None = None) -> None:
        ids = self._postings.setdefault(key, {}).setdefault(week, set())
        ids.discard(drop)  # type: ignore[arg-type]
        ids.add(story_id)
        self._filed.setdefault(story_id, set()).add((key, week))
