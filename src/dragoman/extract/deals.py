"""deals@6: who agreed what with whom, where, for how much, with whose money, at what stage.

Each deal head of a sentence (``deal_heads``) that comes with something a deal is about (a
commodity or sector, money, a stake or a financing line) and at least one party starts a draft:
parties from the parse ("between A and B", "with X", subjects), host country from "in X" or
the demonym of a party ("the Kazakh state miner"), commodity and value inside the head's phrase,
financing lines and stakes of the sentence (``deal_terms``). A following sentence that only
adds a stake, a financing line or an amount, or refers back ("this project", "the deal"),
completes the last draft. Drafts with the same parties merge; the merged deal keeps the later,
fuller place. A loan whose lender is named without a borrower ("X has agreed to lend $120 million
alongside the bank", "Y is considering a further $80 million loan") co-finances the deal just named.
Memoranda and letters of interest are marked ``binding: false``.
"""

from __future__ import annotations

import re
from typing import Any

from dragoman.extract import money_grammar
from dragoman.extract.actors import Actor, ActorResolver, resolver_for
from dragoman.extract.clauses import agents, entity_range, is_passive
from dragoman.extract.commodities import CommodityMention, best, find_commodities
from dragoman.extract.datelines import is_dateline, past_dateline
from dragoman.extract.deal_drafts import STATUS_RANK, Draft, deal_record, expand_acronyms, merge_drafts
from dragoman.extract.deal_heads import (
    AGREEMENT_HEADS,
    COMMODITY_VERBS,
    COOPERATION_VERBS,
    PAPER_HEADS,
    WEAK_HEADS,
    governor,
    heads_of,
    is_anaphor,
    is_financing_head,
    is_preliminary_paper,
    party_tokens,
    place_tokens,
    region,
)
from dragoman.extract.deal_terms import (
    FINANCING_INSTRUMENTS,
    GROUP_NOUNS,
    SOURCE_COUNTRIES,
    FinancingLine,
    financing_in,
    implied_lender,
    instrument_of,
    looks_like_financier,
    resolve_parties,
    status_cue,
    status_of,
)
from dragoman.extract.document import Document
from dragoman.extract.geo import country_by_demonym, country_code, country_name
from dragoman.extract.money import MoneyMention, StakeMention, money_between, stakes_between
from dragoman.extract.registry import extractor
from dragoman.extract.wordforms import base, register_verbs, verb_base
from dragoman.records import Deal, Financing, Money

Token = Any
PARTY_TYPES = ("organization", "country", "person")
COMMIT_WORDS = {"promise", "pledge", "commit", "earmark", "allocate", "invest", "provide", "cost", "worth",
                "value", "total", "amount", "set"}
ROUTE_PREPS = {"with", "near", "from", "to", "towards", "toward", "across", "via", "beyond", "along"}
WORTH = re.compile(r"[\s,]*(?:worth|valued at|totall?ing|amounting to)\s*(?:(?:up to|about|around|nearly|some|"
                   r"over|more than|almost|roughly)\s*)?")
COFINANCE_REACH = 3  # sentences after a deal within which a lender named without a borrower co-finances it
COFINANCE_CUES = re.compile(r"\b(?:further|additional|alongside|co-?financ\w*|co-?lenders?|second lender|"
                            r"another lender|remaining cost|top up)\b", re.I)
COUNTERPARTY_NOUNS = {"company", "firm", "group", "utility", "maker", "manufacturer", "buyer", "trader", "producer",
                      "refiner", "supplier", "importer", "exporter", "partner", "investor", "operator", "smelter",
                      "customer", "purchaser", "consortium", "developer", "conglomerate", "carmaker", "steelmaker"}
VALUE_REACH = 4  # sentences after a deal without a value within which "the deal"'s amount is still its value
FINANCING_REACH = 3  # sentences after a deal within which a lender's line still belongs to it
STAKE_REACH = 8  # sentences after a deal within which a breakdown of shares still belongs to it
MIN_AMOUNT = 1e6  # money alone makes a deal only from a million up (not "$60 for a charger")
register_verbs(COMMIT_WORDS)



