"""pledges@6: future commitments by a named actor, with the action, targets and a deadline.

Shapes recognised on the parse (``pledge_frames``): "X will build ...", "X plans / intends /
pledged / vowed / promised / agreed / is set to <verb>", "X has committed to <verb>ing (and to
<verb>ing)", "X announced plans / his intention / efforts to <verb>", "X's pledge / plan to <verb>",
"X announced (that) he would <verb>", "A said X would ..., while Y would ...", "X promised that it
will not ..." (a promise not to act), and headlines "X to <verb> ...". First-person subjects inside
quotations take the quotation's speaker. Actors: "both sides" / "the two governments" / "they" after
them are the two states named nearby; "her institute" is the organisation she works for; a firm
name the recogniser missed is still a firm; "It said" after a statement speaks for its author.
Not pledges: negated or conditional clauses, predictions ("analysts expect X will ..."), states of
being ("will be", "will remain"), what a thing will do in a speaker's report ("the link would let
traders ...") unless dated, open choices ("will decide whether", "will consider"), standing roles
("will oversee the projects"), itineraries ("will meet Minister Y"), terms of a deal ("under the
contract's terms"), promises dated to an earlier year. The deadline is a date inside the action
("in the coming year" -> the next year), a start after it (", beginning in October"), a season
("next spring") or the decade's end; a bare month already past this year is next year's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dragoman.extract.actors import Actor, ActorResolver, resolver_for
from dragoman.extract.clauses import children, is_negated, mood, prep_objects, subjects
from dragoman.extract.dates import dates_between
from dragoman.extract.document import Document
from dragoman.extract.frames import action_range, strip_span
from dragoman.extract.geo import country_name
from dragoman.extract.money import money_between
from dragoman.extract.pledge_actors import (
    BUSINESS_NOUNS,
    as_actor,
    business_subject,
    doer,
    home_government,
    home_ministry,
    is_transaction,
    joint_actor,
    joint_body,
    main_country,
    named_firm,
    own_organisation,
    subnational_government,
)
from dragoman.extract.pledge_words import (
    ANNOUNCE_VERBS,
    CONDITIONS,
    DELIVERABLES,
    FORECAST_VERBS,
    HOLD_OBJECTS,
    MEETING_ACTIONS,
    NON_ACTIONS,
    OWNED_PLAN_NOUNS,
    PLAN_NOUNS,
    PLAN_VERBS,
    PREDICT_VERBS,
    PREDICT_WORDS,
    REPORT_VERBS,
    REPORTED_PLAN_VERBS,
    SCHEDULE_WORDS,
    STRONG_VERBS,
    TAKE_OBJECTS,
    TRAVEL,
)
from dragoman.extract.regions import targets_in
from dragoman.extract.registry import extractor
from dragoman.extract.wordforms import base, noun_base, register_verbs, verb_base
from dragoman.records import Pledge

Token = Any




@dataclass
class PledgeFrame:
    actor: Actor
    verb: Token  # head of the action
    cue: Token  # the word that makes it a commitment (will, plans, pledge ...)


@extractor("pledges", version=6, requires=("entities", "quotes", "dates", "money"))
def extract_pledges(document: Document) -> list[Pledge]:
    if document.doc is None:
        return []
    resolver = resolver_for(document)
    out: list[Pledge] = []
    seen: set[tuple[int, str]] = set()
    frames: list[PledgeFrame] = []
    for frame in pledge_frames(document, resolver):
        if (frame.verb.i, frame.actor.name) in seen:
            continue
        seen.add((frame.verb.i, frame.actor.name))
        frames.append(frame)
    for frame in _joint(frames):
        pledge = _pledge(document, frame)
        if pledge is not None:
            out.append(pledge)
    return _dedupe(out)


def _joint(frames: list[PledgeFrame]) -> list[PledgeFrame]:
    """"India and the UAE agreed to ...", "ministers of A, B and C will ...": one joint promise of the
    named states or organisations together, not one per name."""
    out: list[PledgeFrame] = []
    for frame in frames:
        twin = next((f for f in out if f.verb.i == frame.verb.i and f.cue.i == frame.cue.i), None)
        if twin is None:
            out.append(frame)
            continue
        names = twin.actor.name.split(" and ")
        joined = ", ".join([*names[:-1], names[-1]] if len(names) > 1 else names)
        twin.actor = Actor(f"{joined} and {frame.actor.name}", "group", None)
    return out


def pledge_frames(document: Document, resolver: ActorResolver) -> Iterator[PledgeFrame]:
    for tok in document.doc:
        if tok.pos_ in ("VERB", "AUX"):
            yield from _verb_frames(resolver, tok)
            yield from _money_or_target_frames(document, resolver, tok)
            yield from _assigned_frames(resolver, tok)
        elif tok.pos_ in ("NOUN", "PROPN") and base(tok) in OWNED_PLAN_NOUNS:
            yield from _noun_frames(resolver, tok)
        elif tok.pos_ == "ADJ" and tok.lower_ in COMMITTED_WORDS and tok.dep_ == "acomp":
            action = _infinitive(tok)  # "Chile is committed to doubling lithium output by 2030"
            if action is not None and _is_action(action, strict=False) and not is_negated(tok.head):
                yield from _frames(resolver, tok.head, action, tok)


def _assigned_frames(resolver: ActorResolver, tok: Token) -> Iterator[PledgeFrame]:
    """"The operator is to replace the signalling by 2028": a task assigned to the subject."""
    if tok.pos_ != "AUX" or tok.lower_ not in ("is", "are") or tok.dep_ not in ("ROOT", "conj", "ccomp"):
        return
    action = _infinitive(tok)
    if action is None or action.dep_ != "xcomp" or not subjects(tok) or not _is_action(action) or \
            any(c.dep_ == "auxpass" for c in action.children) or is_negated(tok) or _conditional(tok) or \
            _uncertain(tok) or _question(tok):
        return
    yield from _frames(resolver, tok, action, tok, report=_report_head(tok))


COMMITTED_WORDS = {"committed", "determined", "resolved", "bound", "obliged", "obligated"}
MONEY_PLEDGE_VERBS = {"pledge", "promise"}  # "has committed $60m": financing granted
register_verbs({"target"})


def _money_or_target_frames(document: Document, resolver: ActorResolver, tok: Token) -> Iterator[PledgeFrame]:
    """"Egypt has pledged $500 million to the fund" (a sum promised), "Tanzania targets 1 million
    tonnes of graphite by 2030" (a dated target)."""
    name = verb_base(tok.text)
    if name not in MONEY_PLEDGE_VERBS and name != "target":
        return
    if is_negated(tok) or _uncertain(tok) or _question(tok) or _conditional(tok) or _infinitive(tok) is not None:
        return
    objs = children(tok, "dobj")
    if not objs:
        return
    lo, hi = objs[0].left_edge.idx, objs[0].right_edge.idx + len(objs[0].right_edge.text)
    if name == "target":
        if tok.tag_ not in ("VBZ", "VBP") or not any(d.value for d in dates_between(document, tok.idx, tok.sent.end_char)):
            return
    elif not money_between(document, lo, hi):
        return
    yield from _frames(resolver, tok, tok, tok, report=_report_head(tok))


