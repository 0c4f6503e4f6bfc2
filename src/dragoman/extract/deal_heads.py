"""Where a deal is named in a sentence: its head word, the words that belong to it, its parties.

A head is a deal noun ("deal", "memorandum", "joint venture", "investment", "loan") or a deal
verb ("signed", "will invest", "agreed to lend", "will collaborate"). A noun with "this" or
"these" refers back to a deal already named and is not a head. ``region`` is the head's
phrase without its coordinated siblings; ``party_tokens`` are the tokens that name its sides.
"""

from __future__ import annotations

from typing import Any

from dragoman.extract.clauses import (
    agents,
    conjuncts,
    is_negated,
    is_passive,
    mood,
    objects,
    prep_objects,
    subjects,
)
from dragoman.extract.event_frames import deep_prep_objects
from dragoman.extract.wordforms import base, noun_base, register_verbs, verb_base

Token = Any

HEAD_NOUNS = {"deal", "agreement", "memorandum", "mou", "accord", "pact", "contract", "venture", "jv",
              "partnership", "investment", "loan", "credit", "financing", "facility", "bailout",
              "acquisition", "takeover", "purchase", "sale", "project", "programme", "program", "transaction", "order",
              "concession", "licence", "license", "lease", "offtake", "bond", "eurobond", "sukuk"}
AGREEMENT_HEADS = {"deal", "agreement", "memorandum", "mou", "accord", "pact", "contract", "partnership",
                   "venture", "jv", "transaction", "concession", "licence", "license", "lease", "offtake"}
PAPER_HEADS = {"agreement", "memorandum", "mou", "accord", "pact", "contract"}
# verbs that name a deal by themselves; "signed", "cancelled", "approved" need a deal noun as object
MONEY_VERBS = {"invest", "acquire", "buy", "purchase", "lend", "finance", "fund", "loan", "disburse", "transfer",
               "guarantee"}
COMMODITY_VERBS = {"build", "construct", "develop", "supply", "sell", "collaborate", "cooperate", "partner"}
HEAD_VERBS = MONEY_VERBS | COMMODITY_VERBS
WEAK_HEADS = {"project", "programme", "program", "order", "purchase", "sale", "transaction", "partnership", "credit",
              "financing", "facility", "investment", "grant"}
ROLLOVER_VERBS = {"roll", "renew", "extend", "place"}
PUSH_VERBS = {"urge", "ask", "call", "press", "push", "want", "like", "need", "hope", "seek", "demand", "wish"}
COOPERATION_VERBS = {"collaborate", "cooperate", "partner"}
AWARD_VERBS = {"grant", "award", "issue", "sell", "lease"}
FINANCING_HEADS = {"loan", "credit", "financing", "facility", "bailout", "programme", "program", "grant",
                   "guarantee", "tranche", "lend", "finance", "fund", "disburse", "transfer", "bond", "eurobond",
                   "sukuk"}
WISH_VERBS = {"seek", "want", "hope", "wish", "try", "look", "aim", "need", "like", "desire", "strive"}
SIGNING_VERBS = {"sign", "ink", "seal", "announce", "initial", "conclude", "agree", "unveil", "say", "meet"}
MAX_HEADS = 24  # a "sentence" with more deal words than this is a list or a table, not prose
STAKE_NOUNS = {"stake", "share", "interest", "holding", "shareholding"}
ANAPHORIC_DETS = {"this", "that", "these", "those", "such", "both"}
ANAPHORIC_NOUNS = {"deal", "agreement", "project", "plant", "venture", "mine", "facility", "loan", "investment",
                   "contract", "memorandum", "refinery", "railway", "port", "pipeline", "scheme", "transaction",
                   "jv", "partnership", "factory", "terminal", "programme", "program", "acquisition",
                   "document", "treaty", "accord"}
register_verbs(HEAD_VERBS, COOPERATION_VERBS, WISH_VERBS, AWARD_VERBS, ROLLOVER_VERBS)



