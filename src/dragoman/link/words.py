"""Words for linking: folding, tokens, content words and sentences, without a parser.

The link stage compares texts from many outlets, so it folds typography first (curly quotes,
dashes, accents, case) and then works on plain lower-case tokens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

STOPWORDS = frozenset(["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says", "say", "told", "according", "also", "mr", "mrs", "ms", "dr", "per", "via", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "its", "it's", "i'm", "we're", "they're", "he's", "she's", "that's", "new", "year", "years", "week", "weeks", "month", "months", "day", "days", "time", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = {ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201a"): "'", ord("\u201b"): "'",
           ord("\u201c"): '"', ord("\u201d"): '"', ord("\u201e"): '"', ord("\u00ab"): '"', ord("\u00bb"): '"'}
_LETTER = re.compile(r"[a-z]")
_TOKEN = re.compile(r"[a-z0-9]+(?:[-+'][a-z0-9]+)*")
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|No|Inc|Corp|Co|Ltd|vs|Lt|Col|Prof)\.)$")
_SENTENCE_END = re.compile(r"""(?<=[.!?])(["'\u201d\u2019)\]]*)\s+(?=["'\u201c\u2018(\[]?[A-Z0-9])|()\n\s*\n""")


def fold(text: str) -> str:
    """Lower-case ``text`` with typography folded: curly quotes, dashes, accents, spaces."""
    text = text.translate(_DASHES).translate(_QUOTES)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def tokens(text: str) -> list[str]:
    """Lower-case word tokens of ``text`` (hyphenated words and "c5+1" stay whole)."""
    return _TOKEN.findall(fold(text))


def content_words(text: str) -> list[str]:
    """Tokens that carry meaning: no stop words, no bare numbers, at least three letters."""
    return [t for t in tokens(text) if t not in STOPWORDS and len(t) >= 3 and _LETTER.search(t)]


def stem(word: str) -> str:
    """The singular of an English plural, roughly ("countries" -> "country", "minerals" -> "mineral")."""
    if len(word) <= 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    return word[:-1]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences at end punctuation and blank lines, keeping offsets."""
    out: list[Sentence] = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end(1) if match.group(1) is not None else match.start()
        if match.group(1) == "" and _ABBREVIATION.search(text, max(0, end - 12), end):
            continue
        _add_sentence(out, text, pos, end)
        pos = match.end()
    _add_sentence(out, text, pos, len(text))
    return out


def _add_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
