"""Deal drafts of one article: merged when they name the same deal, then written as ``Deal`` records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from dragoman.extract.actors import Actor
from dragoman.extract.document import Document
from dragoman.extract.frames import strip_span
from dragoman.extract.money import MoneyMention, StakeMention
from dragoman.records import Deal, Financing, Money, Stake

STATUS_RANK = {"announced": 0, "proposed": 0, "financing_considered": 1, "signed": 2, "in_progress": 3,
               "completed": 4, "cancelled": 5}


@dataclass
class Draft:
    head: int
    sentences: list[int]
    parties: list[Actor]
    country: str | None = None
    commodity: str | None = None
    sector: str | None = None
    value: MoneyMention | None = None
    stakes: list[StakeMention] = field(default_factory=list)
    financing: list[Financing] = field(default_factory=list)
    status: str = "announced"
    instrument: str | None = None
    binding: bool | None = None
    hosted: Actor | None = None  # the host country added as a party (not named as one)
    explicit: bool = False  # the status was said (signed, cancelled ...), not assumed
    distinct: bool = False  # signed with another, unnamed counterparty: never the same deal as another draft


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SMALL_WORDS = {"of", "for", "and", "the", "de", "du", "des", "la", "el", "&"}


def expand_acronyms(document: Document, drafts: list[Draft]) -> None:
    """A party named only by initials the article never spells out ("ESIH" for the Emirates Strategic
    Investment Holding named earlier) takes the full name, in parties, stakes and financing."""
    table = document.entity_table
    if table is None:
        return
    full: dict[str, str] = {}
    for entity in table.entities:
        if entity.type != "organization":
            continue
        words = [w for w in re.split(r"[\s-]+", entity.name) if w and w.lower() not in _SMALL_WORDS]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            initials = "".join(w[0] for w in words)
            full[initials] = "" if initials in full and full[initials] != entity.name else entity.name

    def named(name: str | None) -> str | None:
        if name is None or not _ACRONYM.fullmatch(name):
            return name
        if name not in full:
            full[name] = _spelled_out(document.text, name)
        return full.get(name) or name

    for draft in drafts:
        for i, party in enumerate(draft.parties):
            if named(party.name) != party.name:
                draft.parties[i] = Actor(named(party.name) or party.name, party.type, party.code)
        draft.stakes = [replace(s, holder=named(s.holder)) for s in draft.stakes]
        for line in draft.financing:
            line.financier = named(line.financier) or line.financier


def _spelled_out(text: str, acronym: str) -> str:
    """The one capitalised name in ``text`` whose initials spell ``acronym``, or ""."""
    small = r"(?:(?:of|for|and|the|de|du|la|el|&)\s+)*"
    pattern = r"\b" + (r"[\w'-]*\s+" + small).join(re.escape(c) for c in acronym) + r"[\w'-]*"
    found = {m.group(0) for m in re.finditer(pattern, text) if all(
        w[:1].isupper() for w in m.group(0).split() if w.lower() not in _SMALL_WORDS)}
    return found.pop() if len(found) == 1 else ""


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Drafts naming the same parties (two or more) merge into the later one."""
    out: list[Draft] = []
    for draft in drafts:
        names = {p.name for p in draft.parties}
        twin = None if draft.distinct else next((d for d in out if not d.distinct and _same_deal(d, draft, names)),
                                                 None)
        if twin is None:
            out.append(draft)
            continue
        out.remove(twin)
        draft.sentences = sorted(set(twin.sentences + draft.sentences))
        draft.commodity = draft.commodity or twin.commodity
        draft.sector = draft.sector or twin.sector
        if draft.value is None or (_same_amount(draft.value, twin.value) and draft.value.qualifier
                                   and twin.value is not None and not twin.value.qualifier):
            draft.value = twin.value  # the exact amount over a rounded one
        draft.stakes = twin.stakes + draft.stakes
        draft.financing = twin.financing + draft.financing
        draft.country = draft.country or twin.country
        if twin.explicit and (not draft.explicit or STATUS_RANK.get(twin.status, 0) > STATUS_RANK.get(draft.status, 0)):
            draft.status, draft.explicit = twin.status, True
        draft.instrument = draft.instrument or twin.instrument
        draft.binding = twin.binding if draft.binding is None else draft.binding
        draft.hosted = draft.hosted or twin.hosted
        out.append(draft)
    return out


