"""Which words start an event of which kind, and who takes part: the trigger tables of ``events``.

``verb_kind`` and ``noun_kind`` map a trigger to an event kind (or None); ``participants``
returns the tokens naming the actors of a trigger (subjects, passive agents, and for meetings
and agreements the other side: "met X", "signed with X", "between A and B"). Some kinds are told by
who acts or what is acted on: a legislature voting or approving (``legislation``), a state banning
exports (``legislation``), a licence or concession granted (``agreement``), a lease or contract
cancelled (``other``), a sale or takeover suspended or blocked (``other``), a state defaulting on its debt
(``other``), a stake bought (``investment``), a loan under consideration (``financing``). A call or
conversation with a named person or office holder ("spoke with X", "held a phone call with X", "phoned
X") and joining the talks or the ministers are meetings.
"""

from __future__ import annotations

from typing import Any

from dragoman.extract.clauses import agents, children, is_passive, objects, prep_objects, subjects
from dragoman.extract.wordforms import base, noun_base, register_verbs, verb_base

Token = Any

MEETING_VERBS = {"meet", "host", "welcome", "receive", "convene", "preside", "chair", "gather", "hold", "sit",
                 "attend"}
VISIT_VERBS = {"visit", "travel", "tour", "arrive", "fly"}
AGREEMENT_VERBS = {"sign", "ink", "seal", "conclude", "reach", "strike", "agree", "announce", "finalise",
                   "finalize", "initial"}
STATEMENT_VERBS = {"say", "tell", "state", "declare", "emphasize", "emphasise", "underscore", "stress", "note",
                   "explain", "add", "describe", "indicate", "highlight", "warn", "urge", "reaffirm", "insist",
                   "argue", "remark", "acknowledge", "comment", "announce", "call", "praise", "express", "write",
                   "reiterate", "confirm", "deny", "criticise", "criticize", "welcome", "hail", "tweet", "post"}
INVESTMENT_VERBS = {"invest", "acquire"}
FINANCING_VERBS = {"lend", "finance", "fund", "loan", "disburse", "provide", "extend", "approve", "grant", "award",
                   "allocate", "release", "issue", "offer", "commit", "sign", "guarantee", "underwrite", "transfer"}
LEGISLATION_VERBS = {"introduce", "pass", "adopt", "approve", "ratify", "repeal", "veto", "draft", "sign", "table",
                     "submit", "enact", "amend", "vote", "propose"}
LEGISLATURE_VERBS = {"approve", "pass", "ratify", "adopt", "vote", "reject", "endorse", "amend", "ban", "lower",
                     "raise", "back", "enact", "repeal"}
LEGISLATURES = {"parliament", "senate", "congress", "legislature", "assembly", "house", "inatsisartut", "duma",
                "majlis", "knesset", "bundestag", "storting", "riksdag", "folketing", "sejm", "rada", "diet",
                "lawmakers", "legislators", "deputies", "mps", "senators"}
BAN_VERBS = {"ban", "impose", "restrict", "prohibit", "bar", "suspend", "lift"}
TRADE_MEASURES = {"export", "exports", "import", "imports", "licensing", "tariff", "tariffs", "duty", "duties",
                  "quota", "quotas", "ban", "sanctions", "embargo", "controls", "levy"}
AWARD_VERBS = {"grant", "award", "issue", "give"}
AWARD_NOUNS = {"licence", "license", "concession", "contract", "permit", "lease", "block", "tender", "rights",
               "licences", "licenses", "concessions", "contracts", "permits", "leases", "blocks"}
SUPPORT_WORDS = {"support", "bailout", "rescue", "loan", "lending", "aid", "financing", "credit", "stimulus", "relief"}
DECISION_NOUNS = {"project", "plan", "proposal", "merger", "acquisition", "takeover", "sale", "purchase", "bid",
                  "application", "investment", "venture"}
CANCEL_VERBS = {"cancel", "terminate", "revoke", "scrap", "annul", "rescind", "void", "withdraw", "end"}
DEBT_WORDS = {"debt", "debts", "bond", "bonds", "eurobond", "eurobonds", "loan", "loans", "payment", "payments",
              "obligations", "borrowing", "coupon", "coupons"}
