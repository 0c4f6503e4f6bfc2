"""Who a noun phrase stands for: an entity of the article, a country, or a named group.

``ActorResolver(document).resolve(token)`` looks at the head token of a subject, object or
possessor and answers with canonical actors: the EntityTable's mention under the token, a
person's surname or title ("the secretary", "U.S. secretary of state"), a pronoun (through the
table's own pronoun mentions when it has them, else the nearest person before it), "I"/"we"
inside a quotation (its speaker), a country named or implied ("Washington", "the presidents of
Kazakhstan and Uzbekistan"), or, when asked, a group of states ("three Central Asian countries").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dragoman.extract.actor_words import (
    FIRST_PERSON,
    GROUP_HEADS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    SPEECH_VERBS,
    STATE_HEADS,
    TITLE_WORDS,
)
from dragoman.extract.clauses import compact_subtree, conjuncts, subjects
from dragoman.extract.document import Document
from dragoman.extract.geo import country_code, country_name
from dragoman.extract.offices import Offices
from dragoman.extract.wordforms import register_verbs, verb_base

Token = Any

_QUOTE_OPEN = re.compile("[\u201c\"]")
register_verbs(SPEECH_VERBS)



@dataclass(frozen=True)
class Actor:
    name: str
    type: str  # person | organization | country | place | group
    code: str | None = None  # ISO 3166-1 alpha-3 of a country, or of a person's/org's country


def resolver_for(document: Document) -> ActorResolver:
    """The document's resolver, built once after the entity table (kept with the results)."""
    cached = document.results.get("_actors")
    if cached and isinstance(cached[0], ActorResolver) and cached[0].table is document.entity_table:
        return cached[0]
    resolver = ActorResolver(document)
    document.results["_actors"] = [resolver]
    return resolver


