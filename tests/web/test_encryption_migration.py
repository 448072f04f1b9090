"""The migration that encrypts contacts encrypts those written before, and can be undone."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.apps import apps
from django.db import connection

from victimsdb.core.crypto import is_ciphertext
from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db

migration = importlib.import_module(
    "victimsdb.web.records.migrations.0004_encrypted_contact_and_location"
)


def stored(table: str, pk: int) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT contact FROM {table} WHERE id = %s", [pk])
        return [row[0] for row in cursor.fetchall()]


def test_contacts_from_before_are_encrypted_history_included(person_named: Any) -> None:
    person = person_named("Gulzira Auelkhankyzy")
    person.contact = "SENTINEL"
    person.save()
    with connection.cursor() as cursor:
        for table in ("records_person", "records_historicalperson"):
            cursor.execute(f"UPDATE {table} SET contact = 'SENTINEL' WHERE id = %s", [person.pk])
    migration.encrypt_existing(apps, None)
    values = stored("records_person", person.pk) + stored("records_historicalperson", person.pk)
    assert values and all(is_ciphertext(value) for value in values)
    assert Person.objects.get(pk=person.pk).contact == "SENTINEL"


def test_undoing_it_writes_plaintext_back(person_named: Any) -> None:
    person = person_named("Gulzira Auelkhankyzy")
    person.contact = "SENTINEL"
    person.save()
    migration.decrypt_existing(apps, None)
    assert stored("records_person", person.pk) == ["SENTINEL"]
    assert "SENTINEL" in stored("records_historicalperson", person.pk)
