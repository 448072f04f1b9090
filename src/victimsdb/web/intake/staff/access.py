"""Who may open a staff page: a logged-in staff member holding the permission.

Logged-out visitors are sent to the login page; staff without the permission
get 403. (Two-factor enforcement for everything under /staff/ is added by
URL prefix elsewhere.)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

View = Callable[..., HttpResponse]


def staff_only(permission: str) -> Callable[[View], View]:
    """Require login, staff status and ``permission`` (e.g. ``intake.triage_report``)."""

    def decorate(view: View) -> View:
        @wraps(view)
        def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            if not (user.is_staff and user.has_perm(permission)):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return login_required(guarded)

    return decorate
