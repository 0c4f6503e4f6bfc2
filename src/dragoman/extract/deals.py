"""deals@1: who agreed what with whom, where, for how much, with whose money, at what stage.

Each deal head of a sentence (``deal_heads``) that comes with something a deal is about (a
commodity or sector, money, a stake or a financing line) and at least one party starts a draft:
parties from the parse ("between A and B", "with X", subjects), host country from "in X" or
the demonym of a party ("the Kazakh state miner"), commodity and value inside the head's phrase,
financing lines and stakes of the sentence (``deal_terms``). A following sentence that only
adds a stake, a financing line or an amount, or refers back ("this project", "the deal"),
completes the last draft. Drafts with the same parties merge; the merged deal keeps the later,
fuller place. Memoranda and letters of interest are marked ``binding: false``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dragoman.extract.actors import Actor, ActorResolver
from dragoman.extract.commodities import CommodityMention, best, find_commodities
from dragoman.extract.deal_heads import (
    AGREEMENT_HEADS,
    COOPERATION_VERBS,
    PAPER_HEADS,
    governor,
    heads_of,
    is_anaphor,
    party_tokens,
    place_tokens,
    region,
)
from dragoman.extract.deal_terms import (
    SOURCE_COUNTRIES,
    FinancingLine,
    financing_in,
    instrument_of,
    status_of,
)
from dragoman.extract.document import Document
from dragoman.extract.frames import strip_span
from dragoman.extract.geo import country_by_demonym, country_code, country_name
from dragoman.extract.money import MoneyMention, StakeMention, money_between, stakes_between
from dragoman.extract.registry import extractor
from dragoman.extract.wordforms import base, verb_base
from dragoman.records import Deal, Financing, Money, Stake

Token = Any
PARTY_TYPES = ("organization", "country", "person")
COMMIT_WORDS = {"promise", "pledge", "commit", "earmark", "allocate", "invest", "provide", "cost", "worth",
                "value", "total", "amount", "set"}
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


@extractor("deals", version=1, requires=("entities", "dates", "money"))
def extract_deals(document: Document) -> list[Deal]:
    if document.doc is None:
        return []
    resolver = ActorResolver(document)
    commodities = find_commodities(document.text)
    drafts: list[Draft] = []
    sentences = list(document.doc.sents)
    for index, sent in enumerate(sentences):
        money = money_between(document, sent.start_char, sent.end_char)
        stakes = stakes_between(document, sent.start_char, sent.end_char)
        lines = financing_in(document, resolver, sent, money)
        heads = heads_of(sent)
        new: list[Draft] = []
        for head in heads:
            new += _drafts(document, resolver, head, sent, index, commodities, money, stakes, lines,
                           sole=len(heads) == 1, previous=drafts[-1] if drafts else None)
        if new:
            _attach(new, lines, stakes)
            drafts += new
        elif drafts and _continues(document, sent, index, drafts[-1], money, stakes, lines):
            _complete(document, drafts[-1], sent, index, commodities, money, stakes, lines)
    return [_record(document, sentences, d) for d in _merge(drafts)]


def _drafts(document: Document, resolver: ActorResolver, head: Token, sent: Any, index: int,
            commodities: list[CommodityMention], money: list[MoneyMention], stakes: list[StakeMention],
            lines: list[FinancingLine], *, sole: bool, previous: Draft | None) -> list[Draft]:
    lo, hi = region(head)
    doc = head.doc
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    if sole:
        start, end = min(start, sent.start_char), max(end, sent.end_char)
    found = [c for c in commodities if start <= c.start < end]
    own_money = [m for m in money if m.start < end and m.end > start]
    own_lines = [x for x in lines if lo <= x.token < hi] or (lines if sole else [])
    if not (found or own_money or own_lines or (stakes and sole)):
        return []
    side_tokens, with_tokens = party_tokens(head)
    sides = _resolve(resolver, side_tokens)
    withs = [a for a in _resolve(resolver, with_tokens) if a not in sides]
    if not sides and not withs and base(head) in PAPER_HEADS:
        sides = _mentioned(document, resolver, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
    if not sides and not withs:
        return []
    commodity, sector = best(found)
    financed = {(x.line.amount, x.line.currency) for x in own_lines}
    value = next((m for m in own_money if (m.amount, m.currency) not in financed), None)
    if value is None and own_lines and base(head) in ("loan", "credit", "financing", "facility", "lend",
                                                      "finance", "fund"):
        value = next(iter(own_money), None)
    words = list(doc[lo:hi]) + ([governor(head)] if governor(head) is not None else [])
    status = status_of(words, head, skip={x.token for x in lines})
    if status == "announced" and base(head) in PAPER_HEADS:
        status = "signed"
    instrument, binding = instrument_of(doc[lo:hi].text)
    groups = [[w] for w in withs] if head.tag_ in ("NNS", "NNPS") and len(withs) > 1 else [withs]
    out = []
    for group in groups:
        parties = list(sides) + [w for w in group if w not in sides]
        country = _host(head, sent, parties, split=len(groups) > 1)
        if country is None and previous is not None and index - previous.sentences[-1] <= 2:
            country = previous.country
        agreement = base(head) in AGREEMENT_HEADS or verb_base(head.text) in COOPERATION_VERBS
        if country and len(parties) < 2 and (agreement or all(p.type == "country" for p in parties)) and \
                all(p.code != country for p in parties):
            parties.append(Actor(country_name(country), "country", country))
        out.append(Draft(head=head.i, sentences=[index], parties=parties, country=country, commodity=commodity,
                         sector=sector, value=value, status=status, instrument=instrument, binding=binding))
    return out


def _resolve(resolver: ActorResolver, tokens: list[Token]) -> list[Actor]:
    out: list[Actor] = []
    for actor in resolver.resolve_all(tokens, proper=True):
        if actor.type in PARTY_TYPES and all(a.name != actor.name for a in out):
            out.append(actor)
    return out


def _mentioned(document: Document, resolver: ActorResolver, start: int, end: int) -> list[Actor]:
    table = document.entity_table
    if table is None:
        return []
    out: list[Actor] = []
    for mention in table.mentions_in(start, end, ("organization", "country")):
        actor = resolver.entity_at(mention.start, mention.end)
        if actor is not None and actor.type in PARTY_TYPES and actor not in out:
            out.append(actor)
    return out[:3]


def _host(head: Token, sent: Any, parties: list[Actor], *, split: bool = False) -> str | None:
    """Host country: "in X" / "in X's region", else the one party-side country that is not a capital
    exporter (a demonym in a party's phrase counts: "the Kazakh state miner")."""
    for tok in place_tokens(head, sent):
        for word in tok.subtree:
            code = country_code(word.text) if word.ent_type_ in ("GPE", "NORP", "LOC") else None
            if code:
                return code
    candidates: list[str] = [p.code for p in parties if p.type == "country" and p.code]
    if not split:
        side_tokens, with_tokens = party_tokens(head)
        for tok in side_tokens + with_tokens:
            for word in tok.subtree:
                if word.text[:1].isupper() and word.dep_ in ("compound", "amod", "poss", "npadvmod", "nmod"):
                    code = country_by_demonym(word.text) or country_code(word.text)
                    if code and code not in candidates:
                        candidates.append(code)
    hosts = [c for c in candidates if c not in SOURCE_COUNTRIES]
    if len(set(hosts)) == 1:
        return hosts[0]
    return None


def _attach(new: list[Draft], lines: list[FinancingLine], stakes: list[StakeMention]) -> None:
    for line in lines:
        target = min(new, key=lambda d: abs(d.head - line.token))
        target.financing.append(line.line)
    for stake in stakes:
        new[0].stakes.append(stake)


def _continues(document: Document, sent: Any, index: int, last: Draft, money: list[MoneyMention],
               stakes: list[StakeMention], lines: list[FinancingLine]) -> bool:
    if index - last.sentences[-1] > 2 or "\n\n" in document.text[document.doc[last.head].idx:sent.start_char][-400:]:
        return False
    if stakes or lines:
        return True
    anaphor = any(is_anaphor(t) for t in sent)
    committed = any(t.pos_ == "VERB" and verb_base(t.text) in COMMIT_WORDS for t in sent)
    return bool(money and (anaphor or committed)) or (anaphor and index - last.sentences[-1] == 1)


def _complete(document: Document, draft: Draft, sent: Any, index: int, commodities: list[CommodityMention],
              money: list[MoneyMention], stakes: list[StakeMention], lines: list[FinancingLine]) -> None:
    changed = bool(stakes or lines)
    draft.stakes += stakes
    draft.financing += [x.line for x in lines]
    financed = {(x.line.amount, x.line.currency) for x in lines}
    free = [m for m in money if (m.amount, m.currency) not in financed]
    if draft.value is None and free:
        draft.value, changed = free[0], True
    if draft.commodity is None:
        found = [c for c in commodities if sent.start_char <= c.start < sent.end_char]
        if found:
            draft.commodity, draft.sector = best(found)
    status = status_of(list(sent), sent.root, skip={x.token for x in lines})
    if STATUS_RANK.get(status, 0) > STATUS_RANK.get(draft.status, 0):
        draft.status, changed = status, True
    if changed or index - draft.sentences[-1] == 1:
        draft.sentences.append(index)


def _merge(drafts: list[Draft]) -> list[Draft]:
    """Drafts naming the same parties (two or more) merge into the later one."""
    out: list[Draft] = []
    for draft in drafts:
        names = {p.name for p in draft.parties}
        twin = next((d for d in out if len(names) >= 2 and {p.name for p in d.parties} == names
                     and (not d.country or not draft.country or d.country == draft.country)), None)
        if twin is None:
            out.append(draft)
            continue
        out.remove(twin)
        draft.sentences = sorted(set(twin.sentences + draft.sentences))
        draft.commodity = draft.commodity or twin.commodity
        draft.sector = draft.sector or twin.sector
        draft.value = draft.value or twin.value
        draft.stakes = twin.stakes + draft.stakes
        draft.financing = twin.financing + draft.financing
        draft.country = draft.country or twin.country
        out.append(draft)
    return out


def _record(document: Document, sentences: list[Any], draft: Draft) -> Deal:
    parts = [strip_span(document, sentences[i].start_char, sentences[i].end_char) for i in draft.sentences]
    evidence = " ".join(document.text[s:e] for s, e in parts)
    holders = {s.holder for s in draft.stakes if s.holder}
    stakes: list[Stake] = []
    for stake in draft.stakes:
        holder = stake.holder
        if holder is None and stake.remaining:
            others = [p.name for p in draft.parties if p.name not in holders]
            holder = others[-1] if len(others) == 1 else None
        if holder is not None:
            stakes.append(Stake(party=holder, percent=stake.percent))
    status = draft.status
    if status == "announced" and draft.financing and all(f.status == "considered" for f in draft.financing) \
            and draft.value is None:
        status = "financing_considered"
    return Deal(parties=[p.name for p in draft.parties], country=draft.country, commodity=draft.commodity,
                sector=draft.sector,
                value=Money(amount=draft.value.amount, currency=draft.value.currency,
                            qualifier=draft.value.qualifier) if draft.value else None,
                stakes=stakes, financing=draft.financing, status=status,  # type: ignore[arg-type]
                instrument=draft.instrument, binding=draft.binding,
                evidence=evidence, span=(parts[0][0], parts[-1][1]))
