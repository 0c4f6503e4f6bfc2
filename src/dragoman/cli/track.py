"""``dragoman track`` and ``dragoman watchlist ...``: tracking over time and watchlist deliveries."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from dragoman.cli.ledger import DB_HELP
from dragoman.cli.tables import render
from dragoman.errors import InputError
from dragoman.settings import Settings

KIND_CHOICE = click.Choice(["deal", "pledge", "quote", "event"])


def parse_as_of(value: str | None) -> dt.date:
    if value is None:
        return Settings().day()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--as-of {value!r} is not a date", hint="use YYYY-MM-DD") from None


def summary_line(summary: Any) -> str:
    """One line: deals by status, pledges by state, committed money by currency."""
    statuses = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in sorted(summary.statuses.items()))
    states = ", ".join(f"{summary.states.get(s, 0)} {s.replace('_', ' ')}"
                       for s in ("open", "fulfilled", "partly_fulfilled", "lapsed"))
    committed = ", ".join(f"{c} {amount:,.0f}" for c, amount in summary.committed.items()) or "nothing"
    return (f"tracked as of {summary.as_of}: {summary.deals} deals ({statuses or 'none'}; "
            f"{summary.non_binding} non-binding, not counted), {summary.pledges} pledges ({states}); "
            f"committed: {committed}")


def after_ingest(store: Any, settings: Settings, quiet: bool) -> None:
    """What every ingest ends with: tracking as of today, then watchlist deliveries."""
    from dragoman.tracking import track

    summary, delivered = track(store, settings, settings.day())
    if not quiet:
        click.echo(f"dragoman: {summary_line(summary)}", err=True)
        if delivered is not None and (delivered.queued or delivered.delivered or delivered.waiting):
            click.echo(f"dragoman: watchlists: {delivered.line()}", err=True)


@click.command("track")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--as-of", "as_of", default=None, help="Compute states as of this day (YYYY-MM-DD; default today).")
@click.option("--json", "as_json", is_flag=True, help="Print the tracked deals and pledges as one JSON object.")
@click.option("--no-deliver", is_flag=True, help="Do not send watchlist deliveries after tracking.")
def track_command(db: str | None, as_of: str | None, as_json: bool, no_deliver: bool) -> None:
    """Recompute every deal's status history and every pledge's state, then deliver to watchlists.

    Deals are followed across the whole ledger (all stories); pledges are open, fulfilled,
    partly_fulfilled or lapsed as of --as-of. Runs by itself at the end of every ingest.
    """
    from dragoman.store import Store
    from dragoman.store.queries import iterate
    from dragoman.store.tracked import list_tracked_deals, list_tracked_pledges
    from dragoman.tracking import track

    settings = Settings()
    day = parse_as_of(as_of)
    with Store.open(db or settings.db) as store:
        summary, delivered = track(store, settings, day, send=not no_deliver)
        deals = list(iterate(list_tracked_deals, store, sort="first_reported"))
        pledges = list(iterate(list_tracked_pledges, store, sort="made"))
    if as_json:
        click.echo(json.dumps({"summary": summary.to_json(), "deals": deals, "pledges": pledges},
                              ensure_ascii=False, indent=1))
    else:
        for row in deals:
            row["steps"] = " > ".join(f"{s['status'].replace('financing_', 'fin. ')} {s['date'] or '?'}"
                                      for s in row["history"])
        for row in pledges:
            progress = row["progress"]
            row["shown"] = row["state"] + (f" ({progress['met']}/{progress['of']})" if progress else "")
        if deals:
            click.echo(render(deals, (("id", "ID"), ("label", "DEAL"), ("binding", "BINDING"), ("steps", "HISTORY"))))
        if pledges:
            click.echo(render(pledges, (("id", "ID"), ("made", "MADE"), ("due", "DUE"), ("shown", "STATE"),
                                        ("actor", "WHO"), ("action", "PROMISED"))))
    click.echo(f"dragoman: {summary_line(summary)}", err=True)
    if delivered is not None and (delivered.queued or delivered.delivered or delivered.waiting or delivered.failed):
        click.echo(f"dragoman: watchlists: {delivered.line()}", err=True)


@click.group("watchlist")
def watchlist_group() -> None:
    """Watchlists: new or changed items matching an entity, country, commodity or kind, delivered once."""


@watchlist_group.command("add")
@click.argument("name")
@click.option("--entity", help="An entity id, or words of a name ('Halvern' matches 'Halvern Minerals').")
@click.option("--country", help="A country (ISO 3166 alpha-3, e.g. ZMB).")
@click.option("--commodity", help="A commodity or sector word (copper, railway ...).")
@click.option("--kind", type=KIND_CHOICE, help="Only this kind of item.")
@click.option("--webhook", help="POST each new or changed item as JSON to this http(s) URL.")
@click.option("--file", "file_", help="Append each new or changed item as a JSON line to this file.")
@click.option("--backfill", is_flag=True, help="Deliver the items that match already (default: only later ones).")
@click.option("--db", default=None, help=DB_HELP)
def watchlist_add(name: str, entity: str | None, country: str | None, commodity: str | None, kind: str | None,
                  webhook: str | None, file_: str | None, backfill: bool, db: str | None) -> None:
    """Add watchlist NAME; it is told about matching items that are new or change from now on."""
    from dragoman.store import Store
    from dragoman.store.watchlists import add_watchlist

    with Store.open(db or Settings().db) as store:
        row = add_watchlist(store, name, entity=entity, country=country, commodity=commodity, kind=kind,
                            webhook=webhook, file=file_, backfill=backfill)
    click.echo(f"dragoman: watchlist {row['name']!r} added", err=True)


@watchlist_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of objects instead of a table.")
@click.option("--db", default=None, help=DB_HELP)
def watchlist_list(as_json: bool, db: str | None) -> None:
    """List the watchlists with their deliveries by status."""
    from dragoman.store import Store
    from dragoman.store.watchlists import list_watchlists

    with Store.open(db or Settings().db) as store:
        rows = list_watchlists(store)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("no watchlists")
        return
    for row in rows:
        row["watch"] = " ".join(f"{k}={row[k]}" for k in ("entity", "country", "commodity", "kind") if row[k])
        row["to"] = " ".join(x for x in (row["webhook"], row["file"]) if x)
        row["sent"] = ", ".join(f"{n} {status}" for status, n in sorted(row["deliveries"].items()))
    click.echo(render(rows, (("name", "NAME"), ("watch", "WATCHES"), ("to", "DELIVERS TO"), ("sent", "DELIVERIES"))))


@watchlist_group.command("remove")
@click.argument("name")
@click.option("--db", default=None, help=DB_HELP)
def watchlist_remove(name: str, db: str | None) -> None:
    """Remove watchlist NAME and its delivery record."""
    from dragoman.store import Store
    from dragoman.store.watchlists import remove_watchlist

    with Store.open(db or Settings().db) as store:
        remove_watchlist(store, name)
    click.echo(f"dragoman: watchlist {name!r} removed", err=True)


@watchlist_group.command("deliver")
@click.argument("names", nargs=-1)
@click.option("--db", default=None, help=DB_HELP)
def watchlist_deliver(names: tuple[str, ...], db: str | None) -> None:
    """Queue and send what watchlists (all, or NAMES) have not been told yet; failed sends are retried."""
    from dragoman.cli import set_exit_code
    from dragoman.store import Store
    from dragoman.tracking import deliver

    settings = Settings()
    with Store.open(db or settings.db) as store:
        summary = deliver(store, settings, names=names or None)
    click.echo(f"dragoman: watchlists: {summary.line()}", err=True)
    if summary.waiting or summary.failed:
        set_exit_code(1)