def _verb_frames(resolver: ActorResolver, tok: Token) -> Iterator[PledgeFrame]:
    name = verb_base(tok.text)
    aux = {c.text.lower().replace("\u2019", "'") for c in tok.children if c.dep_ == "aux"}
    if not aux and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        aux = {c.text.lower() for c in tok.head.children if c.dep_ == "aux"} & {"will", "would", "shall"}
        # "would take a decision within six months and deliver first gas by 2029": one modal, two acts
    if not (aux & {"will", "shall", "'ll", "would", "to"} or name in CUE_VERBS):
        return  # most verbs: no cue of a commitment, nothing more to look at
    report = _report_head(tok)
    if (is_negated(tok) and not _sworn_refusal(tok, report)) or _uncertain(tok) or _question(tok):
        return
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if (aux & {"will", "shall", "'ll"} or (report is not None and "would" in aux)) and name not in PLAN_VERBS:
        if "have" in aux or (passive and (report is None or (
                name not in DELIVERABLES and verb_base(report.text) not in SWORN_REPORTS))):
            return  # "will have sustained" (a forecast), "will be presented" (not the subject's act)
        if not (_is_action(tok) or _be_at_place(tok)) or _conditional(tok):
            return
        if report is None and _embedded_prediction(resolver, tok):
            return
        if _superlative_head(tok):
            return  # "the most important thing we will build": praise of a thing, not a promise
        if report is None and _role(tok) and not _dated(resolver.document, tok):
            return  # "X will oversee the projects", "X will act as intermediary": a role, not a promise
        if name == "meet" and any(c.dep_ == "dobj" and any(t.ent_type_ == "PERSON" for t in c.subtree)
                                  for c in tok.children):
            return  # "in Nairobi he will meet the finance minister": an itinerary, not a promise
        if name == "lead" and any(c.dep_ == "dobj" and c.lower_ in ("delegation", "delegations") for c in tok.children):
            return  # "he would lead the delegation": attendance at a meeting, not a promise
        yield from _frames(resolver, tok, tok, tok, report=report, passive=passive)
        return
    planned = name in PLAN_VERBS or (report is not None and name in REPORTED_PLAN_VERBS) or (
        name == "expect" and not passive and tok.tag_ != "VBN")  # "X expects to ...", not "X is expected to"
    scheduled = name in SCHEDULE_WORDS and any(c.dep_ in ("auxpass", "aux") for c in tok.children) and \
        tok.tag_ in ("VBN", "JJ") and not (name in ANNOUNCE_VERBS and _infinitive(tok) is None)
    if planned or scheduled:
        if mood(tok) == "conditional" or _conditional(tok) or (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl")):
            return
        if tok.tag_ == "VBN" and "had" in aux:
            return  # "had planned to": a plan of the past
        if tok.tag_ in ("VBD", "VBN") and _dated_before(resolver.document, tok):
            return  # "in 2019, Chile promised to ...": a promise of an earlier year, not news
        action = _infinitive(tok)
        if action is None or not _is_action(action, strict=False) or is_negated(action) or _conditional(action) \
                or _on_condition(action):
            return  # "vowed to retaliate if X imposed tariffs": a threat on a condition
        if name in SCHEDULE_WORDS and verb_base(action.text) in MEETING_ACTIONS:
            return  # "the presidents are set to meet ...": a scheduled event, not a commitment
        if name in TIMETABLE_WORDS and verb_base(action.text) in TRAVEL:
            return  # "on Thursday he is scheduled to travel to X": a stop on an itinerary
        if passive and name in ("commit", "oblige", "bind"):  # "Chile is committed to doubling ...": Chile's
            owners = subjects(tok) or [c for a in tok.children if a.dep_ in ("aux", "auxpass")
                                       for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
            for act in [action, *_more_actions(action)]:
                yield from _frames(resolver, None, act, tok, owners=owners)
            return
        for act in [action, *_more_actions(action)]:
            yield from _frames(resolver, tok, act, tok, groups=name in STRONG_VERBS, report=report)
        return
    if aux & {"to"} and tok.dep_ in ("relcl", "acl") and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN",
                                                                                                      "PROPN"):
        if _is_action(tok):  # headline: "Minister to visit Kenya next week"
            yield from _frames(resolver, None, tok, tok, owners=[tok.head])
        return
    if name in ANNOUNCE_VERBS and tok.dep_ == "amod" and base(tok.head) in PLAN_NOUNS:
        action = _infinitive(tok.head)  # "X's announced plan to repeal ..."
        if action is not None and _is_action(action, strict=False):
            owners = subjects(tok) or [c for c in tok.head.children if c.dep_ == "poss"]
            yield from _frames(resolver, None, action, tok.head, owners=owners)
        return
    if name in ANNOUNCE_VERBS and not _conditional(tok):
        for obj in children(tok, {"dobj", "nsubjpass"}):
            if base(obj) in PLAN_NOUNS and not any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in obj.children):
                # "both sides reaffirmed their commitment to ...": the subject's own commitment
                action = _infinitive(obj)
                if action is not None and _is_action(action, strict=False):
                    yield from _frames(resolver, tok, action, obj)


