"""Countries named as the article prints them: "Türkiye", "Czechia" or "Ivory Coast" where the
article says so, not the gazetteer's usual English name.

Extractors name a country by its usual name (``geo.country_name``); when an article calls the
country by another of its full names more often than by the usual one, the records of that
article take the printed form. Abbreviations ("U.S.", "UAE"), partial names ("Korea",
"America") and longer forms of the usual name ("Republic of Kazakhstan") never replace it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel

from dragoman.records import Deal, Entity, Event, Pledge, Quote

Item = Entity | Event | Deal | Pledge | Quote


@lru_cache(maxsize=1)
def _alternatives() -> dict[str, list[str]]:
    """Usual name -> the other full names a country goes by."""
    out: dict[str, list[str]] = {}
    text = resources.files("dragoman").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names = [n.strip() for n in [*line.split("\t"), ""][1].split(";") if n.strip()]
        if len(names) < 2:
            continue
        usual = names[0]
        others = [n for n in names[1:] if "." not in n and not n.isupper() and n != "America"
                  and usual.lower() not in n.lower() and n.lower() not in usual.lower()]
        if others:
            out[usual] = others
    return out


def _count(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def printed_names(text: str) -> dict[str, str]:
    """Usual country name -> the name the text prints instead, for the countries it renames."""
    out: dict[str, str] = {}
    for usual, others in _alternatives().items():
        best = max(others, key=lambda n: _count(n, text))
        if _count(best, text) > _count(usual, text):
            out[usual] = best
    return out


def _rename(value: str | None, names: dict[str, str]) -> str | None:
    if not value:
        return value
    for usual, printed in names.items():
        if usual in value:
            value = re.sub(rf"(?<![\w-]){re.escape(usual)}(?![\w-])", printed, value)
    return value


def as_printed(items: list[Item], names: dict[str, str]) -> list[Item]:
    """The items with every country name the article renames in its printed form."""
    if not names:
        return items
    return [_item(x, names) for x in items]


def _item(x: Item, names: dict[str, str]) -> Item:
    update: dict[str, object] = {}
    if isinstance(x, Entity) and x.type == "country":
        update["name"] = _rename(x.name, names)
    elif isinstance(x, Event):
        update["actors"] = [_rename(a, names) for a in x.actors]
    elif isinstance(x, Deal):
        update["parties"] = [_rename(p, names) for p in x.parties]
        update["stakes"] = [_copy(s, party=_rename(s.party, names)) for s in x.stakes]
        update["financing"] = [_copy(f, financier=_rename(f.financier, names)) for f in x.financing]
    elif isinstance(x, Pledge):
        update["actor"] = _rename(x.actor, names)
    elif isinstance(x, Quote):
        update["speaker"] = _rename(x.speaker, names)
    return x.model_copy(update=update) if update else x


def _copy(model: BaseModel, **changes: object) -> BaseModel:
    return model.model_copy(update=changes)
