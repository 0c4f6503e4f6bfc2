"""``dragoman extract``: pages in, one interchange record per article out (JSON Lines)."""

from __future__ import annotations

import json
import sys
from typing import IO

import click

from dragoman.cli.progress import progress
from dragoman.cli.sources import open_fetcher, open_profile, source_options, source_settings
from dragoman.ingest import read_inputs
from dragoman.pipeline import SKIP_REASONS, RunSummary, run_documents
from dragoman.records import Rejected
from dragoman.schema import validate_extraction
from dragoman.settings import Settings


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write records to FILE instead of standard output.")
@click.option("--quiet", is_flag=True, help="Do not print the run summary.")
@source_options
def extract_command(paths: tuple[str, ...], output: str | None, quiet: bool, profile_path: str | None,
                    allow_private: bool | None, http_cache: str | None) -> None:
    """Extract records from PATHS (text, HTML, .gz, JSON Lines, directories; '-' is stdin;
    http(s) URLs, feeds, sitemaps, .urls lists, WARC archives).

    Prints one JSON object per article (JSON Lines). Inputs that cannot be used are named on
    standard error with the reason; the exit status is then 1.
    """
    from dragoman.cli import set_exit_code

    settings = source_settings(Settings(), allow_private)
    profile = open_profile(profile_path)
    fetcher = open_fetcher(settings, http_cache)
    raws = read_inputs(paths, max_bytes=int(settings.max_document_mb * 1_000_000), fetcher=fetcher)
    summary = RunSummary()
    out: IO[str] = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        results = run_documents(raws, settings, profile=profile)
        for result in progress(results, enabled=settings.progress, desc="extract"):
            summary.add(result)
            if isinstance(result, Rejected):
                if result.reason in SKIP_REASONS:
                    continue
                click.echo(f"dragoman: {result.source}: {result.detail or result.reason} [{result.reason}]", err=True)
                continue
            record = result.dump()
            validate_extraction(record)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        fetcher.close()
        if output:
            out.close()
    if not quiet:
        click.echo(f"dragoman: {summary.line()}", err=True)
    if summary.failed:
        set_exit_code(1)
