"""The terms of a deal read off one sentence: financing lines, status, instrument, host country.

``financing_in`` finds who finances with what ("with the bank considering $900 million in
financing", "a $500m loan from X", "financed by X", "X will lend $3bn"); ``status_of`` reads
the deal's stage from the verbs and modifiers around it; ``instrument_of`` names the kind of
paper (memorandum of understanding, letter of interest, loan ...) and whether it binds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dragoman.extract.actors import ActorResolver
from dragoman.extract.clauses import agents, is_passive, mood, prep_objects, subjects
from dragoman.extract.document import Document
from dragoman.extract.geo import country_by_demonym, country_code
from dragoman.extract.money import MoneyMention
from dragoman.extract.wordforms import register_verbs, verb_base
from dragoman.records import Financing

Token = Any

FINANCE_VERBS = {"consider", "contribute", "roll", "cover", "provide", "extend", "lend", "offer", "approve", "commit", "disburse", "grant",
                 "finance", "fund", "back", "issue", "pledge", "promise", "arrange", "allocate", "release",
                 "loan", "guarantee", "insure", "underwrite", "co-finance", "cofinance", "transfer", "award"}
FINANCING_WORDS = re.compile(r"\b(?:financ\w*|fund(?:s|ing)?|loans?|credit|grants?|guarantees?|tranches?|bailout|"
                             r"facility|letters? of (?:interest|intent))\b", re.I)
CONSIDERED = {"consider", "explore", "study", "weigh", "evaluate", "assess", "mull", "review", "discuss"}
DISBURSED = {"disburse", "release", "pay", "transfer", "deliver"}
FINANCIER_WORDS = re.compile(
    r"\b(?:bank|banco|banque|banca|bankas|fund|exim|export-import|export credit|finance|financing|credit|investment corporation|"
    r"development|agency|monetary|imf|dfc|jbic|jica|aiib|ebrd|adb|afdb|ifc|sinosure|sovereign|"
    r"capital|investment authority|treasury|ministry of finance|opic|kfw|proparco|bpifrance|ukef|eximbank|"
    r"sace|k-?sure|nexi|coface|efic|bndes|eib|ebrd|nib|ndb|isdb|iadb|idb|eifo|fmo|norfund|finnfund|swedfund|"
    r"ofid|cdb|lender|lenders)\b", re.I)
INSTRUMENTS = [  # (pattern, instrument name, binding)
    (re.compile(r"\bletters? of interest\b", re.I), "letter of interest", False),
    (re.compile(r"\bletters? of intent\b", re.I), "letter of intent", False),
    (re.compile(r"\bmemorand(?:um|a) of understanding\b|\bMoUs?\b|\bmemorand(?:um|a)\b", re.I),
     "memorandum of understanding", False),
    (re.compile(r"\bframework agreements?\b", re.I), "framework agreement", False),
    (re.compile(r"\bnon-binding\b", re.I), None, False),
    (re.compile(r"\bcredit lines?\b|\blines? of credit\b", re.I), "credit line", True),
    (re.compile(r"\b(?:concessional |soft |yen |syndicated |bridge )?loans?\b", re.I), "loan", True),
    (re.compile(r"\bguarantees?\b", re.I), "guarantee", True),
    (re.compile(r"\bgrants?\b", re.I), "grant", True),
    (re.compile(r"\b(?:euro)?bonds?\b|\bsukuks?\b", re.I), "bond", True),
    (re.compile(r"\btranches?\b", re.I), "tranche", True),
    (re.compile(r"\b(?:extended )?(?:fund |credit )?facilit(?:y|ies)\b|\bbailout\b|\bprogramme\b", re.I),
     "facility", True),
    (re.compile(r"\bequity\b", re.I), "equity", True),
    (re.compile(r"\bjoint ventures?\b|\bJVs?\b", re.I), "joint venture", True),
    (re.compile(r"\bcontracts?\b", re.I), "contract", True),
]
FINANCING_INSTRUMENTS = {"letter of interest", "letter of intent", "credit line", "loan", "guarantee", "grant",
                         "bond", "tranche", "facility", "equity"}
STATUS_VERBS = {
    "cancelled": {"cancel", "scrap", "terminate", "abandon", "withdraw", "shelve", "collapse", "call", "revoke",
                  "annul", "reject", "block", "halt", "suspend", "freeze", "veto"},
    "completed": {"complete", "close", "commission", "inaugurate", "finish", "open"},
    "in_progress": {"build", "construct", "begin", "start", "launch", "disburse", "implement", "break", "transfer"},
    "signed": {"sign", "ink", "seal", "conclude", "initial", "finalise", "finalize", "clinch", "agree"},
    "proposed": {"propose", "consider", "discuss", "negotiate", "explore", "outline", "plan", "study", "seek",
                 "mull", "weigh", "float", "eye"},
}
TIME_MARKS = {"once", "when", "if", "until", "unless", "whenever", "till"}
TENTATIVE = {"prospective", "proposed", "potential", "possible", "planned", "mooted", "draft", "future"}
_STATUS_ORDER = ["cancelled", "completed", "signed", "in_progress", "proposed", "announced"]
SOURCE_COUNTRIES = {"USA", "CHN", "JPN", "GBR", "DEU", "FRA", "KOR", "ARE", "SAU", "QAT", "KWT", "RUS", "CAN",
                    "ITA", "NLD", "CHE", "SGP", "ESP", "SWE", "NOR", "AUS", "TUR", "NZL"}
register_verbs(FINANCE_VERBS, CONSIDERED, DISBURSED, *STATUS_VERBS.values())



@dataclass
class FinancingLine:
    token: int  # token index of the clause, to attach the line to the nearest deal
    line: Financing


GOVERNING_BODIES = {"board", "board of directors", "executive board", "board of governors", "board of executive directors",
                    "executive directors", "directors", "management", "investment committee", "credit committee"}


def body_owner(resolver: ActorResolver, tokens: list[Token], actors: list[Any]) -> list[Any]:
    """"The X Bank Board of Directors approved ...": the board acts for the bank named before it."""
    out = []
    for actor in actors:
        if actor.name.lower() in GOVERNING_BODIES:
            owners = [o for tok in tokens for c in tok.children if c.dep_ in ("nmod", "compound", "poss")
                      for o in resolver.resolve(c, proper=True) if o.type == "organization"
                      and o.name.lower() not in GOVERNING_BODIES]
            if owners:
                actor = owners[0]
        if actor not in out:
            out.append(actor)
    return out


INSTITUTION_HEADS = {"fund", "bank", "agency", "lender", "authority", "corporation", "institution"}


def resolve_parties(resolver: ActorResolver, tokens: list[Token]) -> list[Any]:
    """Actors of party or financier tokens, with two repairs to the plain resolution: a governing
    body stands for its institution ("the X Bank's board approved ..."), and a state's institution
    described by a common noun is the institution the article names ("Y's development fund" when
    the article also names the Y Fund for Development)."""
    out: list[Any] = []
    for tok in tokens:
        found = _institution(resolver, tok) or _speakers_company(resolver, tok) or _members(resolver, tok) or \
            body_owner(resolver, [tok], resolver.resolve(tok, proper=True))
        if not found and tok.lower_ in {b.split()[-1] for b in GOVERNING_BODIES}:
            found = [o for c in tok.children if c.dep_ in ("poss", "compound", "nmod")
                     for o in resolver.resolve(c, proper=True) if o.type == "organization"][:1]
        out += [a for a in found if a not in out]
    return out


REPORTING_VERBS = {"say", "tell", "add", "confirm", "announce", "disclose", "state"}
register_verbs(REPORTING_VERBS)


GROUP_NOUNS = {"consortium", "group", "alliance", "partnership", "venture"}


def _members(resolver: ActorResolver, tok: Token) -> list[Any]:
    """"a consortium of A and B": its members."""
    if tok.pos_ != "NOUN" or tok.lower_ not in GROUP_NOUNS:
        return []
    out: list[Any] = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    for member in [obj] + [c for c in obj.subtree if c.dep_ == "conj" and c.head.i in (obj.i,)]:
                        out += [a for a in resolver.resolve(member, proper=True) if a.type == "organization"]
    return out


def _speakers_company(resolver: ActorResolver, tok: Token) -> list[Any]:
    """"X's chief executive said the company had signed ...": the company is X, the speaker's employer."""
    if tok.pos_ != "NOUN" or tok.lower_ not in ("company", "firm", "group") or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    clause = tok.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or verb_base(clause.head.text) not in REPORTING_VERBS:
        return []
    owners = [o for s in subjects(clause.head) for c in s.children if c.dep_ == "poss"
              for o in resolver.resolve(c, proper=True) if o.type == "organization"]
    return owners[:1]


