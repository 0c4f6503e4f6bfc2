"""Webhook POSTs and JSON Lines appends, against a receiver the test starts on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from dragoman.notify.sinks import append_line, post_json, send_with_retries
from tests.pg import free_port
from tests.receiver import receiver


def test_a_post_that_fails_twice_is_delivered_on_the_third_try_after_backoff() -> None:
    waits: list[float] = []
    with receiver(fail_first=2) as hook, httpx.Client(timeout=5) as client:
        outcome, tries = send_with_retries(lambda: post_json(client, hook.url, {"n": 1}, delivery_id="d-1"),
                                           retries=3, backoff_s=0.5, sleep=waits.append)
    assert (outcome.ok, tries, waits) == (True, 3, [0.5, 1.0])
    assert hook.received == [{"n": 1}] and hook.headers[0]["X-Dragoman-Delivery"] == "d-1"


def test_a_client_error_is_not_retried() -> None:
    with receiver(fail_first=5, status=404) as hook, httpx.Client(timeout=5) as client:
        outcome, tries = send_with_retries(lambda: post_json(client, hook.url, {}, delivery_id="d"), retries=3,
                                           backoff_s=0, sleep=lambda s: None)
    assert (outcome.ok, outcome.retry, tries, hook.attempts) == (False, False, 1, 1)
    assert "HTTP 404" in (outcome.error or "")


def test_an_unreachable_webhook_is_retried_then_reported() -> None:
    with httpx.Client(timeout=2) as client:
        outcome, tries = send_with_retries(
            lambda: post_json(client, f"http://127.0.0.1:{free_port()}/hook", {}, delivery_id="d"),
            retries=2, backoff_s=0, sleep=lambda s: None)
    assert (outcome.ok, outcome.retry, tries) == (False, True, 3)
    assert "ConnectError" in (outcome.error or "")


def test_lines_are_appended_as_json_and_a_missing_folder_says_so(tmp_path: Path) -> None:
    target = tmp_path / "alerts.jsonl"
    assert append_line(str(target), {"a": "é"}).ok and append_line(str(target), {"b": 2}).ok
    assert [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()] == [{"a": "é"}, {"b": 2}]
    missing = append_line(str(tmp_path / "no" / "alerts.jsonl"), {})
    assert (missing.ok, missing.retry) == (False, False) and "does not exist" in (missing.error or "")
