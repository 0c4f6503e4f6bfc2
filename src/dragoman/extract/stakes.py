"""Ownership stakes: "a 70 percent stake", "the remaining 30%", "51% of the joint venture", with holders.

A percentage counts as a stake only with an ownership word after it (stake, share, interest,
holding, equity) or "of the venture/company/project", or an owning verb before it (hold, own,
take, acquire, retain, "the remaining"). The holder comes from the parse: the subject of the
owning verb, the agent of a passive ("held by X"), the receiver of a sale ("sold 49% to X"),
a possessor ("X's 51% stake"), or an entity right before "(51%)"; failing those, the nearest
organisation or country before it in the sentence. "The remaining N%" without a holder is left
for the deal to give to the other party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dragoman.extract.actors import Actor, ActorResolver, resolver_for
from dragoman.extract.clauses import (
    agents,
    compact_subtree,
    governing_verb,
    is_passive,
    prep_objects,
    subjects,
)
from dragoman.extract.datelines import past_dateline
from dragoman.extract.document import Document
from dragoman.extract.wordforms import register_verbs, verb_base

PERCENT = re.compile(r"(?<![\d.,])(?P<pct>\d{1,3}(?:\.\d+)?)\s?(?:%|-?\s?(?:per\s?cent|percent|pct)\b)", re.I)
_OWN_WORD = re.compile(
    r"\s*(?:-\s*)?(?:(?:equity|ownership|controlling|minority|majority|direct|indirect|voting|economic)\s+)?"
    r"(?:stake|shareholding|share|shares|interest|holding|equity|ownership|participation)\b"
    r"(?!\s+(?:rates?|payments?|of\s+(?:the\s+)?(?:global|world|market|gdp|exports?|imports?|trade|output|"
    r"production|supply|demand|revenue|budget|votes?|population)\b))", re.I)
_OF_BUSINESS = re.compile(
    r"\s*of\s+(?:the\s+|its\s+|their\s+|a\s+|this\s+)?(?:new\s+|proposed\s+|planned\s+|joint\s+|combined\s+|"
    r"local\s+)?(?:joint[\s-]venture|venture|jv|company|firm|project|consortium|mine|plant|business|bank|"
    r"shares|share capital|capital|equity|operator|entity|subsidiary|unit|stock|refinery|field|licen[cs]e|"
    r"concession|assets?|operation|deal|partnership)\b", re.I)
_OWN_VERB_BEFORE = re.compile(
    r"\b(?P<verb>remaining|own|owns|owned|owning|hold|holds|held|holding|acquire[sd]?|acquiring|take|takes|took|"
    r"taking|retain(?:s|ed|ing)?|keep|keeps|kept|control(?:s|led|ling)?|buy|buys|bought|buying|sell|sells|"
    r"sold|selling|purchase[sd]?|receive[sd]?|get|gets)\s+(?:(?:a|an|the|its|their|another|further|"
    r"additional|roughly|about|nearly|almost|some|around|over|more than|up to|just over|just under)\s+)*$",
    re.I)
_NOT_STAKE_BEFORE = re.compile(r"\b(?:by|grew|growth|rose|fell|increased?|decreased?|rates?|inflation|gdp|"
                               r"tariffs?|tax(?:es)?|interest|yields?|up|down|unemployment)\s+(?:of\s+)?$", re.I)
SELL_VERBS = {"sell", "transfer", "give", "cede", "offer", "allocate", "allot", "assign", "issue"}
HOLD_VERBS = {"hold", "own", "take", "acquire", "retain", "keep", "control", "buy", "purchase", "receive",
              "get", "have", "gain", "secure", "obtain", "win", "maintain"}
STAY_VERBS = {"stay", "remain", "rest", "lie", "sit"}  # "the remaining 14 percent stays with X"
register_verbs(SELL_VERBS, HOLD_VERBS, STAY_VERBS)



@dataclass(frozen=True)
class StakeMention:
    start: int
    end: int
    text: str
    percent: float
    holder: str | None = None
    holder_code: str | None = None
    remaining: bool = False
    target: str | None = None


def find_stakes(document: Document) -> list[StakeMention]:
    text = document.text
    out: list[StakeMention] = []
    resolver: ActorResolver | None = None
    for m in PERCENT.finditer(text):
        percent = float(m.group("pct"))
        if percent <= 0 or percent > 100:
            continue
        before = text[max(0, m.start() - 60):m.start()]
        after = text[m.end():m.end() + 80]
        own_verb = _OWN_VERB_BEFORE.search(before)
        if not (_OWN_WORD.match(after) or _OF_BUSINESS.match(after) or own_verb or _listed(document, out, m.start())):
            continue
        if _NOT_STAKE_BEFORE.search(before) and not own_verb:
            continue
        remaining = bool(own_verb and own_verb.group("verb").lower() == "remaining")
        if resolver is None:
            resolver = resolver_for(document)
        holder, target = _holder(document, resolver, m.start(), m.end(), out)
        start = own_verb.start() + max(0, m.start() - 60) if remaining and own_verb else m.start()
        own = _OWN_WORD.match(after)
        end = m.end() + own.end() if own else m.end()
        out.append(StakeMention(start=start, end=end, text=text[start:end], percent=percent,
                                holder=holder.name if holder else None, holder_code=holder.code if holder else None,
                                remaining=remaining, target=target))
    return out


def _listed(document: Document, earlier: list[StakeMention], start: int) -> bool:
    """"X holds 45%, Y 40% and Z 15%": a share listed right after a stake, with its holder before it."""
    if not earlier or start - earlier[-1].end > 100:
        return False
    gap = document.text[earlier[-1].end:start]
    if re.search(r"[.;:!?](?:\s|$)", gap):
        return False
    return _gapped_name(document, resolver_for(document), start) is not None


def _holder(document: Document, resolver: ActorResolver, start: int, end: int,
            earlier: list[StakeMention]) -> tuple[Actor | None, str | None]:
    doc = document.doc
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or len(span) == 0:
        return None, None
    anchor = span.root
    for _ in range(4):
        if anchor.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod") and anchor.head.i != anchor.i:
            anchor = anchor.head
        else:
            break
    target = _target(anchor)
    for child in anchor.children:
        if child.dep_ == "poss":
            found = resolver.resolve(child)
            if found:
                return found[0], target
    sale = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if sale is not None and sale.pos_ == "NOUN" and sale.lower_ in SALE_NOUNS:
        buyers = prep_objects(sale, "to") or (prep_objects(sale.head, "to") if sale.dep_ == "dobj" else [])
        for cand in buyers:  # "suspended the sale of a 49 percent stake in X to Y": Y would hold it
            found = resolver.resolve(cand, proper=True)
            if found:
                return found[0], target
    named = _gapped_name(document, resolver, start)
    if named is not None:
        return named, target
    verb = governing_verb(anchor)
    candidates: list[Any] = []
    gapped = "remaining" in document.text[max(0, start - 12):start].lower()
    if gapped and verb is not None and anchor.head.i == verb.i and (
            (anchor.dep_ == "dobj" and verb_base(verb.text) in HOLD_VERBS)
            or (anchor.dep_ in ("nsubj", "nsubjpass") and verb_base(verb.text) in {"go", "belong", "fall"} | STAY_VERBS)
            or (anchor.dep_ == "nsubjpass" and is_passive(verb) and bool(agents(verb)))):
        gapped = False  # "X will keep the remaining 51%", "the remaining 10% goes to X", "... is held by X"
    if verb is not None and verb.i != anchor.i and not gapped:
        name = verb_base(verb.text)
        if name in SELL_VERBS:
            candidates = prep_objects(verb, "to") or prep_objects(anchor, "to")
            if not candidates:
                return None, target
        elif name in STAY_VERBS and anchor.dep_ == "nsubj":
            candidates = prep_objects(verb, "with")
        elif is_passive(verb) or name in ("go", "belong", "fall"):
            candidates = agents(verb) or prep_objects(verb, "to")
        elif name in HOLD_VERBS:
            candidates = subjects(verb)
    if verb is not None and verb.dep_ == "relcl" and any(c.lower_ in ("which", "who", "that") for c in candidates):
        candidates = [verb.head]  # "the founding X family, which will keep 35 percent": the noun it hangs on
    for cand in past_dateline(document.text, candidates):
        found = resolver.resolve(cand, proper=True)
        if not found and cand.lower_ in FAMILY_WORDS:
            family = _family(cand)
            if family is not None:
                return family, target
        if found:
            return found[0], target
        short = _short_name(document, cand)
        if short is not None:
            return short, target
    paren = _before_parenthesis(document, resolver, start)
    if paren is not None:
        return paren, target
    if not span.text or gapped:
        return None, target
    return _nearest_before(document, resolver, start, earlier), target


_GAP_BETWEEN = re.compile(r"\s*,?\s*(?:with\s+)?(?:(?:the|a|an|its|their)\s+)?(?:remaining\s+|other\s+|last\s+)?$", re.I)
_GAP_BEFORE = re.compile(r"(?:,|;|\band|\bwhile|\bwhereas)\s*(?:the\s+)?(?:[\w'-]+\s+){0,5}$", re.I)


SALE_NOUNS = {"sale", "transfer", "disposal"}
FAMILY_WORDS = {"family", "clan", "heirs"}


def _family(noun: Any) -> Actor | None:
    """"the founding Okafor family": a holder named by the family's proper name."""
    names = [c.text for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    return Actor(f"{' '.join(names)} {noun.text}", "organization", None) if names else None


def _gapped_name(document: Document, resolver: ActorResolver, start: int) -> Actor | None:
    """The holder named right before the share in a gapped clause: "X holds 45%, Y 40% and Z the
    remaining 15%", "owned by A, which holds 70%, and B, with the remaining 30%"."""
    table = document.entity_table
    if table is None:
        return None
    mentions = table.mentions_in(max(0, start - 120), start + 40, ("organization", "country"))
    mentions = [m for m in mentions if m.start < start]
    if not mentions:
        return None
    last = mentions[-1]
    text = document.text
    end = min(last.end, start)
    if not _GAP_BETWEEN.fullmatch(text[end:start]) or not _GAP_BEFORE.search(text[max(0, last.start - 60):last.start]):
        return None
    actor = resolver.entity_at(last.start, last.end)
    if actor is None or actor.type not in ("organization", "country"):
        return None
    if last.end > start:  # the tagger ran the name into the share: "Y 40 percent"
        name = text[last.start:start].strip(" ,")
        if not name or not actor.name.startswith(name):
            return None
        actor = Actor(name, actor.type, actor.code)
    return actor


def _short_name(document: Document, token: Any) -> Actor | None:
    """"Sahyadri will hold the rest": the one organisation of the article whose name starts with the word."""
    table = document.entity_table
    if table is None or token.pos_ != "PROPN" or len(token.text) < 3:
        return None
    word = token.text.lower()
    found = {e.name: e for e in table.entities if e.type == "organization" and len(e.name.split()) > 1
             and e.name.split()[0].lower() == word}
    if len(found) != 1:
        return None
    entity = next(iter(found.values()))
    return Actor(entity.name, "organization", entity.country)


def _target(anchor: Any) -> str | None:
    for child in anchor.children:
        if child.dep_ == "prep" and child.text.lower() in ("in", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    lo, hi = compact_subtree(obj)
                    return str(obj.doc[lo:hi].text)
    return None


def _before_parenthesis(document: Document, resolver: ActorResolver, start: int) -> Actor | None:
    text = document.text
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 1 or text[i] != "(":
        return None
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return resolver.entity_at(max(0, j - 1), j + 1)


def _nearest_before(document: Document, resolver: ActorResolver, start: int,
                    earlier: list[StakeMention]) -> Actor | None:
    table = document.entity_table
    sentence = document.sentence_at(start)
    if table is None or sentence is None:
        return None
    taken = {s.holder for s in earlier[-12:] if s.start >= sentence.start}
    window = max(sentence.start, start - 300)
    for mention in reversed(table.mentions_in(window, start, ("organization", "country"))):
        actor = resolver.entity_at(mention.start, mention.end)
        if actor is not None and actor.name not in taken and actor.type != "place":
            return actor
    return None