def _more_actions(action: Token) -> list[Token]:
    """"committed to launching the tender and to completing the line": the second act too."""
    out = []
    for tok in action.conjuncts:
        if tok.i > action.i and tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VB", "VBG") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and _is_action(tok, strict=False):
            out.append(tok)
    for prep in children(action, "conj"):  # "launching X and to completing Y": conj of the preposition
        if prep.lower_ == "to":
            out += [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    return out


# speech verbs that declare a decision rather than relay a view: what they report is the subject's plan
DECLARING_REPORTS = {"announce", "confirm", "declare"}
CUE_VERBS = PLAN_VERBS | REPORTED_PLAN_VERBS | SCHEDULE_WORDS | ANNOUNCE_VERBS
TIMETABLE_WORDS = {"scheduled", "slated"}
CONTRAST_MARKS = {"while", "whereas", "whilst"}
# "X promised that 70 percent of the jobs would be filled locally": a passive promise is still the speaker's
SWORN_REPORTS = {"promise", "pledge", "vow", "guarantee", "assure", "swear"}
# "the two ministers agreed that A and B would ...": what the parties agreed to do is their joint promise
AGREE_REPORTS = {"agree"}
register_verbs(SWORN_REPORTS, AGREE_REPORTS)


def _report_head(tok: Token) -> Token | None:
    """The speech verb a clause is reported under ("X said [the ministry would ...]"), through "and"."""
    cur = tok
    for _ in range(3):
        if (cur.dep_ == "conj" or (cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in cur.children))) and cur.head.i != cur.i:
            cur = cur.head  # "said A would ..., while B would ...": both under the one speech verb
            continue
        if cur.dep_ == "ccomp" and verb_base(cur.head.text) in REPORT_VERBS | AGREE_REPORTS:
            return cur.head  # type: ignore[no-any-return]
        return None
    return None


def _be_at_place(verb: Token) -> bool:
    """"I will be in North-Western Province before July": a promised visit."""
    return verb_base(verb.text) == "be" and any(
        obj.ent_type_ in ("GPE", "LOC", "FAC") for obj in prep_objects(verb, "in", "at"))


def _noun_frames(resolver: ActorResolver, noun: Token) -> Iterator[PledgeFrame]:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return
    action = _infinitive(noun)
    if action is None or not _is_action(action) or is_negated(action):
        return
    yield from _frames(resolver, None, action, noun, owners=owners)


