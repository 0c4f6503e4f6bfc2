"""``dragoman stories | deals | pledges | quotes | events | entities | discrepancies``: the ledger read back.

Each view calls one list function of ``store.queries`` (the web layer calls the same) and prints
a table that fits the terminal, or with ``--json`` a JSON array of objects.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args

import click

from dragoman.cli.ledger import DB_HELP
from dragoman.cli.tables import Column, render
from dragoman.errors import InputError
from dragoman.records import DealStatus
from dragoman.settings import Settings
from dragoman.track.due import DUE_FILTERS, with_days_left

_DATE = re.compile(r"^\d{4}(-\d{2}){0,2}$")


@dataclass(frozen=True)
class View:
    name: str
    help: str
    lister: str  # function name in dragoman.store.queries
    columns: tuple[Column, ...]
    filters: tuple[str, ...]
    sort: str
    kind: str | None = None


VIEWS = (
    View("stories", "Stories: articles about one happening, newest first.", "list_stories",
         (("id", "ID"), ("first_published", "FROM"), ("last_published", "TO"), ("articles", "ARTICLES"),
          ("outlets", "OUTLETS"), ("title", "TITLE")), ("search", "since", "until", "entity"), "-last_published"),
    View("deals", "Deals merged across articles, with how many outlets report them.", "list_merged",
         (("id", "ID"), ("first_reported", "FIRST"), ("parties", "PARTIES"), ("commodity", "WHAT"),
          ("country", "IN"), ("value", "VALUE"), ("status", "STATUS"), ("status_now", "NOW"), ("outlets", "OUTLETS"),
          ("discrepancies", "DISAGREE")),
         ("story", "country", "entity", "search", "since", "until", "min_outlets", "status_now"), "-first_reported",
         "deal"),
    View("pledges", "Pledges merged across articles: who promised what, by when, and whether it was kept.",
         "list_merged",
         (("id", "ID"), ("first_reported", "FIRST"), ("actor", "WHO"), ("action", "PROMISED"),
          ("due", "DUE"), ("days_left", "DAYS LEFT"), ("state", "STATE"), ("outlets", "OUTLETS"),
          ("discrepancies", "DISAGREE")),
         ("story", "entity", "search", "since", "until", "min_outlets", "state", "due"), "-first_reported", "pledge"),
    View("quotes", "Direct quotes merged across articles, with their speakers.", "list_merged",
         (("id", "ID"), ("first_reported", "FIRST"), ("speaker", "SPEAKER"), ("text", "QUOTE"),
          ("outlets", "OUTLETS"), ("discrepancies", "DISAGREE")),
         ("story", "entity", "search", "since", "until", "min_outlets"), "-first_reported", "quote"),
    View("events", "Events merged across articles: meetings, visits, agreements ...", "list_merged",
         (("id", "ID"), ("date", "DATE"), ("label", "EVENT"), ("location", "WHERE"), ("outlets", "OUTLETS"),
          ("discrepancies", "DISAGREE")), ("story", "entity", "search", "since", "until", "min_outlets"),
         "-first_reported", "event"),
    View("entities", "People, organisations, countries and places, resolved across articles.", "list_entities",
         (("id", "ID"), ("name", "NAME"), ("type", "TYPE"), ("country", "COUNTRY"), ("articles", "ARTICLES"),
          ("mentions", "MENTIONS")), ("type", "search", "country"), "-articles"),
    View("discrepancies", "Where sources disagree: every value side by side with its sources.", "list_discrepancies",
         (("id", "ID"), ("story_id", "STORY"), ("kind", "KIND"), ("field", "FIELD"), ("severity", "SEVERITY"),
          ("subject", "ABOUT"), ("values", "VALUES"), ("articles", "ARTICLES")),
         ("story", "kind", "severity", "entity"), "-articles"),
)

FILTERS: dict[str, Callable[[Any], Any]] = {
    "story": click.option("--story", type=int, help="Only this story (id)."),
    "country": click.option("--country", help="Only this country (ISO 3166 alpha-3, e.g. KAZ)."),
    "entity": click.option("--entity", type=int, help="Only those involving this entity (id)."),
    "search": click.option("--search", "q", help="Only those whose text contains this."),
    "since": click.option("--since", help="From this date (YYYY-MM-DD)."),
    "until": click.option("--until", help="Up to this date (YYYY-MM-DD)."),
    "min_outlets": click.option("--min-outlets", type=int, help="Reported by at least this many independent outlets."),
    "type": click.option("--type", "type_", type=click.Choice(["person", "organization", "country", "place", "other"]),
                         help="Only this kind of entity."),
    "kind": click.option("--kind", type=click.Choice(["deal", "pledge", "quote", "event", "entity", "claim"]),
                         help="Only discrepancies about this kind of thing."),
    "state": click.option("--state", type=click.Choice(["open", "fulfilled", "partly_fulfilled", "lapsed"]),
                          help="Only pledges in this state (as of the last 'dragoman track')."),
    "due": click.option("--due", type=click.Choice(list(DUE_FILTERS)),
                        help="Only pledges whose deadline has passed unkept (overdue), falls within 30 days, "
                             "unkept (next_30_days), or is not given (no_deadline); from today (setting today)."),
    "status_now": click.option("--status-now", type=click.Choice(list(get_args(DealStatus))),
                               help="Only deals whose tracked status is now this (as of the last 'dragoman track')."),
    "severity": click.option("--severity", type=click.Choice(["conflict", "precision", "wording"]),
                             help="Only this severity."),
}


def check_date(option: str, value: str | None) -> None:
    if value is None:
        return
    padded = value + "-01" * (2 - value.count("-")) if _DATE.match(value) else ""
    try:
        dt.date.fromisoformat(padded)
    except ValueError:
        raise InputError(f"--{option} {value!r} is not a date", hint="use YYYY-MM-DD (or YYYY-MM, YYYY)") from None


def run_view(view: View, db: str | None, as_json: bool, limit: int, offset: int, sort: str | None,
             filters: dict[str, Any]) -> None:
    from dragoman.store import Store, queries

    for option in ("since", "until"):
        check_date(option, filters.get(option))
    if "type_" in filters:
        filters["type"] = filters.pop("type_")
    lister = getattr(queries, view.lister)
    args = (view.kind,) if view.kind else ()
    settings = Settings()
    today = settings.day()
    if view.kind == "pledge":
        filters["today"] = today
    with Store.open(db or settings.db) as store:
        page = lister(store, *args, sort=sort or view.sort, limit=limit, offset=offset,
                      **{k: v for k, v in filters.items() if v is not None})
    if view.kind == "pledge":
        with_days_left(page.items, today)
    if as_json:
        click.echo(json.dumps(page.items, ensure_ascii=False, indent=1))
        return
    if not page.items:
        click.echo(f"no {view.name} (of {page.total})")
        return
    click.echo(render(page.items, view.columns))
    shown = f"{offset + 1}-{offset + len(page.items)}"
    click.echo(f"{shown} of {page.total} {view.name}" + (" (more with --offset)" if offset + limit < page.total else ""))


def make_command(view: View) -> click.Command:
    def command(db: str | None, as_json: bool, limit: int, offset: int, sort: str | None, **filters: Any) -> None:
        run_view(view, db, as_json, limit, offset, sort, filters)

    command.__doc__ = view.help
    decorated: Any = command
    for name in reversed(view.filters):
        decorated = FILTERS[name](decorated)
    for option in (
        click.option("--sort", default=None, help=f"Sort by a column, '-' first for descending (default {view.sort})."),
        click.option("--offset", type=int, default=0, show_default=True, help="Skip this many rows."),
        click.option("--limit", type=int, default=50, show_default=True, help="Show at most this many rows."),
        click.option("--json", "as_json", is_flag=True, help="Print a JSON array of objects instead of a table."),
        click.option("--db", default=None, help=DB_HELP),
    ):
        decorated = option(decorated)
    return click.command(view.name, help=view.help)(decorated)


VIEW_COMMANDS = [make_command(view) for view in VIEWS]
