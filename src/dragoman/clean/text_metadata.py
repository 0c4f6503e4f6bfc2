"""Title, outlet and publication date of a flattened text page, read from the lines around the article."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from dragoman.clean import patterns as pt
from dragoman.clean.dates import context_year, dateline_date, find_date, is_date_line, iso, month_day
from dragoman.clean.lines import Line, Shape, content_words, normalise
from dragoman.clean.outlets import (
    clean_outlet,
    copyright_outlet,
    domain_outlet,
    name_like,
    site_of,
    strip_site,
)


@dataclass
class Title:
    text: str
    index: int  # the line it was read from (-1 for a syndication note)
    strong: bool  # confirmed by a byline under it, a repeat, or a syndication note
    site: str | None = None  # the site's name printed after it ("Headline | Example News")


def find_title(lines: list[Line], body: list[Line]) -> Title | None:
    """The headline: the "appeared first on" note, else the headline-like line above the article
    that shares most words with it (helped by standing just above a byline, or being repeated)."""
    for line in lines:
        match = pt.APPEARED_FIRST.match(line.core)
        if match:
            return Title(match.group("title").strip(), -1, True)
    start = body[0].index if body else len(lines)
    vocab = {w for line in body for w in line.content}
    counts = Counter(line.key for line in lines)
    bonus: dict[int, float] = {}
    decked: dict[int, Line] = {}  # a line of a headline-and-standfirst stack -> the stack's top line
    for i, line in enumerate(lines):
        byline = _is_byline(line) or _split_byline(lines, i)
        if (byline or _author_over_date(lines, i)) and (not body or line.index < body[-1].index):
            for k, candidate in enumerate(_run_above(lines, i)):  # the nearest is the headline, unless a standfirst
                bonus[candidate.index] = max(bonus.get(candidate.index, 0.0), 7.0 if k == 0 and byline else 4.0)
            stack = _stack_above(lines, i)
            for candidate in stack[:-1]:
                decked[candidate.index] = stack[-1]
    question = body[0].index if body and len(body) > 1 and _question_headline(body[0]) else None
    masthead = _ministry([line for line in lines if line.index < start])
    candidates: list[tuple[float, Line, bool]] = []
    for line in lines:
        if not _title_like(line) or line.words > 20 or _menu_like(line):
            continue
        if pt.ISSUER_LINE.match(line.core.strip()) or pt.GOVERNMENT_LINE.match(line.core.strip()) \
                or (masthead and line.core.strip() == masthead):
            continue  # "From: Example Agency", "Republic of X", the ministry under it: the masthead, no headline
        if line.index >= start and line.index not in bonus and line.index != question:
            continue
        known = sum(1 for w in line.content if w in vocab)
        extra = bonus.get(line.index, 0.0) + (2.0 if counts[line.key] >= 2 else 0.0)
        if vocab and line.content and not extra and known / len(line.content) < 0.25:
            continue  # a headline shares words with its article; a teaser or tagline does not
        candidates.append((known + extra - (2.0 if line.words > 16 else 0.0), line, bool(extra)))
    # a caption that repeats the start of a longer candidate gives way to it
    candidates = [c for c in candidates
                  if not any(o[1].key != c[1].key and o[1].key.startswith(c[1].key) for o in candidates)]
    if not candidates:
        return None
    _, line, strong = max(candidates, key=lambda c: (c[0], -c[1].index))
    top = decked.get(line.index)
    shared = sum(1 for w in top.content if w in vocab) / max(1, len(top.content)) if top is not None and vocab else 1.0
    if top is not None and (shared >= 0.4 or (shared >= 0.25 and not _title_case(line))):
        line, strong = top, True  # the headline stands above its standfirst (a series label shares few words)
    return Title(strip_site(line.core), line.index, strong, site_of(line.core))


def find_outlet(lines: list[Line], body: list[Line], headline: int | None = None, site: str | None = None) -> str | None:
    """The publisher (see ``_find_outlet``); a generic state name ("Government of X", "Republic of X") gives way
    to a ministry or department printed as a line of its own above the article: the ministry issues its releases."""
    outlet = _find_outlet(lines, body, headline, site)
    if outlet and pt.GOVERNMENT_LINE.match(outlet.strip()):
        start = body[0].index if body else len(lines)
        for line in lines:
            if line.index < start and not line.menu and pt.MINISTRY_LINE.match(line.core.strip()) \
                    and len(line.core.split()) <= 12 and not line.core.rstrip().endswith((".", ":")):
                return line.core.strip()
    return outlet


def _find_outlet(lines: list[Line], body: list[Line], headline: int | None = None, site: str | None = None) -> str | None:
    """The publisher: a syndication note, a ministry under a government masthead, a copyright
    line (unless it names the owning company or the author of a site whose name the page prints
    above and below the article), a site credit, a desk byline, a source note, a wire-style lead
    ("..., X reports." / "CITY (X) -"), the site's name printed above and below the article, the
    domain of a contact address or link, or, failing all, the name that opens the page.
    ``headline`` is the index of the headline line when known: the masthead stands above it;
    ``site`` the name printed after the headline ("Headline | Example News"), a name the site calls itself."""
    body_index = {line.index for line in body}
    start = body[0].index if body else len(lines)
    furniture = [line.core for line in lines if line.index not in body_index]
    header = [line for line in lines if line.index < start]
    for text in furniture:
        match = pt.APPEARED_FIRST.match(text)
        if match and clean_outlet(match.group("outlet")):
            return clean_outlet(match.group("outlet"))
    ministry = _ministry(header) or _issuer(lines, body_index)
    if ministry:
        return ministry
    top = headline if headline is not None and headline >= 0 else start
    masthead, brand = _masthead(lines, body, top), site or _named_brand(furniture)
    for text in reversed(furniture):
        name = copyright_outlet(text) if len(text) < 200 else None
        if name:  # the author is named between the headline and the article's end
            return _brand_over_holder(name, masthead, brand, [line for line in lines if line.index not in body_index
                                                       and top < line.index < (body[-1].index if body else 0)])
    for text in furniture:
        match = pt.SITE_CREDIT.match(text) or pt.DESK_BYLINE.match(text) or pt.STAFF_BYLINE.match(text)
        if match and clean_outlet(match.group("outlet")):
            return clean_outlet(match.group("outlet"))
    for text in furniture:
        match = pt.SOURCE_LINE.match(text)
        if match and _not_agency(match.group("outlet")):
            return clean_outlet(match.group("outlet"))
    for line in [*body[:2], *header[-4:]]:
        match = pt.LEAD_REPORTS.search(line.core) or next(
            (m for m in (regex.match(line.core) for regex in pt.DATELINE_AGENCY) if m), None)
        if match and _not_agency(match.group("outlet")):
            return clean_outlet(match.group("outlet"))
    if masthead or brand:
        return masthead or brand
    # a contact address is never the publisher's name ("press@example.gc.ca" is no "Gc")
    for text in furniture:
        for match in pt.WEB_DOMAIN.finditer(text):
            if match.group("domain").lower() not in pt.PLATFORM_DOMAINS:
                return domain_outlet(match.group("domain"), furniture)
    return _opening_name(header)


def _ministry(header: list[Line]) -> str | None:
    """A ministry or department named under a government masthead at the top of the page (a few
    lines below it: a portal link may stand between): the ministry, not the government, publishes
    its press releases."""
    for k, above in enumerate(header[:6]):
        if not pt.GOVERNMENT_LINE.match(above.core):
            continue
        for line in header[k + 1:k + 4]:
            if pt.MINISTRY_LINE.match(line.core) and not line.menu:
                return line.core.strip()
    return None


def _issuer(lines: list[Line], body_index: set[int]) -> str | None:
    """The body a press release says it comes from: "From: X" (a name) or "Issued by X" (a government body)."""
    for line in lines:
        if line.index in body_index:
            continue
        match = pt.ISSUER_LINE.match(line.core.strip())
        if match is None:
            continue
        name = match.group("outlet").strip()
        if pt.GOVERNMENT_BODY.search(name) and len(name) <= 90:
            return clean_outlet(name) if len(name.split()) <= 6 else name
        if line.core.lower().startswith(("from", "issued")) and name_like(name):
            return name_like(name)
    return None


def _brand_over_holder(holder: str, masthead: str | None, brand: str | None, byline_area: list[Line]) -> str:
    """The copyright holder, unless the site's own name is a better name for the publisher: the
    holder is the author named above the article (a one-person newsletter), or the company behind
    the brand ("Example Media Group" for a site calling itself "Example Daily", "Example
    Newspapers" for a masthead "The Example Standard"). A name that is only the holder's initials
    gives way to the full name."""
    initials = "".join(w[0] for w in holder.split() if w[0].isupper() and w.lower() != "the").lower()
    squashed = re.sub(r"[^a-z0-9]", "", holder.lower())
    names = [n for n in (brand, masthead) if n and re.sub(r"[^a-z0-9]", "", n.lower()) != squashed]
    if not names or any(n.isupper() and initials.startswith(re.sub(r"[^a-z0-9]", "", n.lower())) for n in names):
        return holder
    key = normalise(holder)
    if any(line.key == key or (_is_byline(line) and f" {key} " in f" {line.key} ") for line in byline_area):
        return names[0]  # the author's own copyright
    if masthead and masthead in names and content_words(masthead) & content_words(holder):
        return masthead
    if brand and brand in names and holder.split()[-1].lower().strip(".,") in pt.CORPORATE_WORDS:
        return brand
    return holder


def _named_brand(furniture: list[str]) -> str | None:
    """The name the site calls itself in its furniture at least twice ("About Example News",
    "Example News App", "Follow Example News on X"), not a platform or a menu entry."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for text in furniture:
        if len(text) > 80:
            continue
        for regex in pt.BRAND_MENTION:
            match = regex.match(text.strip(" •"))
            if match:
                name = name_like(match.group("name"))
                if name and name.split()[0].lower() not in pt.MENU_WORDS and name.lower() not in pt.PLATFORM_NAMES:
                    counts[normalise(name)] += 1
                    spelled.setdefault(normalise(name), name)
                break
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return spelled[key] if n >= 2 else None


def _opening_name(header: list[Line]) -> str | None:
    """The short name that opens the page, above a tagline or menu: the site's own name."""
    for line in header[:2]:
        name = name_like(line.core) if line.shape in (Shape.SHORT, Shape.TITLE) and not line.menu else None
        if name:
            return name
    return None


def is_tagline(line: Line, outlet: str) -> bool:
    """The publisher's name and its slogan: "Example Wire — independent news from the north"."""
    text = line.core
    for name in (outlet, "The " + outlet):
        if line.words <= 25 and text.lower().startswith(name.lower()):
            return bool(pt.TAGLINE_SEPARATOR.match(text[len(name):]))
    return False


def _not_agency(name: str) -> bool:
    """A source note or dateline naming a wire agency credits the agency, not the publisher."""
    cleaned = clean_outlet(name)
    return cleaned is not None and cleaned.lower() not in pt.WIRE_AGENCIES


def find_published(lines: list[Line], body: list[Line], crawl_date: str | None, url: str | None = None) -> str | None:
    """A date in the header or a byline, else the date in the page's address, else the date of
    a dateline (the lead's, or one on its own line above it), else the crawl date. A page date
    later than the crawl date is impossible: the crawl date wins then."""
    found = _page_date(lines, body, int(crawl_date[:4]) if crawl_date else None, url)
    if crawl_date and (found is None or found > crawl_date):
        return crawl_date
    return found


def find_url(lines: list[Line], body: list[Line]) -> str | None:
    """The page's own address, printed on a line of its own above the article."""
    start = body[0].index if body else len(lines)
    return next((line.core for line in lines if line.index < start and pt.BARE_URL.match(line.core)), None)


def _page_date(lines: list[Line], body: list[Line], crawl_year: int | None, url: str | None) -> str | None:
    third = body[min(2, len(body) - 1)].index if body else len(lines)
    body_index = {line.index for line in body}
    header = [line for line in lines if line.index < third and line.index not in body_index]
    for line in header:  # short lines only: a cookie notice or a legal text may quote old dates
        short = line.words <= 16 or (line.words <= 40 and bool(pt.DATE_LABEL.match(line.core) or _is_byline(line)))
        found = find_date(line.core) if short else None
        if found:
            return found
    last = body[-1].index if body else len(lines)
    for line in lines:  # a byline or date line further down, inside the article
        if line.index < last and line.shape is Shape.JUNK and line.words <= 16 and (
                _is_byline(line) or pt.DATE_LABEL.match(line.core) or is_date_line(line.core)):
            found = find_date(line.core)
            if found:
                return found
    year = crawl_year or context_year((line.core for line in lines if line.shape is Shape.JUNK), latest=True)
    for line in header:  # "Updated Nov 19, 6:55 AM": the year is the crawl's or the copyright line's
        if year and line.words <= 10 and (pt.DATE_LABEL.match(line.core) or _is_byline(line)):
            found = month_day(line.core, year)
            if found:
                return found
    match = pt.URL_DATE.search(url) if url else None
    if match:
        found = iso(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if found:
            return found
    if body:  # a dateline names no year: the crawl's, the copyright line's, or the one the text names most
        year = crawl_year or context_year((line.core for line in lines if line.shape is Shape.JUNK), latest=True) \
            or context_year(line.core for line in body)
        for line in [body[0], *(line for line in header[-3:] if line.index < body[0].index)]:
            found = dateline_date(line.core, year)
            if found:
                return found
    return None


def _question_headline(line: Line) -> bool:
    """A headline that ends like a sentence: "Is the grain corridor safe?" """
    return line.core.rstrip().endswith(("?", "!")) and 4 <= line.words <= 16 and _title_like(line)


def _masthead(lines: list[Line], body: list[Line], top: int) -> str | None:
    """A short name printed at the top of the page and again below the article, in the footer
    or a line of its own ("ARCTIC DAILY" above, "More from Arctic Daily" / "© 2025 Arctic Daily" below)."""
    if not body:
        return None
    first, last = body[0].index, body[-1].index
    below = [line.core for line in lines if line.index > last]
    for line in lines[:6]:  # the masthead opens the page
        if line.index >= min(first, top) or line.menu or line.shape not in (Shape.SHORT, Shape.TITLE) \
                or not name_like(line.core):
            continue
        words = pt.WORD.findall(line.core)
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        name = re.compile(r"(?<!\w)(?:the\s+)?" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
        for text in below:
            for found in name.finditer(text):
                if not found.group(0)[0].isupper() or _inside_longer_name(text, found):
                    continue  # "Metals Morning newsletter" does not repeat a "METALS" label
                spelled = line.core if found.group(0).isupper() else found.group(0)
                return clean_outlet(spelled.title() if spelled.isupper() else spelled)
    return None


def _inside_longer_name(text: str, found: re.Match[str]) -> bool:
    """A capitalised word right before or after the match (not a legal suffix, not a sentence
    start or a credit word such as "Copyright" or "Follow") makes it part of another name."""
    after = text[found.end():].split()[:1]
    if after and after[0][0].isupper() and clean_outlet(f"{found.group(0)} {after[0]}") != clean_outlet(found.group(0)):
        return True
    before = text[: found.start()].split()[-1:]
    return bool(before) and before[0][0].isupper() and not before[0].endswith((".", "!", "?", ":")) \
        and before[0].lower() not in pt.CREDIT_WORDS


def _run_above(lines: list[Line], i: int) -> list[Line]:
    """The headline-like lines standing directly above line ``i`` (furniture in between is skipped)."""
    run: list[Line] = []
    for k, line in enumerate(reversed(lines[max(0, i - 6): i])):
        if line.shape in (Shape.JUNK, Shape.INLINE):
            continue
        if not _title_like(line):
            if not run and k == 0 and line.shape is Shape.PROSE and line.words <= 40:
                continue  # a standfirst written as sentences between the headline and the byline
            break
        run.append(line)
    return run


def _stack_above(lines: list[Line], i: int) -> list[Line]:
    """Headline-like lines stacked directly above line ``i``, nearest first: a headline and its
    standfirst over a byline. The top line may end like a sentence ("... Here's what it means.")."""
    stack: list[Line] = []
    for j in range(i - 1, max(-1, i - 5), -1):
        line = lines[j]
        if is_date_line(line.core):
            break  # "March 12, 2026 7:14 AM GMT" over the headline tops no stack
        if _title_like(line) and line.words <= 20 and not _menu_like(line):
            stack.append(line)
            continue
        if stack and line.shape is Shape.PROSE and 4 <= line.words <= 20 and not _menu_like(line) \
                and not (j > 0 and _title_like(lines[j - 1])):
            stack.append(line)  # a headline written as a sentence (a teaser's summary sits under its headline)
        break
    return stack if len(stack) == 2 else []


def _author_over_date(lines: list[Line], i: int) -> bool:
    """A name on its own line with the date on the next: "Jane Doe" / "Nov 27, 2025"."""
    line = lines[i]
    words = line.core.split()
    return line.shape is Shape.SHORT and 2 <= len(words) <= 4 and all(w[0].isupper() and not w.isupper() for w in words) \
        and not line.menu and i + 1 < len(lines) and is_date_line(lines[i + 1].core)


def _title_case(line: Line) -> bool:
    """Most content words capitalised, as in a headline: a standfirst is written in sentence case."""
    words = [w for w in pt.WORD.findall(line.core) if w.lower() not in pt.SMALL_WORDS]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.8 * len(words)


def _split_byline(lines: list[Line], i: int) -> bool:
    """"By" alone on its line with the author's name on the next."""
    return lines[i].core.lower() in ("by", "by:") and i + 1 < len(lines) and bool(
        pt.BYLINE.match("By " + lines[i + 1].core)) and lines[i + 1].words <= 5


def _is_byline(line: Line) -> bool:
    """"By Jane Doe", "Example Desk | ...", "Jane Doe, Staff Reporter", "March 3, 2026 7:45 am by Jane Doe"."""
    return bool(pt.BYLINE.match(line.core) or pt.DESK_BYLINE.match(line.core) or pt.JUNK_LINE_CASED.match(line.core)
                or (pt.DATED_BYLINE.search(line.core) and find_date(line.core))) and line.words <= 16


def _menu_like(line: Line) -> bool:
    """A run of menu entries flattened into one line: "News Politics Culture Technology Business"."""
    words = [w.lower() for w in pt.WORD.findall(line.core)]
    if not words:
        return True
    menu = sum(w in pt.MENU_WORDS for w in words)
    no_small = not any(w in pt.SMALL_WORDS for w in words)
    return menu >= 0.4 * len(words) or (no_small and len(words) > 12 and menu > 0)


def _title_like(line: Line) -> bool:
    if line.shape is Shape.TITLE:
        return line.words >= 3 and not line.menu
    return line.shape is Shape.PROSE and 4 <= line.words <= 25 and not pt.TERMINAL.search(line.core.rstrip("?!"))


def title_keys(title: str | None) -> frozenset[str]:
    return frozenset({normalise(title)}) if title else frozenset()


def trim_before_title(body: list[Line], title: Title | None) -> list[Line]:
    """Drop what stands above a confirmed headline (teasers of other stories), unless that is
    a large part of the text: then the headline, not the text, is more likely wrong."""
    if title is None or not title.strong or title.index < 0:
        return body
    above = [line for line in body if line.index < title.index]
    if not above or sum(len(x.core) for x in above) > 0.4 * sum(len(x.core) for x in body):
        return body
    return [line for line in body if line.index > title.index]