HALT_VERBS = {"suspend", "block", "halt", "freeze", "veto", "reject"}
STAKE_VERBS = {"buy", "acquire", "take", "purchase", "obtain"}
STAKE_NOUNS = {"stake", "stakes", "share", "shares", "equity", "holding", "interest"}
WEIGH_VERBS = {"consider", "weigh", "study", "mull", "eye", "assess", "evaluate"}
FOUNDING_VERBS = {"establish", "found", "create", "launch", "form", "set", "inaugurate", "open", "build", "commission"}

MEETING_OBJECTS = {"talks", "talk", "meeting", "meetings", "summit", "consultations", "negotiations", "dinner",
                   "reception", "conference", "discussions", "session", "forum", "roundtable", "call",
                   "calls", "videoconference"}
PEOPLE_OBJECTS = {"ministers", "minister", "leaders", "leader", "president", "presidents", "delegation",
                  "delegations", "counterpart", "counterparts", "officials", "envoy", "envoys", "ambassador",
                  "ambassadors", "premier", "chancellor", "king", "emir", "prince", "secretary", "heads",
                  "executives", "governor", "senator", "lawmakers", "diplomats"}
AGREEMENT_NOUNS = {"agreement", "deal", "memorandum", "mou", "accord", "pact", "treaty", "contract",
                   "declaration", "roadmap", "charter", "protocol", "communique"}
LEGISLATION_NOUNS = {"bill", "law", "legislation", "amendment", "act", "resolution", "decree", "statute",
                     "ordinance", "measure", "sanctions"}
FINANCING_NOUNS = {"loan", "loans", "credit", "financing", "funding", "grant", "grants", "guarantee",
                   "bailout", "tranche", "facility", "bond", "bonds", "aid", "letter"}
FINANCING_WORDS = {"invest", "investment", "lend", "loan", "loans", "finance", "financing", "fund", "funding",
                   "credit", "guarantee", "grant"}
NOUN_KINDS = {"summit": "meeting", "meeting": "meeting", "talks": "meeting", "talk": "meeting",
              "visit": "visit", "trip": "visit", "tour": "visit", "investment": "investment",
              "loan": "financing", "credit": "financing", "repeal": "legislation"}
NOUN_KINDS.update({n: "agreement" for n in AGREEMENT_NOUNS})
TENTATIVE = {"prospective", "proposed", "potential", "possible", "planned", "future", "draft", "hypothetical",
             "would-be", "mooted"}
register_verbs(MEETING_VERBS, VISIT_VERBS, AGREEMENT_VERBS, STATEMENT_VERBS, INVESTMENT_VERBS,
               FINANCING_VERBS, LEGISLATION_VERBS, FOUNDING_VERBS, LEGISLATURE_VERBS, BAN_VERBS, AWARD_VERBS,
               CANCEL_VERBS, STAKE_VERBS, WEIGH_VERBS, HALT_VERBS, {"speak", "talk", "phone", "join", "default"}, {"approve", "clear", "endorse", "list", "name", "designate",
                                                         "select", "pick"})



