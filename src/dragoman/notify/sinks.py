"""Delivery targets and retries: POST one JSON object to a webhook, or append it to a JSON Lines file.

Each attempt gives an ``Outcome``: delivered, or an error saying whether trying again can help
(network errors, timeouts, 5xx, 408 and 429 can; other 4xx answers and unusable paths cannot).
``send_with_retries`` tries again with exponential backoff (``backoff_s``, twice that, ...).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

RETRY_STATUSES = frozenset({408, 425, 429})


@dataclass(frozen=True)
class Outcome:
    ok: bool
    error: str | None = None
    retry: bool = False


DELIVERED = Outcome(ok=True)


def post_json(client: httpx.Client, url: str, payload: dict[str, Any], *, delivery_id: str) -> Outcome:
    """POST ``payload`` as JSON; any 2xx answer is a delivery."""
    try:
        response = client.post(url, json=payload, headers={"X-Dragoman-Delivery": delivery_id})
    except httpx.HTTPError as exc:
        return Outcome(ok=False, error=f"{type(exc).__name__}: {exc}", retry=True)
    if 200 <= response.status_code < 300:
        return DELIVERED
    retry = response.status_code >= 500 or response.status_code in RETRY_STATUSES
    return Outcome(ok=False, error=f"HTTP {response.status_code} from {url}", retry=retry)


def append_line(path: str, payload: dict[str, Any]) -> Outcome:
    """Append ``payload`` as one JSON line to the file at ``path`` (created if missing)."""
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        return Outcome(ok=False, error=f"the folder of {path!r} does not exist; create it or choose another --file")
    line = json.dumps(payload, ensure_ascii=False, sort_keys=True) + "\n"
    try:
        with target.open("a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        return Outcome(ok=False, error=f"cannot append to {path!r}: {exc.strerror or exc}", retry=True)
    return DELIVERED


def send_with_retries(send: Callable[[], Outcome], *, retries: int, backoff_s: float,
                      sleep: Callable[[float], None] = time.sleep) -> tuple[Outcome, int]:
    """(last outcome, attempts made): one attempt, then up to ``retries`` more while they can help."""
    outcome = send()
    tries = 1
    while not outcome.ok and outcome.retry and tries <= retries:
        sleep(backoff_s * 2 ** (tries - 1))
        outcome = send()
        tries += 1
    return outcome, tries
