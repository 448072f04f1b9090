"""Security headers on every response: pages, the API, static files, the admin, errors.

Django's SecurityMiddleware adds X-Content-Type-Options, Referrer-Policy,
Cross-Origin-Opener-Policy and (in production) HSTS; XFrameOptionsMiddleware
adds X-Frame-Options. This adds what Django 5.2 lacks: a Content-Security-Policy
allowing scripts, styles and images from this site only (no inline script or
style anywhere: tests/web/test_templates_csp.py checks every template), and a
Permissions-Policy turning off the browser features nobody here uses.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "media-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
    )
)


class SecurityHeadersMiddleware:
    """Put first in MIDDLEWARE so that every response, static files included, gets them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        # Static files leave through WhiteNoise before XFrameOptionsMiddleware is reached.
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response
