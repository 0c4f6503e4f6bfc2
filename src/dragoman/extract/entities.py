"""entities@1: people, organisations, countries and places from NER, grouped within the article."""

from __future__ import annotations

from typing import Any

from dragoman.extract.document import Document
from dragoman.extract.entity_table import EntityTable, Mention
from dragoman.extract.geo import country_code
from dragoman.extract.registry import extractor
from dragoman.records import Entity

LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}


def _clean_name(text: str) -> str:
    text = text.strip().strip(",;:")
    for suffix in ("\u2019s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


@extractor("entities", version=1)
def extract_entities(document: Document) -> list[Entity]:
    table = EntityTable()
    by_key: dict[tuple[str, str], int] = {}
    spans: list[tuple[int, int, str, str]] = []
    for ent in document.doc.ents:
        kind = LABELS.get(ent.label_)
        if kind is None:
            continue
        name = _clean_name(ent.text)
        if not name or not any(ch.isalpha() for ch in name):
            continue
        code = country_code(name)
        if kind in ("place", "organization") and code and country_code(name) and _is_country_name(name):
            kind = "country"
        spans.append((ent.start_char, ent.start_char + len(ent.text), name, kind))
    # full names first, so that surnames attach to them
    for start, end, name, kind in sorted(spans, key=lambda s: -len(s[2].split())):
        key = (kind, name.lower())
        idx = by_key.get(key)
        if idx is None and kind == "person" and len(name.split()) == 1:
            idx = _person_by_surname(table, name)
        if idx is None:
            entity = Entity(name=name, type=kind, country=code if kind == "country" else None)  # type: ignore[arg-type]
            idx = table.add_entity(entity)
            by_key[key] = idx
        else:
            entity = table.entities[idx]
            entity.mentions += 1
            if name != entity.name and name not in entity.aliases:
                entity.aliases.append(name)
        table.add_mention(Mention(start=start, end=end, text=document.text[start:end], entity=idx,
                                  via="name" if name == table.entities[idx].name else "alias"))
    document.entity_table = table
    return list(table.entities)


def _is_country_name(name: str) -> bool:
    from dragoman.extract.geo import country_by_name

    return country_by_name(name) is not None


def _person_by_surname(table: EntityTable, name: str) -> int | None:
    for i, entity in enumerate(table.entities):
        if entity.type == "person" and entity.name.split()[-1].lower() == name.lower():
            return i
    return None


def entity_payload(entity: Entity) -> dict[str, Any]:
    return entity.dump()