@extractor("deals", version=6, requires=("entities", "dates", "money"))
def extract_deals(document: Document) -> list[Deal]:
    if document.doc is None:
        return []
    resolver = resolver_for(document)
    commodities = find_commodities(document.text)
    drafts: list[Draft] = []
    sentences = list(document.doc.sents)
    pending: tuple[int, list[Financing]] | None = None
    for index, sent in enumerate(sentences):
        money = money_between(document, sent.start_char, sent.end_char)
        stakes = stakes_between(document, sent.start_char, sent.end_char)
        lines = financing_in(document, resolver, sent, money)
        heads = heads_of(sent, after_deal=bool(drafts))
        last = drafts[-1] if drafts else None
        named = _group_named(resolver, sent, last, sentences) if last is not None and index - last.sentences[-1] <= 1 \
            else None
        if last is not None and named is not None:  # "... to a consortium of A and B. The consortium, C, will invest"
            if named.name not in {p.name for p in last.parties}:
                last.parties.append(named)
            _complete(document, last, sent, index, commodities, money, stakes, lines)
            continue
        if last is not None and heads and _refers_back(sent, heads) and index - last.sentences[-1] <= 2:
            for head in heads:  # "The investment will be made through a partnership with X": same deal
                side_tokens, with_tokens = party_tokens(head)
                for actor in _resolve(resolver, side_tokens + with_tokens):
                    if actor.name not in {p.name for p in last.parties} and not _finances(actor, lines):
                        last.parties.append(actor)
            heads = []
        new: list[Draft] = []
        for head in heads:
            new += _drafts(document, resolver, head, sent, index, commodities, money, stakes, lines,
                           sole=len(heads) == 1, previous=last)
        if lines and not drafts and not new:  # "The EU has awarded a €96 million grant to a new pipeline ...":
            pending = (index, [x.line for x in lines])  # told before the deal it finances
        if new:
            signed = [d for d in new if d.explicit and d.status == "signed"]
            for draft in new:  # "A will lend B ... and give a separate grant ..., under agreements signed on Sunday"
                if signed and not draft.explicit and draft.status == "announced":
                    draft.status, draft.explicit = "signed", True
            _attach(new, lines, stakes)
            if pending is not None and not drafts and index - pending[0] <= 2:
                new[0].financing = pending[1] + new[0].financing
                new[0].sentences = sorted({pending[0], *new[0].sentences})
            new = [d for d in new if not _fold_financing(d, drafts, sent, sentences)]
            drafts += new
        elif last is not None and lines and index - last.sentences[-1] > 2 and \
                (named_target := _named_before(sent, drafts, sentences)) is not None:
            named_target.financing += [x.line for x in lines]  # a later line that names the project it funds
            named_target.sentences = sorted({*named_target.sentences, index})
        elif last is not None and _continues(sent, index, last, money, stakes, lines):
            _complete(document, last, sent, index, commodities, money, stakes, lines)
        elif lines and drafts:
            target = _named_before(sent, drafts, sentences)
            if target is None and len(drafts) == 1 and all(looks_like_financier(x.line.financier or "") for x in lines):
                target = drafts[0]  # a lender's line later in a story about one deal: that deal's
            if target is not None:  # "UKEF has issued a letter of interest for the concentrator plant"
                target.financing += [x.line for x in lines]
                target.sentences = sorted({*target.sentences, index})
    expand_acronyms(document, drafts)
    for draft in drafts:
        _lending_agency(document, sentences, draft)
    return [_valued_by_its_line(deal_record(document, sentences, d)) for d in merge_drafts(drafts)]


CREDIT_INSTRUMENTS = {"loan", "credit line", "line of credit", "credit", ""}


