"""``/export/{kind}.{csv|jsonl|parquet}``: a whole table of the ledger, or the deal ledger as filtered.

CSV and JSON Lines stream row by row; Parquet is written to a temporary file first (its
footer comes last) and removed once sent. Nested values are JSON text in CSV and Parquet.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path
from fastapi.responses import FileResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from dragoman.cli.export import export_rows, flat, write_parquet
from dragoman.store.ledger import DealFilter, list_deals
from dragoman.store.queries import iterate
from dragoman.web.failures import ERROR_RESPONSES
from dragoman.web.routes.deals import deal_filter
from dragoman.web.twin import StoreDep

router = APIRouter()
Kind = Literal["articles", "stories", "deals", "pledges", "quotes", "events", "entities", "discrepancies"]
Format = Literal["csv", "jsonl", "parquet"]
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
         "parquet": "application/vnd.apache.parquet"}


def _csv(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat(row))
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


@router.get("/export/{kind}.{fmt}", tags=["exports"], responses={**ERROR_RESPONSES, 200: {
    "description": "The rows as CSV, JSON Lines or Parquet",
    "content": {"text/csv": {}, "application/x-ndjson": {}, "application/vnd.apache.parquet": {}}}})
def export(store: StoreDep, kind: Annotated[Kind, Path(description="What to export")],
           fmt: Annotated[Format, Path(description="File format")],
           deals_filter: Annotated[DealFilter, Depends(deal_filter)]) -> Response:
    """Every row of ``kind``; for deals, the ledger's filters apply (country, commodity, status ...)."""
    rows: Iterator[dict[str, Any]]
    if kind == "deals":
        rows = iterate(lambda s, limit, offset: list_deals(s, deals_filter, sort="id", limit=limit, offset=offset),
                       store)
    else:
        rows = export_rows(store, kind)
    filename = f"{kind}.{fmt}"
    disposition = {"content-disposition": f'attachment; filename="{filename}"'}
    if fmt == "parquet":
        handle, path = tempfile.mkstemp(suffix=".parquet", prefix="dragoman-export-")
        os.close(handle)
        try:
            write_parquet(rows, path)
        except BaseException:
            os.unlink(path)
            raise
        return FileResponse(path, media_type=MEDIA[fmt], headers=disposition,
                            background=BackgroundTask(os.unlink, path))
    body = _csv(rows) if fmt == "csv" else _jsonl(rows)
    return StreamingResponse(body, media_type=MEDIA[fmt], headers=disposition)