def _is_action(verb: Token, *, strict: bool = True) -> bool:
    """A verb that does something (not "be", "remain", "own"); "hold" only for talks and the like.
    After "intends to" or "plans to" (not ``strict``) seeing and looking are acts too."""
    name = verb_base(verb.text)
    if name == "hold":
        return any(c.dep_ == "dobj" and c.text.lower() in HOLD_OBJECTS for c in verb.children)
    if name == "take" and any(c.dep_ == "dobj" and c.lower_ in TAKE_OBJECTS for c in verb.children):
        return True  # "take a final investment decision", "take steps to ..."
    if name == "take" and any(c.dep_ == "prt" and c.lower_ in ("on", "over", "up") for c in verb.children):
        return True  # "take on new debt", "take over the port"
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if name == "have" and objs and any(o.lower_ in RUNNING_WORDS for t in [verb, *objs]
                                       for o in prep_objects(t, "in", "into")):
        return True  # "aim to have the line in service by 2030": to bring it into use
    if name == "look" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return True  # "will look for a new buyer": a search undertaken
    if not strict and name in ("see", "look", "find", "meet", "help", "take"):
        return True
    if name in ("require", "oblige", "force") and any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True  # "will require miners to process ore at home": a rule imposed
    return name not in NON_ACTIONS


RUNNING_WORDS = {"service", "operation", "place", "production", "use"}