def _valued_by_its_line(deal: Deal) -> Deal:
    """A deal that is one lender's loan or credit line ("a framework agreement under which the bank will
    provide a 1.5 trillion won credit line") is worth what the line lends, when nothing else gives its value."""
    if deal.value is not None or len(deal.financing) != 1:
        return deal
    line = deal.financing[0]
    if line.amount is None or line.currency is None or (line.instrument or "").lower() not in CREDIT_INSTRUMENTS:
        return deal
    deal.value = Money(amount=line.amount, currency=line.currency)
    return deal


def _drafts(document: Document, resolver: ActorResolver, head: Token, sent: Any, index: int,
            commodities: list[CommodityMention], money: list[MoneyMention], stakes: list[StakeMention],
            lines: list[FinancingLine], *, sole: bool, previous: Draft | None) -> list[Draft]:
    lo, hi = region(head)
    doc = head.doc
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    found = _about(head, [c for c in commodities if start <= c.start < end])
    signing = _signing_noun(head)
    if signing is not None and not found:  # "the exchange of a MoU between A and B on a food security corridor"
        lo_s, hi_s = signing.left_edge.idx, signing.right_edge.idx + len(signing.right_edge.text)
        found = [c for c in commodities if lo_s <= c.start < hi_s]
    own_money = [m for m in money if m.start < end and m.end > start]
    own_lines = [x for x in lines if lo <= x.token < hi] or (lines if sole else [])
    region_start, region_end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    head_money = [m for m in own_money if m.end > region_start and m.start < region_end]
    if not head_money:  # "... extend its facility to Pakistan by a year, worth up to $1.2 billion"
        head_money = own_money = [m for m in money if m.start >= region_end and _worth(document.text, region_end, m)]
    name = base(head) if head.pos_ in ("NOUN", "PROPN") else verb_base(head.text)
    if name in COMMODITY_VERBS and not any(region_start <= c.start < region_end for c in found):
        return []  # "sells a charger", "develop their economies": no deal without a commodity
    if name in WEAK_HEADS and not (head_money or own_lines or (name == "sale" and stakes)):
        return []  # "the programme", "the project": a deal only with money of its own
    side_tokens, with_tokens = party_tokens(head)
    sides = _resolve(resolver, side_tokens)
    withs = [a for a in _resolve(resolver, with_tokens) if a not in sides]
    unnamed = not withs and _paper_with_unnamed_counterparty(head, sides)
    if not (found or own_lines or (stakes and sole) or any(m.amount >= MIN_AMOUNT for m in own_money)
            or _paper_with_counterparty(head, withs) or unnamed
            or (signing is not None and sum(a.type == "organization" for a in sides + withs) >= 2)):
        return []
    if unnamed:  # "a memorandum with a German utility for half the plant's output": the deal's commodity,
        table = document.entity_table  # not the one in the signer's name ("Weser Hydrogen GmbH")
        found = [c for c in (found or commodities) if sent.start_char <= c.start < sent.end_char
                 and not (table is not None and table.mention_at(c.start, c.end))]
    if not sides and not withs and base(head) in PAPER_HEADS:
        sides = _mentioned(document, resolver, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
    if not any(a.type in ("organization", "country") for a in sides + withs):
        return []
    commodity, sector = best(found)
    if unnamed and commodity is None and previous is not None:
        commodity, sector = previous.commodity, previous.sector
    financed = {(x.line.amount, x.line.currency) for x in own_lines}
    if is_financing_head(head):
        value = next(iter(head_money or own_money), None)
    else:
        value = next((m for m in own_money if (m.amount, m.currency) not in financed), None)
    gov = governor(head)
    words = list(doc[lo:hi]) + ([gov] if gov is not None else [])
    if head.pos_ == "VERB" and head.dep_ == "xcomp":
        words.append(head.head)  # "agreed to buy", "plans to build": the stage is on the governing verb
    elif gov is not None and gov.dep_ == "xcomp":
        words.append(gov.head)  # "agreed to extend its facility"
    cue = status_cue(words, head, skip={x.token for x in lines if x.token != head.i})
    status = cue or ("signed" if base(head) in PAPER_HEADS else "announced")
    if is_preliminary_paper(head) and status == "signed":
        status = "proposed"  # a letter of intent or heads of terms signed: the deal itself is still to come
    if is_financing_head(head) and value is not None:
        for x in own_lines:  # "signed a loan agreement ... for 150 billion yen to finance ..."
            if x.line.amount is None:
                x.line.amount, x.line.currency = value.amount, value.currency
            if x.line.instrument is None:
                x.line.instrument = instrument_of(doc[lo:hi].text)[0]
    instrument, binding = instrument_of(doc[lo:hi].text)
    split = head.tag_ in ("NNS", "NNPS") and len(withs) > 1 and not is_financing_head(head)
    groups = [[w] for w in withs] if split else [withs]  # "grant agreements with A and B": one co-financed deal
    out = []
    for group in groups:
        parties = list(sides) + [w for w in group if w not in sides]
        country = _host(head, sent, parties, split=len(groups) > 1)
        if country is None and previous is not None and index - previous.sentences[-1] <= 2:
            country = previous.country
        agreement = base(head) in AGREEMENT_HEADS or verb_base(head.text) in COOPERATION_VERBS
        hosted = None
        if country and len(parties) < 2 and (agreement or all(p.type == "country" for p in parties)) and \
                all(p.code != country for p in parties):
            hosted = Actor(country_name(country), "country", country)
            parties.append(hosted)
        draft = Draft(head=head.i, sentences=[index], parties=parties, country=country, commodity=commodity,
                      sector=sector, value=value, status=status, instrument=instrument, binding=binding,
                      hosted=hosted, explicit=cue is not None, distinct=unnamed)
        if is_financing_head(head) and not own_lines:
            draft.financing += implied_lender(draft, instrument)
        out.append(draft)
    return out


def _fold_financing(draft: Draft, drafts: list[Draft], sent: Any, sentences: list[Any]) -> bool:
    """A loan for a deal already named is that deal's financing line, not a deal of its own: "X
    signed a loan to <a party of the deal> ...", "X is considering a loan for the project"."""
    if not drafts or not (draft.instrument in FINANCING_INSTRUMENTS or is_financing_head(sent.doc[draft.head])):
        return False
    lenders = [p for p in draft.parties if p.type == "organization" and looks_like_financier(p.name)]
    others = {p.name for p in draft.parties if p not in lenders and p is not draft.hosted}
    if len(lenders) != 1 or draft.stakes:
        return False
    target = next((d for d in reversed(drafts) if others and others <= {p.name for p in d.parties}), None)
    if target is None and any(is_anaphor(t) for t in sent):  # "for the project": the deal just named, or the
        target = _named_before(sent, drafts, sentences)  # the lead deal, or the one that names "the concentrator plant"
    if target is None and not others:  # "It is X's first loan to ...": the lender's line named again
        target = next((d for d in reversed(drafts) if any(f.financier == lenders[0].name for f in d.financing)), None)
    if target is None and not others and (draft.sentences[0] - drafts[-1].sentences[-1] <= COFINANCE_REACH
                                          or COFINANCE_CUES.search(sent.text)) \
            and not _names_another_project(sent, drafts[-1], sentences):
        target = drafts[-1]  # "X has agreed to lend $120 million alongside ...": a lender without a borrower co-finances
    if target is None:
        return False
    lines = draft.financing or [Financing(
        financier=lenders[0].name, amount=draft.value.amount if draft.value else None,
        currency=draft.value.currency if draft.value else None, instrument=draft.instrument,
        status="considered" if draft.status in ("proposed", "financing_considered") else "committed")]  # type: ignore[arg-type]
    target.financing += lines
    target.sentences = sorted(set(target.sentences + draft.sentences))
    return True


def _names_another_project(sent: Any, draft: Draft, sentences: list[Any]) -> bool:
    """"... a letter of interest for the Western Corridor": financing for a project named by name,
    one the draft's sentences never mention."""
    told = " ".join(sentences[i].text for i in draft.sentences)
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.pos_ == "PROPN" and tok.head.ent_type_ != "ORG" \
                and tok.ent_type_ not in ("ORG", "PERSON", "NORP"):  # not "the Fund for International Development"
            lo = min([tok.i] + [c.left_edge.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i])
            if sent.doc[lo:tok.i + 1].text not in told:
                return True
    return False


def _worth(text: str, end: int, money: MoneyMention) -> bool:
    """The amount follows the deal's phrase as its worth: ", worth up to $1.2 billion"."""
    found = WORTH.match(text, end, money.start)
    return found is not None and found.end() == money.start and found.end() > end


def _named_before(sent: Any, drafts: list[Draft], sentences: list[Any], fallback: Draft | None = None) -> Draft | None:
    """The deal whose sentences name what "the concentrator plant" / "the project" of ``sent`` refers to:
    the latest one holding the anaphor's modifier or noun, else the article's lead deal."""
    anaphors = [tok for tok in sent if is_anaphor(tok)]
    for tok in anaphors:
        words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")] + [tok.lower_]
        for draft in reversed(drafts):
            text = " ".join(sentences[i].text.lower() for i in draft.sentences)
            if words[0] in text:
                return draft
    return (fallback or drafts[0]) if anaphors else None


SIGNING_NOUNS = {"exchange", "signing", "conclusion"}


def _signing_noun(head: Token) -> Token | None:
    """"the exchange of a memorandum", "the signing of an agreement": the noun that says the paper was signed."""
    if base(head) in PAPER_HEADS and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.lower_ in SIGNING_NOUNS:
        return head.head.head
    return None


def _paper_with_counterparty(head: Token, withs: list[Actor]) -> bool:
    """"X cancelled a memorandum signed with Y", "A signed an agreement with B": a paper deal
    with a named organisation on the other side, whatever it is about."""
    if base(head) not in PAPER_HEADS or not any(a.type == "organization" for a in withs):
        return False
    lo, hi = region(head)
    return status_cue(list(head.doc[lo:hi]), head) in ("signed", "cancelled", "completed")


def _paper_with_unnamed_counterparty(head: Token, sides: list[Actor]) -> bool:
    """"X had signed a memorandum with a German utility", "a letter of intent with an unnamed magnet
    maker": a named organisation signs paper with a counterparty the article does not name."""
    if not (base(head) in PAPER_HEADS or is_preliminary_paper(head)) or \
            not any(a.type == "organization" for a in sides):
        return False
    lo, hi = region(head)
    words = head.doc[lo:hi]
    unnamed = any(t.dep_ == "pobj" and t.head.lower_ == "with" and t.pos_ == "NOUN" and t.lower_ in COUNTERPARTY_NOUNS
                  for t in words)
    return unnamed and status_cue(list(words), head) == "signed"


def _group_named(resolver: ActorResolver, sent: Any, last: Draft, sentences: list[Any]) -> Actor | None:
    """"The consortium, Atacama Partners, has promised ...": the group of the deal just named, named now."""
    told = " ".join(sentences[i].text.lower() for i in last.sentences)
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lower_ in GROUP_NOUNS and tok.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and tok.lower_ in told:
            for child in tok.children:
                if child.dep_ == "appos" and child.pos_ == "PROPN":
                    found = [a for a in resolver.resolve(child, proper=True) if a.type == "organization"]
                    if found:
                        return found[0]
    return None


DEVELOP_VERBS = {"develop", "own", "build", "operate", "run", "sponsor"}
register_verbs(DEVELOP_VERBS)


def _developers(document: Document, sent: Any) -> list[Actor]:
    """"The project is being developed by X", "The plant is owned by X and Y": the deal's own companies."""
    out: list[Actor] = []
    resolver = resolver_for(document)
    for tok in sent:
        if tok.pos_ == "VERB" and verb_base(tok.text) in DEVELOP_VERBS and is_passive(tok) and \
                any(is_anaphor(s) for s in tok.children if s.dep_ == "nsubjpass"):
            out += [a for a in resolve_parties(resolver, agents(tok)) if a.type == "organization"]
    return out


def _refers_back(sent: Any, heads: list[Token]) -> bool:
    """A sentence about the deal just named: "the project", "this deal", and only financing or
    partnership words of its own."""
    if not any(is_anaphor(t) for t in sent):
        return False
    return all(is_financing_head(h) or base(h) in ("partnership", "venture", "jv", "agreement", "contract")
               for h in heads)


def _lending_agency(document: Document, sentences: list[Any], draft: Draft) -> None:
    """"Japan will lend India 1.2 trillion yen ... The loan was signed by the chief of the Japan
    International Cooperation Agency": a state's loan is made by its lending agency, named nearby."""
    table = document.entity_table
    if table is None or not draft.sentences:
        return
    first, last = draft.sentences[0], min(len(sentences) - 1, draft.sentences[-1] + 2)
    found = table.mentions_in(sentences[first].start_char, sentences[last].end_char, ("organization",))
    agencies = {table.entity_of(m).name for m in found}
    for line in draft.financing:
        code = country_code(line.financier) if line.financier else None
        if code is None:
            continue
        own = [a for a in agencies if looks_like_financier(a) and a != line.financier and _of_state(a, code)]
        if len(own) == 1:
            line.financier = own[0]


def _of_state(name: str, code: str) -> bool:
    """"Japan International Cooperation Agency", "Korea Eximbank", "Export-Import Bank of China": a
    state's own agency, by the state's name or demonym in its name."""
    words = re.findall(r"[\w'-]+", name)
    spans = [" ".join(words[i:i + n]) for n in (1, 2) for i in range(len(words) - n + 1)]
    return any(country_code(w) == code or country_by_demonym(w) == code for w in spans if w[:1].isupper())


def _finances(actor: Actor, lines: list[FinancingLine]) -> bool:
    return any(x.line.financier == actor.name for x in lines)


def _resolve(resolver: ActorResolver, tokens: list[Token]) -> list[Actor]:
    """Parties: organisations and states; a minister who signs stands for their country."""
    out: list[Actor] = []
    tokens = [next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), t) if t.pos_ == "NOUN" else t
              for t in past_dateline(resolver.document.text, tokens)]  # "The consortium, X Partners, will ..."
    for actor in resolve_parties(resolver, tokens):
        if _is_amount(actor.name):
            continue  # "Two thirds of it, R3.4bn, comes from a loan": an amount, not a party
        if is_dateline(resolver.document.text, actor.name):
            continue  # "MUSCAT — The X Authority has agreed ...": the place of the dateline
        if actor.type == "person" and resolver.holds_office(actor.name):
            code = resolver.country_of(actor)
            if code:
                actor = Actor(country_name(code), "country", code)
        if actor.type in PARTY_TYPES and all(a.name != actor.name for a in out):
            out.append(actor)
    return out


