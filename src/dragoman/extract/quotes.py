"""quotes@3: direct quotes with their speakers.

Quotation marks (straight, curly, guillemets, even mismatched) are paired within a paragraph. A
speaker comes, in this order, from a cue after the quote ("...," the minister said), a cue before it in
the same sentence (X told reporters: "..."; according to X, "..."), a colon ending the sentence before,
the subject of the sentence around a partial quote, or the speaker of the quote just before it. Names
resolve through the EntityTable, so "he", "the minister" and "the ministry" become full names.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from dragoman.extract.document import Document
from dragoman.extract.entity_table import EntityTable, Mention
from dragoman.extract.quote_marks import MARKS, find_quote_spans, paragraphs
from dragoman.extract.registry import extractor
from dragoman.extract.titles import MODIFIERS, is_office_word
from dragoman.records import Quote

SPEECH = re.compile(
    r"\b(?:said|says|say|saying|told|tells|added|adds|noted|notes|stressed|stresses|explained|explains|"
    r"warned|warns|stated|states|declared|declares|remarked|insisted|insists|argued|argues|wrote|writes|"
    r"asked|asks|replied|answered|emphasi[sz]ed|emphasi[sz]es|underscored|underlined|highlighted|"
    r"announced|continued|concluded|acknowledged|admitted|claimed|confirmed|commented|observed|recalled|"
    r"urged|cautioned|remembered|remembers|recalls|recalling|predicted|promised|vowed|pledged|boasted|complained|tweeted|posted|called|calls|"
    r"described|describes|dubbed|termed|labell?ed|pointed out|put it|according to|quoted|reiterated|"
    r"assured|agreed|conceded|suggested|thinks|believes|mused|joked|recounted|told reporters|telling|tell|"
    r"weighed in|chimed in|shot back|retorted|rejected|dismissed|denied|hailed|praised|criticised|criticized|"
    r"slammed|condemned|welcomed|lamented|acknowledging|adding|noting|stressing|warning|arguing|insisting|"
    r"explaining|writing|posted on|wrote on)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?:[\"\u201d\u2019)]*)(?:\s|$)")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
SMALL_WORDS = {"a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "with", "by", "from", "de", "la"}


def _clean_text(raw: str) -> str:
    text = raw.strip()
    while text.endswith((",", ";")) or text.endswith(" "):
        text = text[:-1].rstrip()
    return text


def _looks_like_name(text: str) -> bool:
    """A title, a programme or an event name in quotation marks, not speech."""
    words = _WORD.findall(text)
    if not words or len(words) > 7 or re.search(r"[.!?;]\s*$", text) or "," in text:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)


GENERIC_SPEAKERS = {"official", "officials", "spokesperson", "spokesman", "spokeswoman", "source", "sources",
                    "diplomat", "diplomats", "analyst", "analysts", "manager", "person", "people", "one",
                    "someone", "observer", "observers", "expert", "experts", "executive", "executives",
                    "banker", "bankers", "investor", "investors", "resident", "residents", "witness",
                    "insider", "aide", "adviser", "advisor", "member", "members", "lawmaker", "critic",
                    "critics", "economist", "economists", "trader", "traders", "worker", "workers", "farmer",
                    "voter", "voters", "delegate", "delegates", "participant", "participants", "negotiator"}
SPOKES_WORDS = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "statement", "representative"}
UNDECIDED = object()
_PORTFOLIO_AFTER = re.compile(r"\bMinister (?:of|for) ((?:[A-Z][\w-]*,? (?:and )?)*[A-Z][\w-]*)")
_PORTFOLIO_BEFORE = re.compile(r"\b((?:[A-Z][\w-]* )*[A-Z][\w-]*) Minister\b")


class _Attributor:
    """Finds who said a quote: the subject of the speech verb, resolved through the EntityTable."""

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.doc = document.doc
        self.table: EntityTable | None = document.entity_table

    def _name(self, mention: Mention | None) -> str | None:
        if mention is None or self.table is None:
            return None
        return self.table.entity_of(mention).name

    def _token(self, start: int, end: int) -> object | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _speaker_mentions(self, start: int, end: int) -> list[Mention]:
        if self.table is None or start >= end:
            return []
        return self.table.mentions_in(start, end, ("person", "organization", "other"))

    def resolve_np(self, tok: object) -> object:
        """The speaker named by the noun phrase headed by ``tok``; None when anonymous."""
        assert self.table is not None
        t: Any = tok
        if _joint_subject(t):
            return self._joint_speaker(t)
        mention = self.table.mention_at(t.idx, t.idx + len(t.text))
        if mention is not None and self.table.entity_of(mention).type in ("person", "organization", "other"):
            return self._name(mention)
        if t.lower_ in SPOKES_WORDS:
            # "a spokesman for the firm", "a WeWork spokesperson": the organisation speaks
            orgs = self.table.mentions_in(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text), ("organization",))
            if orgs:
                return self._name(orgs[0])
        skip: set[int] = set()
        for child in t.children:
            if child.dep_ in ("relcl", "acl", "prep") and child.i > t.i:
                skip.update(x.i for x in child.subtree)
        tokens = [x for x in t.subtree if x.i not in skip]
        if tokens:
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            found = self._speaker_mentions(start, end)
            people = [m for m in found if self.table.entity_of(m).type == "person"]
            if people:
                return self._name(people[-1])
            if found:
                # "an EIB official": someone unnamed from an organisation
                return None if t.lower_ in GENERIC_SPEAKERS else self._name(found[-1])
        for entity in self.table.entities:
            if entity.type == "person" and (entity.name.split()[-1] == t.text or t.text in entity.aliases):
                return entity.name
        if t.lower_ in GENERIC_SPEAKERS:
            return None
        if t.lower_ == "ministry":
            # "the ministry said" in an article naming only its minister: the ministry of that portfolio
            return self._ministry_of_minister(t.idx)
        if is_office_word(t.text):
            # "the Prime Minister said" with no holder seen before: the person the article gives that title
            return self._title_holder(t)
        if t.pos_ == "PROPN" and t.is_title and t.ent_type_ not in ("GPE", "LOC", "DATE", "NORP"):
            # a name the recogniser missed: its own words are the best we have
            names = [x for x in t.subtree if x.pos_ == "PROPN" and x.is_title and (x.i == t.i or (x.head.i == t.i
                                                                                 and x.dep_ in ("compound", "flat")))]
            return " ".join(x.text for x in names)
        return UNDECIDED

    def _joint_speaker(self, tok: Any) -> str | None:
        """ "the two grid operators said in a joint statement": the two bodies the article last named
        together ("X and Y agreed ..."), as "X and Y"; None when no such pair is found."""
        assert self.table is not None
        types = ("organization", "country", "other")
        for sent in reversed([s for s in self.doc.sents if s.start_char <= tok.idx][-3:]):
            mentions = self.table.mentions_in(sent.start_char, min(sent.end_char, tok.idx), types)
            for first, second in pairwise(mentions):
                a, b = self.table.entity_of(first), self.table.entity_of(second)
                between = self.text[first.end:second.start].strip().lower()
                if a is not b and between in ("and", "&", ", and"):
                    return f"{a.name} and {b.name}"
            for match in _PAIR.finditer(self.text, sent.start_char, min(sent.end_char, tok.idx)):
                if any(m.start >= match.start() and m.end <= match.end() for m in mentions):
                    return f"{match.group(1)} and {match.group(2)}"  # one side missed by the recogniser
        return None

    def _ministry_of_minister(self, offset: int) -> str | None:
        assert self.table is not None
        for mention in reversed(self.table.mentions_in(0, offset, ("person",))):
            title = self.table.entity_of(mention).title or ""
            found = _PORTFOLIO_AFTER.search(title) or _PORTFOLIO_BEFORE.search(title)
            if found:
                return "Ministry of " + found.group(1)
        return None

    def _title_holder(self, tok: Any) -> str | None:
        assert self.table is not None
        words = {x.lower_ for x in tok.subtree if x.i <= tok.i and (is_office_word(x.text) or x.lower_ in MODIFIERS)}
        words -= {"the", "top", "senior", "then", "former"}
        holders = [e for e in self.table.entities if e.type == "person" and e.mentions > 0
                   and words <= set((e.title or "").lower().replace("-", " ").split())]
        return holders[0].name if len(holders) == 1 else None

    def speaker_of_verb(self, start: int, end: int) -> object:
        verb: Any = self._token(start, end)
        if verb is None:
            return UNDECIDED
        if verb.lower_ == "according":
            for child in verb.subtree:
                if child.dep_ == "pobj":
                    return self.resolve_np(child)
            return UNDECIDED
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return self.resolve_np(subjects[0])
            if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head is not verb:
                verb = verb.head
                continue
            break
        return UNDECIDED

    def after(self, close: int, limit: int) -> object:
        """ "...," Mr X said. / "...," said the minister. / "...", according to X."""
        end = min(limit, close + 160)
        stop = _SENTENCE_END.search(self.text, close + 1, end)
        end = stop.start() + 1 if stop else end
        window = self.text[close + 1:end]
        verb = SPEECH.search(window)
        if verb is None or verb.start() > 80:
            return UNDECIDED
        if not _cue_attached(self.text[max(0, close - 2):close], window[:verb.start()]):
            return UNDECIDED  # 'urged them to "hold the line" on procurement, while Y described ...': not Y's
        vstart = close + 1 + verb.start()
        found = self.speaker_of_verb(vstart, vstart + len(verb.group(0)))
        if found is not UNDECIDED:
            return found
        mentions = self._speaker_mentions(close + 1, end)
        if verb.group(0).lower() == "according to":
            mentions = [m for m in mentions if m.start >= vstart]
        if not mentions:
            return UNDECIDED
        return self._name(min(mentions, key=lambda m: abs(m.start - vstart)))

    def before(self, start: int, opening: int) -> object:
        """X said: "..." / X told reporters that "..." / According to X, "..."."""
        window = self.text[start:opening]
        verbs = list(SPEECH.finditer(window))
        if not verbs:
            return UNDECIDED
        verb = verbs[-1]
        vstart = start + verb.start()
        found = self.speaker_of_verb(vstart, vstart + len(verb.group(0)))
        if found is not UNDECIDED:
            return found
        mentions = self._speaker_mentions(start, opening)
        before = [m for m in mentions if m.end <= vstart]
        if verb.group(0).lower() == "according to" or not before:
            # inverted order names the speaker right after the verb ("said the minister, ...")
            vend = vstart + len(verb.group(0))
            after = [m for m in mentions if vend <= m.start <= vend + 30]
            return self._name(after[0]) if after else UNDECIDED
        return self._name(before[0])

    def governing(self, start: int, end: int) -> object:
        """The speaker of a partial quote, from the clauses above the quoted words: a speech verb's subject
        or "according to" ("X told them that the bank wanted 'to ...'", "Y described it as 'a red line'").
        A coordinated clause with its own subject is a boundary: in "people will work there, and the mine
        will be 'the largest ...'" the people are not the speaker."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return UNDECIDED
        chain: list[tuple[Any, Any]] = []  # (clause head, its subject or None)
        head: Any = span.root.head
        while len(chain) < 8 and not span.start <= head.i < span.end:
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and not span.start <= c.i < span.end]
            chain.append((head, subjects[0] if subjects else None))
            if head.head is head or (subjects and head.dep_ in ("conj", "parataxis")):
                break
            head = head.head
        for head, subject in chain:
            according = next((c for c in head.children if c.lower_ == "according"), None)
            if according is not None:
                found = self.speaker_of_verb(according.idx, according.idx + len(according.text))
                if found is not UNDECIDED:
                    return found
            if subject is not None and SPEECH.fullmatch(head.text):
                found = self.resolve_np(subject)
                if found is not UNDECIDED:
                    return found
        return UNDECIDED

    def main_subject(self, start: int, end: int) -> object:
        """The subject of the main verb of the text in ``[start, end)`` (a colon sentence)."""
        first: Any = self._token(start, max(start + 1, end - 1))
        if first is None:
            return UNDECIDED
        root = first.sent.root
        verbs = [t for t in first.sent if t.pos_ in ("VERB", "AUX") and start <= t.idx < end]
        for verb in [root, *reversed(verbs)]:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and start <= subjects[0].idx < end:
                return self.resolve_np(subjects[0])
        return UNDECIDED

    def sentence_subject(self, start: int, end: int, quoted: list[tuple[int, int]] | None = None) -> str | None:
        """The grammatical subject of the sentence if it names someone, else its first person outside quotes."""
        if self.table is None:
            return None
        found = self.main_subject(start, end)
        if isinstance(found, str):
            return found
        mentions = [m for m in self._speaker_mentions(start, end) if self.table.entity_of(m).type == "person"
                    and not any(a < m.start < b for a, b in quoted or [])]
        return self._name(mentions[0]) if mentions else None


