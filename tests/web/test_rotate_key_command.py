"""victimsdb rotate-key re-encrypts every encrypted field under the first key, once."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection

from victimsdb.core.crypto import generate_key, is_ciphertext, key_id_in, parse_keys
from victimsdb.web.records.models import Person
from victimsdb.web.vault.rotation import encrypted_fields

pytestmark = pytest.mark.django_db

OLD, NEW = generate_key(), generate_key()
CONTACTS = {"Gulzira Auelkhankyzy": "SENTINEL +7 701 1", "Dina Iemberdi": "SENTINEL +7 701 2"}


def key_id(key: str) -> str:
    return parse_keys([key]).primary.key_id


def rotate(*options: str) -> str:
    out = io.StringIO()
    call_command("rotate_key", *options, stdout=out)
    return out.getvalue()


def raw_values(table: str, column: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE {column} <> ''")
        return [row[0] for row in cursor.fetchall()]


@pytest.fixture
def under_old_key(person_named: Any, field_keys: Any) -> list[Person]:
    field_keys(OLD)
    persons = []
    for name, contact in CONTACTS.items():
        person = person_named(name)
        person.contact, person.location_detail = contact, f"{contact} village"
        person.save()
        persons.append(person)
    return persons


def test_it_finds_every_encrypted_field_history_included() -> None:
    found = {f"{model._meta.label}.{field.name}" for model, field in encrypted_fields()}
    assert found >= {
        "records.Person.contact",
        "records.Person.location_detail",
        "records.HistoricalPerson.contact",
        "records.HistoricalPerson.location_detail",
    }


def test_rotation_moves_every_value_to_the_new_key(under_old_key: Any, field_keys: Any) -> None:
    field_keys(NEW, OLD)
    output = rotate()
    for table in ("records_person", "records_historicalperson"):
        for column in ("contact", "location_detail"):
            values = raw_values(table, column)
            assert values and {key_id_in(value) for value in values} == {key_id(NEW)}
    assert "records.Person.contact: 2 under " + key_id(OLD) in output
    assert f"every value is now under key {key_id(NEW)}" in output


def test_the_old_key_can_be_removed_afterwards(under_old_key: Any, field_keys: Any) -> None:
    field_keys(NEW, OLD)
    rotate()
    field_keys(NEW)
    contacts = {
        p.pk: p.contact for p in Person.objects.filter(pk__in=[p.pk for p in under_old_key])
    }
    assert sorted(contacts.values()) == sorted(CONTACTS.values())
    assert all(h.contact in CONTACTS.values() for h in under_old_key[0].history.all() if h.contact)


def test_a_second_run_changes_nothing(under_old_key: Any, field_keys: Any) -> None:
    field_keys(NEW, OLD)
    rotate()
    before = raw_values("records_person", "contact")
    assert "\n0 value(s) re-encrypted" in rotate()
    assert raw_values("records_person", "contact") == before


def test_rotation_is_not_an_edit(under_old_key: Any, field_keys: Any) -> None:
    person = under_old_key[0]
    versions, updated = person.history.count(), Person.objects.get(pk=person.pk).updated_at
    field_keys(NEW, OLD)
    rotate()
    assert person.history.count() == versions
    assert Person.objects.get(pk=person.pk).updated_at == updated


def test_plaintext_from_before_encryption_is_encrypted(person_named: Any) -> None:
    person = person_named("Gulzira Auelkhankyzy")
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE records_person SET contact = 'SENTINEL old' WHERE id = %s", [person.pk]
        )
    assert Person.objects.get(pk=person.pk).contact == "SENTINEL old"
    rotate()
    assert all(is_ciphertext(value) for value in raw_values("records_person", "contact"))
    assert Person.objects.get(pk=person.pk).contact == "SENTINEL old"


def test_check_only_counts(under_old_key: Any, field_keys: Any) -> None:
    field_keys(NEW, OLD)
    output = rotate("--check", "--batch-size", "1")
    assert f"value(s) not under the current key {key_id(NEW)}" in output
    assert {key_id_in(value) for value in raw_values("records_person", "contact")} == {key_id(OLD)}


def test_small_batches_rotate_everything(under_old_key: Any, field_keys: Any) -> None:
    field_keys(NEW, OLD)
    rotate("--batch-size", "1")
    assert {key_id_in(v) for v in raw_values("records_person", "contact")} == {key_id(NEW)}