def _is_amount(name: str) -> bool:
    return any(s == 0 and e >= len(name.rstrip(".,")) for s, e, *_ in money_grammar.scan(name))


def _about(head: Token, found: list[CommodityMention]) -> list[CommodityMention]:
    """Commodities the deal is about, not those describing a party ("state copper giant X")."""
    side_tokens, with_tokens = party_tokens(head)
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in side_tokens + with_tokens
             if t.i != head.i]
    free = [c for c in found if not any(lo <= c.start < hi for lo, hi in spans)]
    return free or found


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
            if _in_clause_below(word, tok):
                continue  # "for the salt flat that had been granted to China's X": not where the deal is
            code = country_code(_entity_text(word)) if word.ent_type_ in ("GPE", "NORP", "LOC") else None
            if code:
                return code
    candidates: list[str] = [p.code for p in parties if p.type == "country" and p.code]
    if not split:
        side_tokens, with_tokens = party_tokens(head)
        for tok in side_tokens + with_tokens:
            for word in tok.subtree:
                if _in_clause_below(word, tok):
                    continue  # "a dry port linked to the A-B railway": B is on the route, not the host
                if word.text[:1].isupper() and word.dep_ in ("compound", "amod", "poss", "npadvmod", "nmod"):
                    code = country_by_demonym(word.text) or country_code(word.text)
                    if code and code not in candidates:
                        candidates.append(code)
    hosts = [c for c in candidates if c not in SOURCE_COUNTRIES]
    if len(set(hosts)) == 1:
        return hosts[0]
    return None


