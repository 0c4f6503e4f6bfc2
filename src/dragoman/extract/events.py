"""events@4: meetings, visits, agreements, statements, investments, financing, legislation, pledges.

Verb frames over the parse (``event_frames``): "met", "hosted", "held talks", "visited",
"travelled to", "signed", "announced agreements", "said", "introduced a bill", "invested", and
their nouns ("the president's visit to Peru", "a memorandum between A and B", "an investment from
X"). Actors are canonical entities, countries when the actor is a state. A person's or a body's statements
(a body's only when its sentence tells no other happening: "X signed ..., the bank said" is a source),
by a verb of saying or, a person's, by a quotation of six words or more, in one article make one
statement event, and none when that person's words are
already a pledge; each speaker of a joint statement made one. Each pledge of an office holder, or of
anyone with a deadline, is an event too (``legislation`` or ``meeting`` when that is what was
promised). Two parties agreeing to act ("A and B agreed to cut tariffs") is an agreement. Negated
and conditional clauses, and triggers inside a speaker's quotation marks, are left out ("would" under
a verb of saying is a future, not a condition); dated background stays with its date ("signed a
treaty in 2019", "the two signed ..."), and a "since" year dates nothing; "Established in 2015" (or "closed in 2011") is
an ``other`` event dated 2015 (and a measure taking effect on a date one of the state imposing it), whose actor is the founded or launching body when it is named, placed
at the towns its subject joins ("the section between A and B opened in 2017").
An event placed nowhere happens at a place its sentence names, where its speaker was placed the
sentence before, where the story is filed from (its dateline) or, without one, where the article
first places a meeting, signing or financing, else a visit; not when it happened before the story's
days ("In July, ..."). A trip's destination places a visit whatever the recogniser calls it, and a
proper name it leaves unlabelled after "in"/"at" places an event; a seat of government is placed in
its city ("the Kremlin" -> "Kremlin, Moscow").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dragoman.extract.actors import Actor, ActorResolver, resolver_for
from dragoman.extract.clauses import (
    compact_subtree,
    conjuncts,
    entity_range,
    is_negated,
    is_passive,
    mood,
    objects,
    prep_objects,
    subjects,
)
from dragoman.extract.datelines import dateline
from dragoman.extract.dates import DateMention
from dragoman.extract.document import Document
from dragoman.extract.event_frames import (
    FOUNDING_VERBS,
    LEGISLATION_NOUNS,
    LEGISLATURES,
    TRADE_MEASURES,
    content_of,
    noun_kind,
    participants,
    refers_back,
    verb_kind,
)
from dragoman.extract.frames import PLACE_PREPS, action_text, date_for, places, sentence_places, strip_span
from dragoman.extract.money import money_between
from dragoman.extract.quote_marks import find_quote_spans
from dragoman.extract.registry import extractor
from dragoman.extract.wordforms import register_verbs, verb_base
from dragoman.records import Event, Pledge

Token = Any
ACTOR_TYPES = ("person", "organization", "country")
EMPTY_OK = {"legislation", "other"}
DELEGATION_WORDS = {"delegation", "mission", "team", "officials", "executives", "envoys", "investors",
                    "delegates", "representatives"}
BOARD_WORDS = {"board", "directors", "management", "shareholders"}
OPERATION_WORDS = {"operating", "operations", "production", "producing", "service", "exports", "exporting", "running"}
HABITUAL = {"annual", "yearly", "monthly", "regular", "usual", "routine"}
TRIP_VERBS = {"visit", "travel", "fly", "tour", "head"}
HISTORY_VERBS = FOUNDING_VERBS | {"close", "shut", "demolish", "decommission", "dismantle"}  # "closed in 2011"
MEASURE_NOUNS = TRADE_MEASURES | LEGISLATION_NOUNS | {"control", "controls", "rule", "rules", "regulation",
                                                      "regulations", "restriction", "restrictions", "laws"}
TRIP_MAKING = {"begin", "start", "pay", "make", "conclude", "end", "wrap", "open", "undertake", "kick"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
SCENE_KINDS = {"meeting", "agreement", "financing", "investment"}
EVENT_PLACE_PREPS = PLACE_PREPS | {"off", "above", "outside", "along", "near"}  # "began operating off X"
ROUTE_PREPS = EVENT_PLACE_PREPS | {"between", "from"}  # "the section between A and B opened in 2022"
MEETING_ACTIONS = {"meet", "host", "hold", "convene", "chair", "welcome", "receive"}
register_verbs(MEETING_ACTIONS, TRIP_VERBS, TRIP_MAKING, HISTORY_VERBS)



@extractor("events", version=4, requires=("entities", "dates", "money", "quotes", "pledges"))
def extract_events(document: Document) -> list[Event]:
    if document.doc is None:
        return []
    resolver = resolver_for(document)
    pledgers = {p.actor for p in document.results.get("pledges", []) if isinstance(p, Pledge)}
    promises = {p.evidence for p in document.results.get("pledges", []) if isinstance(p, Pledge)}
    events: list[Event] = []
    nouns_used: set[int] = set()
    quoted = [(q.open, q.close) for q in find_quote_spans(document.text)]
    sources: set[str] = set()  # sentences that tell a happening
    for tok in document.doc:
        event = None
        if any(lo < tok.idx < hi for lo, hi in quoted):
            continue  # "We are financing more than rails," he said: words of a speaker, not a happening
        if tok.pos_ in ("VERB", "AUX"):
            event = _from_verb(document, resolver, tok, nouns_used, events)
        elif tok.i not in nouns_used:
            event = _from_noun(document, resolver, tok)
        if event is None:
            continue
        if event.kind in ("agreement", "financing") and tok.pos_ in ("VERB", "AUX") and refers_back(tok):
            told = next((e for e in reversed(events) if e.kind in ("agreement", "financing", "investment")), None)
            if told is not None and not (event.date and told.date and not _dates_agree(event.date, told.date)):
                # "the memorandum was signed in X by A and B": who and where of the last deal told
                _fold(told, event)
                sources.add(event.evidence)
                continue
        if event.kind == "meeting" and tok.pos_ == "VERB" and verb_base(tok.text) == "attend" and any(
                c.lower_ in ("the", "this") for o in objects(tok) for c in o.children):
            met = next((e for e in reversed(events) if e.kind == "meeting"), None)
            if met is not None and not (event.date and met.date and not _dates_agree(event.date, met.date)):
                _fold(met, event)  # "a delegation from X attended the meeting": one more at the table told
                continue
        promise = event.evidence in promises and len(event.actors) == 1  # "X said the board would finish ..."
        if event.kind == "statement" and (set(event.actors) & pledgers or promise or not all(
                _actor_type(resolver, a) in ("person", "organization") for a in event.actors)):
            continue  # statements of people and bodies, and not when their words are a pledge
        if event.kind == "statement" and len(event.actors) > 1:  # each speaker of a joint statement made one
            events.extend(event.model_copy(update={"actors": [actor]}) for actor in event.actors)
            continue
        events.append(event)
    events.extend(_quote_statements(document, resolver, events, pledgers))
    events.extend(_pledge_events(document, resolver))
    return _story_place(document, _merge(_without_sources(resolver, events, sources)))


def _without_sources(resolver: ActorResolver, events: list[Event], sources: set[str]) -> list[Event]:
    """A body "saying" a sentence that tells another happening is that happening's source ("X signed
    the loan on Monday, the bank said in a statement"), not a statement of its own."""
    told = sources | {e.evidence for e in events if e.kind != "statement"}
    return [e for e in events if not (e.kind == "statement" and e.evidence in told and all(
        _actor_type(resolver, a) == "organization" for a in e.actors))]


