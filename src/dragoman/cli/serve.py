"""``dragoman serve``: the read-only web UI and JSON API over a ledger database."""

from __future__ import annotations

import socket

import click

from dragoman.cli.ledger import DB_HELP
from dragoman.errors import InputError
from dragoman.settings import Settings

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port``, or an ``InputError`` saying why not."""
    if not 0 <= port <= 65535:
        raise InputError(f"--port {port} is not a port", hint="use 1 to 65535 (or 0 for any free port)")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"--host {host!r} is not an address of this machine ({exc.strerror})",
                         hint="use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)") from exc
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror}",
                         hint="the port may be in use: choose another with --port") from exc
    sock.listen(128)
    return sock


@click.command("serve")
@click.option("--db", default=None, help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default serves this machine only).")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on (0 picks a free one).")
def serve_command(db: str | None, host: str, port: int) -> None:
    """Serve the ledger as web pages and a JSON API (read-only) and print the address.

    Pages: / (overview), /stories, /deals, /pledges, /quotes, /events, /entities,
    /discrepancies, /articles, /search; each has a JSON twin under /api; the schema is at
    /openapi.json; exports at /export/KIND.csv|jsonl|parquet. Stop with Ctrl-C.
    """
    import uvicorn

    from dragoman.web import create_app

    settings = Settings()
    if db:
        settings = settings.model_copy(update={"db": db})
    sock = listen(host, port)
    app = create_app(settings)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    if host not in LOOPBACK:
        click.echo(f"dragoman: warning: serving on {host}: reachable from other machines", err=True)
    click.echo(f"dragoman: serving {settings.db} at http://{shown}:{bound_port}/ (Ctrl-C to stop)")
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