def _institution(resolver: ActorResolver, tok: Token) -> list[Any]:
    """"Saudi Arabia's development fund", "the Kuwaiti fund": the one organisation of the article
    whose name holds the head noun and the state's name or demonym (or whose country it is)."""
    if tok.pos_ != "NOUN" or tok.lower_ not in INSTITUTION_HEADS or resolver.table is None:
        return []
    codes = {a.code for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper()
             for a in resolver.resolve(c) if a.type == "country"} | {
        country_by_demonym(c.text) for c in tok.children if c.dep_ == "amod"} - {None}
    if len(codes) != 1:
        return []
    code = codes.pop()
    named = []
    for entity in resolver.table.entities:
        words = entity.name.replace("-", " ").split()
        if entity.type != "organization" or tok.lower_ not in {w.lower() for w in words}:
            continue
        if entity.country == code or any(country_by_demonym(w) == code or country_code(w) == code for w in words):
            named.append(entity)
    if len({e.name for e in named}) != 1:
        return []
    from dragoman.extract.actors import Actor

    return [Actor(named[0].name, "organization", named[0].country)]


def looks_like_financier(name: str) -> bool:
    return bool(FINANCIER_WORDS.search(name))


def financing_in(document: Document, resolver: ActorResolver, sentence: Any,
                 money: list[MoneyMention]) -> list[FinancingLine]:
    """Financing lines of one sentence, with the amounts they carry."""
    out: list[FinancingLine] = []
    for tok in sentence:
        financier_tokens: list[Token] = []
        anchor = tok
        if tok.pos_ in ("VERB", "AUX") and verb_base(tok.text) in FINANCE_VERBS:
            financier_tokens = agents(tok) if is_passive(tok) else subjects(tok)
        elif tok.pos_ == "NOUN" and tok.text.lower() in ("loan", "loans", "financing", "credit", "funding",
                                                         "grant", "guarantee", "facility", "tranche", "interest"):
            financier_tokens = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, "from", "by")
            if financier_tokens and all(t.tag_ == "PRP$" for t in financier_tokens) and tok.dep_ == "dobj":
                financier_tokens = subjects(tok.head)  # "X has indicated its interest in financing ...": X
        if not financier_tokens:
            continue
        lo, hi = _clause_chars(anchor)
        text = document.text[lo:hi]
        amounts = [m for m in money if m.start < hi and m.end > lo]
        loose = not FINANCING_WORDS.search(text) and verb_base(anchor.text) not in ("lend", "finance", "fund", "loan")
        if loose and not (amounts and anchor.pos_ == "VERB"):
            continue  # "X is considering a further $250 million for the programme": a lender's amount
        instrument = instrument_of(text)[0]
        if instrument not in FINANCING_INSTRUMENTS:
            instrument = None
        actors = [a for a in resolve_parties(resolver, financier_tokens) if a.type in ("organization", "country")]
        paired = re.search(r"\brespectively\b", sentence.text) is not None and len(amounts) >= len(actors) > 1
        for n, actor in enumerate(actors):
            if actor.type == "country" and not (instrument or amounts):
                continue
            if (loose or not amounts) and not looks_like_financier(actor.name):
                continue  # "Amazon's small business loans": a product, not a financing line
            amount = amounts[len(amounts) - len(actors) + n] if paired else amounts[0] if amounts else None  # "lend $1bn and $2bn respectively"
            out.append(FinancingLine(token=anchor.i, line=Financing(
                financier=actor.name, amount=amount.amount if amount else None,
                currency=amount.currency if amount else None, instrument=instrument,
                status=_financing_status(anchor, text))))  # type: ignore[arg-type]
    return out