def _quote_statements(document: Document, resolver: ActorResolver, told: list[Event],
                      pledgers: set[str]) -> list[Event]:
    """A person quoted without a verb of saying ("X was upbeat. “This is ...”") made a statement too."""
    out: list[Event] = []
    spoke = {a for e in told if e.kind == "statement" for a in e.actors} | pledgers
    doc = document.doc
    for quote in document.results.get("quotes", []):
        speaker = getattr(quote, "speaker", None)
        if not speaker or speaker in spoke or quote.span is None or _actor_type(resolver, speaker) != "person":
            continue
        if len(quote.text.split()) < 6:
            continue  # "launches “a real community”": a phrase borrowed by the writer, not a statement made
        span = doc.char_span(quote.span[0], quote.span[1], alignment_mode="expand")
        if span is None:
            continue
        spoke.add(speaker)
        start, end = strip_span(document, span.sent.start_char, span.sent.end_char)
        out.append(Event(kind="statement", actors=[speaker], summary=f"{speaker} said {quote.text[:80]}",
                         evidence=document.text[start:end], span=(start, end)))
    return out


def _from_verb(document: Document, resolver: ActorResolver, verb: Token, nouns_used: set[int],
               told: list[Event] | None = None) -> Event | None:
    founding = _founding(document, verb)
    if founding is not None:
        return None if is_negated(verb) else founding
    in_force = _taking_effect(document, resolver, verb)
    if in_force is not None:
        return None if is_negated(verb) else in_force
    kind = verb_kind(verb)
    if kind is None or is_negated(verb):
        return None
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass", "attr"):
            nouns_used.add(obj.i)
    tense = mood(verb)
    if tense == "conditional" and _reported_future(verb):
        tense = "future"  # "said it would invest $1 billion": the future of reported speech, not a condition
    if tense in ("plan", "future") and kind == "visit" and _scheduled(document, verb):
        pass  # "is due to travel to Djibouti on Thursday": a scheduled trip is a visit
    elif tense == "plan" and kind in ("financing", "investment") and _agreed(verb) and (
            kind == "investment" or _names_money(document, verb) or verb_base(verb.text) == "extend"):
        pass  # "has agreed to lend $120 million", "agreed to extend its facility": the agreement is the news
    elif tense == "conditional" or (tense in ("plan", "future") and kind not in ("meeting", "investment")):
        return None
    if kind == "investment" and tense in ("plan", "future") and not any(
            t.ent_type_ in ("MONEY", "PERCENT") for t in verb.subtree):
        return None  # "will buy a 49 percent stake", "plans to spend $900 million", not "to invest in the region"
    if kind == "statement" and (verb.tag_ not in ("VBD", "VBZ", "VBP") or not content_of(verb)):
        return None
    if verb_base(verb.text) == "report" or verb.dep_ == "amod":
        return None
    participle = verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and (
        verb.dep_ in ("advcl", "acl") or any(c.dep_ == "nsubj" for c in verb.children))
    if kind in ("financing", "agreement", "investment", "legislation") and participle:
        return None  # "with the bank financing the signals", "signing agreements to sell power": a detail
    if kind == "financing" and any(c.lower_ in HABITUAL for o in objects(verb) for c in o.children):
        return None  # "provides an annual block grant": a standing arrangement, not a happening
    found = _actors(resolver, participants(verb, kind))
    if kind == "investment" and subjects(verb) and not is_passive(verb) and not _actors(resolver, subjects(verb)):
        return None  # "the fund will take its shares from X": X sells, the buyer is not named here
    if kind == "legislation":
        found += _legislatures(verb)
    if not found and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.pos_ in ("AUX", "VERB"):
        found = _actors(resolver, subjects(verb.head.head))  # "X is due to travel to Y", "X is set to sign"
    if kind == "statement" and any(s.ent_type_ == "PERSON" for s in subjects(verb)):
        found = [a for a in found if a.type == "person"]  # a person the table lacks is not their employer
    if kind == "statement":
        joint = len([t for s in subjects(verb) for t in conjuncts(s)]) > 1  # "A and B said in a joint statement"
        found = [a for a in found if a.type in ("person", "organization")][: 3 if joint else 1]
    actors = [a.name for a in found]
    if not actors and kind in ("agreement", "meeting") and told and _both_sides(verb):
        last = next((e for e in reversed(told) if e.kind == "meeting" and len(e.actors) >= 2), None) or next(
            (e for e in reversed(told) if e.kind == "agreement" and len(e.actors) == 2 and all(
                _actor_type(resolver, a) == "country" for a in e.actors)), None)  # "A and B signed ... and the two"
        actors = list(last.actors) if last else []  # "the two ministers signed an agreement": those who met
    if not actors and kind == "meeting" and told and any(
            s.lower_ in ("ministers", "leaders", "presidents") and {c.lower_ for c in s.children} == {"the"}
            for s in subjects(verb)):
        last = next((e for e in reversed(told) if e.kind == "meeting" and len(e.actors) >= 2 and e.date), None)
        when = date_for(document, verb)
        if last is not None and last.date and when is not None and when.value and not _dates_agree(
                last.date, when.value):
            actors = list(last.actors)  # "the ministers last met in May": the pair of the dated call told
    if not actors and kind not in EMPTY_OK:
        return None
    return _event(document, verb, kind, actors)