def is_head(tok: Token) -> bool:
    if tok.pos_ in ("NOUN", "PROPN"):
        name = noun_base(tok.text)
        separate = name in FINANCING_HEADS and any(c.dep_ == "amod" and c.lower_ == "separate" for c in tok.children)
        parked = name == "deposit" and (gov := governor(tok)) is not None and verb_base(gov.text) in ROLLOVER_VERBS
        if name not in HEAD_NOUNS and not separate and not parked and not is_preliminary_paper(tok):
            return False  # "roll over a $3bn deposit at the central bank": a deposit is a deal; a lithium deposit is not
        if tok.dep_ == "compound":
            return False  # "a separate grant of 2 billion yen": a deal of its own
        if name == "venture" and not any(c.text.lower() == "joint" for c in tok.children):
            return False
        gov = governor(tok)
        if gov is not None and (verb_base(gov.text) in WISH_VERBS | PUSH_VERBS | {"decide"} or mood(gov) == "conditional"
                                or (gov.dep_ == "xcomp" and verb_base(gov.head.text) in WISH_VERBS | PUSH_VERBS)):
            return False  # "wants a deal", "urged him to make a deal", "could sign a deal", "to decide on a loan"
        return not any(c.dep_ in ("det", "poss") and c.text.lower() in ANAPHORIC_DETS for c in tok.children)
    if tok.pos_ == "VERB" and verb_base(tok.text) in HEAD_VERBS and tok.dep_ != "amod" and not is_negated(tok):
        if tok.dep_ == "xcomp" and verb_base(tok.head.text) in WISH_VERBS | PUSH_VERBS:
            return False  # "seek to partner", "wants to invest": an aim, not a deal
        if any(c.dep_ == "prt" for c in tok.children):
            return False  # "sign up", "buy out" ... phrasal senses
        if any(c.lower_ == "whether" for c in tok.children):
            return False  # "will decide whether to lend", "the question is whether X builds": an open question
        return not any(is_head(o) for o in objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"])
    return False


def is_preliminary_paper(tok: Token) -> bool:
    """"a letter of intent", "a heads of terms": paper signed before a binding agreement."""
    if tok.lower_ not in ("letter", "letters", "heads"):
        return False
    words = {o.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children}
    return bool(words & ({"terms"} if tok.lower_ == "heads" else {"intent"}))  # a letter of interest is financing


def is_anaphor(tok: Token) -> bool:
    """"this project", "the deal", "these agreements": a reference back to a deal already named."""
    if tok.pos_ not in ("NOUN", "PROPN") or noun_base(tok.text) not in ANAPHORIC_NOUNS:
        return False
    return any(c.dep_ == "det" and c.text.lower() in ANAPHORIC_DETS | {"the"} for c in tok.children) or (
        tok.text.lower() == "it")


def heads_of(sentence: Any, *, after_deal: bool = False) -> list[Token]:
    """Deal heads of a sentence, outermost only (a head inside another's phrase belongs to it).
    After a deal has been named, "the agreement" without sides of its own refers back to it."""
    found = [t for t in sentence if is_head(t) and not (after_deal and _refers_back(t))][:MAX_HEADS]
    ranges = {t.i: region(t) for t in found}
    out: list[Token] = []
    for tok in found:
        if any(other.i != tok.i and ranges[other.i][0] <= tok.i < ranges[other.i][1] and tok.dep_ != "conj"
               for other in found):
            continue
        gov = governor(tok)
        if gov is not None and tok.dep_ == "pobj" and any(
                other.i != tok.i and other.dep_ != "pobj" and _governed_by(other, gov) for other in found):
            continue  # "deals were outlined ... for rare earths projects": one deal, named twice
        out.append(tok)
    return out


def _refers_back(tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" and c.text.lower() == "the" for c in tok.children):
        return False
    return not deep_prep_objects(tok, {"between", "with", "from"}, depth=1) and not any(
        c.dep_ == "poss" for c in tok.children)


def is_financing_head(tok: Token) -> bool:
    name: str = base(tok) if tok.pos_ in ("NOUN", "PROPN") else verb_base(tok.text)
    return name in FINANCING_HEADS or any(c.dep_ == "compound" and noun_base(c.text) in FINANCING_HEADS
                                          for c in tok.children)


def _governed_by(tok: Token, gov: Token) -> bool:
    own = governor(tok)
    return own is not None and own.i == gov.i


def region(head: Token) -> tuple[int, int]:
    """Token range of the head's phrase without the phrases coordinated with it; a deal noun that
    a verb governs ("signed [a loan agreement] ... to finance the metro") takes the verb's clause."""
    gov = governor(head)
    if gov is not None and head.dep_ in ("dobj", "nsubjpass", "attr"):
        return _own_range(gov)
    return _own_range(head)


def _own_range(head: Token) -> tuple[int, int]:
    skip = [c for c in head.children if c.dep_ in ("conj", "cc")]
    if head.pos_ in ("VERB", "AUX"):
        skip += [c for c in head.children if c.dep_ in ("advcl", "parataxis") and c.i > head.i
                 and not _belongs(c)]
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    for child in skip:
        if child.i > head.i:
            hi = min(hi, child.left_edge.i)
        else:
            lo = max(lo, child.right_edge.i + 1)
    if head.pos_ in ("VERB", "AUX"):
        lo = min(lo, head.i)
    return lo, max(hi, head.i + 1)


def _belongs(clause: Token) -> bool:
    """A clause that says what the deal is for: "to build ...", ", paving the way for ..."."""
    if any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children):
        return True
    return clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children)


def governor(head: Token) -> Token | None:
    """The verb a deal noun depends on ("signed [a deal]", "[deals] were outlined")."""
    if head.pos_ in ("VERB", "AUX"):
        return None
    tok = head
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head  # type: ignore[no-any-return]
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        return tok.head.head  # type: ignore[no-any-return]
    return None