def implied_lender(draft: Any, instrument: str | None) -> list[Financing]:
    """The lender of a loan or grant named only as a party: "Kenya signed a loan with the X
    Development Bank", "A and the Government of B signed a grant agreement" (the party that is
    not the host country gives). A party that looks like a financier comes first."""
    if instrument not in FINANCING_INSTRUMENTS:
        return []
    parties = [p for p in draft.parties if p is not draft.hosted]
    lenders = [p for p in parties if p.type in ("organization", "country") and looks_like_financier(p.name)]
    if not lenders and instrument == "grant" and len(parties) == 2:
        lenders = [p for p in parties if p.code and p.code != draft.country]
        if len(lenders) > 1:
            lenders = [p for p in lenders if p.code in SOURCE_COUNTRIES]
    if not lenders and instrument in ("facility", "credit line", "loan") and len(parties) == 2 and \
            parties[0].type == "organization" and parties[1].type == "country":
        lenders = parties[:1]  # "X Corporation agreed to extend its payment facility to Pakistan"
    if len(lenders) != 1 or len(parties) < 2:
        return []
    value = draft.value
    status = {"proposed": "considered", "financing_considered": "considered"}.get(draft.status, "committed")
    return [Financing(financier=lenders[0].name, amount=value.amount if value else None,
                      currency=value.currency if value else None, instrument=instrument,
                      status=status)]  # type: ignore[arg-type]


