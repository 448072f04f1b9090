"""Least privilege in the admin: who sees confidential records and contacts, who publishes."""

from typing import Any

import pytest

from victimsdb.core.vocabulary import Publication, Visibility
from victimsdb.web.records.models import Name, Person
from victimsdb.web.records.models import Testimony as RecordedTestimony
from victimsdb.web.security.testing import admin_form_data

pytestmark = pytest.mark.django_db

CONTACT = "+7 701 555 0199, WhatsApp"


@pytest.fixture
def hidden_person() -> Person:
    """A confidential draft entry with a contact: the kind of record that must not leak."""
    person = Person.objects.create(
        visibility=Visibility.CONFIDENTIAL, publication=Publication.DRAFT, contact=CONTACT
    )
    Name.objects.create(person=person, text="Confidential Testname")
    return person


@pytest.fixture
def draft_person() -> Person:
    person = Person.objects.create(
        publication=Publication.DRAFT, contact=CONTACT, notes="met in Almaty"
    )
    Name.objects.create(person=person, text="Draft Testname")
    return person


def change_url(person: Person) -> str:
    return f"/admin/records/person/{person.pk}/change/"


@pytest.mark.parametrize("role", ["volunteer", "researcher"])
def test_confidential_records_are_invisible_without_clearance(
    staff_client: Any, hidden_person: Person, role: str
) -> None:
    client = staff_client(role)
    assert "Confidential Testname" not in client.get("/admin/records/person/").content.decode()
    assert client.get(change_url(hidden_person)).status_code == 302  # "does not exist"
    history = client.get(f"/admin/records/person/{hidden_person.pk}/history/")
    assert history.status_code == 404
    search = client.get(
        "/admin/autocomplete/",
        {"app_label": "records", "model_name": "testimony", "field_name": "victim", "term": "Conf"},
    )
    assert "Confidential" not in search.content.decode()


@pytest.mark.parametrize("role", ["volunteer", "researcher"])
def test_records_linked_to_a_confidential_person_are_invisible_too(
    staff_client: Any, hidden_person: Person, person_named: Any, role: str
) -> None:
    testimony = RecordedTestimony.objects.create(
        victim=person_named("Gulzira Auelkhankyzy"), testifier=hidden_person, transcript="x"
    )
    client = staff_client(role)
    assert client.get(f"/admin/records/testimony/{testimony.pk}/change/").status_code == 302
    names = client.get("/admin/records/name/").content.decode()
    assert "Confidential Testname" not in names


def test_foreign_key_choices_leave_confidential_persons_out(
    staff_client: Any, hidden_person: Person
) -> None:
    page = staff_client("researcher").get("/admin/records/name/add/").content.decode()
    assert f'value="{hidden_person.pk}"' not in page


def test_curators_see_confidential_records(staff_client: Any, hidden_person: Person) -> None:
    client = staff_client("curator")
    page = client.get(change_url(hidden_person)).content.decode()
    assert "Confidential Testname" in page and CONTACT in page


@pytest.mark.parametrize("role", ["volunteer", "researcher"])
def test_contacts_and_notes_are_hidden_without_clearance(
    staff_client: Any, draft_person: Person, role: str
) -> None:
    page = staff_client(role).get(change_url(draft_person)).content.decode()
    assert "Draft Testname" in page
    assert CONTACT not in page and "met in Almaty" not in page
    assert 'name="contact"' not in page


