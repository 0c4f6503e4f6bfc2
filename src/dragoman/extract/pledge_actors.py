"""Who does what a speaker reports: "X said the company would ..." is the company's promise.

A reported promise whose subject is a definite business noun ("the company", "the bank", "the
board", "the port", "the plant") belongs to the organisation that noun stands for, tried in
this order: the entity the table already links the words to; the organisation named before it
whose name holds the noun ("the board" -> "Cocoa Marketing Board"); the organisation the
speaker works for (named in their title, "chief executive of X", or before their name in the
sentence, "X chairman Y"); "his company" counts as "the company". A speaker's own state named as
the subject ("the minister said Mexico would ...") and "the government" are the state's promise
(pledges.py); ministries and nouns that resolve to nothing stay with the speaker.
"""

from __future__ import annotations

import re
from typing import Any

from dragoman.extract.actors import Actor, ActorResolver
from dragoman.extract.document import Document
from dragoman.extract.geo import country_by_demonym, country_by_name, country_name
from dragoman.extract.money import money_between, stakes_between
from dragoman.extract.wordforms import noun_base, register_verbs, verb_base

Token = Any

BUSINESS_NOUNS = {"company", "firm", "bank", "fund", "board", "port", "authority", "group", "operator",
                  "developer", "lender", "plant", "utility", "corporation", "miner", "producer", "venture",
                  "corp", "business", "insurer", "agency", "mine", "refinery", "terminal"}
# nouns that name a place of work, not the firm: "the plant would ship" is its owner's act
OWNED_NOUNS = {"plant", "mine", "refinery", "terminal"}


def business_subject(tokens: list[Token]) -> Token | None:
    """The one definite business noun among a clause's subjects ("the company"), if any."""
    if len(tokens) != 1:
        return None
    tok = tokens[0]
    if tok.pos_ != "NOUN" or noun_base(tok.text) not in BUSINESS_NOUNS:
        return None
    if not any(c.dep_ in ("det", "poss") and c.text.lower() in ("the", "his", "her", "its", "their")
               for c in tok.children):
        return None  # "the company", "his company": not "a company"
    return tok


def doer(resolver: ActorResolver, noun: Token, speaker: Actor | None) -> Actor | None:
    """The organisation a business noun stands for in a reported promise, or None."""
    table = resolver.table
    if table is None:
        return None
    mention = table.mention_at(noun.idx, noun.idx + len(noun.text))
    if mention is not None and mention.start <= noun.idx < mention.end:
        entity = table.entities[mention.entity]
        if entity.type == "organization":
            return Actor(entity.name, "organization", entity.country)
    word = noun_base(noun.text)
    if word not in OWNED_NOUNS:
        named = _named_with(resolver, word, noun.idx)
        if named is not None:
            return named
    return employer(resolver, speaker, noun)


def _named_with(resolver: ActorResolver, word: str, before: int) -> Actor | None:
    """The organisation mentioned last before ``before`` whose name holds ``word`` ("Ports" for "port")."""
    table = resolver.table
    assert table is not None
    pattern = re.compile(rf"\b{re.escape(word)}(?:s|es)?\b", re.I)
    for mention in reversed(table.mentions_in(0, before, ("organization",))):
        entity = table.entities[mention.entity]
        if pattern.search(entity.name):
            return Actor(entity.name, "organization", entity.country)
    return None


def employer(resolver: ActorResolver, speaker: Actor | None, near: Token) -> Actor | None:
    """The organisation a speaker works for: named in their title, or before them in the sentence."""
    table = resolver.table
    if table is None or speaker is None or speaker.type != "person":
        return None
    person = table.find(speaker.name, ("person",))
    title = (person.title or "") if person is not None else ""
    if title:
        for entity in table.entities:
            if entity.type != "organization":
                continue
            for name in [entity.name, *entity.aliases]:
                if len(name) >= 3 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title):
                    return Actor(entity.name, "organization", entity.country)
    sentence = near.sent
    orgs = table.mentions_in(sentence.start_char, near.idx, ("organization",))
    persons = [m for m in table.mentions_in(sentence.start_char, near.idx, ("person",))
               if table.entities[m.entity].name == speaker.name]
    if persons and orgs:
        first = persons[0].start
        before = [m for m in orgs if m.end <= first and first - m.end <= 40]
        if before:
            entity = table.entities[before[-1].entity]
            return Actor(entity.name, "organization", entity.country)
    if persons:  # "Zhenhai chairman X": the firm by the first word of its name, untagged before the title
        doc = near.doc
        span = doc.char_span(persons[0].start, persons[0].end, alignment_mode="expand")
        if span is not None:
            for tok in doc[max(sentence.start, span.start - 4):span.start]:
                if tok.pos_ == "PROPN" and len(tok.text) >= 3:
                    word = tok.text.lower()
                    found = {e.name: e for e in table.entities if e.type == "organization"
                             and len(e.name.split()) > 1 and e.name.split()[0].lower() == word}
                    if len(found) == 1:
                        entity = next(iter(found.values()))
                        return Actor(entity.name, "organization", entity.country)
    return None