_PAIR = re.compile(r"\b([A-Z][\w&.'-]+(?: [A-Z][\w&.'-]+){0,3}) (?:and|&) ([A-Z][\w&.'-]+(?: [A-Z][\w&.'-]+){0,3})\b")
_JOINT_NOUNS = {"companies", "firms", "operators", "governments", "sides", "partners", "groups", "banks", "lenders",
                "ministries", "parties", "countries", "utilities", "agencies", "institutions", "developers",
                "investors", "shareholders", "producers", "miners", "carriers", "exchanges", "regulators", "states",
                "nations", "organisations", "organizations", "authorities", "consortia"}


def _joint_subject(tok: Any) -> bool:
    """ "the two companies", "both governments", "the partners ... in a joint statement": a pair speaking."""
    if tok.lower_ not in _JOINT_NOUNS and not (tok.tag_ == "NNS" and tok.lower_.endswith(("operators", "companies"))):
        return False
    words = {c.lower_ for c in tok.children if c.i < tok.i}
    if words & {"two", "both"}:
        return True
    joint = any(t.lower_ == "joint" for t in tok.head.subtree) if tok.head is not tok else False
    return "the" in words and joint


def _sentence_bounds(text: str, pos: int, floor: int, ceiling: int) -> tuple[int, int]:
    start = max(floor, max(text.rfind(". ", floor, pos), text.rfind("\n", floor, pos)) + 1)
    stop = _SENTENCE_END.search(text, pos, ceiling)
    return start, (stop.end() if stop else ceiling)