def verb_kind(verb: Token) -> str | None:
    """Event kind a verb starts, judged with its objects ("held talks", "signed a bill")."""
    name = verb_base(verb.text)
    objs = [base(o) for o in objects(verb)] + [base(o) for o in prep_objects(verb, "on", "to")]
    obj_words = set(objs) | {o.text.lower() for o in objects(verb)}
    if verb.dep_ == "acl" and is_passive(verb):  # "a grant approved by the Commission"
        obj_words |= {base(verb.head), verb.head.text.lower()}
    if verb.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objects(verb)):
        obj_words |= {base(verb.head), verb.head.text.lower()}  # "a grant, which the board approved"
    if any(base(o) in ("programme", "program", "package") and (
            any(c.lower_ in SUPPORT_WORDS for c in o.children) or any(t.ent_type_ == "MONEY" for t in o.subtree))
           for o in objects(verb)):
        obj_words |= {"facility"}  # "approved a support programme", "a $7 billion package": a financing line
    if "letter" in obj_words and not any(t.ent_type_ == "MONEY" or base(t) in FINANCING_WORDS
                                         for o in objects(verb) if o.lower_ == "letter" for t in o.subtree):
        obj_words = (obj_words - {"letter"}) | {"memorandum"}  # "a letter of intent with a buyer": an agreement
    extra = _statecraft_kind(verb, name, obj_words)
    if extra is not None:
        return extra
    if name in LEGISLATION_VERBS and (obj_words & LEGISLATION_NOUNS or name == "repeal"):
        return "legislation"
    if name in FINANCING_VERBS and obj_words & FINANCING_NOUNS and not obj_words & AGREEMENT_NOUNS:
        return "financing"  # "issued a letter of interest", "committed a $450m guarantee"
    if name in ("sign", "ink", "seal", "initial"):
        return "agreement"
    if name in ("reach", "strike", "announce", "agree", "conclude", "finalise", "finalize") and \
            obj_words & AGREEMENT_NOUNS:
        return "agreement"
    if name == "hold":
        return "meeting" if obj_words & MEETING_OBJECTS else None
    if name == "sit":  # "sat down with X", not "sits on the committee"
        return "meeting" if prep_objects(verb, "with") or any(c.lower_ == "down" for c in verb.children) else None
    if name == "join" and obj_words & (MEETING_OBJECTS | PEOPLE_OBJECTS):
        return "meeting"  # "joined the talks by video link", "joined the ministers", not "joined the board"
    if name == "attend":  # "attended the summit", not "attended the signing"
        return "meeting" if obj_words & MEETING_OBJECTS else None
    if name == "meet" and _purpose_of_trip(verb):
        return None  # "travels to X to visit the port and meet business leaders": the trip is the event
    if name == "meet" and objects(verb) and all(o.tag_ == "NNS" and o.lower_ not in PEOPLE_OBJECTS and not o.ent_type_
                                                for o in objects(verb)):
        return None  # "met bankers and traders": a visit's programme, not a meeting of named parties
    if name in ("welcome", "receive"):
        if obj_words & PEOPLE_OBJECTS or _has_person_object(verb):
            return "meeting"
        return "statement" if name == "welcome" and objects(verb) else None  # "welcomed the venture"
    if name in MEETING_VERBS:
        return "meeting"
    if name == "be" and verb.tag_ == "VBD" and any(
            o.ent_type_ in ("GPE", "LOC") for o in prep_objects(verb, "in", "at")):
        return "visit"  # "He was in Brussels at the start of July"
    if name in VISIT_VERBS:
        if name in ("travel", "fly", "arrive") and not prep_objects(verb, "to", "in"):
            return None
        return "visit"
    if name in INVESTMENT_VERBS:
        return "investment"
    if name in FINANCING_VERBS and (name in ("lend", "finance", "fund", "loan", "disburse") or
                                    obj_words & FINANCING_NOUNS):
        return "financing"
    if name in ("guarantee", "underwrite", "transfer") and any(o.ent_type_ == "MONEY" for o in objects(verb)):
        return "financing"  # "transferred €75 million to Albania", "to guarantee £350 million of loans"
    if name in ("spend", "spent") and any(o.ent_type_ == "MONEY" for o in objects(verb)):
        return "investment"  # "plans to spend nearly $900 million on a mine"
    if name in ("spend", "spent") and any(o.ent_type_ in ("DATE", "TIME") for o in objects(verb)) and any(
            p.ent_type_ in ("GPE", "LOC") for p in prep_objects(verb, "in")):
        return "visit"  # "spent two days in Baku"
    if name == "agree" and any(verb_base(x.text) in ("form", "create", "establish", "set") and
                               {base(o) for o in objects(x)} & {"venture", "company", "partnership", "consortium"}
                               for x in verb.children if x.dep_ == "xcomp"):
        return "agreement"  # "agreed to form a joint venture"
    if name == "agree" and {base(o) for o in objects(verb)} & {"venture", "partnership"}:
        return "agreement"  # "agree a joint venture"
    if name == "agree" and _two_parties(verb) and any(c.dep_ == "xcomp" for c in verb.children):
        return "agreement"  # "Mexico and Korea agreed to lower tariffs": what two sides agree is a deal
    if name in ("speak", "talk", "phone", "call") and _spoke_with_person(verb):
        return "meeting"  # "spoke with her Kenyan counterpart", "talked by phone with X", "phoned X": a call
    if name == "call":  # "called for talks", "called the loan a mortgage on the future"
        named = any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children) or any(
            c.dep_ in ("oprd", "attr", "appos") or (c.dep_ == "dobj" and c.i > verb.i + 1)
            for o in objects(verb) for c in o.children)
        return "statement" if prep_objects(verb, "for", "on") or (objects(verb) and named) else None
    if name in STATEMENT_VERBS:
        return "statement"
    return None


