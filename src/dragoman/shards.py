"""Parquet shards of extraction records: what ``dragoman batch`` writes and ``dragoman load`` reads.

One row per article: key columns to query without parsing (id, source, url, outlet, title,
published, language, counts of items) and ``record``, the full interchange record as JSON.
Shards are ``DIR/records/part-NNNNN.parquet``, written to a temporary name and renamed, so a
shard that exists is complete.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dragoman.records import Extraction, Rejected

RECORDS_DIR = "records"
ITEM_KINDS = ("entities", "events", "deals", "pledges", "quotes")

SCHEMA = pa.schema([
    ("article_id", pa.string()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("outlet", pa.string()),
    ("title", pa.string()),
    ("published", pa.string()),
    ("language", pa.string()),
    *[(kind, pa.int32()) for kind in ITEM_KINDS],
    ("record", pa.string()),
])


def shard_path(out_dir: str | Path, index: int) -> Path:
    return Path(out_dir) / RECORDS_DIR / f"part-{index:05d}.parquet"


def row(record: dict[str, Any]) -> dict[str, Any]:
    article = record["article"]
    return {
        "article_id": article["id"], "source": article["source"], "url": article.get("url"),
        "outlet": article.get("outlet"), "title": article.get("title"), "published": article.get("published"),
        "language": article.get("language"),
        **{kind: len(record.get(kind) or []) for kind in ITEM_KINDS},
        "record": json.dumps(record, ensure_ascii=False, sort_keys=True),
    }


def write_shard(out_dir: str | Path, index: int, records: list[dict[str, Any]]) -> Path:
    """Write one shard atomically (an empty one too, so that every part leaves a trace)."""
    path = shard_path(out_dir, index)
    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist([row(r) for r in records], schema=SCHEMA)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def shard_files(out_dir: str | Path) -> list[Path]:
    return sorted((Path(out_dir) / RECORDS_DIR).glob("part-*.parquet"))


def read_shards(out_dir: str | Path) -> Iterator[Extraction | Rejected]:
    """Every record of every shard under ``out_dir``, in part order; a damaged shard is one Rejected."""
    for path in shard_files(out_dir):
        try:
            table = pq.read_table(path, columns=["source", "record"])
        except (OSError, pa.ArrowException) as exc:
            yield Rejected(source=str(path), reason="bad_shard", detail=f"not a readable Parquet file ({exc})")
            continue
        for index, (source, text) in enumerate(zip(table.column("source").to_pylist(),
                                                   table.column("record").to_pylist(), strict=True)):
            try:
                yield Extraction.model_validate_json(text)
            except ValueError as exc:
                first = str(exc).splitlines()[0]
                yield Rejected(source=f"{path}#{index}", reason="bad_record",
                               detail=f"{source}: not an extraction record ({first})")
