"""Shared frame pieces for events, deals and pledges: the phrase of an action, its places and dates.

``action_range`` cuts the verb phrase of an action out of the parse ("visit all five Central
Asian countries in 2026", without the "as he met ..." clause that follows); ``places`` lists the
locations under a verb ("in Tashkent", "to Kazakhstan and Uzbekistan"); ``date_for`` finds the
date mention that belongs to a verb (its own, else its governing verb's).
"""

from __future__ import annotations

from typing import Any

from dragoman.extract.clauses import conjuncts, entity_range
from dragoman.extract.dates import DateMention, dates_between
from dragoman.extract.document import Document
from dragoman.extract.geo import country_by_name, country_name, is_capital, venue_city

Token = Any

_SKIP_IN_ACTION = {"advcl", "nsubj", "nsubjpass", "aux", "auxpass", "mark", "cc", "parataxis", "csubj",
                   "punct", "expl", "intj", "discourse", "dep", "appos"}
_BACKGROUND_PREPS = {"amid", "despite", "following", "as", "because", "given", "notwithstanding", "alongside",
                     "like", "unlike", "according"}
_STOP_TEXT = {";", "(", ":"}
_DASHES = {"—", "–", "-", "--"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_PREPS = {"in", "at", "to", "inside", "across", "near"}


def action_range(verb: Token, max_tokens: int = 28, *, keep_conj: bool = False) -> tuple[int, int]:
    """Token range ``[lo, hi)`` of the action phrase headed by ``verb`` (verb first)."""
    keep = {verb.i}
    stack = [verb]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if tok.i == verb.i and (child.dep_ in _SKIP_IN_ACTION or (child.dep_ == "conj" and not keep_conj)
                                or (child.dep_ == "prep" and child.text.lower() in _BACKGROUND_PREPS)):
                continue
            if child.dep_ in ("relcl", "acl") and child.i - verb.i > 12:
                continue
            keep.add(child.i)
            stack.append(child)
    lo = verb.i
    hi = verb.i + 1
    doc = verb.doc
    while hi <= max(keep) and hi - lo < max_tokens:
        tok = doc[hi]
        if tok.text in _STOP_TEXT or (tok.i not in keep and tok.dep_ != "punct"):
            break
        if tok.text in _DASHES and (tok.whitespace_ or doc[hi - 1].whitespace_):
            break
        if tok.text == "," and hi + 1 < len(doc) and (doc[hi + 1].tag_ == "VBG" or doc[hi + 1].text.lower() in
                                                       ("as", "while", "which", "who", "where", "when")):
            break
        hi += 1
    while hi > lo + 1 and doc[hi - 1].dep_ == "punct":
        hi -= 1
    return lo, hi


def action_text(verb: Token, **kw: Any) -> str:
    lo, hi = action_range(verb, **kw)
    return str(verb.doc[lo:hi].text).strip()


def places(document: Document, verb: Token, preps: set[str] | None = None, depth: int = 3) -> list[str]:
    """Places under ``verb``: objects of in/at/to, places it acts on, down a few prepositions."""
    wanted = preps or PLACE_PREPS
    found: list[str] = []
    table = document.entity_table
    frontier = [(verb, 0)]
    while frontier:
        tok, level = frontier.pop(0)
        for child in tok.children:
            heads: list[Token] = []
            if (child.dep_ == "prep" or (child.dep_ == "advcl" and child.pos_ == "ADP")) and child.text.lower() in wanted:
                heads = [obj for obj in child.children if obj.dep_ == "pobj"]
            elif child.dep_ == "dobj" and tok.i == verb.i:
                heads = [child]
            for head in heads:
                for item in conjuncts(head):
                    name = _place_name(table, item)
                    if name and name not in found:
                        found.append(name)
                if head.text.lower() in GATHERING_WORDS and child.dep_ == "prep":
                    frontier.append((head, level))  # "at the Welcome Reception in Washington"
            if child.dep_ == "appos":  # "at the Forum, the annual meeting in Geneva": the same thing renamed
                frontier.append((child, level))
                continue
            if level + 1 < depth and child.dep_ in ("prep", "pobj", "advcl", "pcomp", "acl", "dobj", "xcomp"):
                if child.dep_ == "advcl" and not any(c.text.lower() == "while" for c in child.children):
                    continue
                frontier.append((child, level + 1))
    return found


def sentence_places(document: Document, start: int, end: int) -> list[str]:
    """Places the text from ``start`` to ``end`` puts something "in" or "at", under any verb."""
    span = document.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    found: list[str] = []
    for tok in span:
        if tok.dep_ == "prep" and tok.text.lower() in ("in", "at"):
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                name = _place_name(document.entity_table, obj)
                if name and name not in found:
                    found.append(name)
    return found


GATHERING_WORDS = {"reception", "summit", "forum", "conference", "dinner", "banquet", "meeting", "session",
                   "ceremony", "gala", "talks", "dialogue", "roundtable", "expo", "exhibition", "week"}
VENUE_WORDS = {"House", "Palace", "Kremlin", "Department", "Hall", "Centre", "Center", "Ministry"}


REGION_NOUNS = {"state", "province", "region", "governorate", "county", "district", "prefecture", "department"}


def _place_name(table: Any, tok: Token) -> str | None:
    doc = tok.doc
    if tok.pos_ == "NOUN" and tok.lower_ in REGION_NOUNS:  # "in Nuevo Leon state", "the Antofagasta region"
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and names[-1].i == tok.i - 1:
            return str(doc[names[0].left_edge.i: tok.i].text).strip() or None
    lo, hi = entity_range(tok)
    labelled = tok.ent_type_ in PLACE_LABELS or (tok.ent_type_ == "ORG" and doc[hi - 1].text in VENUE_WORDS)
    # a capital or a venue the recogniser left unlabelled still places the event
    known = tok.pos_ == "PROPN" and (is_capital(tok.text) or venue_city(str(doc[lo:hi].text))
                                     or country_by_name(str(doc[lo:hi].text)) is not None)  # "to the UAE"
    if not labelled and not known:
        return None
    text = str(doc[lo:hi].text).strip(" ,.")
    if text.lower().startswith("the "):
        text = text[4:]
    if text.split()[-1:] and text.split()[-1].lower() in GATHERING_WORDS:
        return None  # "at the Welcome Reception": a gathering, not a place
    code = country_by_name(text)
    if code and len(text) <= 4:  # "U.S.", "UAE"; not "Baku"
        return country_name(code)
    city = venue_city(text)
    if city and city not in text:
        return f"{text}, {city}"
    return text or None


def date_for(document: Document, verb: Token, *, inherit: bool = True, skip_own: bool = False) -> DateMention | None:
    """The date mention that belongs to ``verb``: a non-citation date whose nearest verb is ``verb``,
    else (``inherit``) one belonging to a verb above it."""
    sentence = verb.sent
    mentions = [d for d in dates_between(document, sentence.start_char, sentence.end_char)
                if not d.citation and d.value]
    if not mentions:
        return None
    owners: list[tuple[DateMention, int]] = []
    doc = verb.doc
    for d in mentions:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        owner = _owner_verb(span.root)
        if owner is not None:
            owners.append((d, owner.i))
    if verb.pos_ in ("NOUN", "PROPN") and not skip_own:  # "a visit to Y from May 3 to 5": the noun's own dates
        lo = min(t.idx for t in verb.subtree)
        hi = max(t.idx + len(t.text) for t in verb.subtree)
        own = [d for d in mentions if lo <= d.start and d.end <= hi]
        if own:
            return own[0]
    chain = [verb]
    tok = verb
    if inherit and verb.pos_ in ("NOUN", "PROPN"):  # "X began a visit to Y on Monday": the verb's date is the noun's
        for _ in range(3):
            if tok.head.i == tok.i or tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "prep", "attr"):
                break
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                chain.append(tok)
                break
        else:
            tok = verb
        if tok.pos_ not in ("VERB", "AUX"):
            tok = verb
    if inherit:  # up through clause links only: "said on Wednesday [that he planned ... as he met ...]"
        for _ in range(6):
            if tok.head.i == tok.i or tok.dep_ not in _CLIMB or tok.head.pos_ not in ("VERB", "AUX"):
                break
            if tok.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children):
                break  # "launched X in 2022 and has now awarded Y": the perfect is not dated by the past
            tok = tok.head
            chain.append(tok)
    for i, tok in enumerate(chain):
        if skip_own and i == 0:
            continue
        for d, owner in owners:
            if owner == tok.i:
                return d
    return None


_CLIMB = {"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis"}


def _owner_verb(token: Token) -> Token | None:
    tok = token
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX") and tok.i != token.i:
            return tok
        if tok.pos_ == "NOUN" and tok.i != token.i and tok.dep_ in ("nsubj", "dobj", "attr"):
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX", "NOUN") else None
        tok = tok.head
    return None


def strip_span(document: Document, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace: the span of a sentence's evidence."""
    text = document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