def _same_deal(earlier: Draft, later: Draft, names: set[str]) -> bool:
    """Same parties (two or more), or one side's parties all among the other's with the same sector."""
    if earlier.country and later.country and earlier.country != later.country:
        return False
    if later.sentences[0] in earlier.sentences and earlier.head != later.head and \
            earlier.value is not None and later.value is not None and not _same_amount(earlier.value, later.value):
        return False  # "X will lend A 41 billion yen ... and give a separate grant of 2 billion yen": two deals
    before = {p.name for p in earlier.parties}
    if len(names) >= 2 and before == names:
        return True
    if before == names and names and later.value is None and not later.financing and \
            not (earlier.sector and later.sector and earlier.sector != later.sector):
        return True  # "Under the agreement, X will acquire a 40% stake ...": the terms of X's deal
    small, large = sorted((before, names), key=len)
    if small and small < large and _same_amount(earlier.value, later.value):
        return True  # "nearly $300 million" in the summary, "$296 million" in the body
    return bool(small) and small < large and not (earlier.sector and later.sector and earlier.sector != later.sector)


def _same_amount(a: MoneyMention | None, b: MoneyMention | None) -> bool:
    return a is not None and b is not None and a.currency == b.currency and \
        abs(a.amount - b.amount) <= 0.03 * max(a.amount, b.amount)


def deal_record(document: Document, sentences: list[Any], draft: Draft) -> Deal:
    parts = [strip_span(document, sentences[i].start_char, sentences[i].end_char) for i in draft.sentences]
    evidence = " ".join(document.text[s:e] for s, e in parts)
    holders = {s.holder for s in draft.stakes if s.holder}
    stakes: list[Stake] = []
    for stake in draft.stakes:
        holder = stake.holder
        if holder is None and stake.remaining:
            others = [p.name for p in draft.parties if p.name not in holders and p != draft.hosted]
            holder = others[-1] if len(others) == 1 else None
        if holder is not None:
            stakes.append(Stake(party=holder, percent=stake.percent))
    status = draft.status
    financed = {(f.amount, f.currency) for f in draft.financing}
    if status == "announced" and draft.financing and all(f.status == "considered" for f in draft.financing) \
            and (draft.value is None or (draft.value.amount, draft.value.currency) in financed):
        status = "financing_considered"
    financing: list[Financing] = []
    exact = draft.value.amount if draft.value and not draft.value.qualifier else None
    for line in draft.financing:  # one line per financier and amount; a line without amount yields
        same = [f for f in financing if f.financier == line.financier]
        if any(f.amount == line.amount for f in same) or (line.amount is None and same):
            continue
        close = [f for f in same if f.amount and line.amount and f.currency == line.currency
                 and abs(f.amount - line.amount) <= 0.03 * max(f.amount, line.amount)]
        if close:  # "nearly $300 million" and "$296 million" from the same lender: one line, the exact one
            if line.amount != exact:
                continue
            financing = [f for f in financing if f not in close]
        financing = [f for f in financing if not (f.financier == line.financier and f.amount is None)]
        financing.append(line)
    return Deal(parties=[p.name for p in draft.parties], country=draft.country, commodity=draft.commodity,
                sector=draft.sector,
                value=Money(amount=draft.value.amount, currency=draft.value.currency,
                            qualifier=draft.value.qualifier) if draft.value else None,
                stakes=stakes, financing=financing, status=status,  # type: ignore[arg-type]
                instrument=draft.instrument, binding=draft.binding,
                evidence=evidence, span=(parts[0][0], parts[-1][1]))
