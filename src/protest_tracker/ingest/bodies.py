"""Reading a response body with a size cap that also holds after decompression (gzip bombs)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from protest_tracker.ingest.errors import FetchError, ResponseTooLarge

#: What we ask servers for; anything else in ``Content-Encoding`` is refused.
ACCEPT_ENCODING = "gzip, deflate"


def _decompressor(encoding: str, url: str):
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise FetchError(url, f"unsupported Content-Encoding {encoding!r}", reason="bad_encoding")


def read_capped(chunks: Iterable[bytes], *, content_encoding: str, max_bytes: int, url: str) -> bytes:
    """Join raw ``chunks``, decompressing gzip/deflate, and raise :class:`ResponseTooLarge` past ``max_bytes``.

    Decompression is bounded per step (``max_length``), so a small compressed body that
    expands to gigabytes is refused after ``max_bytes`` without ever being held in memory.
    """
    decoder = _decompressor(content_encoding, url)
    body = bytearray()

    def append(data: bytes) -> None:
        body.extend(data)
        if len(body) > max_bytes:
            raise ResponseTooLarge(url, f"response body exceeds the cap of {max_bytes:,} bytes")

    try:
        for chunk in chunks:
            if decoder is None:
                append(chunk)
                continue
            data = chunk
            while data:
                append(decoder.decompress(data, max_bytes + 1 - len(body)))
                data = decoder.unconsumed_tail
        if decoder is not None:
            append(decoder.flush())
    except zlib.error as exc:
        raise FetchError(url, f"corrupt {content_encoding} body ({exc})", reason="bad_encoding") from None
    return bytes(body)