@extractor("quotes", version=3, requires=("entities",))
def extract_quotes(document: Document) -> list[Quote]:
    text = document.text
    spans = find_quote_spans(text)
    quoted = [(s.open, s.close) for s in spans]
    attributor = _Attributor(document)
    paras = paragraphs(text)
    quotes: list[Quote] = []
    previous_speaker: str | None = None
    previous_end = -1
    continued: list[tuple[int, int]] = []  # (quote index, paragraph end) of quotes left open at a paragraph end
    for n, span in enumerate(spans):
        inner = text[span.open + 1:span.close]
        quote_text = _clean_text(inner)
        if not quote_text or not any(ch.isalpha() for ch in quote_text):
            continue
        pstart, pend = next(((a, b) for a, b in paras if a <= span.open < b), (0, len(text)))
        next_open = spans[n + 1].open if n + 1 < len(spans) and spans[n + 1].open < pend else pend
        prev_close = spans[n - 1].close + 1 if n > 0 and spans[n - 1].close >= pstart else pstart
        s_start, _ = _sentence_bounds(text, span.open, pstart, pend)
        before_start = max(prev_close, s_start)
        partial = bool(re.search(r"\w", text[s_start:span.open])) and span.closed
        found: object = attributor.governing(span.open + 1, span.close) if partial else UNDECIDED
        if found is UNDECIDED and span.closed:
            found = attributor.after(span.close, next_open)
        if found is UNDECIDED:
            found = attributor.before(before_start, span.open)
        lead = text[pstart:span.open].strip()
        if found is UNDECIDED and not lead:
            found = _colon_speaker(attributor, text, paras, pstart)
            if found is UNDECIDED:
                found = _previous_paragraph_speaker(attributor, text, paras, pstart)
            if found is UNDECIDED and span.closed:
                _, s_end = _sentence_bounds(text, span.close + 1, pstart, pend)
                rest = text[span.close + 1:min(s_end, next_open)]
                if len(rest.strip()) > 3:
                    found = attributor.sentence_subject(span.close + 1, min(s_end, next_open), quoted) or UNDECIDED
        if found is UNDECIDED and lead and text[before_start:span.open].rstrip().endswith(":"):
            found = attributor.main_subject(before_start, span.open)
        if found is UNDECIDED and lead and s_start >= span.open - 1:
            # the quote is a sentence of its own: the subject of the sentence before it speaks
            p_start, _ = _sentence_bounds(text, max(pstart, s_start - 2), pstart, pend)
            if p_start < s_start:
                found = attributor.main_subject(p_start, s_start)
        if found is UNDECIDED and lead and s_start < span.open - 1:
            found = attributor.sentence_subject(s_start, min(pend, span.close + 200), quoted) or UNDECIDED
        weak = found is UNDECIDED
        if found is UNDECIDED and previous_speaker and span.open - previous_end < 400:
            found = previous_speaker
        speaker = found if isinstance(found, str) else None
        if _term_in_marks(quote_text, text[max(pstart, span.open - 30):span.open]):
            continue
        if _looks_like_name(quote_text) and not _spoken(inner, text[span.close + 1:span.close + 40],
                                                        text[max(pstart, span.open - 30):span.open]):
            continue
        ev_start, _ = _sentence_bounds(text, span.open, pstart, pend)
        _, ev_end = _sentence_bounds(text, min(span.close + 1, pend), pstart, pend)
        evidence = text[ev_start:ev_end].strip()
        lstrip = len(text[ev_start:ev_end]) - len(text[ev_start:ev_end].lstrip())
        ev_start += lstrip
        quotes.append(Quote(speaker=speaker, text=quote_text, evidence=evidence or quote_text,
                            span=(ev_start, ev_start + len(evidence))))
        if weak and not span.closed and not lead:
            continued.append((len(quotes) - 1, pend))
        if speaker:
            previous_speaker, previous_end = speaker, span.close
    return _continued_speakers(quotes, continued, text)


