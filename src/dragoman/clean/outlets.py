"""Publisher names: from copyright lines, source notes and domains, in a readable form."""

from __future__ import annotations

import re

from dragoman.clean import patterns as pt

_LEADING = re.compile(r"^(?:©|\(c\)|copyright|by|\d{4}(?:\s*[-–]\s*\d{4})?|[,:.|-])\s*", re.IGNORECASE)
_STOP = re.compile(r"\s*(?:[.|;,·•–—]\s|\s[-:]\s|all rights|\bpowered by|\bdesigned by|\btheme by|\bunless\b|\blicen[cs]ed\b|"
                   r"\bor its\b|\band its\b|$)", re.IGNORECASE)
_NOT_NAMES = frozenset({"our", "this", "all", "the", "site", "contents", "content", "page", "website", "text", "photos"})
_LEGAL = re.compile(r"[\s,]+(?:(?:pvt|private|pty|pte|sdn)\.?\s+)?(?:ltd|limited|llc|llp|inc|plc|gmbh|s\.a|sa|s\.p\.a|spa|ag|pte|"
                    r"a/s|ab|n\.v|nv|b\.v|bv|sas|sarl|bhd|jsc|co|corp|corporation)\.?$", re.IGNORECASE)
#: the parts of a footer line: "Example Times | 12 Harbour Road | © 2025 Example Media"
_SEGMENT = re.compile(r"\s+[|·•∙]\s+|\s*[|·•∙]\s*(?=©|\(c\)|copyright)", re.IGNORECASE)


def clean_outlet(name: str | None) -> str | None:
    """Trim a publisher name: surrounding punctuation, legal suffixes; None when nothing is left."""
    if not name:
        return None
    name = re.sub(r"[\s,]+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$", "", name.strip(" .,;:|-–—\"'“”"))
    name = _LEGAL.sub("", name).strip(" .,;:")
    if not name or not re.search(r"[^\W\d_]", name) or len(name) > 60 or len(name.split()) > 6:
        return None
    return name


def copyright_outlet(line: str) -> str | None:
    """The holder named in a copyright line: "© 2025 by Example News" -> "Example News"."""
    if not re.search(r"©|\(c\)|copyright", line, re.IGNORECASE):
        return None
    text = line.strip()
    segments = [part for part in _SEGMENT.split(text) if part.strip()]
    if len(segments) > 1:
        marked = next(part for part in segments if re.search(r"©|\(c\)|copyright", part, re.IGNORECASE))
        holder = copyright_outlet(marked)
        if holder or marked is segments[0]:
            return holder
        return name_like(segments[0])  # "Example Review · Dubai · © 2026 All rights reserved"
    before = re.split(r"\s*(?:©|\(c\)|copyright)", text, maxsplit=1, flags=re.IGNORECASE)[0]
    if before:
        words = before.split()
        if len(words) <= 4 and all(w[0].isupper() for w in words) and not {w.lower() for w in words} <= _NOT_NAMES:
            return clean_outlet(before)  # "Example Gazette © 2025"
        return None
    while True:
        stripped = _LEADING.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    stop = _STOP.search(text)
    name = text[: stop.start()] if stop else text
    return clean_outlet(name)


def name_like(text: str) -> str | None:
    """A short capitalised name that is not a menu entry or a button: "Example Review", not
    "Subscribe", "Terms and Conditions" or "Skip to content"."""
    words = text.split()
    if not 1 <= len(words) <= 5 or not all(w[0].isupper() or w.lower() in pt.SMALL_WORDS for w in words):
        return None
    lowered = [w.lower().strip(".,:") for w in words]
    if set(lowered) <= pt.MENU_WORDS | pt.SMALL_WORDS | _NOT_NAMES or lowered[0] in pt.NOT_NAME_START:
        return None
    return clean_outlet(text)


def registrable_label(host: str) -> str:
    """The publisher's label in a host name: www.example-news.co.uk -> example-news."""
    host = host.lower().split(":")[0].strip(".")
    parts = [p for p in host.split(".") if p]
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "gov", "ac", "edu"} and len(parts[-1]) == 2:
        parts = parts[:-2]
    elif len(parts) >= 2:
        parts = parts[:-1]
    parts = [p for p in parts if p not in pt.DOMAIN_NOISE]
    return parts[-1] if parts else host


def readable_domain(host: str) -> str:
    """A domain as a name: example-news.com -> Example News, devnews.eu -> Devnews."""
    label = registrable_label(host)
    return " ".join(word.capitalize() for word in re.split(r"[-_]+", label) if word)


def domain_outlet(domain: str, candidates: list[str]) -> str:
    """Prefer a line of the page that spells the domain's name ("Example News" for examplenews.com)."""
    label = re.sub(r"[^a-z0-9]", "", registrable_label(domain))
    for text in candidates:
        if re.sub(r"[^a-z0-9]", "", text.lower()) == label and len(text) <= 60:
            return text.strip()
    return readable_domain(domain)


def site_of(title: str) -> str | None:
    """The site's name cut from a headline line ("Port deal signed | Coast Courier" -> "Coast Courier")."""
    stripped = strip_site(title)
    if stripped == title.strip() or not title.strip().startswith(stripped):
        return None
    tail = title.strip()[len(stripped):].strip(" |–—:·•-")
    words = [w.lower() for w in pt.WORD.findall(tail)]
    if not words or all(w in pt.MENU_WORDS or w in pt.SMALL_WORDS for w in words) or words[0] in pt.STOPWORDS:
        return None  # "... | World" is a section, "... - And Why It Matters" part of the headline
    return clean_outlet(tail)


def strip_site(title: str, sites: tuple[str | None, ...] = ()) -> str:
    """Drop a " | Site" or " - Site" tail from a headline when the tail is the site's name (or
    looks like a name: a few capitalised words), never when it reads like part of the headline."""
    title = title.strip()
    prefix = pt.TITLE_PREFIX.match(title)
    if prefix and len(title[prefix.end():].split()) >= 3 and _is_site_or_section(prefix.group("prefix"), sites):
        title = title[prefix.end():]
    match = pt.TITLE_SUFFIX.search(title)
    if not match or len(title[: match.start()].split()) < 2:
        return title
    tail = match.group(0).strip(" |–—:·•-")
    squashed = re.sub(r"[^a-z0-9]", "", tail.lower())
    known = [re.sub(r"[^a-z0-9]", "", s.lower()) for s in sites if s]
    if any(k and (k in squashed or squashed in k) for k in known):
        return title[: match.start()].strip()
    words = tail.split()
    if len(words) <= 4 and len(title[: match.start()].split()) >= 4 and all(
            w[0].isupper() or w[0].isdigit() or "." in w for w in words):
        return title[: match.start()].strip()
    return title


def _is_site_or_section(text: str, sites: tuple[str | None, ...]) -> bool:
    squashed = re.sub(r"[^a-z0-9]", "", text.lower())
    if any(s and re.sub(r"[^a-z0-9]", "", s.lower()) == squashed for s in sites):
        return True
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and all(w in pt.MENU_WORDS for w in words)