def _in_clause_below(word: Token, top: Token) -> bool:
    """A word in a clause or a route phrase under the place ("the railway ... on the border with X",
    "a line from A to B", "a flat that was granted to X"): it does not say where the deal is."""
    cur = word
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "advcl"):
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ in ROUTE_PREPS:
            return True
        cur = cur.head
    return False


def _entity_text(tok: Token) -> str:
    lo, hi = entity_range(tok)
    return str(tok.doc[lo:hi].text)


def _attach(new: list[Draft], lines: list[FinancingLine], stakes: list[StakeMention]) -> None:
    for line in lines:
        target = min(new, key=lambda d: abs(d.head - line.token))
        target.financing.append(line.line)
    for stake in stakes:
        new[0].stakes.append(stake)


def _continues(sent: Any, index: int, last: Draft, money: list[MoneyMention],
               stakes: list[StakeMention], lines: list[FinancingLine]) -> bool:
    if stakes and len(stakes) >= 2 and index - last.sentences[-1] <= STAKE_REACH:
        # "X keeps 60 percent, Y takes 30 percent ...": the shareholding of the deal, told later; unless
        # the sentence names another kind of deal ("the joint venture itself, in which ..." after an offtake)
        named, _ = instrument_of(sent.text)
        return named is None or named == last.instrument
    if lines and index - last.sentences[-1] <= FINANCING_REACH:
        return True  # "The money is the interesting part. Two thirds of it comes from a loan by X ..."
    anaphor = any(is_anaphor(t) for t in sent)
    if money and anaphor and last.value is None and index - last.sentences[-1] <= VALUE_REACH:
        return True  # "... was signed last month. According to the document, the cost is 68 million euro"
    if index - last.sentences[-1] > 2:
        return False
    if stakes:
        return True
    committed = any(t.pos_ == "VERB" and verb_base(t.text) in COMMIT_WORDS for t in sent)
    return bool(money and (anaphor or committed)) or (anaphor and index - last.sentences[-1] == 1)


