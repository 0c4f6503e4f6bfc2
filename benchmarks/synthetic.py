"""Synthetic news for the link benchmarks: stories of a few articles at a steady daily rate.

Each story has its own people, organisations, countries and topic words; its articles come out
within three days, written from its topic words and a shared general vocabulary (Zipf-like),
and about one article in twelve is a wire copy of an earlier one with a few words changed.
Deterministic (seeded), so runs can be compared.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import time
from dataclasses import dataclass

from dragoman.link import dedup
from dragoman.link import stories as story_link

PER_DAY = 300
START = dt.date(2025, 1, 1).toordinal()
SYLLABLES = [a + b for a in "bcdfghklmnprstvz" for b in "aeiou"]


@dataclass
class Synthetic:
    story: int
    copy_of: int | None
    title: str
    body: str
    day: int
    entities: list[tuple[int, str, int]]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def generate(count: int, seed: int = 7) -> list[Synthetic]:
    rng = random.Random(seed)
    general = [_word(rng) for _ in range(20_000)]
    topics = [_word(rng) for _ in range(60_000)]
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(general))))
    out: list[Synthetic] = []
    story = 0
    while len(out) < count:
        story += 1
        size = min(12, max(1, int(rng.expovariate(1 / 4)) + 1))
        first_day = START + len(out) // PER_DAY
        topic = rng.sample(topics, 30)
        people = [(rng.randrange(1, 200_000), "person", rng.randint(1, 4)) for _ in range(3)]
        firms = [(rng.randrange(200_000, 300_000), "organization", rng.randint(1, 3)) for _ in range(2)]
        places = [(300_000 + rng.randrange(200), "country", 2) for _ in range(2)]
        members: list[int] = []
        for _ in range(size):
            if len(out) >= count:
                break
            day = first_day + rng.randint(0, 3)
            if members and rng.random() < 0.08:
                original = rng.choice(members)
                words = out[original].body.split()
                for i in rng.sample(range(len(words)), max(1, len(words) // 20)):
                    words[i] = rng.choice(general)
                out.append(Synthetic(story, original, out[original].title, " ".join(words), day,
                                     out[original].entities))
                continue
            body = rng.choices(topic, k=70) + rng.choices(general, cum_weights=cumulative, k=70)
            rng.shuffle(body)
            title = " ".join(rng.sample(topic, 6))
            ents = rng.sample(people, 2) + rng.sample(firms, 1) + places
            members.append(len(out))
            out.append(Synthetic(story, None, title, " ".join(body), day, ents))
    return out


def run(articles: list[Synthetic]) -> dict[str, float]:
    bands = dedup.BandIndex()
    index = story_link.StoryIndex()
    story_of: list[int] = []
    found_copy: list[int | None] = []
    t_dedup = t_story = 0.0
    tail_from = len(articles) - len(articles) // 10
    t_tail = 0.0
    for i, a in enumerate(articles):
        t0 = time.perf_counter()
        sig = dedup.signature(a.body)
        assert sig is not None
        keys = dedup.band_keys(sig)
        copy = dedup.find_original(sig, bands.candidates(keys))
        bands.add(dedup.Known(article_id=i, signature=sig, published=None,
                              original_id=copy.original_id if copy else None), keys)
        t1 = time.perf_counter()
        profile = story_link.profile(a.title, a.body, a.entities, [a.day])
        story_of.append(index.assign(profile, joined=story_of[copy.original_id] if copy else None))
        found_copy.append(copy.original_id if copy else None)
        t2 = time.perf_counter()
        t_dedup += t1 - t0
        t_story += t2 - t1
        if i >= tail_from:
            t_tail += t2 - t0
    story_of = [index.current(s) for s in story_of]
    planted = {i for i, a in enumerate(articles) if a.copy_of is not None}
    flagged = {i for i, c in enumerate(found_copy) if c is not None}
    return {"dedup_s": t_dedup, "story_s": t_story, "tail_us": 1e6 * t_tail / max(1, len(articles) - tail_from),
            "copy_recall": len(planted & flagged) / max(1, len(planted)),
            "copy_precision": len(planted & flagged) / max(1, len(flagged)),
            **_story_quality(articles, story_of)}


def _story_quality(articles: list[Synthetic], story_of: list[int], samples: int = 200_000) -> dict[str, float]:
    """Pairwise precision and recall of the stories found against the planted ones (sampled pairs)."""
    rng = random.Random(1)
    by_truth: dict[int, list[int]] = {}
    for i, a in enumerate(articles):
        by_truth.setdefault(a.story, []).append(i)
    same_truth = [(x, y) for group in by_truth.values() for k, x in enumerate(group) for y in group[k + 1:]]
    recall = sum(story_of[x] == story_of[y] for x, y in same_truth) / max(1, len(same_truth))
    by_found: dict[int, list[int]] = {}
    for i, s in enumerate(story_of):
        by_found.setdefault(s, []).append(i)
    same_found = [(x, y) for group in by_found.values() if len(group) < 500 for k, x in enumerate(group)
                  for y in group[k + 1:]]
    if len(same_found) > samples:
        same_found = rng.sample(same_found, samples)
    precision = sum(articles[x].story == articles[y].story for x, y in same_found) / max(1, len(same_found))
    return {"story_precision": precision, "story_recall": recall, "stories_found": float(len(by_found)),
            "stories_planted": float(len(by_truth))}


def scale(sizes: list[int]) -> int:
    results = []
    for size in sizes:
        articles = generate(size)
        t0 = time.perf_counter()
        figures = run(articles)
        total = time.perf_counter() - t0
        per = 1e6 * total / size
        results.append((size, per, figures["tail_us"]))
        print(f"{size:>7} articles: {total:7.1f} s total ({per:6.0f} us/article; dedup {figures['dedup_s']:.1f} s, "
              f"stories {figures['story_s']:.1f} s; last tenth {figures['tail_us']:.0f} us/article); copies recall {figures['copy_recall']:.3f} precision "
              f"{figures['copy_precision']:.3f}; stories {figures['stories_found']:.0f} found / "
              f"{figures['stories_planted']:.0f} planted, pairwise precision {figures['story_precision']:.3f} "
              f"recall {figures['story_recall']:.3f}")
    for (small, per_small, tail_small), (big, per_big, tail_big) in itertools.pairwise(results):
        print(f"{big} vs {small} articles: total time x{big * per_big / (small * per_small):.1f} for "
              f"x{big / small:.0f} articles; mean cost per article x{per_big / per_small:.2f}, cost per article "
              f"at the end of the run x{tail_big / tail_small:.2f} (1.00 = linear)")
    span = 2 * story_link.MAX_GAP_DAYS
    print(f"(story lookups span {span} days = {span * PER_DAY} articles at this rate: until a run is that long, "
          "each new article can see more candidate stories)")
    return 0
