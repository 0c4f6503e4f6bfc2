"""Titles of office in one article: who is "the secretary", who holds public office, which country
a minister speaks for, and which full name an acronym stands for ("EIB")."""

from __future__ import annotations

import re
from typing import Any

from dragoman.extract.actor_words import OFFICE_WORDS, RANK_WORDS, TITLE_WORDS
from dragoman.extract.clauses import compact_subtree
from dragoman.extract.document import Document
from dragoman.extract.geo import country_code

_APPOSITION = re.compile(r",\s+(?:the|a|an|who is|who is the)?\s*([^,.;:()\u201c\"]{2,80})")


class Offices:
    """Title words seen with each person (from the EntityTable and the words before their names)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.table = document.entity_table
        self.titles: list[tuple[int, frozenset[str], int]] = []  # (offset, title words, entity index)
        self._acronyms: dict[str, str] | None = None
        self._office: dict[str, bool] = {}
        if self.table is None:
            return
        for i, entity in enumerate(self.table.entities):
            if entity.type == "person" and entity.title:
                self.titles.append((0, frozenset(w.lower().strip(".,") for w in entity.title.split()), i))
        for mention in self.table.mentions:
            if self.table.entities[mention.entity].type != "person" or mention.via not in ("name", "alias"):
                continue
            words = self._title_before(mention.start)
            if words & TITLE_WORDS:
                self.titles.append((mention.start, words, mention.entity))

    def _title_before(self, offset: int) -> frozenset[str]:
        text = self.document.text[max(0, offset - 60):offset]
        picked: list[str] = []
        for word in reversed(re.findall(r"[A-Za-z][\w.\-]*", text)):
            if word[0].isupper() or word in ("of", "for", "and"):
                picked.append(word.lower().strip("."))
            else:
                break
        return frozenset(picked)

    def by_title(self, token: Any) -> int | None:
        """Entity index of the person whose title fits "the secretary" / "U.S. secretary of state"."""
        doc = token.doc
        lo, hi = compact_subtree(token)
        words = frozenset(t.text.lower().strip(".") for t in doc[lo:hi] if t.text[:1].isalpha())
        words -= {"the", "a", "an", "u.s", "us", "former", "then", "of"}
        head = token.text.lower()
        wanted = {c for c in (country_code(t.text) for t in doc[lo:hi] if t.text[:1].isupper()) if c}
        best: tuple[int, int, int] | None = None  # (-shared words, distance, entity)
        for at, title, entity in self.titles:
            if head not in title or (title & RANK_WORDS) - words:
                continue
            held = {c for c in (country_code(w) for w in title) if c}
            if wanted and held and not wanted & held:
                continue  # "the U.S. president" is not the Kazakh president
            distance = token.idx - at if at <= token.idx else 10_000 + at - token.idx
            key = (-len(words & title), distance, entity)
            if best is None or key < best:
                best = key
        return best[2] if best else None

    def holds_office(self, name: str) -> bool:
        """True for a person with a title of public office ("Foreign Minister X", "X, the envoy") or a
        state body (ministry, government, parliament): whose statements are diplomatic news."""
        if name not in self._office:
            self._office[name] = self._holds_office(name)
        return self._office[name]

    def _holds_office(self, name: str) -> bool:
        entity = self.table.find(name) if self.table is not None else None
        if entity is None or self.table is None:
            return False
        if entity.type == "country":
            return True
        words: set[str] = set()
        if entity.title:
            words |= {w.lower().strip(".,") for w in entity.title.split()}
        index = self.table.entities.index(entity)
        words |= {w for _, title, i in self.titles if i == index for w in title}
        if entity.type == "organization":
            words |= {w.lower() for w in entity.name.split()}
        else:
            for mention in self.table.mentions:
                if mention.entity == index:
                    found = _APPOSITION.match(self.document.text[mention.end:mention.end + 90])
                    if found:
                        words |= {w.lower().strip(".,") for w in found.group(1).split()}
        return bool(words & OFFICE_WORDS)

    def country_of(self, name: str) -> str | None:
        """The country a person acts for, read off their title ("Zambian Transport Minister X")."""
        entity = self.table.find(name) if self.table is not None else None
        if entity is None or self.table is None:
            return None
        if entity.country:
            return entity.country
        index = self.table.entities.index(entity)
        for _, title, i in self.titles:
            if i == index:
                for word in title:
                    word = re.sub("['\u2019]s$", "", word)
                    code = country_code(word.capitalize()) or country_code(word.upper())
                    if code:
                        return code
        return None

    def acronyms(self) -> dict[str, str]:
        """{"EIB": "European Investment Bank"} for the organisations named in full in the article."""
        if self._acronyms is None:
            self._acronyms = {}
            for entity in self.table.entities if self.table is not None else []:
                if entity.type != "organization" or len(entity.name.split()) < 2:
                    continue
                words = [w for w in re.split(r"[\s-]+", entity.name) if w[:1].isupper()]
                letters = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words)
                self._acronyms.setdefault(letters, entity.name)
        return self._acronyms
