"""victimsdb backup / restore: one encrypted file, restored into an empty instance, no loss."""

from __future__ import annotations

import io
import tarfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from tests.web.counting import assert_counts_are_exact, spy_on_recounts

from victimsdb.core.backup import BackupError, generate_identity, identities, recipients
from victimsdb.core.crypto import generate_key, is_ciphertext
from victimsdb.core.evidence import EvidenceStore
from victimsdb.web.backups.backup import make_backup
from victimsdb.web.backups.database import MADE_BY_MIGRATE, backed_up_models
from victimsdb.web.backups.inventory import inventory
from victimsdb.web.backups.restore import restore_backup
from victimsdb.web.public import tallystore
from victimsdb.web.public.blockcounts import forget_what_this_process_keeps
from victimsdb.web.public.models import BlockTally
from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db

PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"SENTINEL-PHOTO" * 10 + b"\xff\xd9"


@pytest.fixture
def keys(tmp_path: Path) -> tuple[list[Any], list[Any]]:
    public = generate_identity(tmp_path / "identity.txt")
    return recipients([public], {}), identities(str(tmp_path / "identity.txt"), {})


@pytest.fixture
def instance(settings: Any, tmp_path: Path, person_with_secrets: Person) -> Person:
    """The demo instance with secrets, a staff group, an evidence file and an uploaded photo."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.EVIDENCE_ROOT = str(tmp_path / "evidence")
    store = EvidenceStore(settings.EVIDENCE_ROOT)
    store.put(io.BytesIO(PHOTO), "id.jpg", "image/jpeg", "volunteer", datetime.now(UTC), "office")
    person_with_secrets.photo.save("portrait.jpg", io.BytesIO(PHOTO), save=True)
    user = User.objects.create_user("volunteer-1", password="a-long-test-password")
    user.groups.add(Group.objects.create(name="volunteers"))
    return person_with_secrets


def empty_the_instance(settings: Any, tmp_path: Path) -> None:
    """What a new instance is: migrated tables with no rows but migrate's, no files."""
    with connection.cursor() as cursor:
        for model in backed_up_models():
            if model._meta.label not in MADE_BY_MIGRATE:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
    settings.MEDIA_ROOT = str(tmp_path / "new" / "media")
    settings.EVIDENCE_ROOT = str(tmp_path / "new" / "evidence")


@pytest.fixture
def backed_up(instance: Person, keys: Any, tmp_path: Path, settings: Any) -> Path:
    """A backup of the instance, which is then emptied as a new instance would be."""
    path = tmp_path / "backup.age"
    make_backup(path, keys[0])
    empty_the_instance(settings, tmp_path)
    return path


def refused(path: Path, ids: list[Any], problem: str) -> None:
    """The restore fails with ``problem`` and writes nothing."""
    with pytest.raises(BackupError, match=problem):
        restore_backup(path, ids)
    assert nothing_restored()
    assert list(Path(django_settings.MEDIA_ROOT).parent.glob(".*restoring*")) == []


def nothing_restored() -> bool:
    found = inventory()
    rows = {label: n for label, n in found["rows"].items() if n and label not in MADE_BY_MIGRATE}
    return rows == {} and found["files"] == {}


def test_the_round_trip_loses_nothing(
    instance: Person, keys: Any, tmp_path: Path, settings: Any
) -> None:
    before = inventory()
    assert before["rows"]["records.HistoricalPerson"] > 0 and len(before["files"]) >= 3
    report = make_backup(tmp_path / "backup.age", keys[0])
    assert report.files == len(before["files"])
    empty_the_instance(settings, tmp_path)
    assert nothing_restored()
    restored = restore_backup(tmp_path / "backup.age", keys[1])
    assert inventory() == before
    assert restored.rows == sum(before["rows"].values())
    person = Person.objects.get(pk=instance.pk)
    assert (person.contact, person.location_detail) == (instance.contact, instance.location_detail)
    assert User.objects.get(username="volunteer-1").groups.get().name == "volunteers"
    assert Person.objects.create().entry_no > person.entry_no  # ids continue after the rows


def test_the_file_holds_no_plaintext(instance: Person, keys: Any, tmp_path: Path) -> None:
    make_backup(tmp_path / "backup.age", keys[0])
    stored = (tmp_path / "backup.age").read_bytes()
    assert b"SENTINEL" not in stored and b"Gulzira" not in stored


def test_encrypted_fields_stay_encrypted_inside_the_backup(
    instance: Person, keys: Any, tmp_path: Path
) -> None:
    make_backup(tmp_path / "backup.age", keys[0])
    plaintext = pyrage.decrypt((tmp_path / "backup.age").read_bytes(), keys[1])
    assert b"SENTINEL-CONTACT" not in plaintext and b"SENTINEL-LOCATION" not in plaintext
    assert b"Gulzira" in plaintext  # the rest of the database is there


