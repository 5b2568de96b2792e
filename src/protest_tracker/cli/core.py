"""Core commands: init, demo, serve, createuser, config show."""

from __future__ import annotations

import os
import sys

import typer

from protest_tracker import config
from protest_tracker.cli.context import console, setup_django
from protest_tracker.errors import ConfigurationError

config_app = typer.Typer(help="Show the configuration.", no_args_is_help=True)


def init() -> None:
    """Create the database or migrate an existing one to the current schema (nothing is lost)."""
    from protest_tracker.store.setup import migrate

    setup_django(create=True)
    applied = migrate()
    url = config.parse_database_url(config.database_url()).describe()
    console.print(f"database ready: {url} ({applied} migration(s) applied)")


def demo(
    serve_after: bool = typer.Option(True, "--serve/--no-serve", help="Serve the web app after loading."),
    host: str = typer.Option("127.0.0.1", help="Address to serve on."),
    port: int = typer.Option(8000, help="Port to serve on."),
) -> None:
    """Load the sample corpus into the database, process it, create a demo analyst and serve the app."""
    from protest_tracker.demo import run_demo

    setup_django(create=True)
    summary = run_demo(console=console)
    console.print()
    console.print("[bold]Demo loaded.[/bold] " + summary.describe())
    console.print(f"Demo analyst: user [bold]{summary.username}[/bold] password [bold]{summary.password}[/bold] "
                  f"(role {summary.role}; stored in {summary.credentials_file})")
    if serve_after:
        _serve(host=host, port=port)


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to serve on (keep 127.0.0.1 unless behind a proxy)."),
    port: int = typer.Option(8000, help="Port to serve on."),
    threads: int = typer.Option(8, help="Worker threads."),
    trusted_proxy: str | None = typer.Option(
        None, "--trusted-proxy", metavar="ADDRESS",
        help="The reverse proxy's address (e.g. 127.0.0.1): its X-Forwarded-For and X-Forwarded-Proto "
             "are believed (client address, HTTPS). Only behind a proxy that sets both on every request."),
) -> None:
    """Serve the web app (dashboard, review workspace, API) with a production WSGI server."""
    setup_django()
    _serve(host=host, port=port, threads=threads, trusted_proxy=trusted_proxy)


def make_server(*, host: str, port: int, threads: int = 8, trusted_proxy: str | None = None):
    """The waitress server ``serve`` runs. With ``trusted_proxy``, requests from that address carry
    the client's address (X-Forwarded-For) and scheme (X-Forwarded-Proto); those headers from
    anyone else are dropped."""
    from django.core.wsgi import get_wsgi_application
    from waitress import create_server

    proxy = {"trusted_proxy": trusted_proxy, "trusted_proxy_count": 1,
             "trusted_proxy_headers": {"x-forwarded-for", "x-forwarded-proto"},
             "clear_untrusted_proxy_headers": True} if trusted_proxy else {}
    return create_server(get_wsgi_application(), host=host, port=port, threads=threads, ident="protest-tracker",
                         **proxy)


def _serve(*, host: str, port: int, threads: int = 8, trusted_proxy: str | None = None) -> None:
    from protest_tracker.store.setup import collect_static, pending_migrations

    if pending_migrations():
        raise ConfigurationError("the database schema is out of date; run `protest-tracker init` first")
    collect_static()
    try:
        server = make_server(host=host, port=port, threads=threads, trusted_proxy=trusted_proxy)
    except OSError as exc:  # the port is taken or the address is not ours
        raise ConfigurationError(
            f"cannot serve on {host}:{port} ({exc.strerror or exc}); another server may be using it — "
            f"pick another port: `protest-tracker serve --port {port + 1}`") from None
    if trusted_proxy:
        console.print(f"Trusting X-Forwarded-For and X-Forwarded-Proto from {trusted_proxy} only")
    console.print(f"Serving on http://{host}:{port}/  (Ctrl+C to stop)")
    server.run()  # returns after Ctrl+C, once waitress has shut its workers down


def createuser(
    name: str = typer.Argument(..., help="User name."),
    role: str = typer.Option(..., "--role", help="admin, coder or viewer."),
    email: str = typer.Option("", help="E-mail address."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
) -> None:
    """Create a user (or reset their password and role)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    if not password:
        raise ConfigurationError("empty password")
    setup_django()
    from protest_tracker.store.roles import create_user

    user = create_user(name, password=password, role=role, email=email)
    console.print(f"user {user.get_username()} has role {role}")


@config_app.command("show")
def config_show() -> None:
    """Print the effective configuration (secrets hidden)."""
    from rich.table import Table

    parsed = config.parse_database_url(config.database_url())
    table = Table(title="protest-tracker configuration", show_header=True)
    table.add_column("setting")
    table.add_column("value")
    table.add_row("DATABASE_URL", parsed.describe())
    table.add_row("database engine", parsed.engine)
    table.add_row("database", _database_location(parsed))
    table.add_row("PROTEST_TRACKER_HOME", str(config.home_dir()))
    table.add_row("secret key", "from environment" if "PROTEST_TRACKER_SECRET_KEY" in __import__("os").environ else f"stored in {config.home_dir() / 'secret_key'}")
    for name in ("PROTEST_TRACKER_DEBUG", "PROTEST_TRACKER_TLS", "PROTEST_TRACKER_PROXY_SSL_HEADER",
                 "PROTEST_TRACKER_HSTS_SECONDS", "PROTEST_TRACKER_PUBLIC_REQUIRES_LOGIN",
                 "PROTEST_TRACKER_PUBLIC_COORD_DECIMALS", "PROTEST_TRACKER_PUBLIC_SHOW_NAMES",
                 "PROTEST_TRACKER_ALLOW_PRIVATE"):
        table.add_row(name, __import__("os").environ.get(name, "(unset)"))
    console.print(table)


def _database_location(parsed: config.DatabaseSettings) -> str:
    """Where the data lives: the absolute SQLite file, or host:port/name (never the password)."""
    if parsed.engine == "sqlite":
        if parsed.name == ":memory:":
            return ":memory: (in memory, nothing kept)"
        missing = "" if os.path.exists(parsed.name) else " (does not exist yet; run `protest-tracker init`)"
        return parsed.name + missing
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.name}"


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.command()(demo)
    app.command()(serve)
    app.command()(createuser)
    app.add_typer(config_app, name="config")
