"""The entities of one article and every place they are mentioned: how extractors find people.

Other extractors ask it: who is mentioned in this sentence, what does "Rubio" or "the
secretary" or "he" stand for, what is the canonical name of this span.
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
