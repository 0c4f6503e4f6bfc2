"""A real HTTP server on 127.0.0.1 for the ingest tests: routes answer fixed or scripted responses,
and every request is recorded (path, headers, time)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Body = bytes | Callable[["Request"], "Answer"]


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before the headers
    trickle_s: float = 0.0  # between body bytes (sent one at a time)
    chunked: bool = False  # no Content-Length


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    at: float


class WebServer:
    """``route(path, answer)`` sets what a path answers; ``requests`` lists what was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, Answer | Callable[[Request], Answer]] = {}
        self.requests: list[Request] = []
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
                server.requests.append(request)
                route = server.routes.get(self.path)
                answer = route(request) if callable(route) else route
                if answer is None:
                    answer = Answer(404, b"not here", {"Content-Type": "text/plain"})
                if answer.delay_s:
                    server.release.wait(answer.delay_s)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._send(answer)

            def _send(self, answer: Answer) -> None:
                self.send_response(answer.status)
                for key, value in answer.headers.items():
                    self.send_header(key, value)
                if answer.chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                else:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if answer.chunked:
                    for start in range(0, len(answer.body), 65536):
                        piece = answer.body[start:start + 65536]
                        self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                elif answer.trickle_s:
                    for byte in answer.body:
                        if server.release.wait(answer.trickle_s):
                            return
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                else:
                    self.wfile.write(answer.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, answer: Answer | Callable[[Request], Answer]) -> None:
        self.routes[path] = answer

    def page(self, path: str, html: str, **headers: str) -> None:
        self.route(path, Answer(200, html.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8", **headers}))

    def asked(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def __enter__(self) -> WebServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def serve() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server
