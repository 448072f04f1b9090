"""System checks: the two-factor guard must be installed, in the right order."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import checks

ORDER = (
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "victimsdb.web.security.twofactor.StaffTwoFactorMiddleware",
)
HEADERS = "victimsdb.web.security.headers.SecurityHeadersMiddleware"


def check_middleware(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """security.E001: staff URLs unguarded; security.E002: headers middleware missing."""
    middleware = list(settings.MIDDLEWARE)
    problems: list[checks.CheckMessage] = []
    positions = [middleware.index(name) if name in middleware else -1 for name in ORDER]
    if -1 in positions or positions != sorted(positions):
        problems.append(
            checks.Error(
                "staff URLs are not behind two-factor sign-in",
                hint=f"MIDDLEWARE must hold, in this order: {', '.join(ORDER)}",
                id="security.E001",
            )
        )
    if not middleware or middleware[0] != HEADERS:
        problems.append(
            checks.Error(
                "responses may go out without the Content-Security-Policy",
                hint=f"put {HEADERS} first in MIDDLEWARE",
                id="security.E002",
            )
        )
    return problems
