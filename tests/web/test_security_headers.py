"""Security headers on public pages, API responses, static files, errors and the admin."""

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

PUBLIC = ["/", "/persons/", "/persons/1/", "/persons/?q=Gulzira", "/static/public/site.css"]
API = ["/api/v1/persons", "/api/v1/persons/1", "/api/v1/openapi.json"]
ERRORS = ["/persons/999999/", "/api/v1/persons/999999", "/no-such-page/"]
ADMIN = ["/admin/", "/admin/records/person/", "/admin/records/person/1/change/"]


def csp_directives(response: Any) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


def assert_secure_headers(response: Any) -> None:
    directives = csp_directives(response)
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("url", PUBLIC + API + ERRORS)
def test_public_pages_and_the_api_send_the_security_headers(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert_secure_headers(response)


@pytest.mark.parametrize("url", ["/admin/login/", "/staff/two-factor/verify/", *ADMIN])
def test_staff_pages_send_them_signed_in_or_not(
    client: Client, staff_client: Any, url: str
) -> None:
    assert_secure_headers(client.get(url))
    assert_secure_headers(staff_client("curator").get(url))


def test_https_is_enforced_for_a_year_when_hsts_is_on(settings: Any) -> None:
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = Client().get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert_secure_headers(response)
