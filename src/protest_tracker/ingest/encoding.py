"""Turning bytes into NFC text: HTTP charset, BOM, ``<meta charset>``, else detection.

Undeclared Cyrillic is common in older Central Asian sites: when the bytes are not
UTF-8 we choose between cp1251 and koi8-r by how Russian-like the letters look
(real text is mostly lower case; one encoding read as the other is mostly upper
case), and fall back to charset-normalizer for anything else.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-.]+)["']""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CYRILLIC_CANDIDATES = ("cp1251", "koi8-r")


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a document declares about itself (BOM, XML declaration, ``<meta>``), if valid."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4096]
    for pattern in (_XML_DECL, _META_CHARSET):
        match = pattern.search(head)
        if match:
            found = _known(match.group(1).decode("ascii", "ignore"))
            if found:
                return found
    return None


def _cyrillic_score(text: str) -> float:
    letters = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not letters:
        return 0.0
    lower = sum(1 for c in letters if c.islower())
    return lower / len(letters) * min(1.0, len(letters) / 20)


def detect_charset(data: bytes) -> str:
    """Best guess for undeclared bytes: utf-8 when valid, cp1251 or koi8-r for Cyrillic, else detection."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scores = {name: _cyrillic_score(data.decode(name, errors="replace")) for name in _CYRILLIC_CANDIDATES}
    best = max(scores, key=lambda name: scores[name])
    if scores[best] >= 0.5:
        return best
    guess = from_bytes(data[:200_000]).best()
    known = _known(guess.encoding) if guess is not None else None
    return known or "cp1251"


def _fits(data: bytes, charset: str) -> bool:
    try:
        data.decode(charset)
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(data: bytes, *, http_charset: str | None = None) -> tuple[str, str]:
    """``(text, charset)``: HTTP charset first, then the document's own declaration, then detection.

    When the declared charset cannot decode the bytes, detection decides if its guess fits;
    bytes that fit nothing are replaced (U+FFFD). The text is NFC-normalised.
    """
    charset = _known(http_charset) or declared_charset(data) or detect_charset(data)
    if charset != "utf-8" and not data.isascii() and _fits(data, "utf-8"):
        charset = "utf-8"  # non-ASCII bytes that are valid UTF-8 are UTF-8, whatever the label says
    try:
        text = data.decode(charset)
    except UnicodeDecodeError:
        # a declaration that does not fit the bytes (common on old sites): trust the bytes instead
        detected = detect_charset(data)
        charset = detected if _fits(data, detected) else charset
        text = data.decode(charset, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text), charset
