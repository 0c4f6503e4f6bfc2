"""Facets of a sentence that sources often tell differently: how sure, how much, when, who, and
how firm an intention is.

Each finder returns ``(facet, value, phrase)`` triples for one sentence; ``link.claims`` compares
them between sentences that tell the same claim. Word lists are general English.
"""

from __future__ import annotations

import re

Facet = tuple[str, str, str]  # (facet, normalised value, phrase as written)

# degree adverbs by strength: "overwhelmingly Muslim" and "largely Muslim" say different things
DEGREE = {
    "entirely": 4, "wholly": 4, "completely": 4, "fully": 4, "totally": 4, "exclusively": 4, "solely": 4,
    "overwhelmingly": 3, "predominantly": 3, "almost entirely": 3, "nearly all": 3,
    "largely": 2, "mostly": 2, "mainly": 2, "primarily": 2, "chiefly": 2, "generally": 2,
    "partly": 1, "partially": 1, "somewhat": 1, "slightly": 1,
}
HEDGES = frozenset(["probably", "likely", "possibly", "perhaps", "may", "might", "could", "reportedly", "expected", "consideration", "potentially", "tentative", "tentatively"])
BEFORE = ("ahead of", "before", "prior to", "on the eve of", "in the run-up to", "in advance of", "preceding")
AFTER = ("after", "following", "in the wake of", "since")
RELATIVE_YEAR = {"the coming year": 1, "next year": 1, "the next year": 1, "this year": 0, "last year": -1,
                 "the past year": -1}
RELATIVE_WEEK = ("last week", "this week", "next week", "earlier this week", "later this week")
GROUPS = ("heads of state", "foreign ministers", "prime ministers", "defence ministers", "defense ministers",
          "finance ministers", "trade ministers", "energy ministers", "ministers", "presidents", "leaders",
          "ambassadors", "envoys", "delegations", "officials", "diplomats", "lawmakers", "senators", "executives")
GROUP_WORDS = frozenset(w for g in GROUPS for w in g.split())
# a group named on one side may hold the other: leaders include presidents; officials anyone
_WITHIN = {"leaders": {"presidents", "prime ministers", "heads of state"},
           "heads of state": {"presidents", "leaders"},
           "ministers": {g for g in GROUPS if g.endswith("ministers")},
           "officials": set(GROUPS), "delegations": set(GROUPS), "diplomats": {"ambassadors", "envoys"}}
MEETING_VERBS = re.compile(r"\b(?:met|meet|meets|meeting|hosted|hosts|host|hosting|welcomed|welcomes|received|"
                           r"receives|gathered|convened)\b", re.I)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "fifty": 50}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fifth": 5, "tenth": 10, "twentieth": 20, "fiftieth": 50,
            "hundredth": 100}
_COMPARATORS = {"more than": ">", "over": ">", "nearly": "~<", "almost": "~<", "about": "~", "around": "~",
                "roughly": "~", "some": "~", "less than": "<", "under": "<", "at least": ">="}
_DEGREE = re.compile(r"\b(" + "|".join(sorted(DEGREE, key=len, reverse=True)) + r")\s+([a-z][a-z-]{3,})", re.I)
_NOT_DEGREED = frozenset(["different", "same", "similar", "because", "with", "from", "into", "about", "than", "that", "this", "those", "these"])
_TIMING = re.compile(r"\b(" + "|".join(BEFORE + AFTER) + r")\s+(?:the\s+|this\s+|last\s+|next\s+)?"
                     r"((?:[\w+-]+\s+){0,3}?)(summit|meeting|talks|visit|election|vote|signing|ceremony|"
                     r"conference|reception|war|deal|agreement|announcement|trip)\b", re.I)
_DURATION = re.compile(r"\b(?:(more than|over|nearly|almost|about|around|roughly|some|less than|under|at least)\s+)?"
                       r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty|\d{1,3})\s+"
                       r"(decades?|years?)\b(?!\s+ago)", re.I)
