"""Query parameters shared by the pages and their JSON twins, with their forms and bounds."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Query

from dragoman.store.queries import Page

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
PLAIN = r"^[^\x00]*$"  # any text but NUL, which no database takes (the guard answers it 400)
MAX_ID = 2**62  # larger ids cannot be stored (and SQLite cannot compare them)

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page (1-500)")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Rows to skip")]
Since = Annotated[str | None, Query(pattern=DATE, description="From this date (YYYY, YYYY-MM or YYYY-MM-DD)")]
Until = Annotated[str | None, Query(pattern=DATE, description="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)")]
Text = Annotated[str | None, Query(max_length=200, pattern=PLAIN, description="Only rows whose text contains this")]
Words = Annotated[str | None, Query(max_length=200, pattern=PLAIN, description="Only rows whose field contains this")]
StoryId = Annotated[int | None, Query(ge=1, le=MAX_ID, description="Only this story (id)")]
EntityId = Annotated[int | None, Query(ge=1, le=MAX_ID, description="Only rows involving this entity (id)")]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$", description="ISO 3166-1 alpha-3 code, e.g. KAZ")]
MinOutlets = Annotated[int | None, Query(ge=1, le=10_000, description="Reported by at least this many outlets")]
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="Row id")]


def listing(page: Page, **extra: Any) -> dict[str, Any]:
    """A page of rows as the JSON twin gives it: total, limit, offset, items and anything extra."""
    return {**page.to_json(), **extra}


def lean(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merged rows without the evidence sentences inside ``fields`` (a list shows values; the item's
    own page, /api/{kind}/{id}, gives every sentence)."""
    for row in rows:
        fields = row.get("fields")
        if isinstance(fields, dict):
            row["fields"] = {name: [{k: v for k, v in value.items() if k != "evidence"} for value in values]
                             for name, values in fields.items()}
    return rows


def active(**filters: Any) -> dict[str, Any]:
    """The filters that were given (for the page and the JSON twin to echo)."""
    return {k: v for k, v in filters.items() if v not in (None, "", False)}


def sorts(*columns: str) -> str:
    """The pattern of a ``sort`` parameter: a column name, ``-`` first for descending."""
    return "^-?(" + "|".join(columns) + ")$"