def _complete(document: Document, draft: Draft, sent: Any, index: int, commodities: list[CommodityMention],
              money: list[MoneyMention], stakes: list[StakeMention], lines: list[FinancingLine]) -> None:
    changed = bool(stakes or lines)
    for owner in _developers(document, sent):  # "The project is being developed by X, in which ...": X is a party
        if owner.name not in {p.name for p in draft.parties} and not any(f.financier == owner.name
                                                                          for f in draft.financing):
            draft.parties.append(owner)
            changed = True
    draft.stakes += stakes
    draft.financing += [x.line for x in lines]
    financed = {(x.line.amount, x.line.currency) for x in lines}
    free = [m for m in money if (m.amount, m.currency) not in financed]
    if draft.value is None and free:
        draft.value, changed = free[0], True
    elif draft.value is not None and draft.value.qualifier:
        rounded = draft.value
        exact = [m for m in money if not m.qualifier and m.currency == rounded.currency
                 and abs(m.amount - rounded.amount) <= 0.03 * rounded.amount]
        if exact:  # "nearly $300 million", then "$296 million": the exact amount
            draft.value, changed = exact[0], True
    if draft.commodity is None:
        found = [c for c in commodities if sent.start_char <= c.start < sent.end_char]
        if found:
            draft.commodity, draft.sector = best(found)
    status = status_of(list(sent), sent.root, skip={x.token for x in lines})
    if STATUS_RANK.get(status, 0) > STATUS_RANK.get(draft.status, 0):
        draft.status, draft.explicit, changed = status, True, True
    instrument, binding = instrument_of(sent.text)
    if binding is False and draft.binding is not False:
        draft.binding, changed = False, True
    draft.instrument = draft.instrument or (instrument if instrument not in ("loan", "tranche") else None)
    if changed or index - draft.sentences[-1] == 1:
        draft.sentences.append(index)


