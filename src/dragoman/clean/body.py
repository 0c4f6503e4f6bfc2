"""Pick the article's lines out of a flattened page.

The page is read as lines with a shape each (``lines.py``). Prose lines close together form
*clusters*; a section header ("Related articles", "TRENDING"), a comment header or a long run of
other lines (a menu) ends a cluster. The heaviest cluster is the article: prose counts, a lone
paragraph less, a cluster under its own headline more; teaser lists, widgets printed twice and
text after a comment header count far less. Other clusters join it when their words belong to
the article and they do not read like teasers (after a "Related" box, several paragraphs must
follow), never after a comment header. Inside the chosen clusters prose is kept verbatim (the
first copy of a repeated paragraph) with lone subheadings; menus, runs of headlines, credits and
prompts are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from dragoman.clean import patterns as pt
from dragoman.clean.lines import Line, Shape

#: non-prose lines allowed between two prose lines of one cluster (furniture lines do not count)
MAX_GAP = 3
#: a run of this many non-prose lines of any kind (a menu, a footer) always ends a cluster
MAX_RUN = 6
#: share of a paragraph's content words seen elsewhere in the article for it to belong there
JOIN_OVERLAP = 0.3  # one paragraph cut off from the article by a long run of other lines
JOIN_OVERLAP_SEVERAL = 0.15  # several paragraphs cut off likewise (a gallery, a box of links)
RESUME_OVERLAP = 0.1  # paragraphs after a "Related"/"TRENDING" header (teasers are told by shape)
#: a headline and paragraph after the article whose words are this foreign are a teaser
TEASER_OVERLAP = 0.15


@dataclass
class Cluster:
    lines: list[Line] = field(default_factory=list)
    after_section: bool = False  # a "Related"/"TRENDING" header stands in the gap before it
    after_end: bool = False  # a comment or author-box header stands in the gap before it
    lead_in: list[Line] = field(default_factory=list)  # the lines of that gap

    @property
    def prose(self) -> list[Line]:
        return [line for line in self.lines if line.shape is Shape.PROSE]

    @property
    def chars(self) -> int:
        return sum(len(line.core) for line in self.prose)


def select_body(lines: list[Line], *, headline: int | None = None) -> list[Line]:
    """The article's lines, in page order. ``headline`` is the index of the page's headline line
    when known: the text right under it is the article's start, whatever it looks like."""
    _mark_lists(lines)
    _demote_widget_links(lines)
    clusters = _clusters(lines)
    if not clusters:
        return []
    for cluster in clusters:
        _trim_headline_list_head(cluster)
    clusters = [c for c in clusters if c.prose]
    if not clusters:
        return []
    repeats = Counter(line.key for line in lines)
    main = max(clusters, key=lambda c: _weight(c, clusters, repeats))
    vocab = Counter(w for line in main.prose for w in line.content)
    opening = _under_headline(clusters, headline, lines)
    chosen = [c for c in clusters if c is main or c is opening
              or (_joins(c, main, clusters, vocab) and not _printed_twice(c, repeats))]
    kept: list[Line] = []
    seen: set[str] = set()
    for cluster in chosen:
        body = _trim_teaser_tail(cluster.lines, vocab) if cluster is main else cluster.lines
        kept.extend(_keep_lines(body, seen, repeats))
    while kept and (pt.AUTHOR_BIO.match(kept[-1].core) or pt.ABOUT_AUTHOR_LINE.match(kept[-1].core)):
        kept.pop()  # the author's biography under the article
    return kept


