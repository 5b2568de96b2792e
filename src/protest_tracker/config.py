"""Runtime configuration from the environment: database URL, home folder, secret key.

Standard library only, so the CLI can validate settings (and fail with one clear
line) before Django is imported.

Environment variables:

``DATABASE_URL``
    ``sqlite:///relative/or/absolute/path.db``, ``sqlite:////abs/path.db`` or
    ``postgres://user:password@host:port/dbname`` (``postgresql://`` too).
    Default: ``sqlite:///protest-tracker.db`` in the working directory.
``PROTEST_TRACKER_HOME``
    Folder for generated state (the secret key file). Default ``.protest-tracker``
    in the working directory.
``PROTEST_TRACKER_SECRET_KEY``
    Django's secret key. When unset, one is generated on first run and stored in
    ``$PROTEST_TRACKER_HOME/secret_key`` (mode 0600).
``PROTEST_TRACKER_DEBUG``
    ``1`` turns on Django's debug mode (never in production).
``PROTEST_TRACKER_ALLOWED_HOSTS``
    Comma-separated host names the server answers to (default ``127.0.0.1,localhost``).
``PROTEST_TRACKER_PROXY_SSL_HEADER``
    The header a TLS-terminating reverse proxy sets on HTTPS requests, e.g. ``X-Forwarded-Proto``
    (value ``https``) or ``X-Forwarded-Ssl: on``; Django's ``SECURE_PROXY_SSL_HEADER``. Only
    behind a proxy that sets or strips it on every request (see docs/security.md).
``PROTEST_TRACKER_HSTS_SECONDS``
    ``Strict-Transport-Security`` max-age sent on HTTPS requests (default one year; 0: none).
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from protest_tracker.errors import ConfigurationError

DEFAULT_DATABASE_URL = "sqlite:///protest-tracker.db"
DEFAULT_HSTS_SECONDS = 60 * 60 * 24 * 365
_HEADER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


@dataclass(frozen=True, slots=True)
class DatabaseSettings:
    """A parsed ``DATABASE_URL``."""

    engine: str  # "sqlite" or "postgresql"
    name: str
    user: str = ""
    password: str = ""
    host: str = ""
    port: str = ""

    def describe(self) -> str:
        """The URL without its password, for messages."""
        if self.engine == "sqlite":
            return f"sqlite:///{self.name}"
        return f"postgres://{self.user + '@' if self.user else ''}{self.host}:{self.port or 5432}/{self.name}"


def parse_database_url(url: str) -> DatabaseSettings:
    """Parse ``url``; raise :class:`ConfigurationError` naming the problem when it is malformed."""
    if not url or not url.strip():
        raise ConfigurationError("DATABASE_URL is empty")
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise ConfigurationError(f"DATABASE_URL is malformed: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        if not url.lower().startswith("sqlite:///"):
            raise ConfigurationError("DATABASE_URL for SQLite must look like sqlite:///path/to/file.db")
        path = unquote(url[len("sqlite:///"):])
        if not path:
            raise ConfigurationError("DATABASE_URL for SQLite names no file (sqlite:///path/to/file.db)")
        if path == ":memory:":
            return DatabaseSettings(engine="sqlite", name=":memory:")
        return DatabaseSettings(engine="sqlite", name=str(Path(path).expanduser().resolve()))
    if scheme in ("postgres", "postgresql", "pgsql"):
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ConfigurationError("DATABASE_URL for PostgreSQL names no database (postgres://user@host:5432/dbname)")
        try:
            port = parts.port
        except ValueError:
            raise ConfigurationError("DATABASE_URL has a port that is not a number") from None
        return DatabaseSettings(
            engine="postgresql",
            name=name,
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            host=parts.hostname or "",
            port=str(port or ""),
        )
    raise ConfigurationError(
        f"DATABASE_URL scheme {parts.scheme or '(none)'!r} is not supported; use sqlite:/// or postgres://"
    )


def database_url() -> str:
    return os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL


def home_dir() -> Path:
    return Path(os.environ.get("PROTEST_TRACKER_HOME") or ".protest-tracker").expanduser().resolve()


def secret_key() -> str:
    """The secret key from the environment, else the stored one, else a new one (stored 0600)."""
    key = os.environ.get("PROTEST_TRACKER_SECRET_KEY")
    if key:
        return key
    path = home_dir() / "secret_key"
    if path.exists():
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)  # a copied or restored key file must not stay readable by others
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key)
    return key


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def proxy_ssl_header() -> tuple[str, str] | None:
    """Django's ``SECURE_PROXY_SSL_HEADER`` from ``PROTEST_TRACKER_PROXY_SSL_HEADER``, else ``None``.

    ``X-Forwarded-Proto`` means "secure when the header is ``https``"; ``Name: value`` (or
    ``Name=value``) names another value. Raises :class:`ConfigurationError` for a malformed name.
    """
    given = (os.environ.get("PROTEST_TRACKER_PROXY_SSL_HEADER") or "").strip()
    if not given:
        return None
    name, _, value = given.replace("=", ":", 1).partition(":")
    name, value = name.strip(), value.strip() or "https"
    if not _HEADER_NAME.fullmatch(name):
        raise ConfigurationError(f"PROTEST_TRACKER_PROXY_SSL_HEADER {given!r} is not a header name "
                                 "(e.g. X-Forwarded-Proto, or X-Forwarded-Ssl: on)")
    return "HTTP_" + name.upper().replace("-", "_"), value


def hsts_seconds() -> int:
    """``PROTEST_TRACKER_HSTS_SECONDS`` (default one year; 0 turns HSTS off)."""
    given = (os.environ.get("PROTEST_TRACKER_HSTS_SECONDS") or "").strip()
    if not given:
        return DEFAULT_HSTS_SECONDS
    if not given.isdigit():
        raise ConfigurationError(f"PROTEST_TRACKER_HSTS_SECONDS must be a whole number of seconds, not {given!r}")
    return int(given)