def _continued_speakers(quotes: list[Quote], continued: list[tuple[int, int]], text: str) -> list[Quote]:
    """A quoted paragraph left open continues in the next paragraph that opens with a quotation mark
    (the newspaper convention): the speaker named there spoke both."""
    for index, pend in continued:
        if index + 1 >= len(quotes) or quotes[index + 1].span is None:
            continue
        following = quotes[index + 1]
        assert following.span is not None
        if text[pend:following.span[0]].strip() == "" and following.speaker:
            quotes[index] = quotes[index].model_copy(update={"speaker": following.speaker})
    return quotes


_TERM_CUE = re.compile(r"(?:so-called|so called|known as|nicknamed|the (?:term|word|phrase|label|slogan)s?)\s*$", re.I)


def _term_in_marks(quote_text: str, before: str) -> bool:
    """ 'the so-called "green corridor"', 'the term "friendshoring"': a term held at arm's length, not speech."""
    return len(quote_text.split()) <= 4 and bool(_TERM_CUE.search(before.rstrip()))


def _cue_attached(inner_end: str, between: str) -> bool:
    """A speech verb after a quote belongs to it when the quote ends like speech handed on ("...," / "...?")
    or only a few words (the speaker) stand between them ("..." the minister said)."""
    if inner_end.rstrip().endswith((",", "!", "?", "\u2026", "-", "\u2014", "\u2013")):
        return True
    if re.match(r"^\s*[,\u2014\u2013-]", between):
        return True
    return len(between.split()) <= 4 and "," not in between


