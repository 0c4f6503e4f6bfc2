"""Regions that stand for groups of countries ("Central Asia" -> five ISO-3 codes) and pledge targets."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from dragoman.extract.document import Document
from dragoman.extract.geo import country_code


@lru_cache(maxsize=1)
def _regions() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    members: dict[str, list[str]] = {}
    text = resources.files("dragoman").joinpath("data/regions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, codes = [*line.split("\t"), ""][:2]
        for name in names.split(";"):
            if name.strip():
                members[name.strip().lower()] = codes.split()
    alternation = "|".join(re.escape(n) for n in sorted(members, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternation + r")\b", re.IGNORECASE), members


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    """Each region's names (lower case) -> its first name as listed ("central asian" -> "Central Asia")."""
    out: dict[str, str] = {}
    text = resources.files("dragoman").joinpath("data/regions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            names = [n.strip() for n in line.split("\t")[0].split(";") if n.strip()]
            for name in names:
                out.setdefault(name.lower(), names[0])
    return out


def region_named(text: str) -> tuple[str, str, int, int] | None:
    """The first region named in ``text``: (its first listed name, the words as written, start, end)."""
    pattern, _ = _regions()
    match = pattern.search(text)
    if match is None:
        return None
    return _canonical()[match.group(0).lower()], match.group(0), match.start(), match.end()


def region_members(text: str) -> list[str]:
    """ISO-3 codes of the countries of every region named in ``text``."""
    pattern, members = _regions()
    out: list[str] = []
    for m in pattern.finditer(text):
        for code in members[m.group(0).lower()]:
            if code not in out:
                out.append(code)
    return out


def targets_in(document: Document, start: int, end: int) -> list[str]:
    """Countries (ISO-3) named or implied by a region in ``[start, end)``; else named organisations."""
    text = document.text[start:end]
    codes: list[str] = []
    table = document.entity_table
    names: list[str] = []
    if table is not None:
        for mention in table.mentions_in(start, end):
            entity = table.entity_of(mention)
            if entity.type in ("country", "place"):
                code = country_code(entity.name) or entity.country
                if code and code not in codes:
                    codes.append(code)
            elif entity.type in ("organization", "other") and entity.name not in names:
                names.append(entity.name)
    for code in region_members(text):
        if code not in codes:
            codes.append(code)
    return codes or names
