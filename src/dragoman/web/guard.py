"""The outermost layer of the app: read-only methods and security headers on every response.

* Only GET and HEAD are served; anything else is answered 405 with ``Allow: GET, HEAD``
  before it reaches a route. HEAD runs the GET route and drops the body.
* A query string or path with a NUL byte is answered 400 (no database accepts it in text).
* Every response, errors and static files included, carries a strict Content-Security-Policy
  (scripts, styles, images and fonts from this server only; no inline scripts, no eval), and
  headers that forbid framing, MIME sniffing and sending the address to other sites.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join((
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
ALLOWED = ("GET", "HEAD")


class Guard:
    """ASGI middleware: the read-only rule and the security headers (see the module docstring)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"].upper()
        if method not in ALLOWED:
            await _answer(send, 405, "E405", f"method {method} is not allowed: this server is read-only",
                          "use GET (the ledger is changed with 'dragoman ingest', not over HTTP)",
                          extra=[(b"allow", b"GET, HEAD")])
            return
        if b"%00" in scope.get("query_string", b"") or "\x00" in scope.get("path", ""):
            await _answer(send, 400, "E100", "the request contains a NUL character",
                          "remove %00 from the address")
            return
        head = method == "HEAD"
        if head:
            scope = dict(scope, method="GET")

        async def send_guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers += [(name, value) for name, value in SECURITY_HEADERS if name not in names]
                message = dict(message, headers=headers)
            elif message["type"] == "http.response.body" and head:
                message = dict(message, body=b"")
            await send(message)

        await self.app(scope, receive, send_guarded)


async def _answer(send: Send, status: int, code: str, message: str, hint: str,
                  extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "hint": hint}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               *(extra or []), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
