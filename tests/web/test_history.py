"""Every edit is versioned (who, when, why) and can be reverted; deletion can be undone."""

from typing import Any

import pytest

from victimsdb.web.records.models import Name, Person

pytestmark = pytest.mark.django_db


def test_an_edit_is_versioned_with_its_reason(person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    gulzira.occupation = "edited occupation"
    gulzira._change_reason = "correcting from testimony"
    gulzira.save()
    latest = gulzira.history.first()
    assert latest.occupation == "edited occupation"
    assert latest.history_change_reason == "correcting from testimony"
    assert gulzira.history.count() >= 2


def test_an_edit_can_be_reverted(person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    before = gulzira.occupation
    gulzira.occupation = "mistake"
    gulzira.save()
    gulzira.history.all()[1].instance.save()
    gulzira.refresh_from_db()
    assert gulzira.occupation == before


def test_a_deletion_is_soft_and_can_be_undone(person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    name = Name.objects.get(text="Gulzire Awulqanqizi")
    name.soft_delete("typo")
    assert not Name.objects.filter(pk=name.pk).exists()
    assert Name.all_objects.filter(pk=name.pk).exists()
    name.restore()
    assert gulzira.names.filter(text="Gulzire Awulqanqizi").exists()
    assert [h.history_change_reason for h in name.history.all()[:2]] == ["restored", "typo"]


def test_entry_numbers_are_stable_and_never_reused(person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    number = gulzira.entry_no
    gulzira.soft_delete()
    newcomer = Person.objects.create()
    assert newcomer.entry_no > number
    gulzira.restore()
    assert Person.objects.get(pk=gulzira.pk).entry_no == number


def test_status_follows_events_unless_overridden(person_named: Any) -> None:
    dina = person_named("Dina Iemberdi")
    derived = dina.status
    dina.status_override = "deceased"
    dina.save()
    assert Person.objects.get(pk=dina.pk).status == "deceased"
    dina.status_override = ""
    dina.save()
    assert Person.objects.get(pk=dina.pk).status == derived


def test_an_archive_attached_to_a_source_is_hashed() -> None:
    import hashlib

    from django.core.files.base import ContentFile

    from victimsdb.web.records.models import Source

    source = Source(title="A statement")
    source.archive.save("statement.txt", ContentFile(b"the text as collected"), save=False)
    source.save()
    assert source.sha256 == hashlib.sha256(b"the text as collected").hexdigest()
    assert source.archived_at is not None
