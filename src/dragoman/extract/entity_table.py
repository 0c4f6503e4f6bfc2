"""The entities of one article and every place they are mentioned: how extractors find people.

The ``entities`` extractor fills it (``document.entity_table``); every other extractor reads it.
An ``Entity`` is one real thing (canonical full name, type, title, ISO-3 country, aliases); a
``Mention`` is one place in the body that names it, with ``via`` saying how:
``name`` | ``alias`` | ``surname`` | ``acronym`` | ``country`` (a demonym or capital) | ``title``
("the minister") | ``pronoun`` ("he", "she") | ``reference`` ("the company", "the bank").

Asking it (all offsets are character offsets in the body, ``end`` exclusive):

- ``resolve_at(start, end)`` -> the canonical ``Entity`` a span stands for, whether the span is a full
  name, a surname, "Mr X", an acronym, a title used alone or a pronoun; None when nothing is there.
- ``persons_in(start, end)`` -> the people mentioned in a span (each once, in text order), references
  and pronouns included.
- ``actor_before(offset, types=("person", "organization"))`` -> the entity of the closest mention
  ending before ``offset`` (within ``limit`` characters): who acted or spoke last.
- ``country_of(entity)`` -> ISO-3 of an entity: its own country, the country it is, or None.
- Lower level: ``mentions_in``, ``mention_at``, ``last_before``, ``find(name)``, ``entity_of(mention)``.

Lookups are binary searches over mentions sorted by start, so callers stay linear in the text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from dragoman.records import Entity


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity: int  # index into EntityTable.entities
    via: str = "name"  # name | surname | alias | title | pronoun | acronym


class EntityTable:
    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self._starts: list[int] = []

    def add_entity(self, entity: Entity) -> int:
        self.entities.append(entity)
        return len(self.entities) - 1

    def add_mention(self, mention: Mention) -> None:
        i = bisect.bisect_left(self._starts, mention.start)
        self._starts.insert(i, mention.start)
        self.mentions.insert(i, mention)

    def repoint(self, moved: dict[int, int], via: str) -> None:
        """Mentions of entity ``k`` become mentions of ``moved[k]`` (two entities found to be one)."""
        self.mentions = [m if m.entity not in moved else Mention(m.start, m.end, m.text, moved[m.entity], via)
                         for m in self.mentions]

    def entity_of(self, mention: Mention) -> Entity:
        return self.entities[mention.entity]

    def mentions_in(self, start: int, end: int, types: tuple[str, ...] | None = None) -> list[Mention]:
        """Mentions lying inside ``[start, end)``, in text order, optionally of some entity types."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        found = [m for m in self.mentions[lo:hi] if m.end <= end]
        if types is not None:
            found = [m for m in found if self.entities[m.entity].type in types]
        return found

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The mention overlapping ``[start, end)`` most, if any."""
        best, best_overlap = None, 0
        lo = max(0, bisect.bisect_left(self._starts, start) - 8)
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = m, overlap
        return best

    def last_before(self, offset: int, types: tuple[str, ...] = ("person",), limit: int = 2000) -> Mention | None:
        """The closest mention ending before ``offset`` (within ``limit`` characters)."""
        i = bisect.bisect_left(self._starts, offset)
        for m in reversed(self.mentions[:i]):
            if offset - m.end > limit:
                return None
            if m.end <= offset and self.entities[m.entity].type in types:
                return m
        return None

    def find(self, name: str, types: tuple[str, ...] | None = None) -> Entity | None:
        """The entity whose canonical name or an alias equals ``name`` (case-insensitive)."""
        key = name.strip().lower()
        for entity in self.entities:
            if types is not None and entity.type not in types:
                continue
            if entity.name.lower() == key or any(a.lower() == key for a in entity.aliases):
                return entity
        return None

    # -- the API other extractors use ------------------------------------------------------------------
    def resolve_at(self, start: int, end: int) -> Entity | None:
        """The canonical entity of the span ``[start, end)`` (a name, surname, title or pronoun)."""
        mention = self.mention_at(start, end)
        return self.entities[mention.entity] if mention is not None else None

    def persons_in(self, start: int, end: int) -> list[Entity]:
        """People mentioned in ``[start, end)``, each once, in order of first mention."""
        out: list[Entity] = []
        for mention in self.mentions_in(start, end, ("person",)):
            entity = self.entities[mention.entity]
            if all(e is not entity for e in out):
                out.append(entity)
        return out

    def actor_before(self, offset: int, types: tuple[str, ...] = ("person", "organization"),
                     limit: int = 2000) -> Entity | None:
        """The entity of the closest mention of one of ``types`` ending before ``offset``."""
        mention = self.last_before(offset, types, limit)
        return self.entities[mention.entity] if mention is not None else None

    @staticmethod
    def country_of(entity: Entity) -> str | None:
        """ISO-3 country of an entity: a person's or organisation's country, or the country it is."""
        return entity.country

