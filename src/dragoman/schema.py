"""Validation of records against the interchange schema (``spec/extraction.schema.json``)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema

from dragoman.errors import ExtractorError


@lru_cache(maxsize=1)
def extraction_schema() -> dict[str, Any]:
    text = resources.files("dragoman").joinpath("spec/extraction.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    schema = extraction_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)  # type: ignore[no-any-return]


def schema_errors(record: dict[str, Any]) -> list[str]:
    """Every way ``record`` breaks the schema, as readable lines (empty when valid)."""
    return [
        f"{'/'.join(str(p) for p in err.absolute_path) or '(record)'}: {err.message}"
        for err in _validator().iter_errors(record)
    ]


def validate_extraction(record: dict[str, Any]) -> None:
    """Raise ``ExtractorError`` when ``record`` does not conform to the interchange schema."""
    errors = schema_errors(record)
    if errors:
        raise ExtractorError(
            f"record for {record.get('article', {}).get('source')!r} breaks the schema: {errors[0]}",
            hint="this is a bug in an extractor; please report it with the input",
        )