def test_saving_without_clearance_keeps_the_contact(
    staff_client: Any, draft_person: Person
) -> None:
    client = staff_client("volunteer")
    page = client.get(change_url(draft_person))
    data = admin_form_data(page)
    data["occupation"] = "teacher"
    response = client.post(change_url(draft_person), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    draft_person.refresh_from_db()
    assert draft_person.occupation == "teacher" and draft_person.contact == CONTACT


def test_a_volunteer_may_type_a_contact_when_adding_a_testifier(staff_client: Any) -> None:
    client = staff_client("volunteer")
    page = client.get("/admin/records/person/add/")
    assert 'name="contact"' in page.content.decode()
    data = admin_form_data(page)
    data.update({"role": "testifier", "contact": CONTACT, "citizenships": "[]"})
    response = client.post("/admin/records/person/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    created = Person.objects.order_by("-entry_no").first()
    assert created.contact == CONTACT  # contacts are encrypted: found by entry, not by value
    assert created.publication == Publication.DRAFT


@pytest.mark.parametrize("role", ["volunteer", "researcher"])
def test_publishing_fields_are_read_only_without_the_right_to_publish(
    staff_client: Any, draft_person: Person, role: str
) -> None:
    page = staff_client(role).get(change_url(draft_person)).content.decode()
    for field in ("publication", "visibility", "verification", "merged_into"):
        assert f'name="{field}"' not in page


def test_a_researcher_cannot_publish_by_posting_the_field(
    staff_client: Any, draft_person: Person
) -> None:
    client = staff_client("researcher")
    page = client.get(change_url(draft_person))
    data = admin_form_data(page)
    data.update({"publication": "published", "visibility": "public", "summary": "drafted"})
    assert client.post(change_url(draft_person), data).status_code == 302
    draft_person.refresh_from_db()
    assert draft_person.summary == "drafted"
    assert draft_person.publication == Publication.DRAFT


def test_a_researcher_cannot_edit_a_published_entry(staff_client: Any, person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    client = staff_client("researcher")
    page = client.get(change_url(gulzira)).content.decode()
    assert "Gulzira" in page and 'name="summary"' not in page  # shown read-only
    assert client.post(change_url(gulzira), {"summary": "vandalised"}).status_code == 403


def test_reverting_to_an_old_version_needs_the_right_to_change(
    staff_client: Any, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    version = gulzira.history.first().history_id
    client = staff_client("researcher")
    url = f"/admin/records/person/{gulzira.pk}/history/{version}/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"summary": "reverted"}).status_code == 403


def test_reverting_a_draft_cannot_publish_it(staff_client: Any, draft_person: Person) -> None:
    draft_person.publication = Publication.PUBLISHED
    draft_person.save()
    published_version = draft_person.history.first().history_id
    draft_person.publication = Publication.DRAFT
    draft_person.save()
    client = staff_client("researcher")
    url = f"/admin/records/person/{draft_person.pk}/history/{published_version}/"
    page = client.get(url)
    assert client.post(url, admin_form_data(page)).status_code == 302
    draft_person.refresh_from_db()
    assert draft_person.publication == Publication.DRAFT


def test_only_curators_may_delete_records(staff_client: Any, draft_person: Person) -> None:
    researcher = staff_client("researcher")
    assert "soft_delete_selected" not in researcher.get("/admin/records/person/").content.decode()
    researcher.post(
        "/admin/records/person/",
        {"action": "soft_delete_selected", "_selected_action": [draft_person.pk]},
    )
    assert Person.objects.filter(pk=draft_person.pk).exists()
    curator = staff_client("curator")
    curator.post(
        "/admin/records/person/",
        {"action": "soft_delete_selected", "_selected_action": [draft_person.pk]},
    )
    assert not Person.objects.filter(pk=draft_person.pk).exists()


def test_curators_publish(staff_client: Any, draft_person: Person) -> None:
    page = staff_client("curator").get(change_url(draft_person)).content.decode()
    assert 'name="publication"' in page and 'name="contact"' in page


@pytest.mark.parametrize("role", ["volunteer", "researcher", "curator"])
def test_only_admins_manage_staff_accounts(staff_client: Any, role: str) -> None:
    assert staff_client(role).get("/admin/auth/user/").status_code == 403
    assert staff_client("admin", "test-admin-2").get("/admin/auth/user/").status_code == 200


def test_volunteers_do_not_read_claims_or_advocacy(staff_client: Any) -> None:
    client = staff_client("volunteer")
    assert client.get("/admin/records/claim/").status_code == 403
    assert client.get("/admin/records/advocacyaction/").status_code == 403
    assert client.get("/admin/records/testimony/").status_code == 200
