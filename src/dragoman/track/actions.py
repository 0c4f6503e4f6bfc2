"""What a promise is to do, and whether a reported event does it.

A pledge's action starts with its verb ("travel to Berlin", "publish the review"); the verb's
family says which kinds of event can keep the promise (a trip is kept by a visit or a meeting
there, a signature by an agreement, money by financing or investment). Events that are only
intentions ("she would travel next week", "a promised visit") keep nothing: ``is_intention``
finds them by the words around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dragoman.link.words import STOPWORDS, content_words, fold, stem, tokens

# family -> (verbs, event kinds that can keep it)
FAMILIES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "visit": (frozenset({"visit", "travel", "go", "tour", "come", "fly", "return", "see", "attend", "be", "stop",
                         "head", "journey"}), frozenset({"visit", "meeting"})),
    "meet": (frozenset({"meet", "host", "hold", "receive", "welcome", "convene", "talk"}),
             frozenset({"meeting", "visit"})),
    "sign": (frozenset({"sign", "conclude", "finalise", "finalize", "seal", "agree", "ink", "close", "strike",
                        "reach"}), frozenset({"agreement", "investment", "financing"})),
    "fund": (frozenset({"fund", "finance", "lend", "invest", "provide", "give", "pay", "disburse", "contribute",
                        "spend", "allocate", "commit", "grant", "donate", "buy", "purchase", "loan", "raise",
                        "mobilise", "mobilize", "deliver"}), frozenset({"financing", "investment", "agreement"})),
    "legislate": (frozenset({"pass", "enact", "adopt", "table", "introduce", "ratify", "approve", "amend", "vote",
                             "submit", "repeal", "legislate"}), frozenset({"legislation"})),
    "publish": (frozenset({"publish", "release", "announce", "present", "unveil", "issue", "report", "disclose",
                           "reveal"}), frozenset({"statement", "other"})),
    "build": (frozenset({"build", "complete", "open", "start", "begin", "launch", "construct", "finish", "run",
                         "operate", "commission", "produce", "ship", "export", "hand", "handed", "leave"}),
              frozenset({"investment", "other", "agreement"})),
}
_VERB_FORMS = {"went": "go", "gone": "go", "came": "come", "flew": "fly", "flown": "fly", "saw": "see",
               "seen": "see", "met": "meet", "held": "hold", "gave": "give", "given": "give", "paid": "pay",
               "spent": "spend", "begun": "begin", "began": "begin", "built": "build", "ran": "run",
               "left": "leave", "made": "make", "struck": "strike", "lent": "lend", "passed": "pass"}
_INTENTION = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|intends?|intended|intention|promised?|promising|pledged?|"
    r"vowed?|expected|expects?|hopes?|aims?|due to|is to|are to|was to|were to|set to|next (?:week|month|year)|"
    r"later this|in the coming|upcoming|before the end of|by the end of|yet to|has not|have not|did not|"
    r"declined to|proposed)\b", re.I)
_BEFORE_VERB = re.compile(rf"(?:{_INTENTION.pattern}|\bto\b)", re.I)
_FUTURE_DATE = re.compile(r"^\s*(?:next|later|coming|this coming|within)\b", re.I)


def verb_of(action: str) -> str:
    """The base form of the action's first verb-like word ("travelled to" -> "travel")."""
    words = [w for w in tokens(action) if w not in {"to", "also", "then", "soon", "personally", "not"}]
    if not words:
        return ""
    word = words[0]
    if word in _VERB_FORMS:
        return _VERB_FORMS[word]
    for suffix, repl in (("ied", "y"), ("ing", ""), ("led", "l"), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + repl
            if any(base in verbs for verbs, _ in FAMILIES.values()):
                return base
            if suffix == "ed" and any(base + "e" in verbs for verbs, _ in FAMILIES.values()):
                return base + "e"
    return word


def family_of(action: str) -> str | None:
    verb = verb_of(action)
    return next((name for name, (verbs, _) in FAMILIES.items() if verb in verbs), None)


def kinds_keeping(family: str | None) -> frozenset[str]:
    """Event kinds that can keep a promise of ``family`` (any factual kind for an unknown family)."""
    if family is None:
        return frozenset({"visit", "meeting", "agreement", "investment", "financing", "legislation", "statement",
                          "other"})
    return FAMILIES[family][1]


_TIMING = frozenset({"end", "later", "within", "before", "soon", "next", "deadline", "early", "late", "start",
                     "beginning", "middle", "mid", "close", "coming", "latest"})


def object_words(action: str) -> frozenset[str]:
    """The meaning-carrying words of an action after its verb, singular ("the mineral royalty review")."""
    verb = verb_of(action)
    return frozenset(stem(w) for w in content_words(action)
                     if w not in _TIMING and w not in STOPWORDS and verb_of(w) != verb)


@lru_cache(maxsize=65536)
def is_intention(summary: str, evidence: str = "", date_text: str | None = None) -> bool:
    """True when an event is a plan or a promise, not something that happened: its date is ahead
    ("next week"), its own words say so ("a promised visit ... before the end of July"), or the
    words just before its verb do ("she would travel"). The rest of the sentence does not count:
    "visited the site, keeping a promise she made" is a visit."""
    if date_text and _FUTURE_DATE.search(date_text):
        return True
    if _INTENTION.search(fold(summary)):
        return True
    verbs = [w for w in tokens(summary) if verb_of(w) != w or any(w in v for v, _ in FAMILIES.values())]
    text = fold(evidence)
    for verb in verbs[:1]:
        at = text.find(verb)
        if at >= 0 and _BEFORE_VERB.search(" ".join(text[max(0, at - 40):at].split()[-3:])):
            return True
    return False


@dataclass(frozen=True)
class Action:
    text: str
    family: str | None
    words: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Action:
        return _action(text)

    def likeness(self, other: Action) -> float:
        """0 to 1: the share of object words in common, with the verb family as a floor."""
        union = self.words | other.words
        shared = len(self.words & other.words) / len(union) if union else 0.0
        if self.family is not None and self.family == other.family:
            return max(shared, 0.3) if not union or shared else 0.3
        return shared * 0.8


@lru_cache(maxsize=65536)
def _action(text: str) -> Action:
    return Action(text=text, family=family_of(text), words=object_words(text))