def home_government(resolver: ActorResolver, tokens: list[Token]) -> Actor | None:
    """"The government will table a bill": the state the article is mostly about, when one stands out."""
    if len(tokens) != 1:
        return None
    tok = tokens[0]
    kids = [c for c in tok.children if c.dep_ != "punct"]
    if tok.lower_ != "government" or len(kids) != 1 or kids[0].lower_ != "the":
        return None
    code = main_country(resolver) or _one_named_government(resolver.document.text)
    return Actor(country_name(code), "country", code) if code is not None else None


SUBNATIONAL_WORDS = {"state", "provincial", "regional", "territorial", "county", "municipal", "city"}
NAMED_GOVERNMENT = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:state |provincial |regional )?government\b")


def subnational_government(resolver: ActorResolver, tokens: list[Token]) -> Actor | None:
    """"The state government has promised ...": the one region the article names as "the Gujarat
    government" (a name that is not a country's), itself the actor."""
    if len(tokens) != 1 or tokens[0].lower_ != "government":
        return None
    kids = [c for c in tokens[0].children if c.dep_ != "punct"]
    if len(kids) != 2 or kids[0].lower_ != "the" or kids[1].lower_ not in SUBNATIONAL_WORDS:
        return None
    names = {m.group(1) for m in NAMED_GOVERNMENT.finditer(resolver.document.text)
             if m.group(1).split()[0] not in ("The", "A", "An", "This", "That") and
             country_by_name(m.group(1)) is None and country_by_demonym(m.group(1)) is None}
    return Actor(names.pop(), "organization", None) if len(names) == 1 else None


GOVERNMENT_OF = re.compile(r"\bGovernment of (?:the )?([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})")


def _one_named_government(text: str) -> str | None:
    """"the loan signed between the Government of Ghana and ...": with no country standing out by count,
    the one government the article names in full is the one "the government" refers to."""
    codes = {code for m in GOVERNMENT_OF.finditer(text) if (code := country_by_name(m.group(1))) is not None}
    return codes.pop() if len(codes) == 1 else None


MINISTRY_RE = re.compile(r"\b(?:([A-Za-z]+) [Mm]inistry|Ministry of ([A-Z][a-z]+))\b")
NOT_FIELDS = {"the", "a", "an", "its", "this", "that", "which", "whose", "said", "country's"}


def home_ministry(resolver: ActorResolver, tokens: list[Token]) -> Actor | None:
    """"The finance ministry has pledged to ...", "the ministry said it would ...": an unnamed ministry of
    the state the article is about, called by its field ("finance ministry"); a bare "the ministry" is the
    one last named before it."""
    if len(tokens) != 1 or tokens[0].lower_ != "ministry":
        return None
    tok = tokens[0]
    kids = [c for c in tok.children if c.dep_ != "punct"]
    if not kids or kids[0].lower_ != "the" or len(kids) > 2:
        return None
    field = kids[1].lower_ if len(kids) == 2 and kids[1].dep_ in ("compound", "amod") else None
    if field is None:
        text = resolver.document.text[:tok.idx]
        found = [m.group(1) or m.group(2) for m in MINISTRY_RE.finditer(text)]
        found = [f.lower() for f in found if f and f.lower() not in NOT_FIELDS]
        if not found:
            return None
        field = found[-1]
    code = main_country(resolver)
    return Actor(f"{field} ministry", "organization", code)


def main_country(resolver: ActorResolver, least: int = 1) -> str | None:
    """The country the article is mostly about: named at least one and a half times as often as any other (and
    at least ``least`` times)."""
    table = resolver.table
    if table is None:
        return None
    counts: dict[str, int] = {}
    for mention in table.mentions_in(0, len(resolver.document.text), ("country",)):
        actor = resolver.entity_at(mention.start, mention.end)
        if actor is not None and actor.code:
            counts[actor.code] = counts.get(actor.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2):
        return None
    return ranked[0][0]


TRANSACTION_VERBS = {"acquire", "buy", "purchase", "lend", "loan", "guarantee", "finance", "fund", "provide",
                     "give", "extend", "take", "sell", "invest", "grant", "add", "contribute", "roll", "renew"}
