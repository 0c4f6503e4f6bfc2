"""The SSRF guard: which network addresses dragoman may connect to.

A URL taken from a feed, a sitemap or a redirect may point at the machine itself or at the
private network around it (``http://169.254.169.254/`` is a cloud's metadata service). Unless
``allow_private`` is set, every address a host name resolves to must be a public one, IPv4 and
IPv6 alike, including IPv4 addresses hidden inside IPv6 ones (mapped, 6to4, Teredo, NAT64).
"""

from __future__ import annotations

import ipaddress
import socket

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """A host resolves to an address the guard refuses; the message names host and address."""


def refusal(ip: IPAddress) -> str | None:
    """Why ``ip`` may not be fetched (``"loopback"``, ``"private"`` ...), or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:  # the connection really goes to the IPv4 address inside
            return refusal(embedded)
    for name in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if not ip.is_global:
        return "non-public"
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    literal = host.strip("[]")
    try:
        return [ipaddress.ip_address(literal)]
    except ValueError:
        pass
    infos = socket.getaddrinfo(literal, port, type=socket.SOCK_STREAM)
    seen: list[IPAddress] = []
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if ip not in seen:
            seen.append(ip)
    return seen


def checked_addresses(host: str, port: int, *, allow_private: bool) -> list[IPAddress]:
    """The addresses of ``host``, all of them allowed, or ``AddressRefused`` naming the first that is not.

    Raises ``OSError`` (``socket.gaierror``) when the name does not resolve.
    """
    addresses = resolve(host, port)
    if not allow_private:
        for ip in addresses:
            why = refusal(ip)
            if why:
                raise AddressRefused(
                    f"{host} resolves to {ip}, a {why} address; dragoman fetches only public addresses "
                    "unless --allow-private (setting allow_private) is given"
                )
    return addresses
