"""A threaded HTTP server on 127.0.0.1 (random port) for tests that fetch over a real socket."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@contextlib.contextmanager
def serving(state: Any, handler: type[BaseHTTPRequestHandler]) -> Iterator[Any]:
    """Serve ``handler`` (which reads ``self.server.site``) with ``state`` as its site; sets ``state.port``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.site = state
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def _run_until_closed(server: Any) -> None:
    """``server.run()`` in a thread; closing the server under its ``select`` ends the loop."""
    with contextlib.suppress(OSError, ValueError):
        server.run()


@contextlib.contextmanager
def running_waitress(server: Any) -> Iterator[str]:
    """Run a waitress ``server`` (made by ``create_server`` or ``serve``'s ``make_server``) in a
    thread; yields its base URL, and closes the server afterwards.

    While it runs, each request closes its database connection when it ends: the settings keep one
    open per worker thread (``CONN_MAX_AGE``), which a test server left behind would hold until the
    end of the session, and PostgreSQL then refuses to drop the test database."""
    from django.db import connections

    ages = {alias: connections.settings[alias].get("CONN_MAX_AGE") for alias in connections.settings}
    for alias in ages:
        connections.settings[alias]["CONN_MAX_AGE"] = 0
    thread = threading.Thread(target=_run_until_closed, args=(server,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
        thread.join(timeout=10)
        for alias, age in ages.items():
            connections.settings[alias]["CONN_MAX_AGE"] = age