SPENDING_VERBS = {"invest", "provide", "give", "spend", "fund", "contribute"}
SWORN_CUES = {"promise", "pledge", "vow", "swear"}
FINANCING_OBJECTS = {"loan", "credit", "facility", "grant", "guarantee", "financing", "bailout", "tranche", "swap",
                     "deposit", "deposits"}
# "the facility will let the country defer payment for up to $1bn of fuel": the terms of a financing deal
DEFERRING_VERBS = {"let", "allow", "enable"}
VENTURE_VERBS = {"form", "create", "establish", "launch", "set"}
register_verbs(TRANSACTION_VERBS, SWORN_CUES, VENTURE_VERBS, SPENDING_VERBS, DEFERRING_VERBS, {"defer"})


def is_transaction(document: Document, verb: Token, cue: Token, start: int, end: int) -> bool:
    """"X will buy a 49% stake for $1bn", "X agreed to lend $300m": a deal the deals extractor
    records, not a promise; "X promised to invest $2bn" stays a promise."""
    if verb_base(cue.text) not in SWORN_CUES and _paid_through(verb) and money_between(document, start, end):
        return True  # "X will pay for the stake with a loan from Y", "X will cover €40m from its budget"
    if verb_base(verb.text) in DEFERRING_VERBS and verb_base(cue.text) not in SWORN_CUES and any(
            verb_base(c.text) == "defer" for c in verb.subtree) and money_between(document, start, end):
        return True
    if verb_base(verb.text) not in TRANSACTION_VERBS | VENTURE_VERBS or verb_base(cue.text) in SWORN_CUES:
        return False
    if any(c.dep_ == "dobj" and noun_base(c.text) in FINANCING_OBJECTS for c in verb.children):
        return True  # "agreed to extend its deferred payment facility by a year": a financing deal
    if cue.i == verb.i and verb_base(verb.text) in SPENDING_VERBS and not stakes_between(document, start, end):
        return False  # "X will invest $1bn in a plant", "will provide NZ$28m in grants": a promise of money
    if verb_base(verb.text) in VENTURE_VERBS:  # "agreed to form a joint venture": the deal itself
        return any(c.dep_ == "dobj" and c.lower_ == "venture" for c in verb.children)
    return bool(money_between(document, start, end) or stakes_between(document, start, end))


PAYING_VERBS = {"pay", "cover", "finance", "fund", "meet"}
# how a deal is paid for: "with a loan", "from its budget", "through bonds", "as a grant"
MEANS_WORDS = {"loan", "loans", "credit", "budget", "bond", "bonds", "grant", "grants", "equity", "reserves", "funds",
               "borrowing", "proceeds", "cash"}
register_verbs(PAYING_VERBS)


def _paid_through(verb: Token) -> bool:
    """"pay for part of the stake with a loan", "cover its share from its budget": the means of paying
    for a deal, a term the deals extractor records as financing, not a new promise."""
    if verb_base(verb.text) not in PAYING_VERBS:
        return False
    return any(prep.lower_ in ("with", "from", "through", "as") and any(noun_base(o.text) in MEANS_WORDS or
                                                                       o.lower_ in MEANS_WORDS
                                                                       for o in prep.children if o.dep_ == "pobj")
               for prep in verb.subtree if prep.dep_ == "prep")


# "the ministry of X" the entity recogniser left untyped is still an organisation that can promise
INSTITUTION_HEADS = {"ministry", "department", "agency", "authority", "commission", "council", "office", "bank",
                     "fund", "board", "corporation", "company", "directorate", "secretariat", "bureau", "service"}
JOINT_NOUNS = {"sides", "governments", "ministries", "countries", "nations", "parties", "states", "partners", "capitals"}


def as_actor(actor: Actor) -> Actor | None:
    """An actor that can promise: people, organisations, states, groups; an untyped name headed by an
    institution word ("Ministry of Investment") counts as an organisation."""
    if actor.type in ("person", "organization", "country", "group"):
        return actor
    words = actor.name.lower().split()
    if actor.type == "other" and len(words) > 1 and (words[0] in INSTITUTION_HEADS or words[-1] in INSTITUTION_HEADS):
        return Actor(actor.name, "organization", actor.code)
    return None