def _spoken(inner: str, after: str, before: str) -> bool:
    """A name-like quote is speech only with a cue beside it: "Amazing," she said / She said: "Amazing." """
    if re.match(r"^[,.!?]?\s*(?:\S+\s+){0,3}?" + SPEECH.pattern, after, re.I) and inner.rstrip().endswith((",", "!", "?", ".")):
        return True
    return bool(re.search(SPEECH.pattern + r"[,:]?\s*$", before, re.I))


def _previous_paragraph_speaker(attributor: _Attributor, text: str, paras: list[tuple[int, int]],
                                pstart: int) -> object:
    """A quote paragraph with no cue of its own, after "X said the talks had failed." """
    earlier = [p for p in paras if p[1] <= pstart]
    if not earlier:
        return UNDECIDED
    a, b = earlier[-1]
    if any(ch in text[a:b] for ch in MARKS):
        return UNDECIDED  # the paragraph before is itself quoted speech: its speaker carries over later
    start, _ = _sentence_bounds(text, max(a, b - 2), a, b)
    window = text[start:b]
    verb = SPEECH.search(window)
    if verb is None:
        return UNDECIDED
    vstart = start + verb.start()
    return attributor.speaker_of_verb(vstart, vstart + len(verb.group(0)))


def _colon_speaker(attributor: _Attributor, text: str, paragraphs: list[tuple[int, int]], pstart: int) -> object:
    """A quote opening its paragraph after a paragraph that ends with a colon ("He stated:")."""
    earlier = [p for p in paragraphs if p[1] <= pstart]
    if not earlier:
        return UNDECIDED
    a, b = earlier[-1]
    line = text[a:b].rstrip()
    if not line.endswith(":"):
        return UNDECIDED
    start, _ = _sentence_bounds(text, b - 1, a, b)
    found = attributor.before(start, b)
    return found if found is not UNDECIDED else attributor.main_subject(start, b)