def _spoke_with_person(verb: Token) -> bool:
    """A conversation with a named person or an office holder ("spoke with Minister X", "phoned his
    counterpart"), not with reporters or about something."""
    others = prep_objects(verb, "with", "to") + (objects(verb) if verb_base(verb.text) in ("phone", "call") else [])
    return any(o.ent_type_ == "PERSON" or o.lower_ in PEOPLE_OBJECTS for o in others) and not any(
        c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children)


def _two_parties(verb: Token) -> bool:
    """Two or more parties agree: conjoined subjects ("A and B agreed"), or "the two sides", "both"."""
    for subject in subjects(verb):
        if any(c.dep_ == "conj" for c in subject.children):
            return True
        dets = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "predet")}
        if (subject.tag_ in ("NNS", "NNPS") and dets & {"two", "three", "both"}) or subject.lower_ == "both":
            return True
    return False


def _purpose_of_trip(verb: Token) -> bool:
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("xcomp", "advcl") and verb_base(tok.head.text) in VISIT_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _statecraft_kind(verb: Token, name: str, obj_words: set[str]) -> str | None:
    """Kinds told by who acts or what is acted on: a legislature voting, a state banning exports, a
    licence granted, a lease cancelled, a stake bought, a loan under consideration."""
    if name in LEGISLATURE_VERBS and any(_is_legislature(s) for s in subjects(verb)):
        return "legislation"  # "the Senate approved the borrowing", "parliament voted to require ..."
    if name in BAN_VERBS and obj_words & TRADE_MEASURES:
        return "legislation"  # "banned exports of raw ore", "imposed export licensing"
    if name in AWARD_VERBS and obj_words & AWARD_NOUNS:
        return "agreement"  # "granted a 30-year licence to X", "awarded the concession to Y"
    if name in ("approve", "clear", "endorse") and obj_words & DECISION_NOUNS:
        return "other"  # "the investment board approved the project", "regulators cleared the merger"
    if name in ("list", "name", "designate", "select", "pick") and any(
            c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children) and \
            any("strategic" in t.lower_ or "priority" in t.lower_ for t in verb.subtree):
        return "other"  # "the Commission listed the mine as a strategic project"
    if name in CANCEL_VERBS and obj_words & (AWARD_NOUNS | AGREEMENT_NOUNS | {"mou", "memorandum"}):
        return "other"  # "cancelled the lease", "scrapped a contract with X"
    if name == "default" and (not objects(verb) or any(base(o) in DEBT_WORDS for o in prep_objects(verb, "on"))):
        return "other"  # "Zambia defaulted on its external debt in 2020"
    if name in CANCEL_VERBS | HALT_VERBS and obj_words & DECISION_NOUNS:
        return "other"  # "the government suspended the sale of the stake", "blocked the takeover"
    if name in STAKE_VERBS and (obj_words & STAKE_NOUNS or any(_is_share(o) for o in objects(verb))):
        return "investment"  # "will buy a 49 percent stake", "took stakes in two blocks"
    finite = verb.tag_ != "VBG" or any(c.dep_ == "aux" for c in verb.children)  # not "with X considering ..."
    if name in WEIGH_VERBS and finite and (obj_words & FINANCING_NOUNS or
                                           any(o.ent_type_ == "MONEY" for o in objects(verb))):
        return "financing"  # "is considering a loan of up to $300 million"
    return None