def drop_author_bio(lines: list[Line], body: list[Line]) -> list[Line]:
    """Drop the closing paragraphs that describe the article's author: the name printed in the byline
    above the article ("By Jane Roe", or the name alone under the headline) opening a paragraph with
    what biographies say ("Jane Roe heads the trade programme at ...", "Roe is a partner at ...")."""
    if not body:
        return body
    names = _byline_names([line for line in lines if line.index < body[0].index][-8:])
    if not names:
        return body
    kept = list(body)
    while len(kept) > 1:
        core = kept[-1].core
        pt_about = pt.ABOUT_AUTHOR_LINE.match(core)
        name = next((n for n in names if core.startswith(n + " ")), None)
        if not pt_about and (name is None or not pt.BIO_VERB.match(core[len(name) + 1:])):
            break
        kept.pop()
    return kept


def _byline_names(header: list[Line]) -> list[str]:
    """The author's full name and surname from a byline line above the article."""
    names: list[str] = []
    for line in header:
        match = _BYLINE_NAME.match(line.core.strip())
        if match is None:
            continue
        full = match.group(2)
        words = full.split()
        if match.group(1):
            names += [full, words[-1]]  # "By Jane Roe": "Roe is ..." below is hers too
        elif len(words) <= 3 and not any(w.lower() in pt.MENU_WORDS or w.lower() in pt.SMALL_WORDS for w in words):
            names.append(full)  # a name alone under the headline
    return sorted(set(names), key=len, reverse=True)


_BYLINE_NAME = re.compile(r"^((?:[Bb]y|BY|Written by|Words by|Text by)\s+)?((?:Dr\.? |Prof\.? )?[A-Z][\w.'\u2019-]+"
                          r"(?: (?:[A-Z][\w.'\u2019-]+|de|van|von|da|al|bin)){1,3})\s*"
                          r"(?:[|,\u00b7\u2022\u2014\u2013-].{0,60})?$")


def _demote_widget_links(lines: list[Line]) -> None:
    """A "Comments" header standing among share buttons, or under a bare count ("15" / "comments"),
    is a link of a widget, not the start of a comment thread."""
    for i, line in enumerate(lines):
        if line.shape is Shape.END:
            near = lines[max(0, i - 2): i] + lines[i + 1: i + 3]
            count = i > 0 and lines[i - 1].core.strip("()[] ").isdigit()  # "15" / "comments": a count link
            if count or any(x.shape is Shape.JUNK and pt.SHARE_BUTTON.match(x.core) for x in near):
                line.shape = Shape.JUNK


def _mark_lists(lines: list[Line]) -> None:
    """Items of a list introduced by a sentence ending in a colon are article text, even short
    ones without a full stop ("• a 20% stake for the state fund")."""
    in_list = False
    for line in lines:
        intro = line.core.rstrip().endswith(":") and line.words >= 2 and _has_lower(line.core)
        if line.shape is Shape.PROSE or (intro and line.shape in (Shape.TITLE, Shape.SHORT) and not line.menu):
            in_list = intro
            if intro:
                line.shape = Shape.PROSE
            continue
        if in_list and line.shape in (Shape.TITLE, Shape.SHORT) and not line.menu and line.words >= 2 \
                and _has_lower(line.core):
            line.shape = Shape.PROSE
            continue
        in_list = False


def overlap(line: Line, vocab: Counter[str]) -> float:
    """Share of the line's content words found in ``vocab``."""
    if not line.content:
        return 0.0
    return sum(1 for w in line.content if vocab[w] >= 1) / len(line.content)


def _stems(cluster: Cluster) -> set[str]:
    """The cluster's content words cut to five letters, so that "deportees" meets "deported"."""
    return {w[:5] for line in cluster.prose for w in line.content}


def _shares_words(title: Line, stems: set[str], share: float) -> bool:
    return bool(title.content) and sum(w[:5] in stems for w in title.content) >= share * len(title.content)


