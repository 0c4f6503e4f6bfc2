"""In-document references: pronouns, titles used alone ("the minister") and "the company"-style nouns.

Each becomes a ``Mention`` in the EntityTable (via ``pronoun``, ``title`` or ``reference``) pointing to
the entity it most likely stands for, so quotes, pledges and events can find who spoke or acted.
Salience is simple and linear: the grammatical subjects of the current and the last few sentences
come first, then the most recent mention.
"""

from __future__ import annotations

from typing import Any

from dragoman.extract.document import Document
from dragoman.extract.entity_table import EntityTable, Mention
from dragoman.extract.geo import country_by_demonym, country_by_name
from dragoman.extract.names import gender_of
from dragoman.extract.quote_marks import find_quote_spans
from dragoman.extract.titles import MODIFIERS, is_office_word, title_country

PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
FEMININE = {"she", "her", "hers", "herself"}
_TITLE_GENDER = {"chairwoman": "f", "spokeswoman": "f", "congresswoman": "f", "businesswoman": "f", "queen": "f",
                 "princess": "f", "madam": "f", "chairman": "m", "spokesman": "m", "congressman": "m",
                 "businessman": "m", "king": "m", "prince": "m", "emir": "m", "sultan": "m", "sheikh": "m"}


def _title_gender(title: str | None) -> str | None:
    for word in (title or "").lower().split():
        if word in _TITLE_GENDER:
            return _TITLE_GENDER[word]
    return None
ORG_NOUNS = {"company", "firm", "group", "bank", "lender", "ministry", "fund", "agency", "government",
             "corporation", "miner", "operator", "consortium", "department", "office", "commission",
             "council", "institution", "developer", "insurer", "regulator", "embassy", "administration",
             "trader", "producer", "investor", "manufacturer", "carrier", "utility", "authority", "board",
             "parliament", "committee", "union", "alliance", "organisation", "organization", "partnership",
             "venture", "state", "exporter", "contractor", "refiner", "buyer", "seller", "exchange"}
GENERIC_COMPANY_NOUNS = {"company", "firm", "group", "consortium", "developer", "miner", "trader", "producer",
                         "investor", "manufacturer", "carrier", "operator", "exporter", "contractor", "refiner",
                         "buyer", "seller", "venture", "partnership", "lender", "insurer", "agency", "corporation"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
_LINK_DEPS = ("compound", "flat", "appos", "poss")


def is_subject(token: Any) -> bool:
    """A token heads the grammatical subject, directly or as part of a name/apposition chain."""
    for _ in range(4):
        if token.dep_ in SUBJECT_DEPS:
            return True
        if token.dep_ not in _LINK_DEPS or token.head is token:
            return False
        token = token.head
    return False


_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "parataxis"}


def subject_zone(doc: Any) -> set[int]:
    """Token indices inside grammatical subjects, leaving out relative and other embedded clauses."""
    zone: set[int] = set()
    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or (tok.pos_ == "PRON" and tok.lower_ in ("who", "which", "that")):
            continue
        stack = [tok]
        while stack:
            t = stack.pop()
            if t.i in zone:
                continue
            zone.add(t.i)
            stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS)
    return zone


