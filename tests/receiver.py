"""A webhook receiver the tests start on 127.0.0.1: records every POST, fails the first N on purpose."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Receiver:
    url: str
    fail_first: int = 0
    status: int = 503
    received: list[dict[str, Any]] = field(default_factory=list)  # accepted bodies
    headers: list[dict[str, str]] = field(default_factory=list)
    attempts: int = 0


@contextmanager
def receiver(fail_first: int = 0, status: int = 503) -> Iterator[Receiver]:
    """A running receiver; it answers ``status`` to the first ``fail_first`` POSTs and 204 after."""
    state = Receiver(url="", fail_first=fail_first, status=status)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with lock:
                state.attempts += 1
                failing = state.attempts <= state.fail_first
                if not failing:
                    state.received.append(json.loads(body))
                    state.headers.append(dict(self.headers))
            self.send_response(state.status if failing else 204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