class ActorResolver:
    """Resolves tokens of one document to canonical actors; build one per extractor call."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.table = document.entity_table
        self.doc = document.doc
        self._surnames: dict[str, int] = {}
        self.offices = Offices(document)
        if self.table is not None:
            for i, entity in enumerate(self.table.entities):
                parts = entity.name.split()
                if entity.type == "person" and len(parts) > 1:
                    self._surnames.setdefault(parts[-1].lower(), i)

    # -- public --------------------------------------------------------------------------------

    def holds_office(self, name: str) -> bool:
        return self.offices.holds_office(name)

    def country_of(self, actor: Actor) -> str | None:
        """The country a person acts for, read off their title ("Zambian Transport Minister X")."""
        if actor.type != "person":
            return actor.code
        return self.offices.country_of(actor.name)

    def resolve(self, token: Token, *, groups: bool = False, proper: bool = False) -> list[Actor]:
        """Actors a head token stands for (conjuncts are the caller's business).

        ``groups`` admits groups of states ("three Central Asian countries"); ``proper`` admits a
        proper noun the entity recogniser missed, as an organisation named by its words.
        """
        try:
            found = self._resolve(token, groups)
            if not found and proper:
                found = self._proper(token)
            return found
        except (IndexError, ValueError, AttributeError):
            return []

    def resolve_all(self, tokens: list[Token], *, groups: bool = False, proper: bool = False) -> list[Actor]:
        out: list[Actor] = []
        for tok in tokens:
            for actor in self.resolve(tok, groups=groups, proper=proper):
                if actor not in out:
                    out.append(actor)
        return out

    def entity_at(self, start: int, end: int) -> Actor | None:
        """The entity mentioned over ``[start, end)``, if the table has one."""
        if self.table is None:
            return None
        mention = self.table.mention_at(start, end)
        if mention is None:
            return None
        return self._actor(mention.entity)

    # -- internals -----------------------------------------------------------------------------

    def _actor(self, index: int) -> Actor | None:
        assert self.table is not None
        entity = self.table.entities[index]
        if entity.type in ("country", "place"):
            code = country_code(entity.name) or (entity.country if entity.type == "country" else None)
            if code and (entity.type == "country" or country_code(entity.name) == code):
                return Actor(country_name(code), "country", code)
            return Actor(entity.name, "place", None)
        if entity.type == "organization" and entity.name.isupper() and 2 <= len(entity.name) <= 7:
            full = self.offices.acronyms().get(entity.name)
            if full:  # "EIB" -> "European Investment Bank", named in full elsewhere in the article
                return Actor(full, "organization", entity.country)
        return Actor(entity.name, entity.type, entity.country)

    def _resolve(self, token: Token, groups: bool) -> list[Actor]:
        word = token.text.lower()
        if token.tag_ in ("PRP", "PRP$"):
            return self._pronoun(token, word)
        start, end = token.idx, token.idx + len(token.text)
        found = self.entity_at(start, end)
        if found is not None and len(found.name.split()) == 1 and found.name.lower() in self._surnames:
            person = self._actor(self._surnames[found.name.lower()])  # "Novak" after "Ilham Novak"
            return [person] if person else []
        if found is not None and found.type != "place":
            return [found]
        if token.ent_type_ in ("GPE", "NORP", "ORG", "") or token.tag_ in ("NNP", "NNPS", "JJ"):
            code = self._country_of_phrase(token)
            if code:
                return [Actor(country_name(code), "country", code)]
        if self.table is not None and word in self._surnames:
            actor = self._actor(self._surnames[word])
            return [actor] if actor else []
        for child in token.children:  # "Halvern's finance chief, Marcus Oyelaran, said ..."
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                named = self._resolve(child, False)
                if named and named[0].type in ("person", "organization"):
                    return named
        if word in ORG_HEADS:  # "the European Union's raw materials alliance", "Kazakhstan's state miner"
            for child in token.children:
                if child.dep_ == "poss":
                    owner = self._resolve(child, False)
                    if owner and owner[0].type in ("organization", "country"):
                        return owner
        if ((word in STATE_HEADS or word in GROUP_HEADS) and word not in TITLE_WORDS) or token.tag_ == "NNS":
            states = self._states_of(token)
            if states:
                return states
        if word in TITLE_WORDS and word not in ("leader", "official", "head", "chief", "representative"):
            index = self.offices.by_title(token)
            person = self._actor(index) if index is not None else None
            if person:
                return [person]
            states = self._states_of(token)  # "Saudi Arabia's crown prince": the state acts
            if states:
                return states
        if groups and word in GROUP_HEADS | STATE_HEADS and token.tag_ == "NNS":
            lo, hi = compact_subtree(token)
            text = self.doc[lo:hi].text.strip()
            if any(c.dep_ in ("nummod", "amod", "compound") for c in token.children):
                return [Actor(_strip_det(text), "group", None)]
        return []

    def _proper(self, token: Token) -> list[Actor]:
        """A proper noun in a party's place that the recogniser missed or took for a place
        ("a deal with Russia's Gazprom"); never a country, capital, date or amount."""
        if token.pos_ != "PROPN" or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "LOC",
                                                         "NORP", "EVENT", "LAW", "WORK_OF_ART"):
            return []
        if country_code(token.text) or (token.text.isupper() and token.ent_type_ == "GPE"):
            return []
        words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
        lo = min([token.i] + [c.left_edge.i for c in words])
        name = self.doc[lo:token.i + 1].text.strip()
        if len(name) < 2 or not name[0].isupper() or name.lower() in TITLE_WORDS:
            return []
        return [Actor(name, "organization", None)]

    def _country_of_phrase(self, token: Token) -> str | None:
        lo, hi = compact_subtree(token, frozenset({"relcl", "appos", "advcl", "acl", "conj", "cc", "prep"}))
        phrase = self.doc[lo:hi].text
        for candidate in (phrase, token.text):
            if candidate[:1].isupper():  # "states" and "us" are words, "States" and "US" are countries
                code = country_code(candidate)
                if code:
                    return code
        return None

    def _states_of(self, token: Token) -> list[Actor]:
        """"the presidents of A and B", "Kazakhstan's president", "the Kazakh government"."""
        out: list[Actor] = []
        owners: list[Token] = []
        for child in token.children:
            if child.dep_ == "prep" and child.text.lower() == "of":
                owners += [tok for obj in child.children for tok in conjuncts(obj)]
            elif child.dep_ in ("poss", "compound", "amod") and token.text.lower() in STATE_HEADS | TITLE_WORDS:
                owners.append(child)
        for owner in owners:
            code = country_code(owner.text)
            if code is None and owner.ent_type_ in ("GPE", "NORP"):
                found = self.entity_at(owner.idx, owner.idx + len(owner.text))
                code = found.code if found is not None and found.type == "country" else None
            if code is None and owner.dep_ == "pobj":
                code = self._country_of_phrase(owner)
            if code and all(a.code != code for a in out):
                out.append(Actor(country_name(code), "country", code))
        return out

    def _pronoun(self, token: Token, word: str) -> list[Actor]:
        start, end = token.idx, token.idx + len(token.text)
        if self.table is not None:
            mention = self.table.mention_at(start, end)
            if mention is not None and mention.start <= start and mention.end >= end:
                actor = self._actor(mention.entity)
                return [actor] if actor else []
        if word in FIRST_PERSON:
            speaker = self._speaker(token)
            return [speaker] if speaker else []
        if word in PERSON_PRONOUNS and self.table is not None:
            mention = self.table.last_before(start, ("person",), limit=800)
            if mention is not None:
                actor = self._actor(mention.entity)
                return [actor] if actor else []
        return []

    def _speaker(self, token: Token) -> Actor | None:
        """The speaker of the quotation holding a first-person pronoun."""
        offset = token.idx
        for quote in self.document.results.get("quotes", []):
            span = getattr(quote, "span", None)
            speaker = getattr(quote, "speaker", None)
            if span and speaker and span[0] <= offset < span[1]:
                return Actor(speaker, "person", None)
        for tok in _heads(token):
            if tok.pos_ == "VERB" and verb_base(tok.text) in SPEECH_VERBS:
                for subj in subjects(tok):
                    if subj.tag_ in ("PRP",) and subj.text.lower() in FIRST_PERSON:
                        continue
                    found = self._resolve(subj, False)
                    if found:
                        return found[0]
        return None


def _heads(token: Token) -> list[Token]:
    out = []
    tok = token
    for _ in range(10):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok)
    return out


def _strip_det(text: str) -> str:
    for det in ("the ", "The ", "these ", "These ", "those ", "all "):
        if text.startswith(det):
            return text[len(det):]
    return text
