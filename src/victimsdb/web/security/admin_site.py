"""The admin site: staff only, and only once verified by a TOTP code."""

from __future__ import annotations

from django.contrib.admin import AdminSite
from django.http import HttpRequest


def is_verified(request: HttpRequest) -> bool:
    """Whether this request's user has passed the second factor in this session."""
    verified = getattr(request.user, "is_verified", None)
    return bool(verified and verified())


class StaffAdminSite(AdminSite):
    """Django's admin, which also requires an OTP-verified session.

    StaffTwoFactorMiddleware sends unverified staff to verify or enrol before
    they reach any admin page; this is the second lock on the same door.
    """

    site_header = "victimsdb curation"
    site_title = "victimsdb staff"

    def has_permission(self, request: HttpRequest) -> bool:
        return super().has_permission(request) and is_verified(request)