def _weight(cluster: Cluster, clusters: list[Cluster], repeats: Counter[str]) -> float:
    """How much a cluster looks like the article: its prose (a lone paragraph counts less), more
    when its own headline stands above it, less when a section or comment header separates it
    from text above it, when it is printed twice on the page (a slider, a widget), or when it
    reads like teasers."""
    prose = cluster.prose
    weight = float(cluster.chars) * (0.5, 0.75, 1.0)[min(len(prose), 3) - 1]
    if _headed(cluster):
        weight *= 2.0
    weight *= 1.0 - 0.6 * _repeated_share(cluster, repeats)
    i = clusters.index(cluster)
    text_before = any(len(c.prose) >= 2 for c in clusters[:i])  # headers above all text are menus
    if text_before and any(c.after_end for c in clusters[1: i + 1]):
        weight *= 0.05  # a comment thread can be far longer than the post it follows
    elif text_before and cluster.after_section:
        weight *= 0.5
    if _teaser_list(cluster):
        weight *= 0.3
    return weight


def _clusters(lines: list[Line]) -> list[Cluster]:
    """Prose lines with the short gaps between them; a header or a long run of other lines ends one."""
    clusters: list[Cluster] = []
    current: Cluster | None = None
    pending: list[Line] = []  # non-prose lines since the last prose line
    gap = run = 0
    section = end = False
    for line in lines:
        shape = line.shape
        if shape is Shape.PROSE:
            if current is not None and gap <= MAX_GAP and run < MAX_RUN and not (section or end):
                current.lines.extend(pending)
            else:
                current = Cluster(after_section=section, after_end=end, lead_in=pending)
                clusters.append(current)
            current.lines.append(line)
            pending, gap, run, section, end = [], 0, 0, False, False
            continue
        end = end or shape is Shape.END
        section = section or shape is Shape.SECTION
        pending.append(line)
        run += 1
        if shape not in (Shape.JUNK, Shape.INLINE):
            gap += 1
    return clusters


def _joins(cluster: Cluster, main: Cluster, clusters: list[Cluster], vocab: Counter[str]) -> bool:
    """Whether a cluster other than the main one is part of the article."""
    i, m = clusters.index(cluster), clusters.index(main)
    between = clusters[i + 1: m + 1] if i < m else clusters[m + 1: i + 1]
    if i > m and any(c.after_end for c in between):
        return False  # comments, author boxes: nothing after them is the article
    if _teaser_shaped(cluster):
        return False
    prose = cluster.prose
    score = sum(overlap(line, vocab) * len(line.content) for line in prose) / max(
        1, sum(len(line.content) for line in prose))
    if any(c.after_section for c in between):
        # the article resuming after a box of links: several paragraphs, no headline over each
        return len(prose) >= 2 and score >= RESUME_OVERLAP
    return score >= (JOIN_OVERLAP_SEVERAL if len(prose) >= 2 else JOIN_OVERLAP)


def _under_headline(clusters: list[Cluster], headline: int | None, lines: list[Line]) -> Cluster | None:
    """The first cluster starting within a few lines under the headline and sharing its words,
    unless a comment header comes between."""
    title = next((x for x in lines if x.index == headline), None)
    if title is None:
        return None
    for cluster in clusters:
        if cluster.lines[0].index > title.index:
            close = sum(1 for x in cluster.lead_in if x.index > title.index and x.shape is not Shape.JUNK) <= 6
            shared = _shares_words(title, _stems(cluster), 0.3)
            return cluster if close and shared and not cluster.after_end else None
    return None


def _repeated_share(cluster: Cluster, repeats: Counter[str]) -> float:
    """Share of the cluster's prose (by characters) printed more than once on the page."""
    return sum(len(x.core) for x in cluster.prose if repeats[x.key] > 1) / max(1, cluster.chars)


def _printed_twice(cluster: Cluster, repeats: Counter[str]) -> bool:
    return _repeated_share(cluster, repeats) >= 0.5


def _headed(cluster: Cluster) -> bool:
    """A headline-like line stands just above the cluster and most of its words recur in it."""
    stems = _stems(cluster)
    above = [x for x in cluster.lead_in if x.shape is not Shape.JUNK][-4:]
    return any(x.shape is Shape.TITLE and len(x.content) >= 3 and _shares_words(x, stems, 0.5) for x in above)


