"""Connections pinned to the addresses the SSRF guard approved: no DNS-rebinding window.

:func:`~protest_tracker.ingest.netguard.check_url` judges a URL before each request, but the
HTTP library would resolve the host name again when it connects, and a hostile DNS server
can answer differently the second time (a public address, then 127.0.0.1). The network
backend below resolves once, at connect time, checks every address with the same policy
and connects to an approved address itself. TLS still verifies the certificate against the
host name (httpcore passes it separately as the server name).
"""

from __future__ import annotations

from collections.abc import Iterable

import httpcore
import httpx

from protest_tracker.ingest import netguard


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's synchronous backend, connecting only to addresses that pass the SSRF guard."""

    def __init__(self, policy: netguard.AddressPolicy, *, resolver: netguard.Resolver = netguard.system_resolver) -> None:
        self._inner = httpcore.SyncBackend()
        self._policy = policy
        self._resolver = resolver

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        """Connect to the first approved address of ``host`` that answers (raises BlockedAddress when refused)."""
        addresses = netguard.approved_addresses(host, port, self._policy, resolver=self._resolver) or [host]
        error: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                               socket_options=socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        assert error is not None
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        """Never used: the fetcher only speaks TCP."""
        raise httpcore.ConnectError("unix sockets are not used by the fetcher")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def guarded_transport(policy: netguard.AddressPolicy, *,
                      resolver: netguard.Resolver = netguard.system_resolver) -> httpx.HTTPTransport:
    """An httpx transport whose connections go through :class:`GuardedBackend` (no proxies, no env)."""
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx has no public hook for the network backend; the pool is rebuilt with the same defaults.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0,  # httpx's defaults
        network_backend=GuardedBackend(policy, resolver=resolver),
    )
    return transport
