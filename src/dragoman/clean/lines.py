"""One line of a flattened page and what it looks like: prose, a title, a short label, or furniture.

The shape of a line is decided from the line alone (length, closing punctuation, share of
lower-case words, menu words, boilerplate phrases); what surrounds it is judged in ``body.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from dragoman.clean import patterns as pt
from dragoman.clean.dates import is_date_line


class Shape(Enum):
    PROSE = "prose"  # a sentence or paragraph: article text unless its context says otherwise
    TITLE = "title"  # a headline-like line: headline, subheading, teaser, caption
    SHORT = "short"  # a label, menu entry, number, name
    JUNK = "junk"  # boilerplate wherever it stands (copyright, share prompts, bylines, credits)
    SECTION = "section"  # opens a list of other stories ("Related articles", "TRENDING")
    END = "end"  # nothing after it is article text ("Leave a comment", "About the author")
    INLINE = "inline"  # "Read more" alone on a line: the next headline is a teaser


@dataclass
class Line:
    index: int
    text: str  # the line as it stands in the page, stripped of surrounding spaces
    shape: Shape = Shape.SHORT
    core: str = ""  # the text without a bullet marker
    words: int = 0
    bullet: bool = False
    menu: bool = False  # every word is a common menu entry
    content: frozenset[str] = field(default_factory=frozenset)  # lower-cased content words
    key: str = ""  # normalised form, to spot repeats


_NORM = re.compile(r"[^\w]+")


def normalise(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in (m.group(0).lower().strip(".'’-") for m in pt.WORD.finditer(text))
                     if len(w) > 3 and w not in pt.STOPWORDS)


def read_line(index: int, raw: str) -> Line:
    text = raw.strip()
    bullet = pt.BULLET.match(text)
    core = text[bullet.end():].strip() if bullet else text
    line = Line(index=index, text=text, core=core, bullet=bool(bullet), words=len(core.split()),
                content=content_words(core), key=normalise(core))
    line.menu = _is_menu(core)
    line.shape = classify(line)
    return line


def classify(line: Line) -> Shape:
    core = line.core
    if not line.key:
        return Shape.SHORT
    header = core.strip(pt.HEADER_WRAPPING)  # "[ 167 comments ]", "— Related —"
    if pt.END_HEADER.match(header):
        return Shape.JUNK if line.bullet else Shape.END  # "* Comments" in a share bar is a link
    if pt.INLINE_HEADER.match(header):
        return Shape.INLINE
    if pt.SECTION_HEADER.match(header):
        return Shape.SECTION
    if is_furniture(core, line.words):
        return Shape.JUNK
    if is_prose(core, line.words):
        return Shape.PROSE
    if line.words >= 4 and not line.menu and len(core) <= 220:
        return Shape.TITLE
    return Shape.SHORT


def is_furniture(text: str, n_words: int | None = None) -> bool:
    """Boilerplate wherever it stands: credits, prompts, bylines, copyright, a bare date."""
    if len(text) > pt.JUNK_MAX_CHARS:
        return bool(pt.COOKIE_BANNER.match(text))
    if pt.JUNK_START.match(text) or pt.JUNK_LINE_CASED.match(text) or pt.PIPE_NAV.match(text):
        return True
    low = text.lower()
    if any(any(k in low for k in keys) and regex.search(text) for keys, regex in pt.JUNK_ANYWHERE):
        return True
    n_words = len(text.split()) if n_words is None else n_words
    return n_words <= 10 and any(ch.isdigit() for ch in text) and is_date_line(text)


def is_prose(text: str, n_words: int) -> bool:
    """A sentence: closing punctuation, some lower-case words, not a Title Case headline."""
    words = [m.group(0) for m in pt.WORD.finditer(text)]
    if n_words < 3 or len(words) < 3:
        return False
    if pt.TRUNCATED.search(text) and n_words < 25:
        return False  # "Harvest begins early in the south as rains ..." is a cut-off teaser
    lower = sum(1 for w in words if w[0].islower())
    content = [w for w in words if w.lower() not in pt.SMALL_WORDS]
    capital = sum(1 for w in content if w[0].isupper())
    title_case = bool(content) and capital / len(content) >= 0.8 and n_words < 14
    if n_words >= 25 and lower >= len(words) * 0.5:
        return True  # a long paragraph, whatever its last character (a flattened menu has few lower-case words)
    ends = bool(pt.TERMINAL.search(text)) or (n_words >= 6 and bool(pt.TERMINAL_COLON.search(text)))
    return ends and lower >= 2 and not title_case


def _is_menu(text: str) -> bool:
    words = [w.lower() for w in pt.WORD.findall(text)]
    return 0 < len(words) <= 4 and all(w in pt.MENU_WORDS or w in pt.SMALL_WORDS for w in words)
