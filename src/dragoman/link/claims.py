"""Aligned statements: one claim told differently by two texts of a story.

Sentences of different articles (not copies of one another) are aligned when they share enough
rare words (weighted by how rare each word is in the story); an aligned pair is then compared on
facets (``link.facets``): how sure (one hedges, "would probably", the other states it), how much
("overwhelmingly" against "largely"), when ("in the coming year" against "in 2026"), relative
timing ("after the summit" against "ahead of the summit"), durations ("more than a decade"
against "about 10 years"), and which group took part ("leaders" against "foreign ministers").
Pairs of one facet are joined into one discrepancy whose sides are the values, each with its
articles and sentences. Candidates come from an inverted index of rare words, so the work grows
with the story, not with the square of its sentences.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dragoman.link import facets as f
from dragoman.link.discrepancies import Discrepancy, Side
from dragoman.link.words import STOPWORDS, content_words, sentences, stem, tokens

ALIGN = 0.3  # weighted word overlap from which two sentences tell the same claim
ALIGN_SURE = 0.5  # a stricter bar for "one hedges, the other does not"
FACET_ALIGN = {"scope": 0.0, "when": 0.4, "duration": 0.12, "timing": 0.12, "attendees": 0.3, "firmness": 0.3}
MIN_WORDS, MAX_WORDS = 4, 70
NEAR = 8  # words either side of a facet's phrase that say what it is about
HEDGE_SCOPE = 5  # words after a hedge word that it hedges
SUBJECT_WORDS = 6  # words of a discrepancy's subject (what the two sentences share)


Pair = tuple[int, int, str, str, str, str, float]  # sentences i, j; value and phrase of each; alignment


@dataclass(frozen=True)
class Text:
    article_id: int
    body: str
    published: str | None = None
    group: int | None = None  # copies of one original share a group (and are never compared)
    names: Mapping[str, str] = field(default_factory=dict)  # a person's or organisation's name -> entity key
    title: str | None = None  # a headline is a claim too ("... to tour the region in 2026")


@dataclass
class Said:
    article_id: int
    group: int
    text: str
    words: list[str]
    keys: frozenset[str]
    facets: list[f.Facet] = field(default_factory=list)
    entities: frozenset[str] = frozenset()  # keys of the people and organisations it names
    labels: frozenset[str] = frozenset()  # capitalised names it uses ("C5+1", "Brightwater")
    may: bool = False  # "may" in lower case (the verb, not the month)


def _key(word: str) -> str:
    """Words meet on their first six letters after the plural is taken off ("included", "include")."""
    return stem(word)[:6]


def _said(text: Text, story_year: str | None = None) -> list[Said]:
    published = text.published or (f"{story_year}-" if story_year else None)
    body = text.body
    if text.title and text.title.strip() and not body.lstrip().startswith(text.title.strip()):
        body = f"{text.title.strip()}\n\n{body}"
    return _analysed(text.article_id, body, published, text.group, tuple(sorted(text.names.items())))


@lru_cache(maxsize=2048)
def _analysed(article_id: int, body: str, published: str | None, group: int | None,
              names: tuple[tuple[str, str], ...]) -> list[Said]:
    """The sentences of one text with their keys and facets (kept: a story is compared again and again)."""
    text = Text(article_id, body, published, group, dict(names))
    year = int(text.published[:4]) if text.published and text.published[:4].isdigit() else None
    out = []
    for sentence in sentences(text.body):
        words = content_words(sentence.text)
        if not MIN_WORDS <= len(words) <= MAX_WORDS:
            continue
        keys = frozenset(_key(w) for w in words if w not in f.HEDGES)
        found = [*f.degree(sentence.text), *f.timing(sentence.text), *f.durations(sentence.text),
                 *f.when(sentence.text, year), *f.groups(sentence.text), *f.firmness(sentence.text),
                 *f.scope(sentence.text), *f.stance(sentence.text)]
        named = frozenset(key for name, key in text.names.items() if len(name) > 2 and name in sentence.text)
        out.append(Said(text.article_id, text.group or text.article_id, sentence.text, tokens(sentence.text),
                        keys, found, named, _labels(sentence.text), bool(re.search(r"\bmay\b", sentence.text))))
    return out


_NOT_A_LABEL = frozenset(["the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "his", "her", "its", "their", "our", "mr", "mrs", "ms", "dr", "president", "secretary", "minister", "ministers", "deputy", "senator", "ambassador", "envoy", "prime", "foreign", "state", "department", "ministry", "government", "officials", "states", "united", "senior", "special"]) | f.GROUP_WORDS


def _labels(sentence: str) -> frozenset[str]:
    """Capitalised names past the first word that are not places, demonyms or titles ("C5+1", "Brightwater")."""
    from dragoman.extract.geo import country_code

    found = set()
    for match in re.finditer(r"(?<=\s)[A-Z][\w+-]{2,}", sentence):
        word = match.group(0)
        if word.lower() in _NOT_A_LABEL or word.lower() in STOPWORDS or country_code(word):
            continue
        if re.search(r"(?:an|ian|ese|ish)$", word) and not any(ch.isdigit() for ch in word):
            continue  # Asian, Chinese, British
        found.add(word.lower())
    return frozenset(found)


def claim_discrepancies(texts: Sequence[Text]) -> list[Discrepancy]:
    years = [t.published[:4] for t in texts if t.published and t.published[:4].isdigit()]
    story_year = max(years) if years else None  # stands in for an undated text's year
    said = [s for text in texts for s in _said(text, story_year)]
    if len({s.group for s in said}) < 2:
        return []
    df, idf = key_weights([s.keys for s in said])
    rare_limit = max(3, len(said) // 4)
    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(said):
        for k in s.keys:
            if df[k] <= rare_limit:
                index[k].append(i)
    pairs: dict[str, list[Pair]] = defaultdict(list)
    _degrees(said, pairs)
    _stances(said, pairs)
    for i, s in enumerate(said):
        candidates: dict[int, int] = defaultdict(int)
        for k in s.keys:
            for j in index.get(k, ()):
                if j > i and said[j].group != s.group:
                    candidates[j] += 1
        for j, shared in candidates.items():
            if shared >= 2:
                _compare(said, i, j, idf, pairs)
    return _gather(said, pairs)


def key_weights(keysets: Sequence[frozenset[str]]) -> tuple[dict[str, int], dict[str, float]]:
    """(in how many sentences each key is, its weight: rarer keys weigh more) over a story's sentences."""
    df: dict[str, int] = defaultdict(int)
    for keys in keysets:
        for k in keys:
            df[k] += 1
    return df, {k: math.log((len(keysets) + 1) / n) for k, n in df.items()}