def _infinitive(tok: Token) -> Token | None:
    """The "to <verb>" (or "to <verb>ing") complement of a plan verb or noun."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "acl", "relcl", "advcl") and child.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
            return child
    for obj in prep_objects(tok, "to"):
        if obj.tag_ == "VBG":
            return obj
    for prep in children(tok, "prep"):  # "is committed to doubling ...": the gerund as the preposition's complement
        if prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                    return obj
    if base(tok) in ("target", "goal", "aim", "ambition"):  # "set a target of producing ..."
        for prep in children(tok, "prep"):
            if prep.lower_ == "of":
                for obj in prep.children:
                    if obj.tag_ == "VBG" and obj.dep_ in ("pcomp", "pobj"):
                        return obj
    return None


def _frames(resolver: ActorResolver, subject_of: Token | None, verb: Token, cue: Token, *,
            groups: bool = False, report: Token | None = None, passive: bool = False,
            owners: list[Token] | None = None) -> Iterator[PledgeFrame]:
    """Frames for each actor of ``subject_of`` (or of ``owners``). Under a speech verb ("X said the
    ministry would ..."), the promise is the speaker's unless another named actor is its subject."""
    tokens = owners if owners is not None else (subjects(subject_of) if subject_of is not None else [])
    tokens = [_named_in_apposition(t) for t in tokens]
    if subject_of is not None and report is not None:
        tokens = _joined_subject(subject_of, tokens)
    actors = [x for a in resolver.resolve_all(tokens, groups=groups) if (x := as_actor(a)) is not None]
    joint = joint_actor(resolver, tokens) if not actors or all(a.type == "group" for a in actors) else None
    if joint is not None:
        actors = [joint]  # "both sides will ...", "the two governments agreed to ..."
    elif not actors:
        firm = named_firm(resolver, tokens) or own_organisation(resolver, tokens) or joint_body(tokens) or \
            home_ministry(resolver, tokens) or subnational_government(resolver, tokens)
        actors = [firm] if firm is not None else []  # "Adriatic Port Works will ...", "her institute plans to ..."
    if report is not None and verb_base(report.text) in AGREE_REPORTS and not passive and actors and \
            all(a.type in ("country", "organization", "group") for a in actors) and \
            verb_base(verb.text) not in FORECAST_VERBS:
        for actor in actors:  # "the ministers agreed that Chile and Peru would ...": the two states' promise
            yield PledgeFrame(actor=actor, verb=verb, cue=cue)
        return
    speakers = [] if report is None else [
        x for a in resolver.resolve_all(_speaker_tokens(report)) if (x := as_actor(a)) is not None and x.type != "group"]
    ministry = home_ministry(resolver, _speaker_tokens(report)) if report is not None and not speakers else None
    if ministry is not None and not passive and not actors and \
            all(t.lower_ in ("it", "they") for t in tokens) and verb_base(verb.text) not in FORECAST_VERBS:
        yield PledgeFrame(actor=ministry, verb=verb, cue=cue)  # "the ministry said it would publish ..."
        return
    if speakers:
        if verb_base(verb.text) in FORECAST_VERBS:
            return  # "X said growth would slow": a forecast
        if joint is not None:
            yield PledgeFrame(actor=joint, verb=verb, cue=cue)
            return
        if actors and cue.i != verb.i and verb_base(cue.text) in STRONG_VERBS and \
                any(a.type in ("country", "organization", "group") for a in actors):
            for actor in actors:  # "Chile pledged to cut emissions, the president said": Chile's own pledge
                yield PledgeFrame(actor=actor, verb=verb, cue=cue)
            return
        if not passive and actors and report is not None and verb_base(report.text) in DECLARING_REPORTS and \
                all(a.type in ("country", "organization") for a in actors) and \
                verb_base(verb.text) not in FORECAST_VERBS:
            for actor in actors:  # "Minister X announced that Canada will open ...": Canada's own plan
                yield PledgeFrame(actor=actor, verb=verb, cue=cue)
            return
        if not passive and not actors and _thing(tokens) and not _dated(resolver.document, verb):
            return  # "X said the link would let traders ...": what a thing will do, not a promise
        noun = None if passive else business_subject(tokens)
        found = doer(resolver, noun, speakers[0]) if noun is not None else None
        if found is not None:  # "X said the company would ...": the company's promise
            yield PledgeFrame(actor=found, verb=verb, cue=cue)
            return
        if not actors and _quoted(verb) and not _speaker_side(tokens):
            return  # "“A railway will bring roads,” X said": a prediction in a quotation, not X's promise
        own = resolver.country_of(speakers[0])
        homes = {resolver.country_of(s) for s in speakers} - {None}
        if not passive and homes and actors and all(a.type == "country" and a.code in homes for a in actors):
            for actor in actors[:1]:  # "the minister said Mexico would ...": the state promises, its minister speaks
                yield PledgeFrame(actor=actor, verb=verb, cue=cue)
            return
        state = (Actor(country_name(own), "country", own) if own is not None else home_government(resolver, tokens)) \
            if not passive and _the_government(tokens) else None
        if state is not None:
            yield PledgeFrame(actor=state, verb=verb, cue=cue)
            return  # "X said the government would ...": X's state, else the state the article is about
        if not passive and own is None and resolver.holds_office(speakers[0].name) and len(actors) == 1 and \
                actors[0].type == "country" and \
                actors[0].code is not None and actors[0].code == main_country(resolver, least=3):
            yield PledgeFrame(actor=actors[0], verb=verb, cue=cue)  # "Deputy Minister X said Vietnam would ..."
            # in a story on Vietnam: an office holder of unnamed state speaks for the article's country
            return
        named = _named_organisation(tokens, actors)
        if named is not None and not passive and named not in speakers:
            yield PledgeFrame(actor=named, verb=verb, cue=cue)  # "X said the Water Development Board would ..."
            return
        if passive or not actors or speakers[0] in actors or _institutional(tokens) or (
                tokens and all(t.pos_ == "NOUN" and t.lower_ in INSTITUTION_NOUNS for t in tokens)) or (
                own is not None and all(a.type == "country" and a.code == own for a in actors)):
            actors = speakers[:1]  # "the minister said Turkey would ...": the minister speaks for it
        else:
            return  # "X said China would retaliate": a forecast about others
    elif report is not None and subject_of is not None and subject_of.i == verb.i and not (
            actors and all(a.type == "organization" for a in actors) and _direct_will(verb)):
        return  # "would" under an unnamed speaker: nobody's promise; "X will ..., an official said" is X's
    elif report is None and owners is None:
        home = home_government(resolver, tokens)
        if home is not None:
            actors = [home]
    for actor in actors:
        yield PledgeFrame(actor=actor, verb=verb, cue=cue)


def _direct_will(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children)


def _joined_subject(verb: Token, tokens: list[Token]) -> list[Token]:
    """"X said the government would A, and that it would B": "it" is the subject of the first clause."""
    if len(tokens) != 1 or tokens[0].lower_ != "it" or tokens[0].tag_ != "PRP" or verb.dep_ != "conj":
        return tokens
    first = [t for t in subjects(verb.head) if t.tag_ != "PRP" and t.i < tokens[0].i]
    return first or tokens


def _sworn_refusal(tok: Token, report: Token | None) -> bool:
    """"X promised that it will not borrow again": a promise not to act is a promise."""
    return report is not None and verb_base(report.text) in SWORN_REPORTS and not is_negated(report) and \
        verb_base(tok.text) not in FORECAST_VERBS


def _dated_before(document: Document, cue: Token) -> bool:
    """The promise itself is dated to an earlier year than the article ("In 2019, X pledged to ...")."""
    published = document.article.published or ""
    if len(published) < 4:
        return False
    action = _infinitive(cue)
    for child in cue.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod") or (action is not None and child.i > action.i):
            continue
        lo, hi = child.left_edge, child.right_edge
        for mention in dates_between(document, lo.idx, hi.idx + len(hi.text)):
            if mention.value and not mention.citation and mention.value[:4] < published[:4]:
                return True
    return False


def _speaker_tokens(report: Token) -> list[Token]:
    """Who speaks: the speech verb's subject; "it" after "The ministry said ... ." is the speaker before."""
    found = [_named_in_apposition(t) for t in subjects(report)]  # "its coordinator, X Y, said"
    if len(found) == 1 and found[0].lower_ in ("it", "they") and found[0].tag_ == "PRP":
        sent = report.sent
        if sent.start > 0:
            before = report.doc[sent.start - 1].sent.root
            if verb_base(before.text) in REPORT_VERBS:
                named = [t for t in subjects(before) if t.tag_ != "PRP"]
                if named:
                    return named
    return found


def _thing(tokens: list[Token]) -> bool:
    """Subjects that are things or unnamed crowds ("the link", "the new pipe", "talks", "the
    communities"), not a named actor, a pronoun or an institution a speaker answers for; a noun the
    tagger took for a verb ("talks ... would start") too."""
    return bool(tokens) and all(
        (t.pos_ == "NOUN" or (t.pos_ == "VERB" and t.dep_ == "nsubj")) and t.lower_ not in INSTITUTION_NOUNS | BODY_NOUNS and noun_base(t.text) not in
        BUSINESS_NOUNS | INSTITUTION_NOUNS | BODY_NOUNS and not any(c.dep_ == "poss" for c in t.children)
        for t in tokens)  # "her party", "our engineers": the speaker's side


BODY_NOUNS = {"party", "coalition", "opposition", "union", "committee", "senate", "congress", "assembly",
              "alliance", "bloc", "association", "federation", "chamber", "court", "regulator", "ministry",
              "military", "army", "navy", "police", "board", "leadership", "president", "minister", "official"}


def _dated(document: Document, verb: Token) -> bool:
    """The action carries a date ("the trains would run by 2029")."""
    lo, hi = action_range(verb)
    doc = verb.doc
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    return any(m.value and not m.citation for m in dates_between(document, start, end))


def _named_in_apposition(tok: Token) -> Token:
    """"The consortium, Atacama Partners, has promised ...": the name in apposition to a common noun."""
    if tok.pos_ != "NOUN":
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)