_ANNIVERSARY = re.compile(r"\b(" + "|".join(ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\s+anniversary\b", re.I)
_YEAR = re.compile(r"\b(?:in|by|during|until|for)\s+((?:19|20)\d\d)\b")
_RELATIVE = re.compile(r"\b(" + "|".join(sorted(list(RELATIVE_YEAR) + list(RELATIVE_WEEK), key=len, reverse=True))
                       + r")\b", re.I)
_GROUP = re.compile(r"\b(" + "|".join(GROUPS) + r")\b", re.I)


def degree(sentence: str) -> list[Facet]:
    out = []
    for match in _DEGREE.finditer(sentence):
        word = match.group(1).lower()
        if match.group(2).lower() in _NOT_DEGREED:
            continue
        out.append((f"degree:{match.group(2).lower()}", str(DEGREE[word]), match.group(0)))
    return out


def hedged(words: list[str]) -> bool:
    return any(w in HEDGES for w in words)


def timing(sentence: str) -> list[Facet]:
    out = []
    for match in _TIMING.finditer(sentence):
        relation = "before" if match.group(1).lower() in BEFORE else "after"
        out.append((f"timing:{match.group(3).lower()}", relation, match.group(0)))
    return out


def durations(sentence: str) -> list[Facet]:
    out = []
    for match in _DURATION.finditer(sentence):
        comparator = _COMPARATORS.get((match.group(1) or "").lower(), "=")
        count_text = match.group(2).lower()
        count = int(count_text) if count_text.isdigit() else NUMBER_WORDS[count_text]
        years = count * (10 if match.group(3).lower().startswith("decade") else 1)
        if count_text in ("a", "an") and match.group(3).lower() in ("decades", "year"):
            continue  # "a year" is mostly a rate ("2 million tonnes a year"), not a span
        out.append(("duration", f"{comparator}{years}", match.group(0)))
    for match in _ANNIVERSARY.finditer(sentence):
        text = match.group(1).lower()
        years = ORDINALS[text] if text in ORDINALS else int(re.sub(r"\D", "", text))
        out.append(("duration", f"={years}", match.group(0)))
    return out


def when(sentence: str, year: int | None) -> list[Facet]:
    """Years, written ("in 2026": value "2026") or relative ("in the coming year": "2026~" when the
    article's year is known, else "~the coming year")."""
    out = []
    for match in _YEAR.finditer(sentence):
        out.append(("when", match.group(1), match.group(0)))
    for match in _RELATIVE.finditer(sentence):
        phrase = match.group(1).lower()
        if phrase in RELATIVE_YEAR and year:
            out.append(("when", f"{year + RELATIVE_YEAR[phrase]}~", match.group(0)))
        else:
            out.append(("when", f"~{phrase}", match.group(0)))
    return out


def years_compared(a: str, b: str) -> str | None:
    """How two ``when`` values relate: "same", "precision" (one year, one written relative),
    "conflict" (a year or two apart), or None (unknown, or so far apart they are other events)."""
    ya, yb = a.rstrip("~"), b.rstrip("~")
    if not (ya.isdigit() and yb.isdigit()):
        return None
    if ya == yb:
        return "same" if a.endswith("~") == b.endswith("~") else "precision"
    return "conflict" if abs(int(ya) - int(yb)) <= 2 else None


def groups(sentence: str) -> list[Facet]:
    """Who took part, as a group ("foreign ministers", "leaders"), when the sentence tells of a meeting."""
    if not MEETING_VERBS.search(sentence):
        return []
    found = sorted({m.group(1).lower() for m in _GROUP.finditer(sentence)})
    return [("attendees", found[0], found[0])] if len(found) == 1 else []


def group_within(outer: str, inner: str) -> bool:
    """True when the group ``outer`` may well be the group ``inner`` ("leaders" and "presidents")."""
    return inner in _WITHIN.get(outer, set())


_VISIT = re.compile(r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|travel(?:s|led|ling)?\s+(?:to|across|through)|"
                    r"trip\s+(?:to|across|through))\s+", re.I)
_COUNTED = re.compile(r"(?:(?:all|each|every)\s+(?:of\s+)?)?(?:the\s+)?(?:(?:all|each)\s+)?"
                      r"(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+", re.I)
_MEMBERS = re.compile(r"\s*(?:countries|states|nations|republics|capitals|members)\b", re.I)


def scope(sentence: str) -> list[Facet]:
    """Where a visit goes, as a region ("to tour the Baltics": value "region") or as a count of its
    countries ("to visit all three Baltic states": "3 countries"); the facet names the region."""
    from dragoman.extract.regions import region_named

    out = []
    for visit in _VISIT.finditer(sentence):
        rest = sentence[visit.end():visit.end() + 80]
        counted = _COUNTED.match(rest)
        named = region_named(rest[counted.end():] if counted else rest)
        if named is None or named[2] > 4:
            continue
        region, written, _, end = named
        after = (rest[counted.end():] if counted else rest)[end:]
        plural = bool(_MEMBERS.match(after)) or bool(_MEMBERS.search(written))
        if counted and plural:
            count = counted.group(1).lower()
            number = int(count) if count.isdigit() else NUMBER_WORDS[count]
            out.append((f"scope:{region}", f"{number} countries", visit.group(0) + rest[:counted.end()] + written))
        elif not counted and not plural and not re.search(r"(?:an|ic|ish|ese)$", written):  # "Central Asian" is no place
            out.append((f"scope:{region}", "region", visit.group(0) + rest[:end]))
    return out


# a stance toward another power's influence: turning away from it ("away from Chinese influence",
# "countering Russian influence") or balancing it ("balancing China's presence")
STANCES = {"away from": "reduce", "countering": "reduce", "counter": "reduce", "counters": "reduce",
           "curbing": "reduce", "curb": "reduce", "reducing": "reduce", "reduce": "reduce", "limiting": "reduce",
           "rolling back": "reduce", "pushing back against": "reduce", "balancing": "balance", "balance": "balance",
           "balances": "balance", "offsetting": "balance", "offset": "balance", "hedging against": "balance"}
_STANCE = re.compile(r"\b(" + "|".join(sorted(STANCES, key=len, reverse=True)) + r")\s+((?:[\w'\u2019-]+\s+){0,4}?)"
                     r"(influences?|presence|dominance|sway|dependence|reliance|clout|footprint|leverage)\b", re.I)


def stance(sentence: str) -> list[Facet]:
    """Stances toward the influence of the countries a phrase names, one facet per country ("stance:CHN")."""
    from dragoman.extract.geo import country_code

    out = []
    for match in _STANCE.finditer(sentence):
        for word in re.findall(r"[A-Z][\w-]+", match.group(2)):
            code = country_code(re.sub(r"['\u2019]s$", "", word))
            if code:
                out.append((f"stance:{code}", STANCES[match.group(1).lower()], match.group(0)))
    return out


# how firm a stated intention is: a promise or a plan ("would introduce a bill", "announced plans to"),
# an effort ("legislative efforts to"), a thought ("consideration of", "could")
FIRMNESS = (
    ("intends", r"(?:will|would|shall)\s+(?:now\s+)?(?:introduce|table|submit|file|sign|propose|present|launch|"
                r"visit|repeal|lift|seek)|"
                r"(?:pledged|vowed|promised|committed|plans?|planned|intends?|aims?)\s+to|"
                r"(?:plans?|intention|pledge|promise)\s+(?:to|for)"),
    ("tries", r"efforts?\s+to|(?:seeks?|sought|seeking)\s+to|push(?:es|ed|ing)?\s+(?:to|for)|"
              r"working\s+(?:to|towards?)|attempts?\s+to|moves?\s+to"),
    ("considers", r"consideration\s+of|considering|(?:weighs|weighing)|(?:explores|exploring)"),
)
_FIRMNESS = [(level, re.compile(r"\b(?:" + pattern + r")\b", re.I)) for level, pattern in FIRMNESS]


def firmness(sentence: str) -> list[Facet]:
    """How firm the sentence's intention is, told by its first wording of intent."""
    found = [(match.start(), level, match.group(0)) for level, pattern in _FIRMNESS
             for match in pattern.finditer(sentence)]
    if not found:
        return []
    _, level, phrase = min(found)
    return [("firmness", level, phrase)]
