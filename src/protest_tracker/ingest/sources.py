"""The sources file (TOML): outlets and channels with their feeds.

::

    [[source]]
    slug = "kloop"                 # unique, lower-case letters, digits and dashes
    name = "Kloop"
    homepage = "https://kloop.kg"
    country = "KG"                 # ISO alpha-2 of the five countries, or "" for international
    languages = ["ru", "ky"]       # codes of codebook.LANGUAGES
    source_type = "independent"    # codebook.SOURCE_TYPES
    feeds = ["https://kloop.kg/feed/"]
    telegram = "kloopnews"         # optional channel username
    interval_minutes = 30          # optional: how often `protest-tracker run` fetches it (default 60)
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from protest_tracker import codebook
from protest_tracker.ingest.errors import SourcesFileError

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
_KEYS = frozenset({"slug", "name", "homepage", "country", "languages", "source_type", "feeds", "telegram", "notes",
                   "interval_minutes"})
#: Bounds of ``interval_minutes`` (five minutes to a week).
INTERVAL_RANGE = (5, 7 * 24 * 60)


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One outlet or channel from the sources file."""

    slug: str
    name: str
    homepage: str
    country: str
    languages: tuple[str, ...]
    source_type: str
    feeds: tuple[str, ...]
    telegram: str | None = None
    #: How often ``protest-tracker run`` fetches the source; ``None``: the run's default.
    interval_minutes: int | None = None


def default_sources_path() -> Path:
    """The curated list shipped with the package (``protest_tracker/data/sources.toml``)."""
    return Path(str(resources.files("protest_tracker") / "data" / "sources.toml"))


def load_sources(path: Path | None = None) -> list[SourceSpec]:
    """Read and validate a sources file; raise :class:`SourcesFileError` naming the entry and the problem."""
    path = path or default_sources_path()
    location = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesFileError(location, f"cannot read the sources file ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesFileError(location, f"not valid TOML: {exc}") from None
    except RecursionError:
        raise SourcesFileError(location, "not valid TOML: nested too deeply to read") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise SourcesFileError(location, f"not valid TOML: {str(exc)[:120]}") from None
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise SourcesFileError(location, "no [[source]] entries found")
    specs: list[SourceSpec] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        spec = _spec(entry, where=f"{location}: source #{number}")
        if spec.slug in seen:
            raise SourcesFileError(location, f"source #{number}: duplicate slug {spec.slug!r}")
        seen.add(spec.slug)
        specs.append(spec)
    return specs


def _spec(entry: Any, *, where: str) -> SourceSpec:
    def fail(message: str) -> SourcesFileError:
        return SourcesFileError(where, message)

    if not isinstance(entry, dict):
        raise fail("is not a table")
    unknown = set(entry) - _KEYS
    if unknown:
        raise fail(f"unknown key(s) {', '.join(sorted(unknown))}")
    slug = entry.get("slug")
    if not isinstance(slug, str) or not _SLUG.match(slug):
        raise fail(f"slug {slug!r} must be lower-case letters, digits and dashes")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail(f"{slug}: name is missing")
    homepage = entry.get("homepage", "")
    if homepage and not str(homepage).startswith(("http://", "https://")):
        raise fail(f"{slug}: homepage must be an http(s) URL")
    country = entry.get("country", "")
    if country and country not in codebook.COUNTRIES:
        raise fail(f"{slug}: country {country!r} is not one of {', '.join(codebook.COUNTRIES)} (or empty)")
    languages = entry.get("languages", [])
    if not isinstance(languages, list) or any(lang not in codebook.LANGUAGES for lang in languages):
        raise fail(f"{slug}: languages must be a list of {', '.join(codebook.LANGUAGES)}")
    source_type = entry.get("source_type", "other")
    if source_type not in codebook.SOURCE_TYPES:
        raise fail(f"{slug}: source_type {source_type!r} is not one of {', '.join(codebook.SOURCE_TYPES.codes)}")
    feeds = entry.get("feeds", [])
    if not isinstance(feeds, list) or any(not str(f).startswith(("http://", "https://")) for f in feeds):
        raise fail(f"{slug}: feeds must be a list of http(s) URLs")
    telegram = entry.get("telegram")
    if telegram is not None and (not isinstance(telegram, str) or not re.match(r"^[A-Za-z0-9_]{4,64}$", telegram)):
        raise fail(f"{slug}: telegram must be a channel username")
    interval = entry.get("interval_minutes")
    if interval is not None and (type(interval) is not int
                                 or not INTERVAL_RANGE[0] <= interval <= INTERVAL_RANGE[1]):
        raise fail(f"{slug}: interval_minutes must be a whole number from {INTERVAL_RANGE[0]} to {INTERVAL_RANGE[1]}")
    return SourceSpec(slug=slug, name=name.strip(), homepage=homepage, country=country,
                      languages=tuple(languages), source_type=source_type, feeds=tuple(feeds), telegram=telegram,
                      interval_minutes=interval)
