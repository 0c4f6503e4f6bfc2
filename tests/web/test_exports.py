"""Exports as CSV, JSON Lines and Parquet: every row of a table, or the deal ledger as filtered."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pyarrow.parquet as pq
import pytest

KINDS = ["articles", "stories", "deals", "pledges", "quotes", "events", "entities", "discrepancies"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_table_exports_every_row_in_three_formats(http: httpx.Client, kind: str) -> None:
    total = http.get(f"/api/{kind}", params={"limit": 1}).json()["total"]
    as_csv = http.get(f"/export/{kind}.csv")
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert f'filename="{kind}.csv"' in as_csv.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert len(rows) == total
    lines = http.get(f"/export/{kind}.jsonl").text.splitlines()
    assert len(lines) == total
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == sorted(ids) and [int(r["id"]) for r in rows] == ids
    table = pq.read_table(io.BytesIO(http.get(f"/export/{kind}.parquet").content))
    assert table.num_rows == total and table.column("id").to_pylist() == ids


def test_the_deal_export_takes_the_ledger_filters(http: httpx.Client) -> None:
    wanted = http.get("/api/deals", params={"commodity": "cobalt", "limit": 500}).json()
    lines = http.get("/export/deals.jsonl", params={"commodity": "cobalt"}).text.splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(d["id"] for d in wanted["items"])
    assert 0 < len(lines) < http.get("/api/deals").json()["total"]


def test_the_ledger_page_offers_its_filtered_export(http: httpx.Client) -> None:
    html = http.get("/deals", params={"commodity": "cobalt", "sort": "-value"}).text
    assert 'href="/export/deals.csv?commodity=cobalt"' in html


def test_an_unknown_export_is_an_error(http: httpx.Client) -> None:
    assert http.get("/export/deals.xlsx").status_code == 422
    assert http.get("/export/secrets.csv").status_code == 422
