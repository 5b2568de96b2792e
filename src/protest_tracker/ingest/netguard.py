"""The SSRF guard: only http/https, and no private, loopback, link-local or reserved addresses.

Every URL (each redirect hop and each robots.txt too) is checked before a request
is sent: the host name is resolved and *every* address it resolves to must be
public. Private addresses can be allowed wholesale (``--allow-private`` or
``PROTEST_TRACKER_ALLOW_PRIVATE=1``, for a newsroom intranet or the tests) or
for named ``host:port`` pairs only (so a test can serve from 127.0.0.1 and still
prove that a redirect to another private address is refused).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protest_tracker.ingest.errors import BlockedAddress

ALLOWED_SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}

Resolver = Callable[[str, int], list[str]]


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


#: IPv6 ranges that carry an IPv4 address in their last 32 bits (NAT64, well-known and local-use;
#: the deprecated IPv4-compatible ::a.b.c.d). 6to4 (2002::/16) is unwrapped by ``sixtofour``.
_IPV4_CARRIERS = tuple(ipaddress.ip_network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48", "::/96"))


def _unwrap(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The address to judge: an IPv4 address hidden in IPv6 (mapped, NAT64, 6to4, compatible) is judged as IPv4."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip.sixtofour is not None:
            return ip.sixtofour
        if any(ip in network for network in _IPV4_CARRIERS) and int(ip) > 1:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (IPv4 inside IPv6 is judged as IPv4)."""
    ip = _unwrap(address)
    site_local = isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local
    return ip.is_global and not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
        or ip.is_reserved or ip.is_unspecified or site_local
    )


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which non-public destinations are allowed: all (``allow_private``) or the listed ``host:port`` pairs."""

    allow_private: bool = False
    allowed_hosts: frozenset[str] = frozenset()

    def permits(self, host: str, port: int) -> bool:
        """True when this exact host (or host:port) was allowed by name."""
        return f"{host}:{port}" in self.allowed_hosts or host in self.allowed_hosts


def is_private_network_address(address: str) -> bool:
    """True for loopback and private-network (RFC 1918, ULA, CGNAT) addresses, which ``allow_private`` opens.

    Link-local addresses (169.254.0.0/16 with the cloud metadata service, fe80::/10), multicast,
    reserved and unspecified addresses are *not* included: they stay refused even with
    ``--allow-private`` unless the exact host is listed in ``allowed_hosts``.
    """
    ip = _unwrap(address)
    if ip.is_link_local or ip.is_multicast or ip.is_unspecified:
        return False
    cgnat = isinstance(ip, ipaddress.IPv4Address) and ip in ipaddress.ip_network("100.64.0.0/10")
    return ip.is_loopback or ip.is_private or cgnat


def check_url(url: str, policy: AddressPolicy, *, resolver: Resolver = system_resolver) -> None:
    """Raise :class:`BlockedAddress` unless ``url`` is http(s) and resolves only to allowed addresses."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BlockedAddress(url, f"malformed URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise BlockedAddress(url, f"scheme {scheme or '(none)'!r} is not allowed; only http and https")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise BlockedAddress(url, "URL has no host")
    if parts.username or parts.password:
        raise BlockedAddress(url, "URLs with credentials are not fetched")
    port = port or _DEFAULT_PORTS[scheme]
    approved_addresses(host, port, policy, resolver=resolver, location=url)


def approved_addresses(host: str, port: int, policy: AddressPolicy, *, resolver: Resolver = system_resolver,
                       location: str | None = None) -> list[str]:
    """The addresses of ``host`` that may be connected to; raise :class:`BlockedAddress` if any is refused.

    An empty list means the host was allowed by name (connect to it as given). The fetcher's
    connections use this too, at connect time, so a second DNS answer cannot differ from the
    one that was checked (no DNS-rebinding window).
    """
    url = location or f"{host}:{port}"
    host = host.strip("[]").rstrip(".").lower()
    if policy.permits(host, port):
        return []
    try:
        addresses = [host] if _is_literal(host) else resolver(host, port)
    except OSError as exc:
        raise BlockedAddress(url, f"cannot resolve host {host!r} ({exc})", reason="dns_error") from None
    if not addresses:
        raise BlockedAddress(url, f"host {host!r} resolves to no address", reason="dns_error")
    for address in addresses:
        if is_public_address(address):
            continue
        if policy.allow_private and is_private_network_address(address):
            continue
        if policy.allow_private:
            raise BlockedAddress(url, f"refused: {host} resolves to {address}, a link-local, multicast or "
                                      "reserved address that --allow-private does not open (SSRF guard)")
        raise BlockedAddress(
            url,
            f"refused: {host} resolves to non-public address {address} (SSRF guard; "
            "use --allow-private or PROTEST_TRACKER_ALLOW_PRIVATE=1 to allow private addresses)",
        )
    return list(addresses)


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def hosts(pairs: Iterable[str]) -> frozenset[str]:
    """Normalise ``host:port`` strings for :class:`AddressPolicy`."""
    return frozenset(p.strip().lower() for p in pairs if p.strip())
