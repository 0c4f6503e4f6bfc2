"""``dragoman extract``: pages in, one interchange record per article out (JSON Lines)."""

from __future__ import annotations

import json
import sys
from typing import IO

import click

from dragoman.cli.progress import progress
from dragoman.ingest import read_inputs
from dragoman.pipeline import RunSummary, run_documents
from dragoman.records import Rejected
from dragoman.schema import validate_extraction
from dragoman.settings import Settings


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write records to FILE instead of standard output.")
@click.option("--quiet", is_flag=True, help="Do not print the run summary.")
def extract_command(paths: tuple[str, ...], output: str | None, quiet: bool) -> None:
    """Extract records from PATHS (text, HTML, .gz, JSON Lines, directories; '-' is stdin).

    Prints one JSON object per article (JSON Lines). Inputs that cannot be used are named on
    standard error with the reason; the exit status is then 1.
    """
    from dragoman.cli import set_exit_code

    settings = Settings()
    raws = read_inputs(paths, max_bytes=int(settings.max_document_mb * 1_000_000))
    summary = RunSummary()
    out: IO[str] = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        for result in progress(run_documents(raws, settings), enabled=settings.progress, desc="extract"):
            summary.add(result)
            if isinstance(result, Rejected):
                click.echo(f"dragoman: {result.source}: {result.detail or result.reason} [{result.reason}]", err=True)
                continue
            record = result.dump()
            validate_extraction(record)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if output:
            out.close()
    if not quiet:
        click.echo(f"dragoman: {summary.line()}", err=True)
    if summary.failed:
        set_exit_code(1)
