"""One ``protest-tracker run`` at a time: a lease row in the database.

The lock is a :class:`~protest_tracker.ops.models.Lease` row, not an OS file lock, so it
works the same on SQLite and PostgreSQL and across machines that share a PostgreSQL
server. The holder renews it while it works (``renew``); a holder that stops renewing
loses it when it expires (``ttl``). A holder that was killed on this machine (its process
id no longer exists) is taken over at once, so a restart after ``kill -9`` need not wait
for the expiry.

Two leases exist. ``run`` is held by ``protest-tracker run`` for its whole life: one
unattended runner per database. ``work`` is held by whoever writes articles or processes
them: a ``run`` cycle while it fetches and processes, and the manual ``process``,
``ingest …`` and ``import …`` commands while they work. So a manual ``process`` never
runs alongside a cycle's ``process`` (two processors would extract the same articles
twice), and an ingest never revises an article a processor is working on.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone

from protest_tracker.errors import ConfigurationError, TrackerError
from protest_tracker.ops.models import Lease

RUN_LEASE = "run"
WORK_LEASE = "work"
DEFAULT_TTL = dt.timedelta(minutes=10)
#: Seconds between two looks at a held lease while waiting for it.
POLL_SECONDS = 1.0


class LockHeld(TrackerError):
    """Another process holds the lease."""


class LeaseLost(TrackerError):
    """The lease expired and another process took it; the holder must stop."""


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    return True


def stale_on_this_host(holder: str) -> bool:
    """True when ``holder`` (``host:pid:token``) names a process of this machine that no longer runs."""
    parts = holder.rsplit(":", 2)
    if len(parts) != 3 or parts[0] != socket.gethostname():
        return False
    try:
        pid = int(parts[1])
    except ValueError:
        return False
    return pid != os.getpid() and not _process_alive(pid)


def holder_command(holder: str) -> str:
    """The command named in a holder (``host:pid:process-1a2b3c4d`` → ``process``); ``run`` for older holders."""
    token = holder.rsplit(":", 1)[-1]
    return token.rsplit("-", 1)[0].replace("_", " ") if "-" in token else RUN_LEASE


@dataclass
class RunLock:
    """A lease this process holds or wants (use :meth:`acquire`, or ``with``).

    ``command`` is what the holder is (``run``, ``process``, ``ingest_files``…): it is part of
    ``holder`` so that a refused command can say who is in the way.
    """

    name: str = RUN_LEASE
    ttl: dt.timedelta = DEFAULT_TTL
    holder: str = ""
    renewed_monotonic: float = 0.0
    command: str = RUN_LEASE

    def __post_init__(self) -> None:
        if not self.holder:
            self.holder = f"{socket.gethostname()}:{os.getpid()}:{self.command}-{secrets.token_hex(4)}"

    def _try(self) -> str:
        """Take the lease if it is free, expired, ours or left by a dead process; else the refusal."""
        now = timezone.now()
        try:
            with transaction.atomic():
                row = Lease.objects.select_for_update().filter(name=self.name).first()
                if row is None:
                    Lease.objects.create(name=self.name, holder=self.holder, acquired_at=now,
                                         expires_at=now + self.ttl)
                elif row.holder == self.holder or row.expires_at <= now or stale_on_this_host(row.holder):
                    row.holder, row.acquired_at, row.expires_at = self.holder, now, now + self.ttl
                    row.save()
                else:
                    return (f"another `protest-tracker {holder_command(row.holder)}` is running ({row.holder}, "
                            f"since {row.acquired_at:%Y-%m-%d %H:%M:%S} UTC; its {self.name!r} lease expires "
                            f"{row.expires_at:%H:%M:%S} UTC unless it renews it)")
        except IntegrityError:  # another process created the row first
            return f"another process took the {self.name!r} lease at the same moment"
        return ""

    def acquire(self, *, wait: float = 0.0) -> RunLock:
        """Take the lease, waiting up to ``wait`` seconds for its holder to give it back; else raise
        :class:`LockHeld` naming the holder and its expiry."""
        deadline = time.monotonic() + wait
        while refusal := self._try():
            if time.monotonic() + POLL_SECONDS > deadline:
                waited = f" (waited {wait:g} s)" if wait else ""
                raise LockHeld(refusal + waited)
            time.sleep(POLL_SECONDS)
        self.renewed_monotonic = time.monotonic()
        return self

    def renew(self, *, every: float = 30.0) -> None:
        """Extend the lease (at most once per ``every`` seconds); :class:`LeaseLost` if it was taken."""
        if time.monotonic() - self.renewed_monotonic < every:
            return
        now = timezone.now()
        with transaction.atomic():
            updated = Lease.objects.filter(name=self.name, holder=self.holder).update(expires_at=now + self.ttl)
        if not updated:
            raise LeaseLost(f"the {self.name!r} lease was taken by another process; stopping")
        self.renewed_monotonic = time.monotonic()

    def release(self) -> None:
        """Give the lease back (only if this process still holds it)."""
        with transaction.atomic():
            Lease.objects.filter(name=self.name, holder=self.holder).delete()

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


@contextmanager
def working(command: str, *, wait: float = 0.0) -> Iterator[RunLock]:
    """Hold the ``work`` lease as ``command`` while the block runs (see the module docstring)."""
    try:
        lease = RunLock(name=WORK_LEASE, command=command.replace(" ", "_")).acquire(wait=wait)
    except DatabaseError:
        if Lease._meta.db_table in connection.introspection.table_names():
            raise
        raise ConfigurationError("the database schema is out of date; run `protest-tracker init` first") from None
    try:
        yield lease
    finally:
        lease.release()
