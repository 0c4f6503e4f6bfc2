"""entities@3: people, organisations, countries and places, with titles, countries and aliases.

Spans come from ``entity_spans`` (NER repaired by rules); this module groups them into one entity per
real thing in the article (surnames and "Mr X" to the full name, acronyms to the organisation, country
names, demonyms and capitals to ISO-3), reads titles from premodifiers and appositions, and then lets
``coref`` add pronoun, title and "the company" mentions to the table.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from rapidfuzz.fuzz import ratio

from dragoman.extract.coref import add_references
from dragoman.extract.document import Document
from dragoman.extract.entity_spans import Candidate, collect_candidates
from dragoman.extract.entity_table import EntityTable, Mention
from dragoman.extract.geo import country_by_demonym, country_by_name, country_code, country_name
from dragoman.extract.names import (
    GENERIC_ORG_WORDS,
    ORG_CUE_NOUNS,
    acronym_of,
    institutions,
    norm_key,
    starts_like_a_person,
)
from dragoman.extract.registry import extractor
from dragoman.extract.titles import (
    title_after,
    title_before,
    title_country,
    title_in_apposition_before,
)
from dragoman.records import Entity

_ACRONYM_AFTER = re.compile(r"^\s*\(\s*(?:the\s+)?([A-Z][A-Za-z&.\-]{1,11})\s*\)")


def _person_tokens(name: str) -> list[str]:
    return [w.strip(".,").lower() for w in name.split() if w.strip(".,")]


class _Grouper:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.table = EntityTable()
        self.keys: dict[tuple[str, str], int] = {}
        self.last_seen: dict[int, int] = {}
        self.titles: dict[int, Counter[str]] = {}
        self.sourced: dict[int, list[bool]] = {}

    # -- grouping ---------------------------------------------------------------------------------
    def add(self, cand: Candidate, idx: int, via: str) -> None:
        entity = self.table.entities[idx]
        if cand.name != entity.name and cand.name not in entity.aliases and via != "country":
            entity.aliases.append(cand.name)
        if (cand.start, cand.end) != (-1, -1):
            entity.mentions = entity.mentions + 1 if idx in self.last_seen else 1
            self.table.add_mention(Mention(cand.start, cand.end, cand.name, idx, via))
        self.last_seen[idx] = cand.start
        self.sourced.setdefault(idx, []).append(cand.source)
        if entity.span is None:
            entity.span = (cand.start, cand.end)

    def new(self, name: str, kind: str, key: tuple[str, str], country: str | None = None) -> int:
        idx = self.table.add_entity(Entity(name=name, type=kind, country=country, mentions=0))  # type: ignore[arg-type]
        self.keys[key] = idx
        return idx

    def person(self, cand: Candidate) -> None:
        toks = _person_tokens(cand.name)
        key = ("person", " ".join(toks))
        if key in self.keys:
            self.add(cand, self.keys[key], "name")
            return
        best = self._person_match(toks, cand.start)
        if best is not None:
            self.add(cand, best, "surname" if len(toks) == 1 else "alias")
            if len(toks) > len(_person_tokens(self.table.entities[best].name)):
                self._promote(best, cand.name)
            return
        self.add(cand, self.new(cand.name, "person", key), "name")

    def _person_match(self, toks: list[str], at: int) -> int | None:
        options: list[tuple[int, int]] = []
        for (kind, _), idx in self.keys.items():
            if kind != "person":
                continue
            other = _person_tokens(self.table.entities[idx].name)
            if toks == other[-len(toks):] or (len(toks) == 1 and toks[0] in other) or \
                    (len(other) < len(toks) and other == toks[-len(other):]) or (len(toks[-1]) > 4 and len(other[-1]) > 4 and ratio(toks[-1], other[-1]) >= 88 and \
                    (len(toks) == 1 or len(other) == 1 or toks[0] == other[0])):
                options.append((self.last_seen.get(idx, -1), idx))
        if not options:
            return None
        before = [o for o in options if o[0] <= at]
        return max(before or options)[1]

    def _promote(self, idx: int, fuller: str) -> None:
        entity = self.table.entities[idx]
        if entity.name not in entity.aliases:
            entity.aliases.append(entity.name)
        if fuller in entity.aliases:
            entity.aliases.remove(fuller)
        entity.name = fuller

    def organization(self, cand: Candidate, acronyms: dict[str, int]) -> int:
        """Add an organisation mention; returns the entity index."""
        key_text = norm_key(cand.name)
        known = institutions().get(key_text)
        canonical_key = norm_key(known[0]) if known else key_text
        key = ("organization", canonical_key)
        if cand.name in acronyms:
            self.add(cand, acronyms[cand.name], "acronym")
            return acronyms[cand.name]
        if key not in self.keys and cand.name.isupper() and 2 <= len(cand.name) <= 6:
            for (kind, _), idx in self.keys.items():
                if kind == "organization" and acronym_of(self.table.entities[idx].name) == cand.name:
                    self.add(cand, idx, "acronym")
                    return idx
        if key in self.keys:
            idx = self.keys[key]
            entity = self.table.entities[idx]
            if len(cand.name) > len(entity.name) and not cand.name.isupper():
                self._promote(idx, cand.name)
            self.add(cand, idx, "name" if cand.name == entity.name else "alias")
        else:
            idx = self.new(cand.name, "organization", key, known[1] if known else None)
            self.add(cand, idx, "name")
        match = _ACRONYM_AFTER.match(self.document.text[cand.end:cand.end + 20])
        if match:
            acr = match.group(1)
            acronyms[acr] = idx
            if acr not in self.table.entities[idx].aliases:
                self.table.entities[idx].aliases.append(acr)
        return idx

    def country(self, cand: Candidate) -> None:
        code = country_by_name(cand.name) or country_code(cand.name)
        if not code:
            return
        key = ("country", code)
        idx = self.keys.get(key)
        if idx is None:
            idx = self.new(country_name(code), "country", key, code)
        self.add(cand, idx, "name" if cand.name == self.table.entities[idx].name else "alias")

    def place(self, cand: Candidate) -> None:
        key = ("place", norm_key(cand.name))
        idx = self.keys.get(key)
        if idx is None:
            idx = self.new(cand.name, "place", key, country_code(cand.name))
        self.add(cand, idx, "name")


def _org_country(doc: Any, cand: Candidate) -> str | None:
    code = None
    words = cand.name.split()
    for n in (3, 2, 1):
        for k in range(0, len(words) - n + 1):
            code = country_by_name(" ".join(words[k:k + n]))
            if code:
                return code
    window = doc[max(0, cand.tstart - 6):cand.tstart]
    based = re.search(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)\s*-\s*based\s*$", window.text)
    if based:
        return country_code(based.group(1))
    for k, tok in enumerate(reversed(window)):
        if tok.is_punct and tok.text not in ("-", "."):
            if k == 0 and tok.text == "," and cand.tstart >= 2 and doc[cand.tstart - 2].lower_ in ORG_CUE_NOUNS:
                continue  # "Bolivia's state lithium company, X"
            break
        code = country_by_demonym(tok.text)
        if code is None and tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("'s", "\u2019s"):
            code = country_by_name(tok.text)  # "China's X"
        if code:
            return code
    for word in words:
        code = country_by_demonym(word) if word[:1].isupper() else None
        if code:
            return code  # "Chinese Foreign Ministry"
    return None


@extractor("entities", version=3)
def extract_entities(document: Document) -> list[Entity]:
    doc, text = document.doc, document.text
    cands = collect_candidates(doc, text)
    grouper = _Grouper(document)
    acronyms: dict[str, int] = {}
    people = [c for c in cands if c.type == "person"]
    # full names first (in text order), then single names attach to them
    for cand in sorted(people, key=lambda c: (len(c.name.split()) < 2, c.start)):
        grouper.person(cand)
    surnames = {_person_tokens(e.name)[-1]: i for i, e in enumerate(grouper.table.entities)
                if e.type == "person" and len(e.name.split()) > 1}
    for cand in cands:
        if cand.type == "person":
            continue
        low = cand.name.lower()
        if cand.type in ("organization", "place") and low in surnames and len(cand.name.split()) == 1:
            cand.type = "person"
            grouper.add(cand, surnames[low], "surname")
        elif cand.type == "organization":
            idx = grouper.organization(cand, acronyms)
            if grouper.table.entities[idx].country is None:
                grouper.table.entities[idx].country = _org_country(doc, cand)
        elif cand.type == "country":
            grouper.country(cand)
        else:
            grouper.place(cand)
    _merge_short_organizations(grouper)
    _merge_people_named_as_organisations(grouper)
    _add_bare_surnames(document, grouper)
    _assign_titles(document, grouper, people)
    table = grouper.table
    outlet = norm_key(document.article.outlet or "")
    for idx, flags in grouper.sourced.items():
        entity = table.entities[idx]
        if (entity.type in ("organization", "person") and outlet and norm_key(entity.name) == outlet) or (entity.type == "organization" and flags and all(flags)):
            entity.type = "other"
        elif entity.type == "person" and len(entity.name.split()) == 1 and not entity.title:
            entity.type = "other"  # a lone capitalised word with no role: too often a place or a firm
    document.entity_table = table
    add_references(document, table)
    return [e for e in table.entities if e.mentions > 0]


def _merge_short_organizations(grouper: _Grouper) -> None:
    """ "Halvern" and "Halvern Minerals" in one article are one organisation, named in full."""
    table = grouper.table
    full: dict[str, int] = {}
    for i, entity in enumerate(table.entities):
        words = entity.name.split()
        if entity.type == "organization" and len(words) > 1 and len(words[0]) > 2 and words[0][0].isupper() \
                and norm_key(words[0]) not in GENERIC_ORG_WORDS and not country_code(words[0]):
            full.setdefault(words[0], i)
    moved = {i: full[e.name] for i, e in enumerate(table.entities)
             if e.type in ("organization", "other", "person") and len(e.name.split()) == 1 and full.get(e.name, i) != i}
    # "the Commission" in an article naming one "European Commission": the head noun alone is that body
    heads: dict[str, list[int]] = {}
    for i, entity in enumerate(table.entities):
        words = entity.name.split()
        if entity.type == "organization" and len(words) > 1 and words[-1][:1].isupper():
            heads.setdefault(words[-1], []).append(i)
    for i, entity in enumerate(table.entities):
        if entity.type in ("organization", "other") and i not in moved and len(heads.get(entity.name, [])) == 1:
            moved[i] = heads[entity.name][0]
    # "Volta Minerals" and "Volta Minerals Ltd", "Nusa Logam" and "PT Nusa Logam Mulia": the short form is the firm
    orgs = [(i, _org_words(e.name)) for i, e in enumerate(table.entities) if e.type == "organization"]
    for i, words in orgs:
        if i in moved or len(words) < 2:
            continue
        longer = [(len(other), k) for k, other in orgs if len(other) > len(words) and other[:len(words)] == words]
        if longer:
            moved[i] = max(longer)[1]
    for short in moved:
        while moved[short] in moved and moved[moved[short]] != short:
            moved[short] = moved[moved[short]]
    _fold_entities(table, moved, keep_names=True)


def _merge_people_named_as_organisations(grouper: _Grouper) -> None:
    """A name the model read as a person in one place and as an organisation in another, and not led by a
    given name, is the organisation ("president director of Nusa Logam" beside "Nusa Logam signed")."""
    table = grouper.table
    orgs: dict[str, int] = {}
    for i, entity in enumerate(table.entities):
        if entity.type == "organization":
            for name in (entity.name, *entity.aliases):
                orgs.setdefault(norm_key(name), i)
    moved = {i: orgs[norm_key(e.name)] for i, e in enumerate(table.entities)
             if e.type == "person" and norm_key(e.name) in orgs and not e.title and not starts_like_a_person(e.name)
             and len(e.name.split()) > 1}
    _fold_entities(table, moved, keep_names=False)


def _fold_entities(table: EntityTable, moved: dict[int, int], *, keep_names: bool) -> None:
    """Point the mentions of each entity in ``moved`` at its target and move its mention count there
    (with ``keep_names``, its name becomes an alias of the target, which takes its country if it has none)."""
    if not moved:
        return
    table.repoint(moved, via="alias")
    for short, target in moved.items():
        entity, into = table.entities[short], table.entities[target]
        into.mentions += entity.mentions
        entity.mentions = 0
        if keep_names:
            if entity.name not in into.aliases:
                into.aliases.append(entity.name)
            into.country = into.country or entity.country


_LEGAL_PREFIXES = {"pt", "pt.", "the", "jsc", "ojsc", "pjsc", "cv", "llc", "tbk"}


def _org_words(name: str) -> list[str]:
    words = [w.lower().strip(".,") for w in name.split()]
    while words and words[0] in _LEGAL_PREFIXES:
        words = words[1:]
    return words


def _add_bare_surnames(document: Document, grouper: _Grouper) -> None:
    """Surnames of known people that the model did not label ("Shikongo said ...")."""
    table = grouper.table
    surnames: dict[str, int] = {}
    short_orgs: dict[str, int] = {}
    for i, entity in enumerate(table.entities):
        if entity.type == "person" and len(entity.name.split()) > 1:
            surnames.setdefault(entity.name.split()[-1], i)
        elif entity.type == "organization" and len(entity.name.split()) > 1:
            first = entity.name.split()[0]
            if len(first) > 3 and first[0].isupper() and norm_key(first) not in GENERIC_ORG_WORDS \
                    and not country_code(first) and first.lower() not in ("the", "national", "state", "central"):
                short_orgs.setdefault(first, i)
    for word in set(short_orgs) & set(surnames):
        del short_orgs[word]
    for i, entity in enumerate(table.entities):
        if entity.type == "organization":
            for alias in entity.aliases:
                if alias.isupper() and 2 <= len(alias) <= 8 and alias not in surnames:
                    short_orgs.setdefault(alias, i)  # an acronym the article defined, wherever the model missed it
    surnames.update({k: v for k, v in short_orgs.items()})
    if not surnames:
        return
    taken = {(m.start, m.end) for m in table.mentions}
    for tok in document.doc:
        idx = surnames.get(tok.text)
        if idx is None or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if (start, end) in taken or table.mention_at(start, end) is not None:
            continue
        kind = table.entities[idx].type
        grouper.add(Candidate(start, end, tok.i, tok.i + 1, tok.text, kind), idx,
                    "surname" if kind == "person" else "alias")


def _assign_titles(document: Document, grouper: _Grouper, people: list[Candidate]) -> None:
    doc = document.doc
    table = grouper.table
    found: dict[int, Counter[str]] = {}
    names: set[int] = set()
    for mention in table.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and table.entities[mention.entity].type == "person":
            names.update(range(span.start, span.end))
    blocked = frozenset(names)
    for mention in table.mentions:
        entity = table.entities[mention.entity]
        if entity.type != "person":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for title in (title_before(doc, span.start, blocked=blocked), title_after(doc, span.end, blocked),
                      title_in_apposition_before(doc, span.start, span.end, blocked)):
            if title:
                found.setdefault(mention.entity, Counter())[title] += 1
    for idx, titles in found.items():
        entity = table.entities[idx]
        ranked = sorted(titles, key=lambda t: (title_country(t) is not None, len(t.split()), titles[t]), reverse=True)
        entity.title = ranked[0]
        for title in ranked:
            code = title_country(title)
            if code:
                entity.country = code
                break