def _the_government(tokens: list[Token]) -> bool:
    """The bare subject "the government" (or "the state", "the country")."""
    if len(tokens) != 1 or tokens[0].lower_ not in ("government", "state", "country"):
        return False
    kids = [c for c in tokens[0].children if c.dep_ != "punct"]
    return len(kids) == 1 and kids[0].lower_ == "the"


def _quoted(tok: Token) -> bool:
    """The token stands inside quotation marks within its sentence."""
    before: str = tok.doc[tok.sent.start:tok.i].text
    if before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1:
        return True
    after: str = tok.doc[tok.i:tok.sent.end].text  # "Our children will cross it," she said.: opened before
    return after.count("\u201d") > after.count("\u201c") or (after.count('"') % 2 == 1 and '"' not in before)


def _speaker_side(tokens: list[Token]) -> bool:
    """Subjects a speaker answers for: I, we, it, "our/the government", "the company" ..."""
    return any(tok.tag_ == "PRP" or (tok.pos_ == "NOUN" and tok.lower_ in INSTITUTION_NOUNS) for tok in tokens)


def _named_organisation(tokens: list[Token], actors: list[Actor]) -> Actor | None:
    """The one organisation named in full as the subject of a reported promise ("the National Roads
    Agency"): a proper name of two words or more, not a bare "the Treasury" or "the ministry"."""
    if len(tokens) != 1 or len(actors) != 1 or actors[0].type != "organization":
        return None
    tok = tokens[0]
    if tok.pos_ != "PROPN" or tok.tag_ == "PRP":
        return None
    acronym = tok.text.isupper() and len(tok.text) >= 2  # "YLB" for the company the article spelled out
    if (sum(1 for t in tok.subtree if t.pos_ == "PROPN") < 2 and not acronym) or len(actors[0].name.split()) < 2:
        return None
    return actors[0]


def _institutional(tokens: list[Token]) -> bool:
    """"the Treasury", "the ministry", "we", "it": the speaker's own side, not another named actor."""
    for tok in tokens:
        if tok.tag_ == "PRP" and tok.text.lower() in ("we", "it", "he", "she", "i"):
            return True
        if any(c.dep_ in ("det", "poss") and c.text.lower() in ("the", "its", "our", "his", "her", "their")
               for c in tok.children) and tok.ent_type_ in ("ORG", ""):
            return True
    return False


INSTITUTION_NOUNS = {"government", "ministry", "department", "administration", "treasury", "company", "firm",
                     "bank", "agency", "group", "cabinet", "council", "commission", "state", "country", "side",
                     "team", "office", "authority", "fund", "corporation", "consortium", "embassy", "parliament"}


def _question(tok: Token) -> bool:
    """ "Will X keep ...?" and any clause of a sentence that ends with a question mark."""
    sentence = tok.sent.text.rstrip().rstrip("\"\u201d\u2019' ")
    if sentence.endswith("?"):
        return True
    aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("will", "would", "shall")]
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(aux and subj and aux[0].i < subj[0].i)


def _uncertain(tok: Token) -> bool:
    """A question or a hedge: "when he'll return", "what direction X will go", "if no deal is reached"."""
    lo = tok.left_edge.i
    if any(t.tag_ in ("WRB", "WDT", "WP") and not _in_relative_clause(t, tok)
           for t in tok.doc[max(0, lo - 2):tok.i]):
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.text.lower() in CONDITIONS
                                         and m.i == c.left_edge.i for m in c.children) for c in tok.children)
    # "when" opens the clause: "though he did not say when" is no condition


