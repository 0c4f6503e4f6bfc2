"""``dragoman load``: the Parquet shards of a ``dragoman batch`` run into the ledger."""

from __future__ import annotations

import click

from dragoman.cli.ledger import DB_HELP, IngestSummary
from dragoman.cli.progress import progress
from dragoman.errors import InputError
from dragoman.records import Rejected
from dragoman.settings import Settings


@click.command("load")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--db", default=None, help=DB_HELP)
@click.option("--quiet", is_flag=True, help="Do not print the run summary.")
@click.option("--no-track", is_flag=True, help="Do not recompute tracking nor deliver to watchlists afterwards.")
def load_command(directory: str, db: str | None, quiet: bool, no_track: bool) -> None:
    """Store the records of a 'dragoman batch' output DIRECTORY (records/part-*.parquet) in the ledger.

    Safe to run again: records already stored with the same body are left alone. Then, as after
    'dragoman ingest', deal histories and pledge states are recomputed as of today and watchlists
    are delivered to (unless --no-track).
    """
    from dragoman.cli import set_exit_code
    from dragoman.shards import read_shards, shard_files
    from dragoman.store import Store

    if not shard_files(directory):
        raise InputError(f"{directory} holds no records/part-*.parquet shards",
                         hint="give the --out directory of a 'dragoman batch' run")
    settings = Settings()
    summary = IngestSummary()
    with Store.open(db or settings.db) as store:
        for result in progress(read_shards(directory), enabled=settings.progress, desc="load"):
            if isinstance(result, Rejected):
                summary.rejected[result.reason] += 1
                click.echo(f"dragoman: {result.source}: {result.detail} [{result.reason}]", err=True)
            else:
                summary.counts[store.ingest(result).status] += 1
        where = store.engine.url.render_as_string(hide_password=True)
        if not quiet:
            click.echo(f"dragoman: {summary.line()} ({where})", err=True)
        if not no_track:
            from dragoman.cli.track import after_ingest

            after_ingest(store, settings, quiet)
    if summary.rejected:
        set_exit_code(1)
