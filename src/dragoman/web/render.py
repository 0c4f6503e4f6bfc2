"""HTML rendering: one Jinja2 environment (autoescape on everywhere), its filters and the page helper.

Everything shown comes from articles, which are untrusted: templates never mark data safe.
Links to article addresses go through ``safe_url`` (http and https only), so a
``javascript:`` address is shown as text, never as a link.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from dragoman.link.fields import money_text
from dragoman.records import Money
from dragoman.web.highlight import Segment, segments, spans_of

NAV = (
    ("/", "Overview"),
    ("/stories", "Stories"),
    ("/deals", "Deals"),
    ("/pledges", "Pledges"),
    ("/quotes", "Quotes"),
    ("/events", "Events"),
    ("/entities", "Entities"),
    ("/discrepancies", "Discrepancies"),
    ("/articles", "Articles"),
)


def safe_url(value: Any) -> str | None:
    """The address when it is an absolute http(s) URL, else None (shown as text, not linked)."""
    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def money(amount: Any, currency: Any = None) -> str:
    if amount is None:
        return ""
    try:
        return money_text(Money(amount=float(amount), currency=str(currency or "")))
    except ValueError:
        return str(amount)


def count(n: Any, word: str, plural: str | None = None) -> str:
    value = int(n or 0)
    return f"{value:,} {word if value == 1 else (plural or word + 's')}"


_DUE_WORDS = ("by ", "before ", "within ", "in ", "until ", "no later than ", "at the ", "at ", "on ", "after ")


def due(deadline: Any) -> str:
    """A pledge's deadline as a phrase: "by 2030", but "within 60 days" and "before the vote" as given."""
    text = str(deadline or "").strip()
    if not text:
        return ""
    return text if text.lower().startswith(_DUE_WORDS) else f"by {text}"


def to_json(value: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: <, >, & and ' cannot close or open tags."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def highlight(article: dict[str, Any]) -> list[Segment]:
    """The article's body cut at its items' evidence offsets."""
    return segments(article.get("body") or "", spans_of(article))


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("dragoman.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(safe_url=safe_url, money=money, count=count, due=due)
    env.globals.update(nav=NAV, highlight=highlight)
    return env


ENV = _environment()


class Links:
    """Addresses built from the current request: the same page with some parameters changed."""

    def __init__(self, request: Request) -> None:
        self.path = request.url.path
        self.params = list(request.query_params.multi_items())

    def with_(self, **changes: Any) -> str:
        """This page with ``changes`` applied (None removes a parameter); a new filter restarts at offset 0."""
        if "offset" not in changes:
            changes["offset"] = None
        kept = [(k, v) for k, v in self.params if k not in changes]
        kept += [(k, str(v)) for k, v in changes.items() if v is not None and v != ""]
        query = urlencode(kept)
        return f"{self.path}?{query}" if query else self.path

    def page(self, offset: int) -> str:
        return self.with_(offset=offset if offset > 0 else None)

    def sort(self, column: str, current: str) -> str:
        """Sort by ``column``; a second click on the current column reverses it."""
        return self.with_(sort=f"-{column}" if current == column else column)

    def json(self) -> str:
        query = urlencode(self.params)
        return f"/api{self.path if self.path != '/' else '/overview'}" + (f"?{query}" if query else "")

    def export(self, kind: str, fmt: str) -> str:
        """The export of ``kind`` with this page's filters (paging, sorting and totals options dropped)."""
        query = urlencode([(k, v) for k, v in self.params if k not in ("offset", "limit", "sort", "include_nonbinding")
                           and v != ""])
        return f"/export/{kind}.{fmt}" + (f"?{query}" if query else "")

    def value(self, name: str) -> str:
        return next((v for k, v in self.params if k == name), "")


def render(request: Request, template: str, data: dict[str, Any], *, status: int = 200) -> HTMLResponse:
    html = ENV.get_template(template).render(data=data, links=Links(request), path=request.url.path,
                                             to_json=to_json)
    return HTMLResponse(html, status_code=status)