def _degrees(said: list[Said], pairs: dict[str, list[Pair]]) -> None:
    """Degrees of one word ("overwhelmingly X", "largely X") are compared across the story without alignment:
    the word itself anchors the claim."""
    by_word: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for i, s in enumerate(said):
        for name, value, phrase in s.facets:
            if name.startswith("degree:"):
                by_word[name].append((i, value, phrase))
    for name, seen in by_word.items():
        for x, (i, value_a, phrase_a) in enumerate(seen):
            for j, value_b, phrase_b in seen[x + 1:]:
                others = (said[i].keys & said[j].keys) - {name.split(":", 1)[1][:6]}
                if value_a != value_b and said[i].group != said[j].group and others:
                    pairs[name].append((i, j, value_a, phrase_a, value_b, phrase_b, 0.0))


def _stances(said: list[Said], pairs: dict[str, list[Pair]]) -> None:
    """Stances toward one country's influence ("away from Chinese influence", "balancing China's presence")
    are compared across the story, within one text too: the country anchors the claim."""
    by_country: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for i, s in enumerate(said):
        for name, value, phrase in s.facets:
            if name.startswith("stance:"):
                by_country[name].append((i, value, phrase))
    for name, seen in by_country.items():
        for x, (i, value_a, phrase_a) in enumerate(seen):
            for j, value_b, phrase_b in seen[x + 1:]:
                if value_a != value_b and i != j:
                    pairs[name].append((i, j, value_a, phrase_a, value_b, phrase_b, 0.0))


def _overlap(a: Said, b: Said, idf: dict[str, float]) -> float:
    shared = sum(idf[k] for k in a.keys & b.keys)
    smaller = min(sum(idf[k] for k in a.keys), sum(idf[k] for k in b.keys))
    return shared / smaller if smaller else 0.0


