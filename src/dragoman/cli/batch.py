"""``dragoman batch``: clean, filter and extract archives on a Dask cluster into Parquet shards."""

from __future__ import annotations

import click

from dragoman.cli.progress import progress
from dragoman.cli.sources import open_profile
from dragoman.settings import Settings


@click.command("batch")
@click.option("--input", "inputs", multiple=True, required=True,
              help="Files, directories or quoted glob patterns ('warcs/*.warc.gz'); repeatable.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Directory for records/part-*.parquet, rejected.jsonl and summary.json.")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:8786); default: a local cluster.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes of the local cluster (one thread each).")
@click.option("--profile", "profile_path", type=click.Path(dir_okay=False), default=None,
              help="Relevance profile (TOML): pages off its topic are skipped before extraction.")
@click.option("--records-per-part", type=click.IntRange(min=1), default=200, show_default=True,
              help="WARC records per task at most (small archives are cut finer).")
@click.option("--overwrite", is_flag=True, help="Replace the shards of an earlier run in --out.")
@click.option("--quiet", is_flag=True, help="Do not print the run summary.")
def batch_command(inputs: tuple[str, ...], out_dir: str, scheduler: str | None, workers: int,
                  profile_path: str | None, records_per_part: int, overwrite: bool, quiet: bool) -> None:
    """Process local archives and pages on Dask, with the same records as 'dragoman extract'.

    Writes one Parquet shard per task (a row per article: key columns and the full record as
    JSON), rejected.jsonl (source, reason, detail) and summary.json (counts by reason). Load the
    shards into the database with 'dragoman load'. URLs and feeds are not fetched here.
    """
    from dragoman.batch import run_batch
    from dragoman.cli import set_exit_code

    settings = Settings()
    profile = open_profile(profile_path)
    bar = iter(progress(iter(int, 1), enabled=settings.progress, desc="batch", unit="part"))
    done = run_batch(list(inputs), out_dir, settings=settings, profile=profile, scheduler=scheduler,
                     workers=workers, records_per_part=records_per_part, overwrite=overwrite,
                     on_part=lambda _result: next(bar, None))
    if not quiet:
        click.echo(f"dragoman: {done.summary.line()}; {done.parts} parts on {done.workers} workers "
                   f"in {done.seconds:.1f} s; shards in {out_dir}", err=True)
    if done.summary.failed:
        set_exit_code(1)