def named_firm(resolver: ActorResolver, tokens: list[Token]) -> Actor | None:
    """A subject named by two or more capitalised words the recogniser missed ("Adriatic Gateway
    Terminals will ..."): an organisation by its words."""
    if len(tokens) != 1 or tokens[0].pos_ != "PROPN" or tokens[0].ent_type_ not in ("", "ORG", "PRODUCT", "FAC"):
        return None
    tok = tokens[0]
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.text[:1].isupper()]
    if not words:
        return None
    found = resolver.resolve(tok, proper=True)
    if len(found) == 1 and found[0].type == "organization" and len(found[0].name.split()) > 1:
        return found[0]
    return None


def joint_actor(resolver: ActorResolver, tokens: list[Token]) -> Actor | None:
    """"Both sides will ...", "the two governments agreed to ...", "they" after such a phrase: the two
    states named in the sentence, else the two the article names most, as one joint actor."""
    if len(tokens) != 1:
        return None
    tok = tokens[0]
    if tok.lower_ == "they" and tok.tag_ == "PRP":
        sent = tok.sent
        doc = tok.doc
        window = doc[max(0, sent.start - 40):tok.i]
        heads = [t for t in window if _joint_noun(t)]
        if not heads:
            return None
        tok = heads[-1]
    elif not _joint_noun(tok):
        return None
    return _two_states(resolver, tok)


def _joint_noun(tok: Token) -> bool:
    if tok.lower_ not in JOINT_NOUNS or tok.tag_ != "NNS":
        return False
    return any(c.lower_ in ("both", "two") and c.dep_ in ("det", "nummod", "predet", "amod") for c in tok.children)


def _two_states(resolver: ActorResolver, near: Token) -> Actor | None:
    """The two states named in the sentence, else the only two named in it and the two before it."""
    table = resolver.table
    if table is None:
        return None
    sentence = near.sent
    doc = near.doc
    first = sentence.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    lo = doc[first].idx
    in_sentence: list[str] = []
    in_window: list[str] = []
    for mention in table.mentions_in(lo, sentence.end_char, ("country",)):
        actor = resolver.entity_at(mention.start, mention.end)
        if actor is None or actor.type != "country" or not actor.code:
            continue
        if actor.code not in in_window:
            in_window.append(actor.code)
        if mention.start >= sentence.start_char and actor.code not in in_sentence:
            in_sentence.append(actor.code)
    codes = in_sentence if len(in_sentence) == 2 else in_window if len(in_window) == 2 else None
    if codes is None:
        top = _top_two(resolver)  # no pair nearby: the two states the article is about, if they stand out
        if top is None or not set(in_window) <= set(top):
            return None
        codes = top
    return Actor(f"{country_name(codes[0])} and {country_name(codes[1])}", "group", None)


def _top_two(resolver: ActorResolver) -> list[str] | None:
    assert resolver.table is not None
    counts: dict[str, int] = {}
    for mention in resolver.table.mentions_in(0, len(resolver.document.text), ("country",)):
        actor = resolver.entity_at(mention.start, mention.end)
        if actor is not None and actor.type == "country" and actor.code:
            counts[actor.code] = counts.get(actor.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < 2 or (len(ranked) > 2 and ranked[2][1] >= ranked[1][1]):
        return None
    return [ranked[0][0], ranked[1][0]]


OWN_ORG_NOUNS = BUSINESS_NOUNS | {"institute", "organisation", "organization", "ministry", "party", "foundation",
                                  "association", "union", "council", "charity", "centre", "center", "think-tank"}


def own_organisation(resolver: ActorResolver, tokens: list[Token]) -> Actor | None:
    """"Her institute plans to ...", "his company will ...": the organisation that person works for."""
    if len(tokens) != 1 or tokens[0].pos_ != "NOUN" or noun_base(tokens[0].text) not in OWN_ORG_NOUNS:
        return None
    owners = [c for c in tokens[0].children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
    if not owners:
        return None
    people = resolver.resolve(owners[0])
    if len(people) != 1 or people[0].type != "person":
        return None
    return employer(resolver, people[0], tokens[0])


JOINT_BODIES = {"group", "committee", "commission", "council", "force", "taskforce", "panel", "team", "body",
                "secretariat", "board", "mechanism"}


def joint_body(tokens: list[Token]) -> Actor | None:
    """"A joint working group will identify the sites": a body the parties set up together."""
    if len(tokens) != 1 or tokens[0].pos_ != "NOUN" or tokens[0].lower_ not in JOINT_BODIES:
        return None
    tok = tokens[0]
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if not any(t.lower_ in ("joint", "bilateral") for m in mods for t in m.subtree):
        return None
    lo = min(t.i for m in mods for t in m.subtree)
    return Actor(tok.doc[lo:tok.i + 1].text, "group", None)
