"""One ``protest-tracker run`` at a time: a lease row in the database.

The lock is a :class:`~protest_tracker.ops.models.Lease` row, not an OS file lock, so it
works the same on SQLite and PostgreSQL and across machines that share a PostgreSQL
server. The holder renews it while it works (``renew``); a holder that stops renewing
loses it when it expires (``ttl``). A holder that was killed on this machine (its process
id no longer exists) is taken over at once, so a restart after ``kill -9`` need not wait
for the expiry.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket
import time
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from protest_tracker.errors import TrackerError
from protest_tracker.ops.models import Lease

RUN_LEASE = "run"
DEFAULT_TTL = dt.timedelta(minutes=10)


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


@dataclass
class RunLock:
    """The lease held by this process (use :func:`acquire`)."""

    name: str = RUN_LEASE
    ttl: dt.timedelta = DEFAULT_TTL
    holder: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}")
    renewed_monotonic: float = 0.0

    def acquire(self) -> RunLock:
        """Take the lease, or raise :class:`LockHeld` naming the holder and its expiry."""
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
                    raise LockHeld(f"another `protest-tracker run` is running ({row.holder}, since "
                                   f"{row.acquired_at:%Y-%m-%d %H:%M:%S} UTC; its lease expires "
                                   f"{row.expires_at:%H:%M:%S} UTC unless it renews it)")
        except IntegrityError:  # another process created the row first
            raise LockHeld("another `protest-tracker run` started at the same moment") from None
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
