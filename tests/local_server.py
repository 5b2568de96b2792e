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
