"""A missing or wrong field key is a clear error that shows no value, never a 500."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client

from victimsdb.core.crypto import FieldKeyError, KeyringError, generate_key, key_id_in
from victimsdb.web.security.testing import sign_in_verified
from victimsdb.web.vault.checks import check_keys

pytestmark = pytest.mark.django_db

CONTACT = "SENTINEL-CONTACT +996 555 010 203"


@pytest.fixture
def encrypted_under_a_lost_key(person_named: Any, field_keys: Any) -> Any:
    """A person whose contact was encrypted with a key that is then removed."""
    lost = generate_key()
    field_keys(lost)
    person = person_named("Gulzira Auelkhankyzy")
    person.contact = CONTACT
    person.save()
    field_keys(generate_key())
    return person


def stored_contact(pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT contact FROM records_person WHERE id = %s", [pk])
        return str(cursor.fetchone()[0])


def test_the_admin_answers_503_naming_the_problem_not_the_value(
    client: Client, curator: Any, encrypted_under_a_lost_key: Any, caplog: Any
) -> None:
    sign_in_verified(client, curator)
    stored = stored_contact(encrypted_under_a_lost_key.pk)
    with caplog.at_level(logging.INFO):
        response = client.get(f"/admin/records/person/{encrypted_under_a_lost_key.pk}/change/")
    assert response.status_code == 503
    body = response.content.decode()
    assert "field keys are missing or wrong" in body
    for secret in (CONTACT, stored, "SENTINEL"):
        assert secret not in body and secret not in caplog.text
    assert key_id_in(stored) in caplog.text


def test_a_command_reports_the_missing_key_id(encrypted_under_a_lost_key: Any) -> None:
    stored = stored_contact(encrypted_under_a_lost_key.pk)
    with pytest.raises(CommandError) as raised:
        call_command("rotate_key")
    assert key_id_in(stored) in str(raised.value)
    assert "SENTINEL" not in str(raised.value) and stored not in str(raised.value)
    assert stored_contact(encrypted_under_a_lost_key.pk) == stored  # nothing was changed


def test_an_altered_ciphertext_is_refused(person_named: Any) -> None:
    person = person_named("Gulzira Auelkhankyzy")
    person.contact = CONTACT
    person.save()
    stored = stored_contact(person.pk)
    altered = stored[:-6] + ("x" if stored[-6] != "x" else "y") + stored[-5:]
    with connection.cursor() as cursor:
        cursor.execute("UPDATE records_person SET contact = %s WHERE id = %s", [altered, person.pk])
    with pytest.raises(FieldKeyError, match="fails authentication"):
        type(person).objects.get(pk=person.pk)


def test_production_refuses_to_start_without_keys(settings: Any, monkeypatch: Any) -> None:
    from victimsdb.web.vault.keyring import reset_field_cipher

    settings.PRODUCTION = True
    monkeypatch.delenv("VICTIMSDB_FIELD_KEYS", raising=False)
    monkeypatch.delenv("VICTIMSDB_FIELD_KEY_FILE", raising=False)
    reset_field_cipher()
    try:
        with pytest.raises(KeyringError, match="no field key in production"):
            apps.get_app_config("vault").ready()
        assert [error.id for error in check_keys(None)] == ["vault.E002"]
    finally:
        reset_field_cipher()
