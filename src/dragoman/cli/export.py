"""``dragoman export KIND --format csv|jsonl|parquet [-o FILE]``: a whole table of the ledger out."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from dragoman.cli.ledger import DB_HELP
from dragoman.errors import InputError
from dragoman.settings import Settings

KINDS = ("articles", "stories", "deals", "pledges", "quotes", "events", "entities", "discrepancies")


def export_rows(store: Any, kind: str) -> Iterator[dict[str, Any]]:
    from dragoman.store import queries

    if kind in queries.MERGED_KINDS:
        return queries.iterate(queries.list_merged, store, queries.MERGED_KINDS[kind], sort="id")
    lister = getattr(queries, f"list_{kind}")
    return queries.iterate(lister, store, sort="id")


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """Nested values as JSON text, for CSV and Parquet columns."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v for k, v in row.items()}


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat(row))
        count += 1
    return count


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(rows: Iterator[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    batch: list[dict[str, Any]] = []
    writer: pq.ParquetWriter | None = None
    schema: pa.Schema | None = None
    count = 0
    for row in rows:
        batch.append(flat(row))
        if len(batch) >= 5000:
            schema, writer = _write_batch(batch, path, schema, writer)
            count += len(batch)
            batch = []
    if batch or writer is None:
        schema, writer = _write_batch(batch, path, schema, writer)
        count += len(batch)
    writer.close()
    return count


def _write_batch(batch: list[dict[str, Any]], path: str, schema: Any, writer: Any) -> tuple[Any, Any]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if schema is None:
        names = list(batch[0]) if batch else ["id"]
        schema = pa.schema([(name, _arrow_type([r.get(name) for r in batch])) for name in names])
        writer = pq.ParquetWriter(path, schema)
    table = pa.Table.from_pylist(batch, schema=schema) if batch else schema.empty_table()
    writer.write_table(table)
    return schema, writer


def _arrow_type(values: list[Any]) -> Any:
    import pyarrow as pa

    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return pa.bool_()
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pa.int64()
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return pa.float64()
    return pa.string()


@click.command("export")
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="jsonl", show_default=True,
              help="File format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to FILE instead of standard output (required for parquet).")
@click.option("--db", default=None, help=DB_HELP)
def export_command(kind: str, fmt: str, output: str | None, db: str | None) -> None:
    """Export every row of KIND (articles, stories, deals, pledges, quotes, events, entities, discrepancies)."""
    from dragoman.store import Store

    if fmt == "parquet" and not output:
        raise InputError("parquet needs an output file", hint="add -o FILE.parquet")
    with Store.open(db or Settings().db) as store:
        rows = export_rows(store, kind)
        if fmt == "parquet":
            count = write_parquet(rows, str(output))
        else:
            out: IO[str] = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
            try:
                count = write_csv(rows, out) if fmt == "csv" else write_jsonl(rows, out)
            finally:
                if output:
                    out.close()
    click.echo(f"dragoman: {count} {kind} exported" + (f" to {output}" if output else ""), err=True)
