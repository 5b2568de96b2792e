"""Security headers for every response: a Content-Security-Policy that allows only our own origin.

No inline scripts or styles anywhere (templates load /static/ files only), so the
policy needs no ``'unsafe-inline'`` and no nonces. Every cookie set on an HTTPS request
(``request.is_secure()``, which behind a proxy follows ``SECURE_PROXY_SSL_HEADER`` or
``serve --trusted-proxy``) is marked ``Secure``; Django's SecurityMiddleware adds HSTS to
those responses. See docs/security.md.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    )
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "X-Frame-Options": "DENY",
}


class SecurityHeadersMiddleware:
    """Adds :data:`SECURITY_HEADERS` to responses that do not set them already."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        for name, value in SECURITY_HEADERS.items():
            if name not in response:
                response[name] = value
        if request.is_secure():  # a session or CSRF cookie set over HTTPS must never travel over HTTP
            for morsel in response.cookies.values():
                morsel["secure"] = True
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or "Authorization" in request.headers:
            # Pages behind the login (or an API token) must not be kept by shared caches or the back button.
            response.setdefault("Cache-Control", "no-store, private")
        return response
