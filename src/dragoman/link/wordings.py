"""Quoted wordings no other source has: a phrase one text puts in quotation marks ("“personal
engagement”") that no other text of the story prints, where another text tells the same speaker's
point in its own words ("a personal push").

A short quotation (two to four words) is checked against every other text (copies of one
original excluded): when some sentence there holds all of its words, the wording is corroborated.
Otherwise the sentences of other texts whose speaker is the same person or organisation and that
use, in lower case, a word of the same root as the quotation's first word ("personal",
"personally") are candidates; the one sharing most rare words with the quoting sentence is its
counterpart. The discrepancy's two sides
are the quoted wording and the counterpart's wording (the root word and the word after it).
A sentence's speaker is the first person or organisation it names, or, for a sentence that names
none ("... he added."), the speaker of the sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dragoman.link.claims import Text, key_weights
from dragoman.link.discrepancies import Discrepancy, Side
from dragoman.link.words import STOPWORDS, content_words, sentences, stem, tokens

MAX_QUOTED_WORDS = 4  # longer quotations are quotes proper, compared as merged quote items
MIN_SHARED = 3.0  # rare-word weight the quoting sentence and its counterpart must share
ROOT = 6  # letters two words must share to be of one root ("personal", "personally")
_FRAGMENT = re.compile(r"\u201c([^\u201c\u201d\n]{2,60}?)[,.]?\u201d|(?<![\w\"])\"([A-Za-z][^\"\n]{1,60}?)[,.]?\"(?!\w)")


@dataclass(frozen=True)
class _Sentence:
    text_index: int
    group: int
    article_id: int
    text: str
    speaker: str | None
    keys: frozenset[str]
    words: tuple[str, ...]


def _key(word: str) -> str:
    return stem(word)[:ROOT]


def quoted_wording_discrepancies(texts: Sequence[Text]) -> list[Discrepancy]:
    said = [s for i, text in enumerate(texts) for s in _sentences(i, text)]
    if len({s.group for s in said}) < 2:
        return []
    _, idf = key_weights([s.keys for s in said])
    found = []
    for s in said:
        for fragment in _fragments(s.text):
            words = [w for w in tokens(fragment) if w not in STOPWORDS]
            if len(words) < 2 or _corroborated(words, s, said):
                continue
            counterpart = _counterpart(s, words, said, idf)
            if counterpart is None:
                continue
            other, phrase = counterpart
            found.append(Discrepancy(
                kind="claim", field="quoted wording", subject=fragment, severity="wording",
                sides=[Side(value=f"\u201c{fragment}\u201d (in quotation marks)", text=fragment,
                            articles=[s.article_id], evidence={s.article_id: s.text}),
                       Side(value=phrase, text=phrase, articles=[other.article_id],
                            evidence={other.article_id: other.text})],
                note="a wording one source quotes and no other source prints"))
    return found


def _sentences(index: int, text: Text) -> list[_Sentence]:
    names = sorted((name for name in text.names if len(name) > 2), key=len, reverse=True)
    out = []
    speaker: str | None = None
    for sentence in sentences(text.body):
        first = min(((sentence.text.find(name), -len(name), name) for name in names if name in sentence.text),
                    default=None)
        if first is not None:
            speaker = text.names[first[2]]
        words = content_words(sentence.text)
        out.append(_Sentence(index, text.group or text.article_id, text.article_id, sentence.text, speaker,
                             frozenset(_key(w) for w in words), tuple(tokens(sentence.text))))
    return out


def _fragments(sentence: str) -> list[str]:
    out = []
    for match in _FRAGMENT.finditer(sentence):
        fragment = (match.group(1) or match.group(2) or "").strip(" ,.")
        if fragment and 1 <= len(tokens(fragment)) <= MAX_QUOTED_WORDS and not fragment.endswith(("?", "!")):
            out.append(fragment)
    return out


def _corroborated(words: list[str], s: _Sentence, said: list[_Sentence]) -> bool:
    """True when a sentence of another text holds every word of the quotation."""
    return any(o.group != s.group and all(w in o.words for w in words) for o in said)


def _counterpart(s: _Sentence, words: list[str], said: list[_Sentence],
                 idf: dict[str, float]) -> tuple[_Sentence, str] | None:
    roots = {_key(words[0])} if len(words[0]) >= 4 else set()  # the quotation's modifier ("personal")
    best: tuple[float, _Sentence, str] | None = None
    for o in said:
        if o.group == s.group or s.speaker is None or o.speaker != s.speaker:
            continue
        shared = sum(idf[k] for k in (s.keys & o.keys) - roots)
        if shared < MIN_SHARED:
            continue
        phrase = _root_phrase(o, roots) if roots else ""
        if phrase and (best is None or shared > best[0]):
            best = (shared, o, phrase)
    return (best[1], best[2]) if best else None


def _root_phrase(o: _Sentence, roots: set[str]) -> str:
    """The other sentence's word of the quotation's root and the content word after it ("personal push")."""
    for i, word in enumerate(o.words):
        if _key(word) in roots and re.search(rf"\b{re.escape(word)}", o.text):  # as written in lower case, not a name
            after = next((w for w in o.words[i + 1:i + 3] if w not in STOPWORDS), "")
            return f"{word} {after}".strip()
    return ""

