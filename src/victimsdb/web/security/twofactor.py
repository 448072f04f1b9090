"""Every staff URL (/admin/, /staff/) needs a signed-in, TOTP-verified staff user.

Signed-out visitors go to the login page; staff who signed in with their
password go to enter a code, or, with no device yet, to enrol one. The
enrol and verify pages and logout are the only staff URLs open before that.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django_otp.plugins.otp_totp.models import TOTPDevice

from victimsdb.web.security.admin_site import is_verified

STAFF_PREFIXES = ("/admin/", "/staff/")


def is_staff_path(path: str) -> bool:
    return path.startswith(STAFF_PREFIXES)


def has_device(user: object) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def second_factor_url(request: HttpRequest) -> str:
    """Where a signed-in, unverified staff user goes: verify, or enrol a first device."""
    name = "security:verify" if has_device(request.user) else "security:enrol"
    return f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}"


class StaffTwoFactorMiddleware:
    """Guards the staff URLs; install after django_otp's OTPMiddleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if is_staff_path(path):
            refusal = self.refusal(request, path)
            response = refusal or self.get_response(request)
            # Staff pages carry confidential data: no browser or proxy keeps a copy.
            add_never_cache_headers(response)
            return response
        return self.get_response(request)

    def refusal(self, request: HttpRequest, path: str) -> HttpResponse | None:
        open_paths = {
            reverse("admin:logout"),
            reverse("security:enrol"),
            reverse("security:verify"),
        }
        if path in open_paths:
            return None
        user = request.user
        if not (user.is_authenticated and user.is_active and user.is_staff):
            if path == reverse("admin:login"):
                return None
            return redirect_to_login(request.get_full_path())  # to settings.LOGIN_URL
        if is_verified(request):
            return None
        return HttpResponseRedirect(second_factor_url(request))