def test_it_refuses_a_database_that_is_not_empty(
    instance: Person, keys: Any, tmp_path: Path
) -> None:
    make_backup(tmp_path / "backup.age", keys[0])
    before = inventory()
    with pytest.raises(BackupError, match="only into an empty instance.*records.Place "):
        restore_backup(tmp_path / "backup.age", keys[1])
    assert inventory() == before


def test_it_refuses_file_folders_that_hold_files(backed_up: Path, keys: Any, settings: Any) -> None:
    Path(settings.MEDIA_ROOT).mkdir(parents=True)
    (Path(settings.MEDIA_ROOT) / "left-over.txt").write_text("x")
    with pytest.raises(BackupError, match="holds files"):
        restore_backup(backed_up, keys[1])
    assert (Path(settings.MEDIA_ROOT) / "left-over.txt").read_text() == "x"


def test_the_wrong_identity_writes_nothing(backed_up: Path, tmp_path: Path) -> None:
    generate_identity(tmp_path / "other.txt")
    refused(backed_up, identities(str(tmp_path / "other.txt"), {}), "not encrypted to this")


@pytest.mark.parametrize("damage", ["truncated", "tampered"])
def test_a_damaged_file_writes_nothing(backed_up: Path, keys: Any, damage: str) -> None:
    data = bytearray(backed_up.read_bytes())
    if damage == "truncated":
        data = data[: len(data) * 2 // 3]
    else:
        data[len(data) // 2] ^= 0x40
    backed_up.write_bytes(bytes(data))
    refused(backed_up, keys[1], "truncated, altered")


def rewrite(path: Path, keys: Any, change: Callable[[str, bytes], bytes | None]) -> None:
    """Decrypt a backup, change its entries (None drops one), encrypt it again to the same key."""
    plaintext = io.BytesIO(pyrage.decrypt(path.read_bytes(), keys[1]))
    buffer = io.BytesIO()
    with (
        tarfile.open(fileobj=plaintext) as source,
        tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as target,
    ):
        for info in source.getmembers():
            data = change(info.name, source.extractfile(info).read())  # type: ignore[union-attr]
            if data is not None:
                info.size = len(data)
                target.addfile(info, io.BytesIO(data))
    path.write_bytes(pyrage.encrypt(buffer.getvalue(), keys[0]))


def altered_photo(name: str, data: bytes) -> bytes:
    return data.replace(b"SENTINEL-PHOTO", b"SENTINEL-PHOTX", 1) if "portrait" in name else data


def dropped_evidence(name: str, data: bytes) -> bytes | None:
    return None if name.startswith("files/evidence/") and name.endswith(".json") else data


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (altered_photo, "portrait.jpg does not match its SHA-256"),
        (dropped_evidence, ".json is missing from the backup"),
    ],
)
def test_the_manifest_catches_a_re_encrypted_forgery(
    backed_up: Path, keys: Any, change: Any, problem: str
) -> None:
    rewrite(backed_up, keys, change)
    refused(backed_up, keys[1], problem)


def test_an_instance_migrated_differently_is_refused(backed_up: Path, keys: Any) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO django_migrations (app, name, applied) VALUES (%s, %s, %s)",
            ["records", "9999_from_the_future", datetime.now(UTC)],
        )
    refused(backed_up, keys[1], "only here: records.9999_from_the_future")


@pytest.fixture
def key_a(field_keys: Any) -> None:
    field_keys(generate_key())


def test_a_missing_field_key_is_named_and_nothing_is_written(
    key_a: None, backed_up: Path, keys: Any, field_keys: Any
) -> None:
    field_keys(generate_key())
    refused(backed_up, keys[1], "field key .* not\\s+configured")


def test_restored_contacts_are_ciphertext_in_the_rows(
    backed_up: Path, keys: Any, instance: Person
) -> None:
    restore_backup(backed_up, keys[1])
    with connection.cursor() as cursor:
        cursor.execute("SELECT contact FROM records_person WHERE id = %s", [instance.pk])
        assert is_ciphertext(cursor.fetchone()[0])


def test_a_restore_counts_the_public_list_for_the_first_visitor(
    backed_up: Path, keys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tallystore, "STORED_FROM", 1)  # as at a million entries
    restore_backup(backed_up, keys[1])
    assert BlockTally.objects.filter(block=tallystore.TOTAL, pinned=True).exists()
    forget_what_this_process_keeps()  # the server's process, not the command's
    recounted = spy_on_recounts(monkeypatch)
    assert_counts_are_exact(Client())
    assert recounted == []
