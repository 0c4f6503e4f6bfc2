"""Property-based tests of the JSON API against its own OpenAPI schema (schemathesis, live server).

Every operation is called with generated parameters, valid ones and invalid ones; no answer may
be a 5xx, and answers must match the schema (status codes, content types, bodies).
(schemathesis' pytest fixture mode does not run under pytest 9, so each operation's strategy is
driven by hypothesis directly.)
"""

from __future__ import annotations

from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation.modes import GenerationMode

from tests.web.live import LiveServer


@pytest.fixture(scope="session")
def operations(server: LiveServer) -> dict[str, Any]:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    found = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        found[operation.label] = operation
    return found


def test_the_schema_lists_every_json_twin_and_export(operations: dict[str, Any]) -> None:
    paths = {label.split(" ", 1)[1] for label in operations}
    for kind in ("stories", "deals", "pledges", "quotes", "events", "entities", "discrepancies", "articles"):
        assert f"/api/{kind}" in paths
        assert any(p.startswith(f"/api/{kind}/{{") for p in paths), kind
    assert {"/api/overview", "/api/search", "/export/{kind}.{fmt}"} <= paths


def _checker(operation: Any, mode: GenerationMode, examples: int, session: requests.Session,
             seen: set[int]) -> Any:
    """A hypothesis test calling ``operation`` with generated cases, noting each status in ``seen``."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        response = case.call_and_validate(session=session)
        seen.add(response.status_code)

    return check


@pytest.mark.slow
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_answers_follow_the_schema_and_never_fail(operations: dict[str, Any], mode: GenerationMode) -> None:
    session = requests.Session()
    statuses: dict[str, set[int]] = {}
    unbreakable = set()
    for label, operation in operations.items():
        examples = 8 if "/export/" in label else 25
        try:
            _checker(operation, mode, examples, session, statuses.setdefault(label, set()))()
        except Unsatisfiable:  # an operation without parameters has no invalid form
            unbreakable.add(label)
            statuses.pop(label)
    assert all(code < 500 for codes in statuses.values() for code in codes), statuses
    assert unbreakable <= ({"GET /api/overview"} if mode == GenerationMode.NEGATIVE else set())
    assert len(statuses) == len(operations) - len(unbreakable)
