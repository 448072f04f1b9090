"""Staff sign in with a password and a TOTP code, or enrol a device first, in real Chromium.

Every page on the way must run under the Content-Security-Policy without a
single violation (no inline script or style anywhere, the admin's included).
"""

import base64
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from victimsdb.web.records.management.commands.demo import DEMO_PASSWORD, DEMO_USER
from victimsdb.web.records.models import Person
from victimsdb.web.security.management.commands.otp_code import current_code
from victimsdb.web.security.testing import PASSWORD, make_staff

pytestmark = pytest.mark.browser


@pytest.fixture
def violations(page: Any) -> list[str]:
    """Console messages of Content-Security-Policy violations on this page."""
    found: list[str] = []
    page.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return found


def sign_in(page: Any, base: str, username: str, password: str) -> None:
    page.goto(base + "/admin/records/person/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")


def test_the_demo_curator_signs_in_with_a_code(
    page: Any, live_server: Any, violations: list[str]
) -> None:
    call_command("demo", stdout=StringIO())
    sign_in(page, live_server.url, DEMO_USER, DEMO_PASSWORD)
    assert "/staff/two-factor/verify/" in page.url
    device = TOTPDevice.objects.get(user__username=DEMO_USER)
    page.fill("#id_otp_token", current_code(device))
    page.click("#token-form input[type=submit]")
    assert page.url.endswith("/admin/records/person/")
    assert "Gulzira Auelkhankyzy" in page.locator("#result_list").inner_text()
    gulzira = Person.objects.get(names__text="Gulzira Auelkhankyzy")
    page.goto(f"{live_server.url}/admin/records/person/{gulzira.pk}/change/")
    page.click("summary:has-text('Confidential')")  # the admin's own script-free collapse
    page.goto(f"{live_server.url}/admin/records/person/{gulzira.pk}/history/")
    assert "Created" in page.locator("#change-history").inner_text()
    assert violations == []


def test_a_new_volunteer_enrols_an_authenticator_app(
    page: Any, live_server: Any, violations: list[str]
) -> None:
    volunteer = make_staff("volunteer", "new-volunteer")
    TOTPDevice.objects.filter(user=volunteer).delete()
    sign_in(page, live_server.url, "new-volunteer", PASSWORD)
    assert "/staff/two-factor/enrol/" in page.url
    assert page.locator("#qr svg path").count() == 1
    key = base64.b32decode(page.inner_text("#secret").replace(" ", ""))
    totp = TOTP(key)
    page.fill("#id_otp_token", f"{totp.token():06d}")
    page.click("#token-form input[type=submit]")
    page.wait_for_selector("#changelist")
    assert page.url.endswith("/admin/records/person/")
    assert TOTPDevice.objects.get(user=volunteer).confirmed
    assert violations == []


def test_public_pages_run_without_policy_violations(
    page: Any, demo_server: Any, violations: list[str]
) -> None:
    for path in ("/", "/persons/", "/persons/?q=Gulzira", "/persons/1/"):
        page.goto(demo_server.url + path)
    assert violations == []
