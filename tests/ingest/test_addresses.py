"""The SSRF guard: private, loopback, link-local and hidden IPv4 addresses are refused; public ones pass."""

from __future__ import annotations

import ipaddress

import pytest

from dragoman.ingest.addresses import AddressRefused, checked_addresses, refusal


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "224.0.0.1", "::1", "fe80::1", "fc00::5", "::",
    "::ffff:127.0.0.1",  # IPv4-mapped
    "2002:a00:1::",  # 6to4 around 10.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64 around 169.254.169.254
])
def test_non_public_address_is_refused(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.4.4", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_address_passes(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


def test_host_name_is_checked_on_every_address_it_resolves_to() -> None:
    with pytest.raises(AddressRefused, match="localhost resolves to"):
        checked_addresses("localhost", 80, allow_private=False)


def test_allow_private_lets_loopback_through() -> None:
    assert checked_addresses("127.0.0.1", 80, allow_private=True) == [ipaddress.ip_address("127.0.0.1")]


def test_bracketed_ipv6_literal_is_read() -> None:
    with pytest.raises(AddressRefused, match="loopback"):
        checked_addresses("[::1]", 80, allow_private=False)