def _compare(said: list[Said], i: int, j: int, idf: dict[str, float],
             pairs: dict[str, list[Pair]]) -> None:
    a, b = said[i], said[j]
    score = _overlap(a, b, idf)
    for name in {x[0] for x in a.facets if not x[0].startswith(("degree:", "stance:"))} & {x[0] for x in b.facets}:
        if score < FACET_ALIGN.get(name.split(":")[0], ALIGN) and not _near_alike(a, b, name):
            continue
        if name == "attendees" and not (a.entities & b.entities):
            continue  # who met whom: the two sentences must name the same host
        if name.startswith("scope:") and not (a.entities & b.entities):
            continue  # where a visit goes: the two sentences must name the same visitor
        if name in ("duration", "timing", "firmness") and not (a.labels & b.labels):
            continue  # how long or when of what: the two sentences must name the same thing
        if name == "firmness" and not _same_act(a, b, name):
            continue  # how firm an intention: the same intended action must follow both wordings
        va = {x[1]: x[2] for x in a.facets if x[0] == name}
        vb = {x[1]: x[2] for x in b.facets if x[0] == name}
        same_words = {p.lower() for p in va.values()} & {p.lower() for p in vb.values()}
        if not _compatible(name, set(va), set(vb)) and not same_words:
            (value_a, phrase_a), (value_b, phrase_b) = _differing(name, va, vb)
            pairs[name].append((i, j, value_a, phrase_a, value_b, phrase_b, score))
    if score >= ALIGN_SURE and not (a.text.endswith("?") or b.text.endswith("?")):
        hedge_a, hedge_b = _hedge(a, b), _hedge(b, a)
        if bool(hedge_a) != bool(hedge_b):
            pairs["certainty"].append((i, j, "hedged" if hedge_a else "stated", hedge_a or "stated as fact",
                                       "hedged" if hedge_b else "stated", hedge_b or "stated as fact", score))


def _near(s: Said, name: str) -> set[str]:
    """The keys of the words around the sentence's phrases of one facet (what the phrase is about)."""
    keys: set[str] = set()
    for facet, _, phrase in s.facets:
        if facet != name:
            continue
        words = tokens(phrase)
        for i in range(len(s.words) - len(words) + 1):
            if s.words[i:i + len(words)] == words:
                window = s.words[max(0, i - NEAR):i] + s.words[i + len(words):i + len(words) + NEAR]
                keys |= {_key(w) for w in window if w not in STOPWORDS and len(w) >= 3 and w not in f.HEDGES}
    return keys


def _acts(s: Said, name: str) -> list[tuple[str, set[str]]]:
    """For each phrase of one facet: the key of the act it introduces ("would table", "efforts to
    scrap": "table", "scrap") and the keys of the content words that follow (what is intended)."""
    out = []
    for facet, _, phrase in s.facets:
        words = tokens(phrase)
        for i in range(len(s.words) - len(words) + 1) if facet == name else ():
            if s.words[i:i + len(words)] == words:
                after = [w for w in s.words[i + len(words):] if w not in STOPWORDS and len(w) >= 3]
                verb = words[-1] if words[-1] not in ("to", "for", "of", "towards", "toward") else next(iter(after), "")
                out.append((_key(verb), {_key(w) for w in after[:2 * NEAR]}))
    return out


def _same_act(a: Said, b: Said, name: str) -> bool:
    """True when the act one sentence intends is among the words the other's intention is about."""
    acts_a, acts_b = _acts(a, name), _acts(b, name)
    return any(verb_a in after_b or verb_b in after_a
               for verb_a, after_a in acts_a for verb_b, after_b in acts_b)


def _near_alike(a: Said, b: Said, name: str) -> bool:
    """True when the words around the two phrases mostly agree ("to visit the five ... countries in 2026")."""
    near_a, near_b = _near(a, name), _near(b, name)
    shared = near_a & near_b
    return len(shared) >= 3 and len(shared) >= 0.5 * min(len(near_a), len(near_b))


