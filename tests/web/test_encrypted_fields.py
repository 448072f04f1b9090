"""Contacts and precise locations are ciphertext in the database, plaintext to the code."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import serializers
from django.core.exceptions import FieldError
from django.db import connection
from django.test import Client

from victimsdb.core.crypto import generate_key, is_ciphertext
from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db

CONTACT = "SENTINEL-CONTACT +7 701 555 0199"
LOCATION = "SENTINEL-LOCATION 12 Abai street, Akyaz village, Tekes"


def raw(table: str, column: str, where: str, value: Any) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE {where} = %s", [value])
        return [row[0] for row in cursor.fetchall()]


def test_the_raw_row_holds_ciphertext_only(person_with_secrets: Person) -> None:
    for column in ("contact", "location_detail"):
        (stored,) = raw("records_person", column, "id", person_with_secrets.pk)
        assert is_ciphertext(stored)
        assert "SENTINEL" not in stored and "701" not in stored


def test_it_reads_back_the_plaintext(person_with_secrets: Person) -> None:
    fresh = Person.objects.get(pk=person_with_secrets.pk)
    assert (fresh.contact, fresh.location_detail) == (CONTACT, LOCATION)


def test_history_rows_hold_ciphertext_too(person_with_secrets: Person) -> None:
    stored = raw("records_historicalperson", "contact", "id", person_with_secrets.pk)
    assert stored and any(is_ciphertext(value) for value in stored)
    assert not any("SENTINEL" in value for value in stored)
    assert person_with_secrets.history.first().contact == CONTACT


def test_an_empty_value_stays_empty(person_named: Any) -> None:
    dina = person_named("Dina Iemberdi")
    dina.save()
    assert raw("records_person", "contact", "id", dina.pk) == [""]
    assert Person.objects.filter(pk=dina.pk, contact="").exists()


def test_searching_by_an_encrypted_field_fails_loudly(person_with_secrets: Person) -> None:
    with pytest.raises(FieldError):
        list(Person.objects.filter(contact__icontains="701"))
    with pytest.raises(FieldError, match="encrypted"):
        list(Person.objects.filter(contact=CONTACT))


def test_a_serialized_dump_holds_ciphertext_and_loads_back(person_with_secrets: Person) -> None:
    dump = serializers.serialize("json", [Person.objects.get(pk=person_with_secrets.pk)])
    assert "SENTINEL" not in dump
    (loaded,) = serializers.deserialize("json", dump)
    assert loaded.object.contact == CONTACT


def test_a_key_rotation_in_progress_still_reads_old_values(
    person_with_secrets: Person, field_keys: Any
) -> None:
    old, new = generate_key(), generate_key()
    field_keys(old)
    person_with_secrets.save()
    field_keys(new, old)
    assert Person.objects.get(pk=person_with_secrets.pk).contact == CONTACT


def test_no_public_page_api_or_export_shows_them(
    client: Client, person_with_secrets: Person
) -> None:
    urls = [
        f"/persons/{person_with_secrets.entry_no}/",
        f"/api/v1/persons/{person_with_secrets.entry_no}",
        "/persons/",
        "/api/v1/persons",
        "/persons/?format=csv",
        "/api/v1/persons?q=SENTINEL",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"SENTINEL" not in response.content, url
