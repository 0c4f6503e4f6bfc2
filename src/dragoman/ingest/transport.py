"""An httpx transport whose every connection goes to an address the SSRF guard has checked.

The check sits in the network backend, where the socket is opened: the host name is resolved
once, every address is checked, and the socket connects to a checked address. A name that
resolves to a public address at check time and a private one a moment later (DNS rebinding)
therefore cannot slip through. TLS still verifies the certificate against the host name.
"""

from __future__ import annotations

import typing

import httpcore
import httpx

from dragoman.ingest.addresses import checked_addresses


class GuardedBackend(httpcore.SyncBackend):
    """Opens TCP connections only to addresses the guard allows."""

    def __init__(self, *, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = checked_addresses(host, port, allow_private=self.allow_private)
        error: Exception | None = None
        for ip in addresses:
            try:
                return super().connect_tcp(str(ip), port, timeout=timeout, local_address=local_address,
                                           socket_options=socket_options)
            except httpcore.ConnectError as exc:  # try the next address of a multi-homed host
                error = exc
        raise error or httpcore.ConnectError(f"{host} has no address")


class GuardedTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` with the guarded backend and no proxies from the environment."""

    def __init__(self, *, allow_private: bool, max_connections: int = 20) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=30.0,
            network_backend=GuardedBackend(allow_private=allow_private),
        )