def _from_noun(document: Document, resolver: ActorResolver, noun: Token) -> Event | None:
    kind = noun_kind(noun)
    if kind is None:
        return None
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX") and is_negated(noun.head):
        return None  # "talks with X had not yet begun", "did not sign the deal"
    settings = ("during", "at", "after", "before", "ahead", "since") + (("for",) if kind == "meeting" else ())
    setting = noun.dep_ == "pobj" and noun.head.lower_ in settings  # "travel to X for talks": a purpose
    if setting and not (kind == "visit" and noun.head.text.lower() == "during" and _visitors(noun)):
        return None  # "during the visit": a setting, not the event reported; "during a visit by X" is X's visit
    if kind in ("investment", "financing"):
        lo, hi = compact_subtree(noun)
        start, end = noun.doc[lo].idx, noun.doc[hi - 1].idx + len(noun.doc[hi - 1])
        if not money_between(document, max(0, start - 40), end) or noun.tag_ == "NNS":
            return None
    found = participants(noun, kind) + (_visitors(noun) if kind == "visit" else [])
    actors = [a.name for a in _actors(resolver, found)]
    if kind == "legislation" and not actors:
        return _event(document, noun, kind, [])
    if not actors:
        return None
    return _event(document, noun, kind, actors)


def _visitors(noun: Token) -> list[Token]:
    """Who makes a visit told by its noun: "a visit to London by X" (the "by" hung on the verb),
    "X, who is on a two-day visit to India"."""
    found = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, "by")
    head = noun.head
    if noun.dep_ in ("dobj", "nsubj") and head.pos_ in ("VERB", "AUX"):
        found += prep_objects(head, "by")
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX"):
        found += subjects(head.head)  # "X is on a visit to Y", "X, on a visit to Y, said"
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and verb_base(head.text) in TRIP_MAKING:
        found += subjects(head)  # "X began a three-day visit to India", "X paid a visit to Y"
    if noun.dep_ == "pobj" and head.lower_ in ("during", "on") and head.head.pos_ in ("VERB", "AUX"):
        found += prep_objects(head.head, "by")
    return found


