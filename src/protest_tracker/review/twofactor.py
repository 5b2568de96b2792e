"""TOTP two-factor authentication (django-otp): enrolment, verification and its enforcement.

Rules: a user with a confirmed TOTP device must enter a code after the password
before anything else; an admin without one must enrol first. The middleware
(after django-otp's ``OTPMiddleware``) sends such users to the right page.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

import segno
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import DEVICE_ID_SESSION_KEY, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from protest_tracker.store.roles import role_of

#: Paths reachable before the second factor (log-in, log-out, the 2FA pages, static files).
EXEMPT_PREFIXES = ("/accounts/", "/static/", "/favicon.ico")


def requires_enrolment(user) -> bool:
    """True for an admin who has no confirmed TOTP device yet."""
    return role_of(user) == "admin" and not user_has_device(user, confirmed=True)


def needs_verification(user) -> bool:
    """True when the user has a confirmed device but this session has not passed it."""
    verified = getattr(user, "is_verified", lambda: False)()
    return not verified and user_has_device(user, confirmed=True)


def pending_device(user) -> TOTPDevice:
    """The user's unconfirmed TOTP device, created when missing (its key is shown once per enrolment)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("id").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


def qr_svg(device: TOTPDevice) -> str:
    """The device's ``otpauth://`` URL as an inline SVG QR code (generated on the server)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=4, dark="#111", light="#fff")


def base32_secret(device: TOTPDevice) -> str:
    """The device key in base32, for typing into an authenticator app."""
    import base64

    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


def confirm(request: HttpRequest, device: TOTPDevice, token: str) -> bool:
    """Check ``token`` against the pending ``device``; on success confirm it and mark the session verified."""
    if not device.verify_token((token or "").strip()):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    otp_login(request, device)
    return True


def verify(request: HttpRequest, token: str) -> bool:
    """Check ``token`` against the user's confirmed devices; on success mark the session verified."""
    for device in TOTPDevice.objects.filter(user=request.user, confirmed=True):
        if device.verify_token((token or "").strip()):
            otp_login(request, device)
            return True
    return False


def mark_session_verified(session, device: TOTPDevice) -> None:
    """Mark a session as past the second factor (for tests and tools holding a session object)."""
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def safe_next(request: HttpRequest, default: str = "/review/") -> str:
    """The ``next`` parameter when it points to this site, else ``default``."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


class TwoFactorMiddleware:
    """Sends users who still owe a second factor (or an admin's enrolment) to the right page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not request.path.startswith(EXEMPT_PREFIXES):
            target = None
            if needs_verification(user):
                target = "review-2fa-verify"
            elif requires_enrolment(user):
                target = "review-2fa-setup"
            if target:
                return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
