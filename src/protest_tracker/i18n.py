"""Compile the interface translations (``locale/<lang>/LC_MESSAGES/django.po``) into ``.mo`` files.

Pure Python, so set-up needs no GNU gettext: ``python -m protest_tracker.i18n`` (run by
``scripts/setup.sh``). The ``.mo`` files are build outputs and git-ignored. Supports what Django's
``makemessages`` writes: ``msgctxt``, ``msgid_plural`` / ``msgstr[n]``, multi-line strings and
``#, fuzzy`` entries (left out, as ``msgfmt`` does).
"""

from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def _unquote(line: str) -> str:
    return ast.literal_eval(line)


def parse_po(text: str) -> dict[str, str]:
    """``.po`` text -> ``{key: translation}`` in ``.mo`` form (context and plurals joined as gettext does)."""
    catalog: dict[str, str] = {}
    entry: dict[str, list[str]] = {}
    current: str | None = None
    fuzzy = False

    def finish() -> None:
        nonlocal entry, current, fuzzy
        if "msgid" in entry and not fuzzy:
            key = "".join(entry["msgid"])
            if "msgctxt" in entry:
                key = "".join(entry["msgctxt"]) + "\x04" + key
            plurals = sorted(k for k in entry if k.startswith("msgstr["))
            if "msgid_plural" in entry:
                key += "\x00" + "".join(entry["msgid_plural"])
                value = "\x00".join("".join(entry[k]) for k in plurals)
            else:
                value = "".join(entry.get("msgstr", []))
            if value.replace("\x00", "") or key == "":
                catalog[key] = value
        entry, current, fuzzy = {}, None, False

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            finish()
        elif line.startswith("#,") and "fuzzy" in line:
            if "msgid" in entry:
                finish()
            fuzzy = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            if current is not None:
                entry[current].append(_unquote(line))
        else:
            keyword, _, rest = line.partition(" ")
            if keyword in ("msgctxt", "msgid") and "msgid" in entry and (keyword == "msgctxt" or "msgstr" in entry
                                                                          or any(k.startswith("msgstr[") for k in entry)):
                finish()
            current = keyword
            entry[current] = [_unquote(rest)]
    finish()
    return catalog


def mo_bytes(catalog: dict[str, str]) -> bytes:
    """The GNU ``.mo`` format (little-endian, no hash table) for ``catalog``."""
    keys = sorted(catalog)
    ids = [k.encode("utf-8") for k in keys]
    strs = [catalog[k].encode("utf-8") for k in keys]
    count = len(keys)
    header = 7 * 4
    id_table, str_table = header, header + count * 8
    data_start = str_table + count * 8
    offsets, data = [], b""
    for value in ids:
        offsets.append((len(value), data_start + len(data)))
        data += value + b"\x00"
    str_offsets = []
    for value in strs:
        str_offsets.append((len(value), data_start + len(data)))
        data += value + b"\x00"
    out = struct.pack("<7I", 0x950412DE, 0, count, id_table, str_table, 0, 0)
    out += b"".join(struct.pack("<2I", n, o) for n, o in offsets)
    out += b"".join(struct.pack("<2I", n, o) for n, o in str_offsets)
    return out + data


def compile_catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write a ``.mo`` next to every ``.po`` under ``locale_dir``; returns the files written."""
    written = []
    for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        mo.write_bytes(mo_bytes(parse_po(po.read_text(encoding="utf-8"))))
        written.append(mo)
    return written


def main() -> int:
    for path in compile_catalogs():
        print(f"compiled {path.relative_to(LOCALE_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