class Salience:
    """Recently mentioned entities, with the subjects of recent sentences first."""

    def __init__(self, table: EntityTable, sentences: int = 3) -> None:
        self.table = table
        self.window = sentences
        self.seen: list[tuple[int, int, str, bool]] = []  # (sentence index, entity, type, is subject)
        self.last: dict[str, int] = {}
        self.by_word: dict[str, int] = {}
        self.by_title: dict[str, list[int]] = {}  # office word -> people holding it, most recently seen last
        self.gender: dict[int, str] = {}  # person -> "m" / "f", from a given name, a title or a pronoun

    def see(self, sentence: int, entity: int, subject: bool) -> None:
        e = self.table.entities[entity]
        self.last[e.type] = entity
        self.seen.append((sentence, entity, e.type, subject))
        if len(self.seen) > 200:
            del self.seen[:100]
        if e.type == "person":
            if entity not in self.gender:
                found = gender_of(e.name) or _title_gender(e.title)
                if found:
                    self.gender[entity] = found
            for word in (e.title or "").lower().replace("-", " ").split():
                if is_office_word(word) or word in MODIFIERS:
                    self.by_word[word] = entity
                    holders = self.by_title.setdefault(word, [])
                    if entity in holders:
                        holders.remove(entity)
                    holders.append(entity)
        elif e.type in ("organization", "other"):
            for word in e.name.lower().split():
                self.by_word["org:" + word] = entity

    def agrees(self, entity: int, gender: str | None) -> bool:
        return gender is None or self.gender.get(entity, gender) == gender

    def latest(self, kind: str, gender: str | None = None) -> int | None:
        """The most recently seen entity of ``kind`` (and of that gender, when known)."""
        for _, entity, etype, _ in reversed(self.seen):
            if etype == kind and self.agrees(entity, gender):
                return entity
        return self.last.get(kind) if gender is None else None

    def subject(self, sentence: int, kind: str, gender: str | None = None) -> int | None:
        """The subject of the nearest sentence that mentions ``kind``; failing a subject, its first mention."""
        current: int | None = None
        first: int | None = None
        for index, entity, etype, is_subj in reversed(self.seen):
            if index != current:
                if first is not None:
                    return first
                if sentence - index > self.window:
                    return None
                current = index
            if not self.agrees(entity, gender):
                continue
            if etype == kind or (kind == "organization" and etype == "other"):
                if is_subj:
                    return entity
                first = entity
        return first


def add_references(document: Document, table: EntityTable) -> None:
    doc = document.doc
    named = sorted(table.mentions, key=lambda m: m.start)
    salience = Salience(table)
    zone = subject_zone(doc)
    quoted = [(q.open, q.close) for q in find_quote_spans(document.text)]
    qpos = 0
    pos = 0
    added: list[Mention] = []
    covered_until = -1
    sent_index = -1
    last_sent_start = -1
    named_starts = {m.start for m in named}
    tq = 0  # the first quote not closed before the current token
    for tok in doc:
        while tq < len(quoted) and quoted[tq][1] < tok.idx:
            tq += 1
        in_quote = tq < len(quoted) and quoted[tq][0] < tok.idx
        if tok.sent.start != last_sent_start:
            last_sent_start = tok.sent.start
            sent_index += 1
        while pos < len(named) and named[pos].start <= tok.idx:
            m = named[pos]
            while qpos < len(quoted) and quoted[qpos][1] < m.start:
                qpos += 1
            pos += 1
            covered_until = max(covered_until, m.end)
            if qpos < len(quoted) and quoted[qpos][0] < m.start:
                continue  # names inside quoted speech are not who is speaking or acting
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            salience.see(sent_index, m.entity, span is not None and (span.root.i in zone or is_subject(span.root)))
        if tok.idx < covered_until:
            continue
        low = tok.lower_
        if low in PERSON_PRONOUNS and tok.pos_ == "PRON" and not (
                tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("excellency", "majesty", "highness")):
            gender = "f" if low in FEMININE else "m"
            target = salience.subject(sent_index, "person", gender)
            if target is None:
                target = salience.latest("person", gender)
            if target is None:  # a given name read with the wrong gender must not leave "she" unresolved
                target = salience.subject(sent_index, "person")
            if target is not None:
                salience.gender.setdefault(target, gender)
                added.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, target, "pronoun"))
                if not in_quote:
                    salience.see(sent_index, target, is_subject(tok))
        elif low in ("the", "this", "its") and tok.i + 1 < len(doc) and not in_quote \
                and doc[tok.i + 1].idx not in named_starts:
            found = _definite_reference(doc, tok.i, salience, sent_index)
            if found is not None:
                end_tok, target, via = found
                end = doc[end_tok].idx + len(doc[end_tok].text)
                added.append(Mention(tok.idx, end, document.text[tok.idx:end], target, via))
                salience.see(sent_index, target, is_subject(doc[end_tok]))
                covered_until = end
    for mention in added:
        table.add_mention(mention)