def _taking_effect(document: Document, resolver: ActorResolver, verb: Token) -> Event | None:
    """"export controls that take effect on January 1", "the tariffs enter into force in March": a
    measure coming into force on a date is an ``other`` event of the state that imposes it."""
    name = verb_base(verb.text)
    if not ((name == "take" and any(o.lower_ == "effect" for o in objects(verb))) or (
            name in ("enter", "come") and any(o.lower_ == "force" for o in prep_objects(verb, "into")))):
        return None
    measure = subjects(verb)
    if measure and measure[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        measure = [verb.head]
        if measure[0].lower_ not in MEASURE_NOUNS and measure[0].dep_ == "pobj":
            up = measure[0].head.head  # "controls on chips that take effect": the controls
            measure = [up] if up.pos_ in ("NOUN", "PROPN") else objects(up)[:1]
    if not measure or measure[0].lower_ not in MEASURE_NOUNS:
        return None
    date = date_for(document, verb, inherit=False)
    if date is None or not date.value:
        return None
    parts = [c for c in measure[0].children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    actors = [a.name for a in _actors(resolver, parts) if a.type in ("country", "organization")]
    lo, hi = compact_subtree(measure[0])
    summary = f"{verb.doc[lo:hi].text} {action_text(verb, max_tokens=10)}"
    return _event(document, verb, "other", actors, summary=summary, date=date)


def _founding(document: Document, verb: Token) -> Event | None:
    """"Established in 2015, the forum ..." / "X was founded in 1998": an ``other`` event."""
    starts = verb_base(verb.text) in ("begin", "began", "start", "commence") and any(
        c.dep_ in ("xcomp", "dobj") and c.lower_ in OPERATION_WORDS for c in verb.children)
    if (verb_base(verb.text) not in HISTORY_VERBS and not starts) or verb.tag_ not in ("VBN", "VBD"):
        return None  # "was founded in 1998", "began operating in 2018", "was closed in 2011"
    date = date_for(document, verb, inherit=False)
    if date is None and starts:
        date = next((d for c in verb.children if c.dep_ == "xcomp"
                     for d in [date_for(document, c, inherit=False)] if d is not None), None)
    if date is None or not date.explicit_year or date.granularity == "none":
        return None
    thing = subjects(verb) or ([verb.head] if verb.dep_ in ("acl",) else [])
    if verb.dep_ == "advcl" and not thing:
        thing = subjects(verb.head)
    if not thing:
        return None
    if thing[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        thing = [verb.head]  # "an oil pipeline, which was inaugurated in 2006"
    trim = verb.dep_ in ("relcl", "acl") and thing[0].i == verb.head.i
    also = ""
    if thing[0].dep_ == "appos" and thing[0].pos_ == "NOUN":
        also = verb.doc[thing[0].left_edge.i: thing[0].i + 1].text  # "a pontoon bridge built in 1994" says what
        thing, trim = [thing[0].head], True  # "the Council (SIFC), a civil-military body set up in June 2023"
    lo, hi = compact_subtree(thing[0])
    if trim:
        lo, hi = thing[0].left_edge.i, thing[0].i + 1
    name = str(verb.doc[lo:hi].text).strip() + (f", {also}" if also else "")
    if name.lower().startswith("the "):
        name = name[4:]
    summary = f"{name} {verb.text.lower()} {date.text}"
    if not is_passive(verb):  # "Oman launched its first auction in 2022", "a railway opened to freight in 2017"
        summary = f"{name} {action_text(verb, max_tokens=14)}"
    actors = [a.name for a in _actors(resolver_for(document), thing[:1])]
    where = places(document, verb, EVENT_PLACE_PREPS) or places(document, thing[0], ROUTE_PREPS)
    return _event(document, verb, "other", actors, summary=summary, date=date, where=where)


def _actors(resolver: ActorResolver, tokens: list[Token]) -> list[Actor]:
    out: list[Actor] = []
    found: list[Actor] = []
    line = dateline(resolver.document)
    tokens = tokens + [c for tok in tokens for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                       for c in conjuncts(a)]  # "state miner X and Korea's Y signed": X and Y
    for tok in tokens:  # a person or organisation the recogniser saw but the table lacks still counts
        if line is not None and tok.idx < line.end:
            continue  # "MUSCAT — The fund ...": the dateline parsed as a subject
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "the minister, who travelled to Tbilisi": the minister
        named = resolver.resolve(tok, proper=tok.ent_type_ in ("PERSON", "ORG"))
        if not named and tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass"):
            named = _speaking_body(resolver, tok)
        if not named and tok.lower_ in BOARD_WORDS:  # "the World Bank's board approved": the bank acts
            named = [a for c in tok.children if c.dep_ == "poss" for a in resolver.resolve(c, proper=True)
                     if a.type == "organization"]
        if not named and tok.lower_ in DELEGATION_WORDS:  # "a Belgian trade mission", "a delegation from X"
            for part in [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")] + \
                    prep_objects(tok, "from", "of"):
                named += [a for a in resolver.resolve(part, proper=part.ent_type_ == "ORG")
                          if a.type in ("organization", "country")]
        found += named
    for actor in found:
        if actor.type in ACTOR_TYPES and all(a.name != actor.name for a in out):
            out.append(actor)
    return out


def _names_money(document: Document, verb: Token) -> bool:
    """An amount stands in the verb's phrase ("to lend INR 1,200 crore", "$120 million")."""
    lo, hi = verb.left_edge.i, verb.right_edge.i
    start, end = verb.doc[lo].idx, verb.doc[hi].idx + len(verb.doc[hi])
    return any(t.ent_type_ == "MONEY" for t in verb.subtree) or bool(money_between(document, start, end))


def _reported_future(verb: Token) -> bool:
    """"would" under a verb of saying, with no "if" beside it."""
    return verb.dep_ == "ccomp" and verb_kind(verb.head) == "statement" and any(
        c.lower_ == "would" for c in verb.children) and not any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in verb.children)


def _speaking_body(resolver: ActorResolver, pronoun: Token) -> list[Actor]:
    """"X said it would invest ...": "it" is the organisation that said so."""
    clause = pronoun.head
    said = clause.head
    if clause.dep_ != "ccomp" or said.pos_ not in ("VERB", "AUX") or verb_kind(said) != "statement":
        return []
    return [a for s in subjects(said) for a in resolver.resolve(s, proper=s.ent_type_ == "ORG")
            if a.type == "organization"][:1]


def _event(document: Document, trigger: Token, kind: str, actors: list[str], *, summary: str | None = None,
           date: DateMention | None = None, where: list[str] | None = None) -> Event:
    sentence = trigger.sent
    date = date or date_for(document, trigger)
    if date is not None and date.prep == "since":
        date = None  # "has visited the country since 2019": the start of a span, not the day it happened
    where = places(document, trigger, EVENT_PLACE_PREPS) if where is None else where
    where = where or _unlabelled_places(document, trigger, kind)
    if summary is None:
        text = action_text(trigger, max_tokens=18)
        active = trigger.pos_ in ("VERB", "AUX") and not is_passive(trigger)
        summary = f"{' and '.join(actors)} {text}".strip() if active else text
    start, end = strip_span(document, sentence.start_char, sentence.end_char)
    return Event(date=date.value if date else None, date_text=date.text if date else None, kind=kind,  # type: ignore[arg-type]
                 actors=actors, location=", ".join(where) or None, summary=summary,
                 evidence=document.text[start:end], span=(start, end))


def _unlabelled_places(document: Document, trigger: Token, kind: str) -> list[str]:
    """A proper name the recogniser left unlabelled that a happening is "in" ("signed ... in Brno"), or
    the destination of a trip whatever its label ("travels to Karachi"), unless it names a person or a
    known body."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    return _proper_places(document, list(trigger.children), kind)


def _proper_places(document: Document, preps: list[Token], kind: str) -> list[str]:
    found: list[str] = []
    table = document.entity_table
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "to"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
                continue
            trip = kind == "visit" and prep.lower_ in ("to", "in") and obj.ent_type_ in ("ORG", "GPE", "")
            if not trip and (obj.ent_type_ or prep.lower_ == "to" or any(
                    c.dep_ in ("compound", "poss", "amod", "det") for c in obj.children)):
                continue  # "in Brno", not "to Ice Cap Minerals" or "at the Prime Minister's Office"
            lo, hi = entity_range(obj)
            name = str(obj.doc[lo:hi].text).strip(" ,.")
            known = table.find(name, ("person",) if trip else ("person", "organization")) if table else None
            if known is None and name and not any(w.isupper() and len(w) > 1 for w in name.split()):
                found.append(name)
    return found


def _pledge_events(document: Document, resolver: ActorResolver) -> list[Event]:
    """A pledge of a person or organisation is an event: ``legislation`` or ``meeting`` when that is what they promised."""
    out: list[Event] = []
    doc = document.doc
    for pledge in document.results.get("pledges", []):
        if not isinstance(pledge, Pledge) or pledge.span is None:
            continue
        actor = _actor_type(resolver, pledge.actor)
        if actor not in ("person", "organization"):
            continue
        if len(pledge.action.split()) < 3:
            continue  # "to follow", "to behave": too little said to be an event
        if not pledge.deadline and not resolver.holds_office(pledge.actor):
            continue  # an open-ended intention of a company or private person is not yet an event
        words = [w.lower().strip(".,") for w in pledge.action.split()]
        first = verb_base(words[0])
        lawmaking = set(words) & {"repeal", "repealing", "legislative", "legislate", "enact", "ratify"} or (
            set(words[1:]) & LEGISLATION_NOUNS)  # "to act" is not an act
        kind = "legislation" if lawmaking else ("meeting" if first in MEETING_ACTIONS else "pledge")
        span = doc.char_span(pledge.span[0], pledge.span[1], alignment_mode="expand")
        said = _said_date(document, span) if span is not None else None
        where: list[str] = []
        trip = next((t for t in span if t.pos_ == "VERB" and verb_base(t.text) == first), None) if span else None
        if first in TRIP_VERBS and trip is not None and _scheduled(document, trip):
            kind, said, where = "visit", date_for(document, trip, inherit=False), places(document, trip)
        out.append(Event(date=said.value if said else None, date_text=said.text if said else None, kind=kind,  # type: ignore[arg-type]
                         actors=[pledge.actor], location=", ".join(where) or None,
                         summary=f"{pledge.actor} to {pledge.action}", evidence=pledge.evidence, span=pledge.span))
    return out


def _both_sides(verb: Token) -> bool:
    """The subject is the pair already told of: "the two ministers", "both sides", "the leaders"."""
    for subject in subjects(verb):
        dets = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "predet")}
        if subject.lower_ in ("sides", "ministers", "leaders", "presidents", "countries", "governments",
                              "delegations", "officials") and dets & {"two", "both"}:
            return True
        if subject.lower_ == "both" or (subject.lower_ == "two" and dets & {"the"}):
            return True  # "in 2019 the two signed a treaty"
    return False


def _legislatures(verb: Token) -> list[Actor]:
    """The chamber that acts, by its own name ("Georgia's parliament" -> "Parliament"), beside the
    state it belongs to."""
    out: list[Actor] = []
    for subject in subjects(verb):
        if subject.lower_ not in LEGISLATURES or subject.pos_ != "NOUN" or subject.tag_ == "NNS":
            continue
        words = [t.text for t in subject.doc[subject.left_edge.i: subject.i + 1]
                 if t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "PROPN")] + [subject.text]
        out.append(Actor(" ".join(w[:1].upper() + w[1:] for w in words), "organization", None))
    return out


def _agreed(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and verb_base(head.text) in ("agree", "commit") and mood(head) in ("past", "present")


def _scheduled(document: Document, verb: Token) -> bool:
    """A trip with a date within about a month of publication ("on Thursday", "this week", "next
    month"), not an intention for "the coming year"."""
    when = date_for(document, verb, inherit=False)
    if when is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        when = date_for(document, verb.head, inherit=False)  # "On Thursday, X is scheduled to travel to Y"
    if when is None or not when.value or document.published is None:
        return False
    published = document.published
    if len(when.value) == 10:
        return abs((dt.date.fromisoformat(when.value) - published).days) <= 31
    if len(when.value) == 7:
        year, month = (int(x) for x in when.value.split("-"))
        return 0 <= (year - published.year) * 12 + month - published.month <= 1
    return False


def _actor_type(resolver: ActorResolver, name: str) -> str | None:
    table = resolver.table
    if table is None:
        return None
    entity = table.find(name)
    return entity.type if entity is not None else None


def _said_date(document: Document, span: Any) -> DateMention | None:
    """The date of the announcing verb of a sentence ("said on Wednesday"), not of the promised act."""
    root = span.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    return date_for(document, root, inherit=False)


def _story_place(document: Document, events: list[Event]) -> list[Event]:
    """An event its own clause places nowhere happened at a place its sentence names ("..., as he hosted
    them at a reception in Washington"), else where the story is filed from (its dateline), unless it is
    background (``other``, or dated before last year)."""
    floor = document.published.year - 1 if document.published else 0
    current = [e for e in events if e.kind != "other" and not (e.date and int(e.date[:4]) < floor)]
    for event in current:
        if not event.location and event.span:  # a place the sentence names under another verb comes first
            event.location = ", ".join(sentence_places(document, *event.span)) or None
        if not event.location and event.span and document.doc is not None:
            span = document.doc.char_span(*event.span, alignment_mode="expand")
            event.location = ", ".join(_proper_places(document, list(span or []), "other")) or None
        if not event.location and event.kind == "statement" and event.span:
            event.location = _speaker_placed_before(document, event)
    line = dateline(document)
    told = sorted(current, key=lambda e: e.span or (0, 0))
    place = line.place if line else next((e.location for e in told if e.location and e.kind in SCENE_KINDS),
                                         None) or next((e.location for e in told if e.location and e.kind == "visit"),
                                                       None)  # "X visits Hanoi": what else it tells happened there
    recent = (document.published - dt.timedelta(days=10)).isoformat() if document.published else None
    for event in current:
        if recent and event.date and len(event.date) >= 7 and event.date < recent[:len(event.date)]:
            continue  # "In July, X signed ...": an earlier happening is not placed by where today's story is
        event.location = event.location or place
    return events


def _speaker_placed_before(document: Document, event: Event) -> str | None:
    """Words said right after the sentence that put their speaker somewhere were said there ("The
    minister presented the award in Santiago. “...,” the minister said")."""
    doc = document.doc
    span = doc.char_span(*event.span, alignment_mode="expand") if doc is not None and event.span else None
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1].sent
    if "\n" in document.text[before.end_char:span.start_char]:
        return None  # another paragraph
    names = {a.split()[-1] for a in event.actors if a.split()}
    if not names & {t.text for t in before}:
        return None
    return ", ".join(sentence_places(document, before.start_char, before.end_char)) or None


def _merge(events: list[Event]) -> list[Event]:
    """One event per kind and shared actor when dates and places do not disagree."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _same(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        _fold(twin, event)
    return kept


def _dates_agree(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _fold(twin: Event, event: Event) -> None:
    """``event`` tells more of ``twin``: its date, place and actors fill what ``twin`` lacks."""
    twin.date = twin.date or event.date
    twin.date_text = twin.date_text or event.date_text
    twin.location = twin.location or event.location
    for actor in event.actors:
        if actor not in twin.actors:
            twin.actors.append(actor)


def _same(a: Event, b: Event) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "statement":
        return a.actors == b.actors
    shared = set(a.actors) & set(b.actors)
    if not shared:
        return a.kind in EMPTY_OK and (not a.actors or not b.actors) and a.evidence == b.evidence and not (
            a.date and b.date and not _dates_agree(a.date, b.date))
    if len(shared) < 2 and not (set(a.actors) <= set(b.actors) or set(b.actors) <= set(a.actors)):
        return False  # one side in common, different counterparts: two meetings, two deals
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    return not (a.location and b.location and a.location != b.location)
