"""Title, outlet, publication date and canonical URL of an HTML page, read from its parsed tree.

Title: og:title (or twitter:title, JSON-LD headline), else the page's single <h1>, else <title>
less a " | Site" tail. Outlet: og:site_name, the JSON-LD publisher, application-name, else a
readable form of the domain. Date: htmldate (original publication date, not the last update;
headers first, the whole text only when they say nothing), else a date in the URL. URL: <link rel="canonical"> or og:url.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from dragoman.clean import patterns as pt
from dragoman.clean.dates import iso
from dragoman.clean.outlets import (
    clean_outlet,
    copyright_outlet,
    readable_domain,
    registrable_label,
    strip_site,
)


@dataclass
class HtmlMetadata:
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


def html_metadata(tree: Any, *, url: str | None = None) -> HtmlMetadata:
    meta = _meta_tags(tree)
    ld = _json_ld(tree)
    canonical = _first(tree.xpath(pt.HTML_CANONICAL_XPATH))
    page_url = url or (canonical if canonical and canonical.startswith("http") else None)
    outlet = _outlet(tree, meta, ld, page_url)
    host = urlparse(page_url).hostname if page_url else None
    title = _title(tree, meta, ld)
    return HtmlMetadata(
        title=strip_site(title, (outlet, meta.get("og:site_name"), host and registrable_label(host))) if title else None,
        outlet=outlet,
        published=_published(tree, page_url),
        url=page_url,
    )


def _meta_tags(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iterfind(".//meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        value = (element.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for raw in tree.xpath(pt.HTML_JSONLD_XPATH):
        try:
            data = json.loads(raw)
        except (ValueError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    return objects


def _title(tree: Any, meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    for key in pt.HTML_TITLE_META[:3]:
        if meta.get(key):
            return _squash(meta[key])
    for item in ld:
        headline = item.get("headline")
        if isinstance(headline, str) and headline.strip():
            return _squash(headline)
    headings = [_squash(h.text_content()) for h in tree.iterfind(".//h1")]
    headings = [h for h in headings if len(h.split()) >= 3]
    if len(headings) == 1:
        return headings[0]
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        return _squash(title.text_content())
    return None


def _outlet(tree: Any, meta: dict[str, str], ld: list[dict[str, Any]], url: str | None) -> str | None:
    name = _site_name(meta.get("og:site_name"))
    if name:
        return name
    for item in ld:
        publisher = item.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            name = _site_name(publisher["name"])
            if name:
                return name
    name = _site_name(_trafilatura_sitename(tree))
    if name:
        return name
    if url:
        host = urlparse(url).hostname
        if host:
            return readable_domain(host)
    return None


def _site_name(value: str | None) -> str | None:
    """A site name as pages write it: "The Example Post | ExamplePost.com" -> "The Example Post";
    a bare address becomes a readable domain."""
    if not value:
        return None
    value = value.strip().lstrip("@")
    if re.search(r"©|\(c\)|copyright", value, re.IGNORECASE):
        return copyright_outlet(value)
    if re.match(r"^(?:https?://|www\.)", value):
        host = urlparse(value if "//" in value else f"//{value}").hostname
        return readable_domain(host) if host else None
    value = re.split(r"\s+[|–—·•]\s+", value)[0]
    if not re.search(r"[^\W\d_]{2}", value):
        return None  # "SC", "U.S": an abbreviation of a section or an edition, not a publisher
    return clean_outlet(value)


def _trafilatura_sitename(tree: Any) -> str | None:
    """trafilatura's reading of the site name (meta tags it knows, JSON-LD, the page's own hints)."""
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename

    try:
        found = extract_meta_json(tree, examine_meta(tree))
        return found.sitename or extract_sitename(tree)
    except Exception:  # trafilatura's metadata helpers raise on odd markup; the domain will do
        return None


def _published(tree: Any, url: str | None) -> str | None:
    from htmldate import find_date

    found = None
    for extensive in (False, True):  # the text-wide search costs ~20x more: only when headers say nothing
        try:
            found = find_date(tree, url=url, original_date=True, extensive_search=extensive, outputformat="%Y-%m-%d")
        except (ValueError, TypeError, AttributeError):
            found = None
        if found:
            break
    if found:
        return str(found)
    if url:
        match = pt.URL_DATE.search(url)
        if match:
            return iso(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    return None


def _first(values: list[Any]) -> str | None:
    return str(values[0]).strip() if values else None


_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()