_TITLE_SYNONYMS = {"premier": ("minister", frozenset({"prime"})), "pm": ("minister", frozenset({"prime"})),
                   "ceo": ("executive", frozenset({"chief"})), "cfo": ("officer", frozenset({"chief", "financial"})),
                   "chairperson": ("chair", frozenset()), "chairman": ("chair", frozenset())}


def _title_holder(words: Any, salience: Salience) -> int | None:
    """The person a title used alone stands for: the latest holder of the office word whose title also
    has the qualifying words ("the prime minister" is not the finance minister) and whose country fits a
    nationality in the phrase ("the Kuwaiti minister" is not the Pakistani one)."""
    head = words[-1].lower_
    qualifiers = {t.lower_ for t in words[:-1] if is_office_word(t.text) or t.lower_ in MODIFIERS}
    if head in _TITLE_SYNONYMS and head not in salience.by_title:
        head, extra = _TITLE_SYNONYMS[head]  # "the premier" is the prime minister, "the CEO" the chief executive
        qualifiers = qualifiers | extra
    qualifiers -= {"the", "top", "senior", "then", "former"}
    wanted = {c for c in (country_by_demonym(t.text) or country_by_name(t.text) for t in words[:-1]
                          if t.text[:1].isupper()) if c}
    fits = []
    holders = salience.by_title.get(head, [])
    if wanted:  # "X met his Ethiopian counterpart Y ... the Ethiopian minister": Y holds the same office
        holders = [e for e in salience.by_title.get("counterpart", []) if e not in holders] + holders
    for entity in reversed(holders):
        person = salience.table.entities[entity]
        title_words = set((person.title or "").lower().replace("-", " ").split())
        if not qualifiers - title_words:
            fits.append((entity, {c for c in (person.country, title_country(person.title)) if c}))
    if wanted:  # a holder of that nationality, else one whose nationality is unknown
        fits = [f for f in fits if f[1] & wanted] or [f for f in fits if not f[1]]
    return fits[0][0] if fits else None


def _definite_reference(doc: Any, i: int, salience: Salience, sentence: int) -> tuple[int, int, str] | None:
    """ "the (deputy) secretary", "the foreign minister", "the company" -> (last token, entity, via)."""
    j = i + 1
    limit = min(len(doc), i + 4)
    while j < limit and not doc[j].is_punct:
        word = doc[j].lower_
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or (nxt.pos_ == "PROPN" and nxt.is_title
                                                      and not is_office_word(nxt.text) and nxt.lower_ not in MODIFIERS)) \
                and (is_office_word(word) or word in ORG_NOUNS):
            return None
        while is_office_word(word) and j + 1 < min(len(doc), i + 6) and is_office_word(doc[j + 1].text) \
                and doc[j + 1].pos_ in ("NOUN", "PROPN"):
            j += 1  # "the prime minister", "the state secretary": the last office word heads the phrase
            word = doc[j].lower_
        if is_office_word(word) and (word in salience.by_title or word in _TITLE_SYNONYMS):
            holder = _title_holder(doc[i + 1:j + 1], salience)
            return (j, holder, "title") if holder is not None else None
        if word in ORG_NOUNS:
            target = salience.by_word.get("org:" + word)
            if target is None and word in GENERIC_COMPANY_NOUNS:
                target = salience.subject(sentence, "organization")
                if target is None:
                    target = salience.last.get("organization")
            return (j, target, "reference") if target is not None else None
        if doc[j].pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
        j += 1
    return None
