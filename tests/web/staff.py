"""Staff personas for the intake and review tests: a volunteer and a curator."""

from typing import Any

from django.contrib.auth.models import Permission
from django.test import Client

VOLUNTEER = ["view_report", "triage_report", "draft_report", "record_testimony"]
CURATOR = [*VOLUNTEER, "verify_entry", "publish_entry", "withdraw_entry"]


def staff_client(username: str, codenames: list[str]) -> Client:
    """A client signed in (past the second factor) as a staff member holding exactly
    these intake permissions, in no role."""
    from django.contrib.auth import get_user_model

    from victimsdb.web.security.testing import sign_in_verified

    user: Any = get_user_model().objects.create_user(username, password="x" * 20, is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="intake", codename__in=codenames)
    )
    return sign_in_verified(Client(), user)