def _teaser_pairs(cluster: Cluster) -> int:
    """How many of the cluster's paragraphs come after a headline (with at most a name, a date or
    a label between them), as the blurbs of a list of stories do."""
    pairs = 0
    gap = [x for x in cluster.lead_in if x.shape is not Shape.JUNK][-3:]
    for line in cluster.lines:
        if line.shape is Shape.PROSE:
            pairs += any(x.shape is Shape.TITLE for x in gap[-3:])
            gap = []
        elif line.shape is not Shape.JUNK:
            gap.append(line)
    return pairs


def _teaser_list(cluster: Cluster) -> bool:
    """Headlines each followed by a blurb: a list of other stories."""
    pairs, prose = _teaser_pairs(cluster), len(cluster.prose)
    return pairs >= 2 and pairs >= 0.6 * prose


def _teaser_shaped(cluster: Cluster) -> bool:
    """A teaser list, or a lone headline with a paragraph or two away from the article."""
    pairs, prose = _teaser_pairs(cluster), len(cluster.prose)
    return (prose <= 2 and pairs >= 1) or _teaser_list(cluster)


def _has_lower(text: str) -> bool:
    """A word after the first starts in lower case or with a digit (the first is capitalised anyway)."""
    words = text.split()
    return any(w[0].islower() or w[0].isdigit() for w in words[1:] or words)


def _trim_headline_list_head(cluster: Cluster) -> None:
    """Cut short sentence-like headlines off the head of a cluster when a run of headlines
    follows them: "Floods recede in the valley." heading a list of other stories."""
    lines = cluster.lines
    cut = 0
    i = 0
    while i < len(lines) and lines[i].shape is Shape.PROSE and lines[i].words < 15:
        i += 1
        titles = 0
        j = i
        while j < len(lines) and lines[j].shape in (Shape.TITLE, Shape.SHORT, Shape.JUNK):
            titles += lines[j].shape is Shape.TITLE
            j += 1
        if titles >= 2 and j < len(lines):
            cut = j
            i = j
    if cut:
        cluster.lines = lines[cut:]


def _trim_teaser_tail(lines: list[Line], vocab: Counter[str]) -> list[Line]:
    """Cut a headline plus blurb about another story that hangs on the end of the article."""
    prose_idx = [i for i, line in enumerate(lines) if line.shape is Shape.PROSE]
    if len(prose_idx) < 3:
        return lines
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i]
        if line.shape is not Shape.TITLE:
            continue
        tail = [x for x in lines[i + 1:] if x.shape is Shape.PROSE]
        if not tail or len(tail) > 2 or len(tail) >= len(prose_idx) / 2:
            return lines
        own = Counter(vocab)
        for x in tail:
            own.subtract(x.content)
        if overlap(line, own) < TEASER_OVERLAP and all(
                overlap(x, own) < TEASER_OVERLAP for x in tail):
            return lines[:i]
        return lines
    return lines


def _keep_lines(lines: list[Line], seen: set[str], repeats: Counter[str]) -> list[Line]:
    """Prose not seen before, and lone subheadings printed once on the page."""
    kept: list[Line] = []
    for i, line in enumerate(lines):
        if line.shape is Shape.PROSE:
            if line.key in seen:
                continue
            seen.add(line.key)
            kept.append(line)
        elif line.shape is Shape.TITLE and _is_subheading(lines, i) and repeats[line.key] == 1:
            kept.append(line)
    return kept


def _is_subheading(lines: list[Line], i: int) -> bool:
    """A lone headline-like line between two paragraphs of the article."""
    before = next((x for x in reversed(lines[:i]) if x.shape is not Shape.JUNK), None)
    after = next((x for x in lines[i + 1:] if x.shape is not Shape.JUNK), None)
    return (before is None or before.shape is Shape.PROSE) and after is not None and after.shape is Shape.PROSE
