"""Every view of confidential data by staff is logged: who, when, what, which fields, from where."""

from typing import Any

import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.test import Client, RequestFactory

from victimsdb.core.vocabulary import Visibility
from victimsdb.web.records.models import Person
from victimsdb.web.records.models import Testimony as RecordedTestimony
from victimsdb.web.security.audit import log_access
from victimsdb.web.security.models import AccessLog, AppendOnly

pytestmark = pytest.mark.django_db

CONTACT = "+7 701 555 0123 (sister in Almaty)"
TRANSCRIPT = "My brother was taken from our home in Tekes at night."


@pytest.fixture
def testifier() -> Person:
    return Person.objects.create(role="testifier", contact=CONTACT, notes="prefers evenings")


@pytest.fixture
def testimony(person_named: Any, testifier: Person) -> Any:
    victim = person_named("Gulzira Auelkhankyzy")
    return RecordedTestimony.objects.create(
        victim=victim, testifier=testifier, transcript=TRANSCRIPT
    )


def every_logged_text() -> str:
    return " ".join(
        f"{e.username} {e.action} {e.object_id} {e.fields} {e.visibility} {e.path} {e}"
        for e in AccessLog.objects.all()
    )


def test_opening_a_person_with_a_contact_logs_who_what_and_which_fields(
    staff_client: Any, testifier: Person
) -> None:
    client = staff_client("curator")
    response = client.get(f"/admin/records/person/{testifier.pk}/change/", REMOTE_ADDR="10.1.2.3")
    assert CONTACT in response.content.decode()
    entry = AccessLog.objects.get()
    assert (entry.username, entry.action, entry.object_id) == (
        "test-curator",
        "view",
        str(testifier.pk),
    )
    assert entry.content_type.model == "person"
    assert entry.fields == ["contact", "notes"]
    assert entry.ip_address == "10.1.2.3"
    assert entry.path == f"/admin/records/person/{testifier.pk}/change/"


def test_the_log_never_holds_the_values(
    staff_client: Any, testifier: Person, testimony: Any
) -> None:
    client = staff_client("curator")
    client.get(f"/admin/records/person/{testifier.pk}/change/")
    client.get(f"/admin/records/testimony/{testimony.pk}/change/")
    logged = every_logged_text()
    assert AccessLog.objects.count() == 2
    for secret in (CONTACT, "prefers evenings", TRANSCRIPT, "Tekes"):
        assert secret not in logged


def test_reading_a_testimony_logs_its_transcript(staff_client: Any, testimony: Any) -> None:
    staff_client("volunteer").get(f"/admin/records/testimony/{testimony.pk}/change/")
    entry = AccessLog.objects.get()
    assert entry.fields == ["transcript"]
    assert entry.visibility == Visibility.RESTRICTED


def test_a_public_record_with_nothing_confidential_is_not_logged(
    staff_client: Any, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    staff_client("curator").get(f"/admin/records/person/{gulzira.pk}/change/")
    assert not AccessLog.objects.exists()


def test_a_confidential_record_is_logged_even_without_confidential_fields(
    staff_client: Any,
) -> None:
    person = Person.objects.create(visibility=Visibility.CONFIDENTIAL)
    staff_client("curator").get(f"/admin/records/person/{person.pk}/change/")
    entry = AccessLog.objects.get()
    assert (entry.fields, entry.visibility) == ([], "confidential")


def test_fields_the_user_cannot_see_are_not_logged_as_seen(
    staff_client: Any, testifier: Person
) -> None:
    testifier.visibility = Visibility.RESTRICTED
    testifier.save()
    staff_client("researcher").get(f"/admin/records/person/{testifier.pk}/change/")
    assert AccessLog.objects.get().fields == []


def test_the_history_list_shows_that_a_contact_changed_not_what_to(
    staff_client: Any, testifier: Person
) -> None:
    testifier.contact = "+1 555 0100 new number"
    testifier.save()
    page = staff_client("curator").get(f"/admin/records/person/{testifier.pk}/history/")
    html = page.content.decode()
    assert "Contact:" in html and "not shown here" in html
    assert "new number" not in html and CONTACT not in html


def test_opening_an_old_version_is_logged(staff_client: Any, testifier: Person) -> None:
    version = testifier.history.first().history_id
    client = staff_client("curator")
    page = client.get(f"/admin/records/person/{testifier.pk}/history/{version}/")
    assert CONTACT in page.content.decode()
    assert AccessLog.objects.get().fields == ["contact", "notes"]


def test_log_access_refuses_anything_that_is_not_a_field_name(
    curator: Any, testifier: Person
) -> None:
    request = RequestFactory().get("/staff/x/")
    request.user = curator
    with pytest.raises(ValueError, match="not fields"):
        log_access(request, testifier, [CONTACT])


def test_log_access_records_a_download(curator: Any, testifier: Person) -> None:
    request = RequestFactory().get("/staff/evidence/1/original/")
    request.user = curator
    entry = log_access(request, testifier, ["photo"], action="download")
    assert (entry.action, entry.fields, entry.username) == ("download", ["photo"], "test-curator")


def test_entries_cannot_be_changed_or_deleted(curator: Any, testifier: Person) -> None:
    request = RequestFactory().get("/")
    request.user = curator
    entry = log_access(request, testifier, ["contact"])
    with pytest.raises(AppendOnly):
        entry.save()
    with pytest.raises(AppendOnly):
        entry.delete()
    with pytest.raises(AppendOnly):
        AccessLog.objects.filter(pk=entry.pk).update(fields=[])
    with pytest.raises(AppendOnly):
        AccessLog.objects.all().delete()


def test_the_database_refuses_to_change_an_entry(curator: Any, testifier: Person) -> None:
    request = RequestFactory().get("/")
    request.user = curator
    entry = log_access(request, testifier, ["contact"])
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE security_accesslog SET fields = '[]' WHERE id = %s", [entry.pk])
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DELETE FROM security_accesslog WHERE id = %s", [entry.pk])
    assert AccessLog.objects.get(pk=entry.pk).fields == ["contact"]


def test_admins_read_the_log_and_nobody_edits_it(
    staff_client: Any, curator: Any, verified: Any, testifier: Person
) -> None:
    staff_client("curator", "someone").get(f"/admin/records/person/{testifier.pk}/change/")
    entry = AccessLog.objects.get()
    admin = staff_client("admin")
    listing = admin.get("/admin/security/accesslog/").content.decode()
    assert "someone" in listing and "contact, notes" in listing
    superuser = verified(Client(), curator)
    for client in (admin, superuser):
        assert client.get("/admin/security/accesslog/add/").status_code == 403
        assert client.post(f"/admin/security/accesslog/{entry.pk}/change/", {}).status_code == 403
        assert (
            client.post(
                f"/admin/security/accesslog/{entry.pk}/delete/", {"post": "yes"}
            ).status_code
            == 403
        )
    assert AccessLog.objects.get(pk=entry.pk).fields == ["contact", "notes"]


def test_curators_do_not_read_the_log(staff_client: Any) -> None:
    assert staff_client("curator").get("/admin/security/accesslog/").status_code == 403