def party_tokens(head: Token) -> tuple[list[Token], list[Token]]:
    """(sides named with the head, counterparties after "with"), as tokens to resolve."""
    sides: list[Token] = []
    withs: list[Token] = []
    if head.pos_ in ("NOUN", "PROPN"):
        sides += [c for c in head.children if c.dep_ == "poss"]
        sides += deep_prep_objects(head, {"between", "from", "by"})
        withs += deep_prep_objects(head, {"with"}, depth=1)
        for mod in head.children:  # "a loan agreement worth 8 billion yuan with X": the parse hangs "with" on "worth"
            if mod.dep_ in ("amod", "acl") and mod.i > head.i:
                withs += prep_objects(mod, "with", "between")
        withs += _awarded_to(head)
        if noun_base(head.text) == "sale":  # "the sale of a 49 percent stake in X to Y": the company and the buyer
            withs += deep_prep_objects(head, {"to"}, depth=1)
            gov_sale = governor(head)
            if gov_sale is not None and head.dep_ == "dobj":  # "suspended the sale of ... to Y"
                withs += prep_objects(gov_sale, "to")
            withs += [p for o in deep_prep_objects(head, {"of"}, depth=1) if noun_base(o.text) in STAKE_NOUNS
                      for p in prep_objects(o, "in") if p.pos_ == "PROPN"]
        if is_financing_head(head):
            withs += deep_prep_objects(head, {"for", "to"}, depth=1)  # the borrower
        gov = governor(head)
        if gov is not None:
            if head.dep_ in ("dobj", "attr", "pobj"):
                sides += agents(gov) if is_passive(gov) else subjects(gov)
            withs += prep_objects(gov, "with", "between")
            if verb_base(gov.text) in AWARD_VERBS and head.dep_ == "dobj" and not is_financing_head(head):
                withs += prep_objects(gov, "to")  # "awarded a concession ... to a consortium of A and B"
            if is_financing_head(head) and head.dep_ == "dobj":  # "signed a loan to X": the borrower
                withs += prep_objects(gov, "to")
                withs += [o for c in gov.children if c.dep_ == "dative" and c.pos_ == "ADP"
                          for o in c.children if o.dep_ == "pobj"]
            if head.dep_ == "nsubjpass":
                sides += agents(gov)
        return sides, withs
    sides += agents(head) if is_passive(head) else subjects(head)
    name = verb_base(head.text)
    if name in ("acquire", "buy", "purchase", "fund", "finance"):
        sides += [o for o in objects(head) if o.pos_ == "PROPN"]
    if name in ("buy", "purchase", "import"):  # "India agreed to buy 10,000 megawatts from Nepal": the seller
        withs += prep_objects(head, "from")
    if name in ("acquire", "buy", "purchase", "take"):  # "buy a 35 percent stake in X": X is the other side
        withs += [p for o in objects(head) if noun_base(o.text) in STAKE_NOUNS for p in prep_objects(o, "in")
                  if p.pos_ == "PROPN"]
    withs += prep_objects(head, "with", "between")
    if name in ("lend", "loan", "sell", "supply", "award", "disburse", "transfer"):
        withs += prep_objects(head, "to")
        withs += [c for c in head.children if c.dep_ == "dative"]
        withs += [c for o in objects(head) for c in o.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                  and c.i < o.i]  # "lend Bangladesh 41 billion yen"
    if name in ("invest",):
        sides += prep_objects(head, "from")
    if name in FINANCING_HEADS:
        withs += prep_objects(head, "for")
    return sides, withs


def _awarded_to(head: Token) -> list[Token]:
    """"a concession (for the salt flat) that had been granted to X": the receiver of the deal."""
    out: list[Token] = []
    for verb in head.subtree:
        if verb.dep_ in ("acl", "relcl") and verb.pos_ == "VERB" and verb_base(verb.text) in AWARD_VERBS:
            out += prep_objects(verb, "to")
            out += [o for c in verb.children if c.dep_ == "dative" and c.pos_ == "ADP"
                    for o in c.children if o.dep_ == "pobj"]
    return out


def place_tokens(head: Token, sentence: Any) -> list[Token]:
    """Objects of "in" that may name the host country: under the head, its governor or the main verb."""
    out: list[Token] = []
    anchors = [head]
    gov = governor(head)
    for verb in (gov, sentence.root):  # where a deal was signed is not where it is
        if verb is not None and verb_base(verb.text) not in SIGNING_VERBS:
            anchors.append(verb)
    lo, hi = region(head)
    for tok in head.doc[lo:hi]:
        if tok.pos_ in ("VERB", "NOUN"):
            anchors.append(tok)
    for anchor in anchors:
        for obj in prep_objects(anchor, "in", "into", "for"):
            for tok in conjuncts(obj):
                if tok not in out:
                    out.append(tok)
    return out