def _clause_chars(token: Token) -> tuple[int, int]:
    """Characters of the token's phrase, without later clauses or coordinated verbs."""
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    for child in token.children:
        if child.i > token.i and child.dep_ in ("advcl", "conj", "cc", "parataxis", "relcl"):
            hi = min(hi, child.left_edge.i)
    doc = token.doc
    hi = max(hi, token.i + 1)
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _financing_status(anchor: Token, text: str) -> str:
    name = verb_base(anchor.text)
    low = text.lower()
    if name in CONSIDERED or "letter of interest" in low or "letters of interest" in low or \
            (anchor.lower_ == "interest" and any(c.lower_ == "in" for c in anchor.children)):  # "its interest in financing"
        return "considered"
    if anchor.pos_ in ("VERB", "AUX") and mood(anchor) == "conditional":
        return "considered"
    if name in DISBURSED or "disburse" in low:
        return "disbursed"
    return "committed"


def instrument_of(text: str) -> tuple[str | None, bool | None]:
    """(instrument, binding) named in ``text``: the first kind of paper found, in order of weight."""
    binding: bool | None = None
    for pattern, name, binds in INSTRUMENTS:
        if pattern.search(text):
            if name is None:
                binding = False
                continue
            return name, binding if binding is not None else binds
    return None, binding


def status_of(words: list[Token], head: Token, skip: set[int] | None = None) -> str:
    """See ``status_cue``; "announced" when nothing says otherwise."""
    return status_cue(words, head, skip) or "announced"


def status_cue(words: list[Token], head: Token, skip: set[int] | None = None) -> str | None:
    """The deal's stage from the verbs and modifiers in ``words`` (its clause) and its head word;
    ``skip`` holds tokens that speak of financing, not of the deal ("considering $900m in financing")."""
    found: set[str] = set()
    for tok in words:
        if skip and tok.i in skip:
            continue
        low = tok.text.lower()
        if tok.dep_ == "amod" and low in TENTATIVE and tok.head.i == head.i:
            found.add("proposed")
        if tok.pos_ not in ("VERB", "AUX"):
            if low in ("construction", "underway") and (tok.head.pos_ in ("AUX", "VERB") or (
                    tok.head.pos_ == "ADP" and tok.head.lower_ not in ("on", "for", "of", "about"))):
                # "under construction", not "an agreement on the construction of a bridge"
                found.add("in_progress")
            continue
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in tok.children):
            continue  # "to move grain once the line opens": a later event, not the deal's stage
        name = verb_base(tok.text)
        for status, verbs in STATUS_VERBS.items():
            if name in verbs:
                if name == "call" and not any(c.text.lower() == "off" for c in tok.children):
                    continue
                tense = mood(tok)
                if status == "proposed" and tok.dep_ == "amod":
                    found.add("proposed")
                elif status in ("signed", "cancelled", "completed", "in_progress") and tense in (
                        "future", "plan", "conditional"):
                    found.add("proposed" if status == "signed" and tense == "conditional" else "announced")
                elif status == "in_progress" and name in ("build", "construct") and tense == "past":
                    found.add("announced")
                else:
                    found.add(status)
        if tok.i == head.i and mood(tok) == "conditional":
            found.add("proposed")
    for status in _STATUS_ORDER:
        if status in found:
            return status
    return None
