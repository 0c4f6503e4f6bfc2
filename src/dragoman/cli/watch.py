"""``dragoman watch``: poll feeds and sitemaps on a schedule and ingest their new items."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from typing import Any

import click

from dragoman.cli.ledger import DB_HELP
from dragoman.records import Extraction
from dragoman.settings import Settings


@click.command("watch")
@click.option("--sources", "sources_path", required=True, type=click.Path(dir_okay=False),
              help="sources.toml: [[sources]] with name, url (feed or sitemap), interval_minutes, profile.")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--once", is_flag=True, help="Poll the sources that are due once, then exit.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow fetching private, loopback and link-local addresses (setting allow_private).")
@click.option("--no-track", is_flag=True,
              help="Do not recompute tracking nor deliver to watchlists after a poll that stored articles.")
def watch_command(sources_path: str, db: str | None, once: bool, allow_private: bool | None, no_track: bool) -> None:
    """Poll feeds and sitemaps on a schedule and ingest their new items into the ledger.

    What was polled and every item's outcome are kept in the database, so the watcher resumes
    after a restart without fetching items again. Logs one line per poll on standard error.
    After each round of polls that stored new or updated articles, deal histories and pledge
    states are recomputed as of today and watchlists are delivered to (see ``dragoman track``).
    """
    from dragoman.cli.sources import source_settings
    from dragoman.extract.nlp import load_nlp
    from dragoman.extract.registry import versions
    from dragoman.ingest.http import Fetcher
    from dragoman.store import Store
    from dragoman.store.watching import WatchStore
    from dragoman.watch import PollReport, load_sources, watch

    sources = load_sources(sources_path)
    settings = source_settings(Settings(), allow_private)
    _log_to_stderr()
    stop = threading.Event()
    restore = _stop_on_signals(stop) if not once else {}
    ran = versions()
    try:
        with Store.open(db or settings.db) as store:
            state = WatchStore(store)

            def sink(extraction: Extraction) -> tuple[str, int]:
                done = store.ingest(extraction, ran=ran)
                return done.status, done.article_id

            def after_pass(polled: list[PollReport]) -> None:
                if no_track or not any(r.stored["new"] or r.stored["updated"] for r in polled):
                    return
                from dragoman.cli.track import after_ingest

                after_ingest(store, settings, quiet=False)

            with Fetcher(settings, cache=state.validators) as fetcher:
                reports = watch(sources, fetcher=fetcher, state=state, sink=sink, settings=settings,
                                nlp=load_nlp(settings.spacy_model), once=once, stop=stop, after_pass=after_pass)
    finally:
        for signum, handler in restore.items():
            signal.signal(signum, handler)
    stored = sum(sum(r.stored.values()) for r in reports)
    click.echo(f"dragoman: watch: {len(reports)} polls, {stored} items stored", err=True)


def _log_to_stderr() -> None:
    logger = logging.getLogger("dragoman.watch")
    if not any(getattr(h, "dragoman", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s dragoman watch: %(message)s", "%Y-%m-%d %H:%M:%S"))
        handler.dragoman = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _stop_on_signals(stop: threading.Event) -> dict[int, Any]:
    """SIGINT and SIGTERM finish the current item, then stop (the state is already saved)."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    previous: dict[int, Any] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        previous[signum] = signal.signal(signum, lambda *_: stop.set())
    return previous
