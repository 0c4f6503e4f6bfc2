"""Word lists that tell actors apart: titles of office, heads of state nouns, groups, ranks."""

from __future__ import annotations

TITLE_WORDS = {
    "secretary", "president", "minister", "senator", "ambassador", "envoy", "chancellor", "premier",
    "governor", "chairman", "chairwoman", "chair", "ceo", "king", "emir", "prince", "sultan", "spokesperson",
    "spokesman", "spokeswoman", "director", "head", "chief", "commissioner", "mayor", "representative",
    "congressman", "congresswoman", "lawmaker", "leader", "official", "deputy", "founder", "administrator",
}
ORG_HEADS = {"alliance", "company", "firm", "fund", "bank", "group", "consortium", "unit", "subsidiary", "agency",
             "ministry", "operator", "giant", "miner", "producer", "utility", "arm", "corporation", "lender",
             "investor", "developer", "conglomerate", "carrier", "airline", "regulator", "partner", "partners"}
GROUP_HEADS = {"countries", "nations", "states", "governments", "republics", "economies", "members"}
STATE_HEADS = {"president", "presidents", "leader", "leaders", "government", "governments", "minister",
               "ministers", "delegation", "delegations", "authorities", "parliament", "cabinet"}
OFFICE_WORDS = {
    "president", "minister", "secretary", "senator", "ambassador", "envoy", "chancellor", "premier", "governor",
    "king", "queen", "emir", "prince", "sultan", "spokesperson", "spokesman", "spokeswoman", "commissioner",
    "mayor", "congressman", "congresswoman", "lawmaker", "official", "deputy", "diplomat", "undersecretary",
    "secretary-general", "director-general", "legislator", "mp", "speaker", "admiral", "attorney-general",
    "sheikh", "president-elect", "parliamentarian", "delegate", "consul", "ministry", "government", "cabinet",
    "kremlin", "parliament", "congress", "senate", "embassy", "commission", "council", "presidency", "nato",
}
RANK_WORDS = {"deputy", "vice", "assistant", "under", "acting", "junior", "senior", "first", "second", "shadow",
              "former", "chief", "principal", "associate"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
SPEECH_VERBS = {"say", "add", "tell", "note", "explain", "state", "declare", "stress", "insist", "write",
                "argue", "continue", "remark", "emphasize", "emphasise", "conclude", "announce", "reply"}
