"""Reading a clause off the dependency parse: subjects, objects, prepositions, negation, tense.

All functions take spaCy tokens and only walk the parse (no second pipeline run). ``mood`` tells
the rules whether a verb reports something done (``past``), ongoing (``present``), to come
(``future``), intended (``plan``) or only possible (``conditional``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dragoman.extract.wordforms import register_verbs, verb_base

Token = Any

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "attr", "oprd", "dative"}
FUTURE_AUX = {"will", "shall"}
CONDITIONAL_AUX = {"would", "could", "might", "may", "can", "should", "must"}
# "X is set / due / expected / scheduled to <verb>" and "X plans / intends / aims to <verb>"
SCHEDULE_HEADS = {"set", "due", "scheduled", "poised", "slated", "expected", "going", "about"}
PLAN_HEADS = {"plan", "intend", "aim", "pledge", "vow", "promise", "commit", "seek", "hope", "want",
              "prepare", "look", "undertake", "agree", "decide", "offer", "propose"}
CONDITION_MARKS = {"if", "unless", "whether"}
register_verbs(SCHEDULE_HEADS, PLAN_HEADS)



def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Kazakhstan and Uzbekistan")."""
    out = [token]
    stack = [token]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ == "conj" and child not in out:
                out.append(child)
                stack.append(child)
    return out


def children(token: Token, deps: set[str] | str) -> list[Token]:
    wanted = {deps} if isinstance(deps, str) else deps
    return [c for c in token.children if c.dep_ in wanted]


def prep_objects(token: Token, *preps: str) -> list[Token]:
    """Objects of the given prepositions under ``token`` ("met *with* X", "deal *between* A and B")."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.text.lower() in preps:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out.extend(conjuncts(obj))
    return out


def subjects(verb: Token) -> list[Token]:
    """Subject heads of ``verb`` with their conjuncts; inherited through xcomp, conj, relcl and acl."""
    seen = 0
    tok = verb
    while seen < 6:
        seen += 1
        found = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if found:  # two subjects is a misparse (a dateline taken for one): keep the nearest
            return conjuncts(min(found, key=lambda c: abs(c.i - tok.i)))
        if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
                return []
            tok = tok.head
            continue
        if tok.dep_ in ("relcl",) and tok.head.i != tok.i:
            return conjuncts(tok.head)
        if tok.dep_ == "acl" and tok.head.i != tok.i:
            if is_passive(tok):
                return []
            return conjuncts(tok.head)
        return []
    return []


def agents(verb: Token) -> list[Token]:
    """The "by X" of a passive verb ("hosted by X and Y")."""
    return prep_objects(verb, "by")


def objects(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            out.extend(conjuncts(child))
    return out


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(c.dep_ == "aux" for c in verb.children))


def is_negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    head = token.head
    # "did not plan to visit": negation on the governing verb of an xcomp
    return token.dep_ == "xcomp" and head.i != token.i and any(c.dep_ == "neg" for c in head.children)


def ancestors_to_verb(token: Token, limit: int = 12) -> Iterator[Token]:
    """``token``'s head chain (itself first), up to the root."""
    tok = token
    for _ in range(limit):
        yield tok
        if tok.head.i == tok.i:
            return
        tok = tok.head


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary used as main verb) above ``token``, itself included."""
    for tok in ancestors_to_verb(token):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _aux_words(verb: Token) -> list[str]:
    return [c.text.lower().replace("\u2019", "'") for c in verb.children if c.dep_ in ("aux", "auxpass")]


def mood(verb: Token) -> str:
    """``past``, ``present``, ``future``, ``plan`` or ``conditional`` for the clause of ``verb``."""
    tok = verb
    for _ in range(4):
        auxes = [verb_base(a) for a in _aux_words(tok)]
        if any(c.dep_ == "mark" and c.text.lower() in CONDITION_MARKS for c in tok.children):
            return "conditional"
        if any(a in CONDITIONAL_AUX for a in auxes):
            return "conditional"
        if any(a in FUTURE_AUX for a in auxes):
            return "future"
        head = tok.head
        if tok.dep_ == "xcomp" and head.i != tok.i:
            name = verb_base(head.text)
            if name in SCHEDULE_HEADS:
                return "future" if _tense(head) != "past" or name == "set" else "past"
            if name in PLAN_HEADS:
                inner = mood(head)
                return "plan" if inner in ("present", "past", "plan", "future") else inner
            tok = head
            continue
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            return "plan"  # an infinitive: "a pledge to visit", "minister to tour", "to prepare agreements"
        return _tense(tok)
    return _tense(tok)


def _tense(verb: Token) -> str:
    auxes = _aux_words(verb)
    if any(verb_base(a) in FUTURE_AUX for a in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(a in ("did", "had", "was", "were") for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(verb_base(a) == "have" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return "past"
    return "present"


def span_text(doc: Any, start: int, end: int) -> str:
    """Text of tokens ``[start, end)`` of ``doc`` with their original spacing, stripped."""
    if end <= start:
        return ""
    return str(doc[start:end].text).strip()


def compact_subtree(token: Token, skip: frozenset[str] = frozenset({"relcl", "appos", "advcl", "acl", "conj", "cc"})
                    ) -> tuple[int, int]:
    """Token range ``[lo, hi)`` of ``token``'s phrase without relative clauses, appositions, coordination."""
    lo = hi = token.i
    stack = [token]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in skip:
                continue
            lo, hi = min(lo, child.i), max(hi, child.i)
            stack.append(child)
    return lo, hi + 1


def entity_range(token: Token) -> tuple[int, int]:
    """Token range of the named entity ``token`` belongs to ("Sri Lanka" for "Lanka"), else the token."""
    doc = token.doc
    if not token.ent_type_:
        return token.i, token.i + 1
    lo, hi = token.i, token.i + 1
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return lo, hi