def _is_legislature(tok: Token) -> bool:
    words = {w.lower() for w in tok.doc[tok.left_edge.i: tok.i + 1].text.split()}
    return base(tok) in LEGISLATURES or bool(words & {"parliament", "senate", "congress", "legislature"})


def _is_share(tok: Token) -> bool:
    """"51%", "30 per cent", "the remaining 49 percent"."""
    return tok.ent_type_ == "PERCENT" or tok.text in ("%", "percent") or base(tok) in STAKE_NOUNS


def _has_person_object(verb: Token) -> bool:
    return any(o.ent_type_ in ("PERSON", "NORP") for o in objects(verb))


def noun_kind(noun: Token) -> str | None:
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    kind = NOUN_KINDS.get(noun_base(noun.text))
    if kind is None:
        return None
    if any(c.dep_ == "amod" and c.text.lower() in TENTATIVE for c in noun.children):
        return None
    if kind == "agreement" and noun.tag_ in ("NNS", "NNPS"):
        return None  # "agreements with A and B": a tally, reported by a verb when it is news
    return kind


def participants(trigger: Token, kind: str) -> list[Token]:
    """Tokens that name the actors of ``trigger`` (to be resolved by ``ActorResolver``)."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        found = [c for c in trigger.children if c.dep_ == "poss"]
        found += deep_prep_objects(trigger, {"between", "with", "from", "by"})
        return found
    found = agents(trigger) if is_passive(trigger) else subjects(trigger)
    if kind in ("meeting", "agreement"):
        found += [o for o in objects(trigger) if kind == "meeting"]
        found += prep_objects(trigger, "with", "between")
    if kind == "meeting":  # "held a phone call with X"
        found += [w for o in objects(trigger) if base(o) in MEETING_OBJECTS for w in prep_objects(o, "with")]
    if kind == "investment":
        found += prep_objects(trigger, "from")
    if kind == "agreement" and verb_base(trigger.text) in AWARD_VERBS:  # "granted X a licence", "to Y"
        found += prep_objects(trigger, "to") + [c for c in trigger.children if c.dep_ == "dative"]
    if kind == "other":  # "cancelled its contract with X"
        found += prep_objects(trigger, "with") + [w for o in objects(trigger) for w in prep_objects(o, "with")]
    return found


def deep_prep_objects(token: Token, preps: set[str], depth: int = 3) -> list[Token]:
    """Objects of ``preps`` under ``token`` or under its prepositional phrases ("a memorandum on
    cooperation *between* A and B")."""
    found: list[Token] = []
    frontier = [(token, 0)]
    while frontier:
        tok, level = frontier.pop(0)
        found += prep_objects(tok, *preps)
        if level + 1 >= depth:
            continue
        for child in tok.children:
            if child.dep_ in ("prep", "pobj") and child.text.lower() not in preps:
                frontier.append((child, level + 1))
    return found


BACK_NOUNS = {"agreement", "agreements", "deal", "memorandum", "memoranda", "mou", "documents", "document",
              "contract", "accord", "pact", "loan", "grant", "treaty", "declaration", "notes"}


def refers_back(verb: Token) -> bool:
    """A signing of something already told: "the memorandum was signed in X by A and B", "signed the
    documents at the palace"."""
    heads = objects(verb) + ([c for c in verb.children if c.dep_ == "nsubjpass"] if is_passive(verb) else [])
    if verb.dep_ == "acl" and is_passive(verb):
        heads.append(verb.head)
    return any(noun_base(h.text) in BACK_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these")
                                                        for c in h.children)
               and not any(c.dep_ in ("amod", "nummod") for c in h.children) for h in heads)


def content_of(verb: Token) -> bool:
    """A statement verb that reports something: a clause, a quotation or an object."""
    if children(verb, {"ccomp", "dobj", "xcomp", "parataxis"}):
        return True
    if prep_objects(verb, "that", "for", "on"):
        return True
    following = verb.doc[verb.i + 1: verb.i + 3]
    preceding = verb.doc[max(0, verb.i - 4): verb.i]
    return any(t.text in (":", "\u201c", '"') for t in following) or any(t.text in ("\u201d", '"', ",")
                                                                           for t in preceding)