def _superlative_head(verb: Token) -> bool:
    """A relative clause on a superlative noun phrase ("the biggest project we will ever build")."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    return any(c.tag_ == "JJS" or (c.dep_ == "amod" and any(g.tag_ == "RBS" for g in c.children))
               for c in noun.children)


def _on_condition(verb: Token) -> bool:
    """"retaliate if X imposed tariffs": a clause opened by a condition word hangs on the verb."""
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in CONDITIONS
                                         and m.i == c.left_edge.i for m in c.children) for c in verb.children)


def _in_relative_clause(word: Token, verb: Token) -> bool:
    """"X, which will lead the work, has promised to ...": the wh-word belongs to a clause on the subject."""
    cur = word
    for _ in range(8):
        if cur.i == verb.i:
            return bool(verb.dep_ == "relcl")  # "the tender, which X expects to launch": the verb's own clause
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("relcl", "acl"):
            return True
        cur = cur.head
    return False


def _embedded_prediction(resolver: ActorResolver, tok: Token) -> bool:
    """True for "analysts expect X will ...", "it is possible that X will ...", "for fear that X will ...":
    not X's commitment."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "acl"):
            return False
        cur = cur.head
        name = verb_base(cur.text)
        if name in PREDICT_VERBS or cur.text.lower() in PREDICT_WORDS:
            return True
        if any(c.dep_ == "acomp" and c.text.lower() in PREDICT_WORDS for c in cur.children):
            return True
        if name in REPORT_VERBS:
            return not resolver.resolve_all(subjects(cur))
    return False


def _conditional(tok: Token) -> bool:
    cur = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.text.lower() in ("if", "unless", "whether") for c in cur.children):
            return True
        if cur.head.i == cur.i or cur.dep_ not in ("conj", "xcomp", "advcl"):
            return False
        cur = cur.head
    return False


def _pledge(document: Document, frame: PledgeFrame) -> Pledge | None:
    doc = document.doc
    lo, hi = action_range(frame.verb)
    action = str(doc[lo:hi].text).strip()
    if len(action) < 3:
        return None
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    if is_transaction(document, frame.verb, frame.cue, start, end):
        return None  # "X will buy a 49% stake for $1bn": a deal, not a promise
    if _open_choice(frame.verb):
        return None  # "will decide whether to lend": nothing promised yet
    if _charges_fee(frame.verb):
        return None  # "will keep the track and charge the consortium an access fee": a term of the deal
    if _under_terms(frame.verb):
        return None  # "under the contract's terms, X will pay ...": a term of the deal, not a new promise
    deadline = None
    value: str | None = None
    published = document.article.published or ""
    mentions = dates_between(document, start, end)
    nxt = hi + 1 if hi < len(doc) and doc[hi].text == "," else hi
    if not mentions and nxt < len(doc) and doc[nxt].lower_ in STARTING_WORDS:
        tail = doc[nxt]  # "..., beginning in October", "a year starting in 2027": the start date after the action
        mentions = dates_between(document, tail.idx, tail.right_edge.idx + len(tail.right_edge.text))
    for mention in mentions:
        if mention.citation or not mention.value:
            continue
        found = mention.value
        if published and found < published[:len(found)] and not mention.explicit_year and \
                mention.granularity == "month" and mention.prep in DEADLINE_PREPS:
            found = _next_year(found)  # "by October" said in July of the year before it falls
        if published and found < published[:len(found)]:
            return None  # "cut rates last month": a past act, not a commitment
        if deadline is None or (mention.is_deadline and not deadline.is_deadline):
            deadline, value = mention, found
    if _itinerary(frame.verb, deadline):
        return None  # "the delegation will visit the port on November 19": a travel schedule, not a promise
    deadline_text = deadline.text if deadline else None
    if is_negated(frame.verb):  # "will not borrow before 2028": a promise not to act, with no deadline
        action, value, deadline_text = f"not {action}", None, None
    if deadline is None and published:
        tail = doc[frame.verb.i:frame.verb.right_edge.i + 1].text  # "before this decade is out" closes the clause
        value, deadline_text = _season(tail, published)
    sentence = frame.verb.sent
    return Pledge(actor=frame.actor.name, action=action, target=targets_in(document, start, end),
                  deadline=value, deadline_text=deadline_text,
                  evidence=sentence.text.strip(), span=strip_span(document, sentence.start_char, sentence.end_char))


STARTING_WORDS = {"beginning", "starting", "effective"}
DEADLINE_PREPS = {"by", "before", "until", "in", "from", "after", "till"}
CHOICE_VERBS = {"decide", "consider", "weigh", "study", "assess", "examine", "evaluate", "determine"}
WEIGH_VERBS = {"consider", "weigh", "mull", "contemplate"}
ROLE_VERBS = {"act", "oversee", "supervise", "administer", "coordinate", "chair", "serve", "manage"}
PROJECT_WORDS = {"project", "projects", "programme", "programmes", "program", "programs", "scheme", "schemes"}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
register_verbs(CHOICE_VERBS, ROLE_VERBS, WEIGH_VERBS)


