"""Tell analysts about new candidate events: e-mail (Django's backends) and a signed webhook.

"New candidate events" are events the pipeline created since the last announcement that no
analyst has vouched for: candidates, and events the auto-publish policy published as
machine-coded. Each channel keeps a watermark (:class:`~protest_tracker.ops.models.Marker`): the highest
event row it has announced. A channel whose delivery fails keeps its watermark and tries
again next cycle; one that succeeds never announces the same event twice, across restarts
too. Messages carry public ids, dates, places, types, confidence and links — never
people's names or free text that may contain them (participants, organisers, titles).

The webhook body is JSON, POSTed with ``X-Tracker-Timestamp`` (Unix seconds) and
``X-Tracker-Signature: sha256=<hex>``, the HMAC-SHA256 of ``"<timestamp>." + body`` under
the shared secret; :func:`verify_signature` is the receiver's check.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

import httpx
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Count, Max, Q
from django.utils import timezone

from protest_tracker.errors import ConfigurationError
from protest_tracker.ops.models import Marker
from protest_tracker.store.models import Event

SIGNATURE_HEADER = "X-Tracker-Signature"
TIMESTAMP_HEADER = "X-Tracker-Timestamp"
#: At most this many events per message (the rest follow next cycle).
BATCH = 200
ANALYST_ROLES = ("admin", "coder")


@dataclass(frozen=True)
class NotifyConfig:
    """Where announcements go; read from the environment (see docs/operations.md)."""

    emails: tuple[str, ...] = ()
    email_analysts: bool = False
    webhook_url: str = ""
    webhook_secret: str = ""
    min_confidence: float = 0.8
    site_url: str = "http://127.0.0.1:8000"

    @classmethod
    def from_env(cls) -> NotifyConfig:
        raw = os.environ.get("PROTEST_TRACKER_NOTIFY_EMAIL", "").strip()
        words = [w.strip() for w in raw.split(",") if w.strip()]
        url = os.environ.get("PROTEST_TRACKER_NOTIFY_WEBHOOK_URL", "").strip()
        secret = os.environ.get("PROTEST_TRACKER_NOTIFY_WEBHOOK_SECRET", "")
        if url and not url.startswith(("http://", "https://")):
            raise ConfigurationError("PROTEST_TRACKER_NOTIFY_WEBHOOK_URL must be an http(s) URL")
        if url and len(secret) < 16:
            raise ConfigurationError("PROTEST_TRACKER_NOTIFY_WEBHOOK_SECRET must be set (16 characters or more)")
        try:
            threshold = float(os.environ.get("PROTEST_TRACKER_NOTIFY_MIN_CONFIDENCE") or 0.8)
        except ValueError:
            raise ConfigurationError("PROTEST_TRACKER_NOTIFY_MIN_CONFIDENCE must be a number from 0 to 1") from None
        if not 0 <= threshold <= 1:
            raise ConfigurationError("PROTEST_TRACKER_NOTIFY_MIN_CONFIDENCE must be a number from 0 to 1")
        return cls(emails=tuple(w for w in words if w != "analysts"), email_analysts="analysts" in words,
                   webhook_url=url, webhook_secret=secret, min_confidence=threshold,
                   site_url=(os.environ.get("PROTEST_TRACKER_SITE_URL") or cls.site_url).rstrip("/"))

    def channels(self) -> list[str]:
        return (["email"] if self.emails or self.email_analysts else []) + (["webhook"] if self.webhook_url else [])


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` of ``"<timestamp>." + body`` under ``secret``."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify_signature(secret: str, *, timestamp: str, body: bytes, signature: str,
                     tolerance: int = 300, now: float | None = None) -> bool:
    """The receiver's check: the signature matches and the timestamp is within ``tolerance`` seconds."""
    try:
        age = abs((now if now is not None else time.time()) - int(timestamp))
    except ValueError:
        return False
    return age <= tolerance and hmac.compare_digest(sign(secret, timestamp, body), signature)


def start_watermarks(config: NotifyConfig) -> None:
    """Create missing channel watermarks at the newest event, so enabling a channel announces only later events."""
    for channel in config.channels():
        if not Marker.objects.filter(name=f"notify:{channel}").exists():
            newest = Event.objects.aggregate(top=Max("pk"))["top"] or 0
            Marker.objects.get_or_create(name=f"notify:{channel}", defaults={"value": newest})


def _events(after: int, config: NotifyConfig) -> list[dict]:
    machine_found = Q(status="candidate") | Q(status="published", verification="machine-coded")
    rows = (Event.objects.filter(machine_found, pk__gt=after, confidence__gte=config.min_confidence)
            .annotate(n_reports=Count("reports")).order_by("pk")[:BATCH])
    return [{"row": e.pk, "id": e.public_id, "date": e.date.isoformat() if e.date else None,
             "country": e.country, "city": e.city, "event_type": e.event_type,
             "status": e.status, "confidence": round(e.confidence, 3), "reports": e.n_reports,
             "url": f"{config.site_url}/review/event/{e.public_id}/"} for e in rows]


def _recipients(config: NotifyConfig) -> list[str]:
    found = list(config.emails)
    if config.email_analysts:
        users = get_user_model().objects.filter(is_active=True, groups__name__in=ANALYST_ROLES).exclude(email="")
        found += sorted(set(users.values_list("email", flat=True)))
    return list(dict.fromkeys(found))


def _send_email(events: list[dict], config: NotifyConfig) -> None:
    recipients = _recipients(config)
    if not recipients:
        return
    lines = [f"{e['id']}  {e['date'] or 'no date'}  {e['country']} {e['city']}  {e['event_type']}  "
             f"confidence {e['confidence']}  {e['url']}" for e in events]
    send_mail(subject=f"[protest-tracker] {len(events)} new candidate event(s) to review",
              message="New candidate events above the confidence threshold "
                      f"{config.min_confidence}:\n\n" + "\n".join(lines) + "\n",
              from_email=None, recipient_list=recipients, fail_silently=False)


def _post_webhook(events: list[dict], config: NotifyConfig, transport: httpx.BaseTransport | None) -> None:
    payload = {"type": "new_candidate_events", "sent_at": timezone.now().isoformat(),
               "min_confidence": config.min_confidence,
               "events": [{k: v for k, v in e.items() if k != "row"} for e in events]}
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
    timestamp = str(int(time.time()))
    headers = {"Content-Type": "application/json", TIMESTAMP_HEADER: timestamp,
               SIGNATURE_HEADER: sign(config.webhook_secret, timestamp, body)}
    with httpx.Client(timeout=httpx.Timeout(15.0, connect=5.0), transport=transport,
                      follow_redirects=False) as client:
        client.post(config.webhook_url, content=body, headers=headers).raise_for_status()


def notify_new_candidates(config: NotifyConfig, *, transport: httpx.BaseTransport | None = None
                          ) -> tuple[int, list[str]]:
    """Announce new candidate events on every configured channel; returns (events announced, errors)."""
    announced, errors = 0, []
    for channel in config.channels():
        marker, _ = Marker.objects.get_or_create(name=f"notify:{channel}")
        events = _events(marker.value, config)
        if not events:
            continue
        try:
            if channel == "email":
                _send_email(events, config)
            else:
                _post_webhook(events, config, transport)
        except (OSError, httpx.HTTPError) as exc:
            errors.append(f"{channel}: {type(exc).__name__}: {exc}"[:500])
            continue
        Marker.objects.filter(pk=marker.pk).update(value=events[-1]["row"])
        announced = max(announced, len(events))
    return announced, errors
