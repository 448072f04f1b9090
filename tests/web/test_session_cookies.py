"""Staff sessions: HttpOnly, SameSite=Strict cookies that end with the browser or when idle."""

from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from victimsdb.web.security.testing import PASSWORD

pytestmark = pytest.mark.django_db


def test_the_session_and_csrf_cookies_are_http_only_and_same_site_strict(
    staff_user: Any, client: Client
) -> None:
    client.get("/admin/login/")
    user = staff_user("volunteer")
    client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    session, csrf = client.cookies[settings.SESSION_COOKIE_NAME], client.cookies["csrftoken"]
    for cookie in (session, csrf):
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Strict"
    assert session["expires"] == ""  # a browser-session cookie


def test_staff_sessions_expire_after_idling() -> None:
    assert settings.SESSION_SAVE_EVERY_REQUEST
    assert 0 < settings.SESSION_COOKIE_AGE <= 8 * 3600
