"""Staff passwords: Argon2-hashed, and guessing them locks the account and the address."""

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.test import Client

from victimsdb.web.security.testing import PASSWORD

pytestmark = pytest.mark.django_db


def attempt(client: Client, username: str, password: str, address: str = "10.9.8.7") -> Any:
    data = {"username": username, "password": password, "next": "/admin/"}
    return client.post("/admin/login/", data, REMOTE_ADDR=address)


def test_new_passwords_are_hashed_with_argon2(staff_user: Any) -> None:
    assert staff_user("volunteer").password.startswith("argon2$argon2id$")


def test_an_older_hash_is_upgraded_to_argon2_at_login(staff_user: Any, client: Client) -> None:
    user = staff_user("volunteer")
    user.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    user.save()
    assert attempt(client, user.username, PASSWORD).status_code == 302
    user.refresh_from_db()
    assert user.password.startswith("argon2$")


def test_five_wrong_passwords_lock_the_account(staff_user: Any, client: Client) -> None:
    user = staff_user("curator")
    for _ in range(4):
        assert attempt(client, user.username, "guess").status_code == 200
    locked = attempt(client, user.username, "guess")
    assert locked.status_code == 429
    assert "Sign-in locked" in locked.content.decode()
    # Even the right password, from another address, waits out the lock.
    assert attempt(Client(), user.username, PASSWORD, address="10.1.1.1").status_code == 429
    assert get_user_model().objects.get(pk=user.pk).is_active


def test_five_failures_from_one_address_lock_that_address(staff_user: Any) -> None:
    user = staff_user("curator")
    for n in range(5):
        attempt(Client(), f"nobody-{n}", "guess", address="10.6.6.6")
    assert attempt(Client(), user.username, PASSWORD, address="10.6.6.6").status_code == 429
    assert attempt(Client(), user.username, PASSWORD, address="10.2.2.2").status_code == 302


def test_a_success_clears_the_count(staff_user: Any, client: Client) -> None:
    user = staff_user("curator")
    for _ in range(4):
        attempt(Client(), user.username, "guess")
    assert attempt(Client(), user.username, PASSWORD).status_code == 302
    for _ in range(4):
        assert attempt(Client(), user.username, "guess").status_code == 200


def test_the_lock_page_never_shows_the_password_tried(staff_user: Any, client: Client) -> None:
    user = staff_user("curator")
    for _ in range(5):
        response = attempt(client, user.username, "my-secret-guess-42")
    assert "my-secret-guess-42" not in response.content.decode()
