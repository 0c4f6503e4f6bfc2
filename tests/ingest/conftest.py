"""Fixtures of the ingest tests: a web server on 127.0.0.1 and settings that may fetch from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dragoman.settings import Settings
from tests.ingest.server import WebServer, serve


@pytest.fixture
def web() -> Iterator[WebServer]:
    yield from serve()


@pytest.fixture
def fetch_settings() -> Settings:
    """Loopback allowed, no politeness delay, short timeouts and backoff: the tests stay fast."""
    return Settings(progress=False, allow_private=True, host_delay_s=0.0, fetch_timeout_s=1.0,
                    fetch_backoff_s=0.01, fetch_retries=2)
