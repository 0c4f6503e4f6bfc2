"""Words that make (or unmake) a commitment: plan verbs, report verbs, forecasts, deliverables."""

from __future__ import annotations

from dragoman.extract.wordforms import register_verbs

PLAN_VERBS = {"plan", "intend", "aim", "pledge", "vow", "promise", "commit", "undertake", "agree", "prepare",
              "guarantee", "swear"}
FORECAST_VERBS = {"slow", "rise", "fall", "grow", "decline", "increase", "decrease", "improve", "worsen",
                  "recover", "shrink", "drop", "climb", "jump", "surge", "soar", "plunge", "ease", "weaken",
                  "strengthen", "remain", "continue", "hurt", "affect", "cost", "cause", "happen", "succeed",
                  "fail", "suffer", "collapse", "stall", "struggle", "outpace", "exceed", "miss", "slide",
                  "employ"}  # "the plant would employ 2,400 people": a projection
CONDITIONS = {"if", "unless", "when", "once", "provided", "whenever"}
# what a speaker's side may promise in the passive: "the deeds would be handed over within 60 days"
DELIVERABLES = {"hand", "deliver", "complete", "finish", "publish", "open", "sign", "build", "release", "return",
                "transfer", "issue", "finalise", "finalize", "launch", "submit", "table", "present", "start",
                "begin", "commission", "disburse", "repay", "restore", "reopen", "lift"}
REPORTED_PLAN_VERBS = {"hope", "expect"}  # "X said the company hoped to close ..." is X's promise
STRONG_VERBS = {"pledge", "vow", "promise", "commit", "agree", "undertake", "guarantee"}
SCHEDULE_WORDS = {"set", "due", "scheduled", "slated", "poised"}
ANNOUNCE_VERBS = {"announce", "reveal", "unveil", "outline", "present", "confirm", "declare", "disclose",
                  "make", "set", "lay", "detail", "signal", "express", "reaffirm", "reiterate", "state"}
PLAN_NOUNS = {"plan", "intention", "intent", "commitment", "pledge", "effort", "proposal", "bid", "decision",
              "promise", "vow", "aim", "goal", "undertaking", "readiness", "determination", "target", "ambition"}
OWNED_PLAN_NOUNS = {"plan", "intention", "intent", "commitment", "pledge", "proposal", "decision", "promise", "vow",
                    "undertaking"}
MEETING_ACTIONS = {"meet", "attend", "hold", "host", "talk", "join", "speak", "address", "arrive", "gather"}
REPORT_VERBS = {"say", "tell", "announce", "add", "state", "declare", "confirm", "insist", "pledge", "promise",
                "vow", "write", "reveal", "stress", "explain", "reiterate", "indicate", "note"}
PREDICT_VERBS = {"expect", "predict", "forecast", "believe", "think", "fear", "warn", "doubt", "anticipate",
                 "estimate", "project", "suggest", "speculate", "hope", "worry", "assume", "guess", "claim",
                 "argue", "report"}
NON_ACTIONS = {"be", "become", "remain", "seem", "appear", "need", "face", "happen", "last", "cost", "depend",
               "mean", "lose", "fall", "rise", "grow", "decline", "see", "have", "get", "like", "love", "know",
               "find", "say", "tell", "want", "require", "allow", "help", "benefit", "suffer", "struggle", "take",
               "own", "control", "retain", "receive", "keep", "contain", "include", "consist", "involve", "mark",
               "represent", "constitute", "show", "reflect", "likely", "appreciate", "enjoy", "notice", "feel",
               "look", "try", "wish", "hope", "sustain", "undergo", "occur", "do", "behave"}
PREDICT_WORDS = {"possible", "likely", "unlikely", "probable", "expected", "conceivable", "fear", "risk",
                 "concern", "possibility", "chance", "prospect", "danger", "expectation", "speculation",
                 "doubt", "question", "worry", "warning", "forecast", "prediction"}
HOLD_OBJECTS = {"talks", "talk", "meeting", "meetings", "summit", "consultations", "election", "elections",
                "referendum", "conference", "negotiations", "hearing", "hearings", "vote", "discussions",
                "auction", "auctions", "tender", "tenders", "round", "census", "dialogue", "consultation",
                "exercise", "exercises", "drills", "ceremony", "forum", "session", "sessions", "poll", "polls"}
TAKE_OBJECTS = {"decision", "decisions", "step", "steps", "measure", "measures", "action", "actions", "delivery",
                "charge", "part", "ownership", "control", "over"}
TRAVEL = {"visit", "tour", "travel", "trip", "go", "fly"}

register_verbs(DELIVERABLES, FORECAST_VERBS, REPORTED_PLAN_VERBS, PLAN_VERBS, ANNOUNCE_VERBS, REPORT_VERBS, PREDICT_VERBS, NON_ACTIONS, TRAVEL,
               MEETING_ACTIONS)
