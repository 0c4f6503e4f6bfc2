"""Money expressions: currency symbols, codes and words to ISO 4217, scales, qualifiers.

``scan(text)`` yields ``(start, end, amount, currency, qualifier)`` for "$1.1 billion",
"US$900m", "RMB 730m", "1.2 trillion yen", "Rs 500 crore", "over a billion-dollar investment",
"up to €50 million". A bare number is never money; a word that is also something else
("pounds", "won") needs a scale word ("million") before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dragoman.extract.wordforms import lowered

PREFIXES = {
    "us$": "USD", "u.s.$": "USD", "u.s. $": "USD", "usd": "USD", "$": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "r$": "BRL", "mx$": "MXN",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₹": "INR", "rs": "INR",
    "rs.": "INR", "inr": "INR", "₽": "RUB", "rub": "RUB", "₩": "KRW", "krw": "KRW", "₺": "TRY", "₦": "NGN",
    "ngn": "NGN", "rmb": "CNY", "cny": "CNY", "chf": "CHF", "sar": "SAR", "aed": "AED", "qar": "QAR",
    "kzt": "KZT", "uzs": "UZS", "sdr": "XDR", "xdr": "XDR", "zar": "ZAR", "kes": "KES", "egp": "EGP",
    "pkr": "PKR", "brl": "BRL", "mxn": "MXN", "idr": "IDR", "cad": "CAD", "aud": "AUD", "sgd": "SGD",
    "hkd": "HKD", "try": "TRY", "azn": "AZN", "kgs": "KGS", "tjs": "TJS", "tmt": "TMT", "gel": "GEL",
    "etb": "ETB", "tzs": "TZS", "ugx": "UGX", "ghs": "GHS", "kwd": "KWD", "omr": "OMR",
    "bhd": "BHD", "ils": "ILS", "vnd": "VND", "thb": "THB", "myr": "MYR", "bdt": "BDT",
    "lkr": "LKR", "npr": "NPR", "mnt": "MNT", "clp": "CLP", "cop": "COP", "ars": "ARS",
    "nok": "NOK", "sek": "SEK", "dkk": "DKK", "pln": "PLN", "czk": "CZK", "huf": "HUF",
    "nzd": "NZD", "php": "PHP", "zmw": "ZMW", "xof": "XOF", "xaf": "XAF", "tnd": "TND", "jod": "JOD",
    "rsd": "RSD", "ron": "RON", "bgn": "BGN", "uah": "UAH", "amd": "AMD", "byn": "BYN", "isk": "ISK",
    "fjd": "FJD", "pgk": "PGK", "sbd": "SBD", "wst": "WST", "vuv": "VUV", "mzn": "MZN", "aoa": "AOA",
    "iqd": "IQD", "dzd": "DZD", "mmk": "MMK", "khr": "KHR", "mvr": "MVR", "mur": "MUR", "rwf": "RWF",
    "mwk": "MWK", "bwp": "BWP", "nad": "NAD", "cdf": "CDF", "lyd": "LYD", "pen": "PEN", "uyu": "UYU",
}
# local abbreviations written before the amount, case as printed: "RO 260 million", "RM 5bn", "KSh 3bn"
SHORT_CODES = {"RO": "OMR", "QR": "QAR", "SR": "SAR", "KD": "KWD", "BD": "BHD", "RM": "MYR", "Dh": "AED",
               "Dhs": "AED", "Tk": "BDT", "KSh": "KES", "Ksh": "KES", "TSh": "TZS", "USh": "UGX", "GH₵": "GHS"}
PREFIXES.update({k.lower(): v for k, v in SHORT_CODES.items()})
PREFIXES.update({"₱": "PHP", "₫": "VND", "₴": "UAH", "₸": "KZT", "৳": "BDT", "₼": "AZN", "₾": "GEL"})
WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "pounds": "GBP", "british pounds": "GBP", "yen": "JPY",
    "japanese yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "rupees": "INR",
    "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR", "roubles": "RUB",
    "rubles": "RUB", "won": "KRW", "tenge": "KZT", "soums": "UZS", "sum": "UZS", "som": "KGS",
    "somoni": "TJS", "manat": "AZN", "turkmen manat": "TMT", "lira": "TRY", "liras": "TRY",
    "turkish lira": "TRY", "naira": "NGN", "rand": "ZAR", "kenyan shillings": "KES", "shillings": "KES",
    "tanzanian shillings": "TZS", "ugandan shillings": "UGX", "riyals": "SAR", "saudi riyals": "SAR",
    "qatari riyals": "QAR", "dirhams": "AED", "kuwaiti dinars": "KWD", "swiss francs": "CHF",
    "francs": "CHF", "cfa francs": "XOF", "mexican pesos": "MXN", "chilean pesos": "CLP",
    "argentine pesos": "ARS", "philippine pesos": "PHP", "colombian pesos": "COP", "reais": "BRL",
    "real": "BRL", "zloty": "PLN", "kronor": "SEK", "swedish kronor": "SEK", "norwegian kroner": "NOK",
    "danish kroner": "DKK", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "dong": "VND", "lari": "GEL",
    "dram": "AMD", "birr": "ETB", "cedis": "GHS", "kwacha": "ZMW", "taka": "BDT", "shekels": "ILS",
    "egyptian pounds": "EGP", "special drawing rights": "XDR", "sdrs": "XDR", "sdr": "XDR",
    "hryvnias": "UAH", "hryvnia": "UAH", "tugriks": "MNT", "kyat": "MMK", "vatu": "VUV", "kina": "PGK",
    "pa'anga": "TOP", "tala": "WST", "fiji dollars": "FJD", "solomon islands dollars": "SBD",
    "new zealand dollar": "NZD", "serbian dinars": "RSD", "moroccan dirhams": "MAD",
    "romanian lei": "RON", "leva": "BGN", "soles": "PEN", "cfa franc": "XOF",
}
# words that are money only after a scale word ("5 million pounds", not "200 pounds")
NEEDS_SCALE = {"pounds", "won", "sum", "som", "real", "dong", "rand", "dram", "lari", "francs", "sdr"}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12,
}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50,
                "hundred": 100, "a hundred": 100, "half a": 0.5, "several": None}
QUALIFIERS = {
    "up to": "up to", "as much as": "up to", "a maximum of": "up to", "no more than": "up to",
    "not more than": "up to", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "just under": "nearly", "about": "about", "around": "about", "approximately": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about", "over": "over",
    "more than": "over", "in excess of": "over", "upwards of": "over", "above": "over", "just over": "over",
    "at least": "at least", "a minimum of": "at least", "less than": "under", "under": "under",
    "below": "under",
}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_QUAL = r"(?:(?<![\w-])(?P<qual>(?i:" + _alt(list(QUALIFIERS)) + r"))\s+)?"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NUM2 = r"(?:\s?(?:-|–|to)\s?(?:[$€£¥])?(?P<num2>\d+(?:\.\d+)?))?"
_SCALE_WORD = r"(?P<scale>(?i:lakh crore|thousand|million|billion|trillion|crores?|lakhs?|mln|bln|trn|mn|bn|tn|mil))\b"
_SCALE_SHORT = r"(?P<short>[mbkMBK])(?![\w])"
_PREFIX = (r"(?P<cur>(?i:us\$|u\.s\.\s?\$|a\$|au\$|c\$|ca\$|hk\$|s\$|nz\$|r\$|mx\$)|[$€£¥₹₽₩₺₦₱₫₴₸৳₼₾]|"
           r"\b(?:Rs\.?|RMB|" + "|".join(SHORT_CODES) + "|"
           + "|".join(c.upper() for c in PREFIXES if c.isalpha() and len(c) == 3) + r")(?=\s?\d))")
_WORDNUM = r"(?P<wnum>(?i:half a|a hundred|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty))"
_CURWORD = (r"(?P<curword>(?i:" + _alt(list(WORDS)) + r"))\b")

PATTERNS = [
    ("prefix", re.compile(_QUAL + _PREFIX + r"\s?" + _NUM + _NUM2 + r"(?:\s?" + _SCALE_WORD + r"|" + _SCALE_SHORT + r")?")),
    ("suffix", re.compile(_QUAL + r"\b" + _NUM + _NUM2 + r"(?:\s?" + _SCALE_WORD + r"|" + _SCALE_SHORT + r")?\s+" + _CURWORD)),
    ("suffix", re.compile(_QUAL + r"\b" + _WORDNUM + r"\s+" + _SCALE_WORD + r"\s+" + _CURWORD)),
    # South African rand written "R5.2bn", "R800m": only with a scale, since "R500" is also a model name
    ("rand", re.compile(_QUAL + r"\b(?P<cur>R)" + _NUM + r"(?:\s?" + _SCALE_WORD + r"|" + _SCALE_SHORT + r")")),
    ("adjective", re.compile(_QUAL + r"\b(?:(?P<wnum>(?i:a|an|one|half a|two|three|five|ten))|" + _NUM + r")[\s-]+"
                             r"(?P<scale>(?i:million|billion|trillion))[\s-](?P<curword>(?i:dollar|euro|pound|yuan|yen|rupee))\b")),
]


# every amount holds a currency sign, code or word, or a scale word: the grammar runs around them only
_ANCHORS = re.compile(r"[$€£¥₹₽₩₺₦]|\b(?:[A-Z]{3}|Rs|RMB|SDR)\b|\d[mbkMBK]\b|\bR\d")
_WORD_ANCHORS = re.compile(r"\b(?:" + _alt(sorted({w.split()[-1] for w in WORDS})) +
                           r"|million|billion|trillion|thousand|crores?|lakhs?|mn|bn|tn|mln|bln|trn)\b")
_BACK, _AHEAD = 40, 40


def _windows(text: str) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    spans = [(m.start(), m.end()) for m in _ANCHORS.finditer(text)]
    spans += [(m.start(), m.end()) for m in _WORD_ANCHORS.finditer(lowered(text))]
    for start, end in sorted(spans):
        lo, hi = max(0, start - _BACK), min(len(text), end + _AHEAD)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def scan(text: str) -> Iterator[tuple[int, int, float, str, str | None, float | None]]:
    """(start, end, amount, currency, qualifier, upper bound) for each amount, without overlaps."""
    found: list[tuple[int, int, float, str, str | None, float | None]] = []
    for lo, hi in _windows(text):
        for kind, pattern in PATTERNS:
            for m in pattern.finditer(text, lo, hi):
                parsed = _parse(m, kind)
                if parsed is not None:
                    found.append(parsed)
    found.sort(key=lambda f: (f[0], -f[1]))
    last_end = -1
    for item in found:
        if item[0] >= last_end:
            last_end = item[1]
            yield item


def _parse(m: re.Match[str], kind: str) -> tuple[int, int, float, str, str | None, float | None] | None:
    gd = m.groupdict()
    if kind == "rand":
        currency: str | None = "ZAR"
    elif kind == "prefix":
        currency = PREFIXES.get(re.sub(r"\s+", " ", gd["cur"].lower()))
    else:
        word = " ".join(gd["curword"].lower().split())
        currency = WORDS.get(word) or WORDS.get(word + "s")
        if word in NEEDS_SCALE and not (gd.get("scale") or gd.get("short")):
            return None
    if currency is None:
        return None
    if gd.get("num"):
        value = float(gd["num"].replace(",", ""))
    else:
        wnum = NUMBER_WORDS.get(" ".join((gd.get("wnum") or "").lower().split()))
        if wnum is None:
            return None
        value = float(wnum)
    scale = 1.0
    if gd.get("scale"):
        scale = SCALES[" ".join(gd["scale"].lower().split())]
    elif gd.get("short"):
        scale = SCALES[gd["short"].lower()]
    upper = float(gd["num2"]) * scale if gd.get("num2") else None
    qualifier = QUALIFIERS.get(" ".join(gd["qual"].lower().split())) if gd.get("qual") else None
    if upper is not None and qualifier is None:
        qualifier = "between"
    amount = value * scale
    if amount <= 0 or amount > 1e16:
        return None
    return m.start(), m.end(), amount, currency, qualifier, upper
