"""``dragoman ingest``, ``dragoman reprocess`` and ``dragoman db upgrade``: filling the ledger."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click
from pydantic import ValidationError

from dragoman.cli.progress import progress
from dragoman.cli.sources import open_fetcher, open_profile, source_options, source_settings
from dragoman.pipeline import SKIP_REASONS
from dragoman.records import Article, Extraction, Rejected
from dragoman.settings import Settings

DB_HELP = "Database URL: sqlite:///FILE or postgresql://USER@HOST/DB (default: setting db, DRAGOMAN_DB)."


@dataclass
class IngestSummary:
    counts: Counter[str] = field(default_factory=Counter)  # new | updated | unchanged
    rejected: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)  # off_profile, not_modified: not failures

    def line(self) -> str:
        parts = [f"{self.counts['new']} extracted, {self.counts['updated']} updated, "
                 f"{self.counts['unchanged']} unchanged"]
        if self.skipped:
            reasons = ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())
            parts.append(f"{sum(self.skipped.values())} skipped ({reasons})")
        if self.rejected:
            reasons = ", ".join(f"{n} {reason}" for reason, n in self.rejected.most_common())
            parts.append(f"{sum(self.rejected.values())} rejected ({reasons})")
        return "; ".join(parts)


def read_records(paths: Iterable[str]) -> Iterator[Extraction | Rejected]:
    """Extraction records from JSON Lines files (what ``dragoman extract`` prints)."""
    for given in paths:
        path = Path(given)
        if not path.is_file():
            yield Rejected(source=given, reason="missing", detail="no such file")
            continue
        with path.open("rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                try:
                    yield Extraction.model_validate(json.loads(raw))
                except (ValueError, ValidationError) as exc:
                    first = str(exc).splitlines()[0]
                    yield Rejected(source=f"{given}#{lineno}", reason="bad_record",
                                   detail=f"not an extraction record ({first})")


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=None, help=DB_HELP)
@click.option("--records", is_flag=True,
              help="PATHS are JSON Lines of extraction records (from 'dragoman extract'), not pages.")
@click.option("--quiet", is_flag=True, help="Do not print the run summary.")
@click.option("--no-track", is_flag=True, help="Do not recompute tracking nor deliver to watchlists afterwards.")
@source_options
def ingest_command(paths: tuple[str, ...], db: str | None, records: bool, quiet: bool, no_track: bool,
                   profile_path: str | None, allow_private: bool | None, http_cache: str | None) -> None:
    """Extract PATHS and store them in the ledger (text, HTML, .gz, JSON Lines, directories; '-' is stdin).

    Each article is stored in one transaction; an article already stored with the same body is
    left alone, one with a new body replaces its items. Inputs that cannot be used are named on
    standard error with the reason; the exit status is then 1. Then deal histories and pledge
    states are recomputed as of today and watchlists are delivered to (see ``dragoman track``).
    """
    from dragoman.cli import set_exit_code
    from dragoman.extract.registry import versions
    from dragoman.ingest import read_inputs
    from dragoman.pipeline import run_new_documents
    from dragoman.store import Store

    settings = source_settings(Settings(), allow_private)
    profile = open_profile(profile_path)
    summary = IngestSummary()
    with Store.open(db or settings.db) as store, open_fetcher(settings, http_cache) as fetcher:
        ran = None if records else versions()
        results: Iterable[Extraction | Rejected | Article]
        if records:
            results = read_records(paths)
        else:
            raws = read_inputs(paths, max_bytes=int(settings.max_document_mb * 1_000_000), fetcher=fetcher)
            results = run_new_documents(raws, settings, skip=store.is_stored, profile=profile)
        for result in progress(results, enabled=settings.progress, desc="ingest"):
            if isinstance(result, Rejected) and result.reason in SKIP_REASONS:
                summary.skipped[result.reason] += 1
            elif isinstance(result, Rejected):
                summary.rejected[result.reason] += 1
                click.echo(f"dragoman: {result.source}: {result.detail or result.reason} [{result.reason}]", err=True)
            elif isinstance(result, Article):
                summary.counts["unchanged"] += 1
            else:
                summary.counts[store.ingest(result, ran=ran).status] += 1
        where = store.engine.url.render_as_string(hide_password=True)
        if not quiet:
            click.echo(f"dragoman: {summary.line()} ({where})", err=True)
        if not no_track:
            from dragoman.cli.track import after_ingest

            after_ingest(store, settings, quiet)
    if summary.rejected:
        set_exit_code(1)


@click.command("reprocess")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--quiet", is_flag=True, help="Do not print the run summary.")
def reprocess_command(db: str | None, quiet: bool) -> None:
    """Run again the extractors whose version is newer than the one that produced the stored items.

    Works from the stored clean bodies and replaces only those extractors' output.
    """
    from dragoman.extract.nlp import load_nlp
    from dragoman.extract.registry import versions
    from dragoman.pipeline import rerun_extractors
    from dragoman.store import Store
    from dragoman.store.reprocess import replace_output, stale_articles

    settings = Settings()
    registered = versions()
    done: Counter[str] = Counter()
    nlp = None
    with Store.open(db or settings.db) as store:
        for stale in progress(stale_articles(store, registered), enabled=settings.progress, desc="reprocess"):
            nlp = nlp if nlp is not None else load_nlp(settings.spacy_model)
            extraction = rerun_extractors(stale.article, stale.names, settings, nlp=nlp)
            replace_output(store, stale, extraction, registered)
            done["articles"] += 1
            done.update(stale.names)
        if done["articles"]:
            from dragoman.cli.track import after_ingest

            after_ingest(store, settings, quiet)
    if not quiet:
        names = ", ".join(f"{name} on {n}" for name, n in sorted(done.items()) if name != "articles")
        click.echo(f"dragoman: {done['articles']} articles reprocessed" + (f" ({names})" if names else ""), err=True)


@click.group("db")
def db_group() -> None:
    """The ledger's database."""


@db_group.command("upgrade")
@click.option("--db", default=None, help=DB_HELP)
def upgrade_command(db: str | None) -> None:
    """Migrate the database to the current schema (opening it does this too)."""
    from dragoman.store.engine import open_engine, upgrade

    settings = Settings()
    engine = open_engine(db or settings.db)
    try:
        before, after = upgrade(engine)
    finally:
        engine.dispose()
    change = "already at" if before == after else f"{before or 'empty'} ->"
    click.echo(f"dragoman: schema {change} {after}", err=True)
