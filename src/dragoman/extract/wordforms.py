"""Base forms of the verbs and nouns the frame rules look for (the pipeline runs without a lemmatizer).

``verb_base("travelled") == "travel"``, ``noun_base("memoranda") == "memorandum"``. Only words in
the lists below (and their regular or irregular inflections) are reduced; any other word comes
back lower-cased, which is all the rules need.
"""

from __future__ import annotations

from typing import Any

VERBS = (
    "abandon", "accept", "acquire", "add", "agree", "aim", "allocate", "announce", "approve", "argue",
    "arrive", "assist", "award", "back", "begin", "build", "buy", "call", "cancel", "chair", "close",
    "collaborate", "collapse", "commission", "commit", "complete", "conclude", "consider", "construct",
    "convene", "cooperate", "create", "declare", "decline", "deliver", "describe", "develop", "disburse",
    "discuss", "draft", "emphasise", "emphasize", "ensure", "establish", "expand", "expect", "explain",
    "explore", "export", "express", "extend", "finalise", "finalize", "finance", "finish", "fly", "form",
    "found", "fund", "give", "grant", "guarantee", "halt", "highlight", "hold", "hope", "host", "import",
    "inaugurate", "indicate", "ink", "insist", "intend", "introduce", "invest", "issue", "launch", "lead",
    "lend", "loan", "look", "meet", "mention", "mine", "negotiate", "note", "obtain", "offer", "open",
    "operate", "outline", "partner", "pass", "plan", "pledge", "prepare", "preside", "produce", "promise",
    "propose", "provide", "purchase", "push", "ratify", "reach", "reaffirm", "receive", "repeal", "report",
    "reveal", "say", "scrap", "seal", "secure", "seek", "sell", "set", "sign", "sit", "stop", "stress",
    "strike", "supply", "suspend", "take", "talk", "tell", "terminate", "tour", "travel", "underscore",
    "undertake", "unveil", "urge", "veto", "visit", "vow", "want", "warn", "welcome", "win", "withdraw"
)

IRREGULAR = {
    "began": "begin", "begun": "begin", "built": "build", "bought": "buy", "came": "come", "come": "come",
    "did": "do", "done": "do", "flew": "fly", "flown": "fly", "gave": "give", "given": "give",
    "got": "get", "gotten": "get", "held": "hold", "led": "lead", "lent": "lend", "made": "make",
    "met": "meet", "paid": "pay", "put": "put", "said": "say", "says": "say", "sat": "sit",
    "sold": "sell", "sought": "seek", "spoke": "speak", "spoken": "speak", "struck": "strike",
    "took": "take", "taken": "take", "told": "tell", "undertook": "undertake",
    "undertaken": "undertake", "went": "go", "gone": "go", "won": "win", "wrote": "write",
    "written": "write", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "am": "be", "'s": "be", "has": "have", "had": "have", "having": "have", "'ve": "have",
    "'d": "would", "'ll": "will", "wo": "will", "ca": "can", "set": "set", "cut": "cut",
    "withdrew": "withdraw", "withdrawn": "withdraw", "forgone": "forgo", "sent": "send",
}

NOUNS = (
    "accord", "acquisition", "act", "agreement", "aim", "amendment", "bid", "bill", "bond", "commitment",
    "concession", "consultation", "contract", "credit", "deal", "decision", "decree", "deposit",
    "discussion", "effort", "facility", "financing", "fund", "funding", "goal", "grant", "guarantee",
    "initiative", "intent", "intention", "investment", "joint_venture", "law", "legislation", "letter",
    "line", "loan", "meeting", "memorandum", "mine", "mou", "negotiation", "offer", "order", "pact",
    "partnership", "pipeline", "plan", "plant", "pledge", "port", "program", "programme", "project",
    "promise", "proposal", "purchase", "railway", "refinery", "resolution", "sale", "stake", "summit",
    "takeover", "talk", "tour", "tranche", "transaction", "treaty", "trip", "venture", "visit"
)

IRREGULAR_NOUNS = {"memoranda": "memorandum", "mous": "mou", "mo_us": "mou", "talks": "talk"}


def _verb_forms(base: str) -> set[str]:
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        ending = "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"
        forms |= {base + ending, base + "ed", base + "ing"}
        last = base[-1]
        if last in "bdglmnprt" and len(base) >= 3 and base[-2] in "aeiou" and base[-3] not in "aeiou":
            forms |= {base + last + "ed", base + last + "ing"}  # planned, travelled, committed
    return forms


def _build_verbs() -> dict[str, str]:
    table: dict[str, str] = {}
    for base in VERBS:
        for form in _verb_forms(base):
            table.setdefault(form, base)
    table.update(IRREGULAR)
    return table


def _build_nouns() -> dict[str, str]:
    table: dict[str, str] = {}
    for base in NOUNS:
        word = base.replace("_", " ")
        table[word] = word
        plural = word[:-1] + "ies" if word.endswith("y") and word[-2] not in "aeiou" else word + "s"
        table.setdefault(plural, word)
    table.update(IRREGULAR_NOUNS)
    return table


_VERBS = _build_verbs()
_NOUNS = _build_nouns()


def register_verbs(*groups: set[str] | frozenset[str]) -> None:
    """Make the inflections of more base verbs known (rule modules call this for their tables)."""
    for group in groups:
        for word in group:
            for form in _verb_forms(word):
                _VERBS.setdefault(form, word)


def verb_base(word: str) -> str:
    """The base form of a known verb form ("hosted" -> "host"), else the word lower-cased."""
    key = word.lower().replace("\u2019", "'")
    return _VERBS.get(key, key)


def noun_base(word: str) -> str:
    """The singular of a known noun ("agreements" -> "agreement"), else the word lower-cased."""
    key = word.lower()
    return _NOUNS.get(key, key)


def base(token: Any) -> str:
    """Base form of a spaCy token: verbs through ``verb_base``, nouns through ``noun_base``."""
    tag = token.tag_
    if tag.startswith("VB") or tag == "MD":
        return verb_base(token.text)
    if tag.startswith("NN"):
        return noun_base(token.text)
    word: str = token.text.lower()
    if word in _VERBS:
        return _VERBS[word]
    return _NOUNS.get(word, word)


def lowered(text: str) -> str:
    """``text`` in lower case with every offset kept (a few letters grow when lowered: "İ")."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
