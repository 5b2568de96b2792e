"""Identity of reports: canonical URLs, article ids and content hashes (stdlib only).

An article's id is derived from its canonical URL, or from its normalised text
when it has no URL, so the same report ingested twice gets the same id. The
content hash (SHA-256 of the NFC text, taken on collection as the Berkeley
Protocol asks) tells an unchanged article from a revised one.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: Query parameters that only track a click and never change the content.
TRACKING_PARAMETERS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src",
    "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "utm_name",
    "_ga", "_gl", "amp", "share", "from", "spm",
})

_DEFAULT_PORTS = {"http": 80, "https": 443}
_WHITESPACE = re.compile(r"\s+")


def canonical_url(url: str) -> str:
    """The canonical form of ``url``: lower-case scheme and host, no ``www.``, no default port,
    no fragment, no tracking parameters, remaining parameters sorted, no trailing slash."""
    parts = urlsplit(url.strip())
    scheme = (parts.scheme or "http").lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMETERS and not key.lower().startswith("utm_")
    ]
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def normalise_text(text: str) -> str:
    """NFC text with runs of whitespace folded to one space, trimmed."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def article_id(*, url: str | None = None, text: str | None = None) -> str:
    """A stable article id: ``u`` + 20 hex digits of the canonical URL's hash, or ``t`` + those of the text's."""
    if url:
        return "u" + hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:20]
    if text is None:
        raise ValueError("an article id needs a URL or a text")
    return "t" + content_hash(text)[:20]