TRIP_VERBS = {"visit", "tour", "travel", "depart", "arrive", "fly", "leave", "stop"}
register_verbs(TRIP_VERBS)


def _itinerary(verb: Token, date: Any) -> bool:
    """A trip pinned to a calendar day ("will visit the shipyard on November 19") is a schedule;
    "will visit all five countries next year" or "will travel to the capital this week" stays a promise."""
    return base(verb) in TRIP_VERBS and date is not None and date.granularity == "day" and not date.is_deadline


def _under_terms(verb: Token) -> bool:
    """"under the contract's terms X will pay", "an agreement under which X will sell": a term of a deal."""
    return any(prep.lower_ == "under" and any(o.lower_ in ("term", "terms", "which") for o in prep.children)
               for prep in children(verb, "prep"))


FEE_WORDS = {"fee", "fees", "rent", "rents", "royalty", "royalties", "toll", "tolls", "charge", "charges"}


def _charges_fee(verb: Token) -> bool:
    return verb_base(verb.text) in ("charge", "collect") and any(
        c.dep_ in ("dobj", "dative") and c.lower_ in FEE_WORDS for c in verb.children)


def _open_choice(verb: Token) -> bool:
    """"will decide whether to lend", "will consider if ...": a choice still open."""
    if verb_base(verb.text) in WEIGH_VERBS:
        return True  # "will consider the loan in March": nothing promised yet
    if verb_base(verb.text) not in CHOICE_VERBS:
        return False
    return any(t.lower_ in ("whether", "if") and t.i > verb.i for t in verb.subtree)


def _role(verb: Token) -> bool:
    """A standing role, not a promise: "act as intermediary", "oversee the projects", "implement the
    project" (undated)."""
    name = verb_base(verb.text)
    if name == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return any(c.dep_ == "dobj" and c.lower_ in ("work", "works") for c in verb.children)
        # "the two operators will carry out the technical work": a division of labour
    if name == "implement":
        return any(c.dep_ == "dobj" and c.lower_ in PROJECT_WORDS for c in verb.children)
    return name in ROLE_VERBS


def _next_year(value: str) -> str:
    return f"{int(value[:4]) + 1:04d}{value[4:]}"


def _season(action: str, published: str) -> tuple[str | None, str | None]:
    """"next spring", "this summer": the year of that season; "by the end of the decade": its last year."""
    quarter = re.search(r"\bend of (?:the|this) (quarter|month)\b", action, re.I)
    if quarter is not None and len(published) >= 7:
        month = int(published[5:7])
        if quarter.group(1).lower() == "quarter":
            month = (month + 2) // 3 * 3  # the last month of the quarter the article is written in
        return f"{published[:4]}-{month:02d}", quarter.group(0)
    decade = re.search(r"\b(?:end of (?:the|this) decade|this decade is (?:out|over)|decade's end)", action, re.I)
    if decade is not None and len(published) >= 4:
        return f"{published[:3]}9", decade.group(0)  # "before this decade is out": its last year
    match = re.search(r"\b(next|this|coming)\s+(spring|summer|autumn|fall|winter)\b", action, re.I)
    if match is None or len(published) < 7:
        return None, None
    year, month = int(published[:4]), int(published[5:7])
    start = SEASONS[match.group(2).lower()]
    if match.group(1).lower() in ("next", "coming") and start <= month:
        year += 1
    return str(year), match.group(0)


def _action_key(action: str) -> str:
    first = verb_base(action.split()[0]) if action.split() else ""
    return "visit" if first in TRAVEL else first


def _restates(first: Pledge, second: Pledge) -> bool:
    """"I intend to see it, and I will be there by July": the second clause repeats the first (a visit,
    a presence); "begin works next year and commission the plant by 2032" are two commitments."""
    keys = {_action_key(first.action), _action_key(second.action)}
    return bool(keys & {"visit", "be", "see"})


def _dedupe(pledges: list[Pledge]) -> list[Pledge]:
    """One pledge per actor and action verb, and per actor and sentence ("I intend to see it, and I
    will be there by July"): the first, with a deadline borrowed from a repeat."""
    kept: list[Pledge] = []
    for pledge in pledges:
        key = (pledge.actor, _action_key(pledge.action))
        twin = next((k for k in kept if (k.actor, _action_key(k.action)) == key
                     or (k.actor == pledge.actor and k.span == pledge.span and _restates(k, pledge))), None)
        if twin is None:
            kept.append(pledge)
        elif twin.deadline is None and pledge.deadline is not None:
            twin.deadline, twin.deadline_text = pledge.deadline, pledge.deadline_text
            if not twin.target:
                twin.target = pledge.target
    return kept
