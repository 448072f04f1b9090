"""Every staff URL needs a password and then a code from the staff member's authenticator app."""

import base64
from typing import Any

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from victimsdb.web.security.management.commands.otp_code import current_code
from victimsdb.web.security.testing import PASSWORD

pytestmark = pytest.mark.django_db


def sign_in_with_password(client: Client, user: Any, next_url: str = "/admin/") -> Any:
    data = {"username": user.username, "password": PASSWORD, "next": next_url}
    return client.post("/admin/login/", data)


def enter_current_code(client: Client, user: Any, next_url: str = "") -> Any:
    device = TOTPDevice.objects.get(user=user)
    data = {"otp_token": current_code(device), "next": next_url}
    return client.post("/staff/two-factor/verify/", data)


@pytest.fixture
def volunteer(staff_user: Any) -> Any:
    return staff_user("volunteer")


def test_visitors_are_sent_to_the_login_page_from_every_staff_url(client: Client) -> None:
    for url in ("/admin/", "/admin/records/person/", "/staff/intake/anything/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_a_password_alone_does_not_open_the_admin(client: Client, volunteer: Any) -> None:
    response = sign_in_with_password(client, volunteer)
    assert response.status_code == 302
    response = client.get("/admin/records/person/")
    assert response.status_code == 302
    assert response["Location"].startswith("/staff/two-factor/verify/?next=")


def test_nor_does_it_open_other_staff_pages(client: Client, volunteer: Any) -> None:
    sign_in_with_password(client, volunteer)
    response = client.get("/staff/intake/new/")
    assert response["Location"].startswith("/staff/two-factor/verify/")


def test_the_right_code_opens_the_admin(client: Client, volunteer: Any) -> None:
    sign_in_with_password(client, volunteer)
    response = enter_current_code(client, volunteer, "/admin/records/person/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/records/person/"
    assert client.get("/admin/records/person/").status_code == 200


def test_a_wrong_code_is_refused_with_a_clear_message(client: Client, volunteer: Any) -> None:
    sign_in_with_password(client, volunteer)
    device = TOTPDevice.objects.get(user=volunteer)
    wrong = f"{(int(current_code(device)) + 500000) % 1000000:06d}"
    response = client.post("/staff/two-factor/verify/", {"otp_token": wrong})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_code_is_accepted_once(client: Client, volunteer: Any) -> None:
    device = TOTPDevice.objects.get(user=volunteer)
    code = current_code(device)
    sign_in_with_password(client, volunteer)
    assert client.post("/staff/two-factor/verify/", {"otp_token": code}).status_code == 302
    other = Client()
    sign_in_with_password(other, volunteer)
    response = other.post("/staff/two-factor/verify/", {"otp_token": code})
    assert response.status_code == 200
    assert other.get("/admin/").status_code == 302


def test_repeated_wrong_codes_make_the_next_try_wait(client: Client, volunteer: Any) -> None:
    sign_in_with_password(client, volunteer)
    for _ in range(3):
        client.post("/staff/two-factor/verify/", {"otp_token": "000000"})
    device = TOTPDevice.objects.get(user=volunteer)
    right = current_code(device)
    response = client.post("/staff/two-factor/verify/", {"otp_token": right})
    assert "wrong codes in a row" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_staff_without_a_device_are_sent_to_enrol(client: Client, volunteer: Any) -> None:
    TOTPDevice.objects.filter(user=volunteer).delete()
    sign_in_with_password(client, volunteer)
    response = client.get("/admin/")
    assert response["Location"].startswith("/staff/two-factor/enrol/?next=")


def test_enrolment_shows_a_server_drawn_qr_code_and_the_key(client: Client, volunteer: Any) -> None:
    TOTPDevice.objects.filter(user=volunteer).delete()
    sign_in_with_password(client, volunteer)
    page = client.get("/staff/two-factor/enrol/").content.decode()
    device = TOTPDevice.objects.get(user=volunteer)
    assert not device.confirmed
    assert '<svg width="' in page and 'class="qrline"' in page
    key = page.split('<code id="secret">')[1].split("</code>")[0].replace(" ", "")
    assert base64.b32decode(key) == device.bin_key


def test_a_confirmed_code_finishes_enrolment_and_signs_in(client: Client, volunteer: Any) -> None:
    TOTPDevice.objects.filter(user=volunteer).delete()
    sign_in_with_password(client, volunteer)
    client.get("/staff/two-factor/enrol/")
    device = TOTPDevice.objects.get(user=volunteer)
    response = client.post(
        "/staff/two-factor/enrol/", {"otp_token": current_code(device), "next": "/admin/"}
    )
    assert response["Location"] == "/admin/"
    assert TOTPDevice.objects.get(user=volunteer).confirmed
    assert client.get("/admin/").status_code == 200


def test_a_second_device_cannot_be_enrolled_with_a_password_alone(
    client: Client, volunteer: Any
) -> None:
    sign_in_with_password(client, volunteer)
    response = client.get("/staff/two-factor/enrol/")
    assert response["Location"] == "/staff/two-factor/verify/"
    assert TOTPDevice.objects.filter(user=volunteer).count() == 1


def test_it_never_sends_anyone_to_another_site(client: Client, volunteer: Any) -> None:
    sign_in_with_password(client, volunteer)
    response = enter_current_code(client, volunteer, "https://attacker.example/")
    assert response["Location"] == "/admin/"


def test_the_session_gets_a_new_key_once_verified(client: Client, volunteer: Any) -> None:
    sign_in_with_password(client, volunteer)
    before = client.cookies["sessionid"].value
    enter_current_code(client, volunteer)
    assert client.cookies["sessionid"].value != before


def test_the_two_factor_pages_need_a_staff_password_first(client: Client) -> None:
    for url in ("/staff/two-factor/enrol/", "/staff/two-factor/verify/"):
        assert client.get(url)["Location"].startswith("/admin/login/")


def test_staff_pages_are_never_cached(client: Client, volunteer: Any) -> None:
    sign_in_with_password(client, volunteer)
    for url in ("/staff/two-factor/verify/", "/admin/login/", "/staff/anything/"):
        assert "no-store" in client.get(url)["Cache-Control"]


def test_the_test_helper_gives_a_verified_client_for_each_role(staff_client: Any) -> None:
    for role in ("volunteer", "researcher", "curator", "admin"):
        assert staff_client(role).get("/admin/").status_code == 200