def _differing(name: str, va: dict[str, str], vb: dict[str, str]) -> tuple[tuple[str, str], tuple[str, str]]:
    """The pair of values that differ (for years: a comparable pair)."""
    for x, px in va.items():
        for y, py in vb.items():
            if name != "when" or f.years_compared(x, y) in ("precision", "conflict"):
                return (x, px), (y, py)
    return next(iter(va.items())), next(iter(vb.items()))


def _compatible(name: str, a: set[str], b: set[str]) -> bool:
    if a & b:
        return True
    if name == "when":  # differing only when some pair of years is comparable and not the same
        return not any(f.years_compared(x, y) in ("precision", "conflict") for x in a for y in b)
    if name == "attendees":
        return any(f.group_within(x, y) or f.group_within(y, x) for x in a for y in b)
    return False


def _hedge(s: Said, other: Said) -> str:
    """The hedge of ``s`` over words ``other`` also says ("would probably be a week-long trip"), or "".

    The hedge's scope is the content words just after it; ``other`` must say at least two of them,
    so that the hedge is about the claim the two sentences share.
    """
    for i, word in enumerate(s.words):
        if word in f.HEDGES and (word != "may" or s.may):
            scope = {_key(w) for w in s.words[i + 1:i + 1 + HEDGE_SCOPE] if w not in STOPWORDS and len(w) >= 3}
            if len(scope & other.keys) >= 2:
                return " ".join(s.words[max(0, i - 2):i + 4])
    return ""


def _gather(said: list[Said], pairs: dict[str, list[Pair]]) -> list[Discrepancy]:
    """One discrepancy per facet and connected group of sentences; its sides are the values."""
    found = []
    for name, links in sorted(pairs.items()):
        parent: dict[int, int] = {}
        for i, j, *_ in links:
            parent[_root(parent, i)] = _root(parent, j)
        components: dict[int, list[Pair]] = defaultdict(list)
        for link in links:
            components[_root(parent, link[0])].append(link)
        for component in components.values():
            sides: dict[str, Side] = {}
            best: dict[tuple[str, int], float] = {}
            for i, j, value_a, phrase_a, value_b, phrase_b, score in sorted(component, key=lambda p: -p[6]):
                for index, value, phrase in ((i, value_a, phrase_a), (j, value_b, phrase_b)):
                    side = sides.setdefault(value, Side(value=value, text=phrase, articles=[]))
                    s = said[index]
                    if s.article_id not in side.articles:
                        side.articles.append(s.article_id)
                    if score > best.get((value, s.article_id), -1.0):
                        best[(value, s.article_id)] = score
                        side.evidence[s.article_id] = s.text
            if len(sides) >= 2:
                within = len({a for side in sides.values() for a in side.articles}) == 1
                found.append(Discrepancy(kind="claim", field=name.split(":")[0], subject=_subject(name, component, said),
                                         severity=_severity(name, list(sides)), sides=list(sides.values()),
                                         note="one article tells it two ways" if within else ""))
    return found


def _root(parent: dict[int, int], x: int) -> int:
    while parent.setdefault(x, x) != x:
        x = parent[x]
    return x


def _subject(name: str, component: list[Pair], said: list[Said]) -> str:
    if name.startswith("stance:"):
        from dragoman.extract.geo import country_name

        return f"{country_name(name.split(':', 1)[1])}'s influence"
    if ":" in name:
        return name.split(":", 1)[1]
    i, j = component[0][0], component[0][1]
    shared = [w for w in said[i].words if _key(w) in said[j].keys and w not in f.HEDGES and len(w) > 3
              and w not in _NOT_A_LABEL and stem(w) not in _NOT_A_LABEL]  # no titles: "marco rubio hosted reception"
    return " ".join(list(dict.fromkeys(shared))[:SUBJECT_WORDS])


def _severity(name: str, values: list[str]) -> str:
    if name.startswith("scope:"):
        return "precision"  # the region and the count of its countries can both be right
    if name == "when":
        compared = {f.years_compared(a, b) for i, a in enumerate(values) for b in values[i + 1:]}
        return "conflict" if "conflict" in compared else "precision"
    if name == "duration" and len({v.lstrip("=<>~") for v in values}) == 1:
        exact = {v[0] for v in values if v[0] in "=><" and not v.startswith("~")}
        return "conflict" if exact >= {"=", ">"} or exact >= {"=", "<"} else "precision"
    return "conflict"
