"""Encrypted fields in the admin: change pages only, only for cleared staff, each view logged."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import admin
from django.test import Client

from victimsdb.web.records.models import Person
from victimsdb.web.security.admin_access import MASKED
from victimsdb.web.security.models import AccessLog
from victimsdb.web.vault.checks import exposures

pytestmark = pytest.mark.django_db

CONTACT = "SENTINEL-CONTACT +7 701 555 0199"
LOCATION = "SENTINEL-LOCATION 12 Abai street, Akyaz village, Tekes"


@pytest.fixture
def researcher(staff_user: Any) -> Any:
    """Staff who may view and change persons but are not cleared for confidential data."""
    return staff_user("researcher")


@pytest.fixture
def curator(staff_user: Any) -> Any:
    return staff_user("curator")


def page(client: Client, user: Any, url: str) -> str:
    from victimsdb.web.security.testing import sign_in_verified

    sign_in_verified(client, user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_permitted_staff_see_decrypted_values_on_the_change_page(
    client: Client, curator: Any, person_with_secrets: Person
) -> None:
    html = page(client, curator, f"/admin/records/person/{person_with_secrets.pk}/change/")
    assert CONTACT in html and LOCATION in html


def test_other_staff_never_get_the_fields(
    client: Client, researcher: Any, person_with_secrets: Person
) -> None:
    html = page(client, researcher, f"/admin/records/person/{person_with_secrets.pk}/change/")
    assert "Occupation" in html  # the page itself is there (read-only: it is published)
    assert "SENTINEL" not in html and 'name="contact"' not in html
    assert 'name="location_detail"' not in html


def test_other_staff_saving_the_form_keeps_the_contact(
    client: Client, researcher: Any, person_with_secrets: Person
) -> None:
    from victimsdb.web.security.testing import sign_in_verified

    person_with_secrets.publication = "draft"  # researchers edit drafts, not published entries
    person_with_secrets.save()
    sign_in_verified(client, researcher)
    url = f"/admin/records/person/{person_with_secrets.pk}/change/"
    from victimsdb.web.security.testing import admin_form_data

    data = admin_form_data(client.get(url))
    data.pop("photo", None)
    data["occupation"] = "edited by a researcher"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = Person.objects.get(pk=person_with_secrets.pk)
    assert saved.occupation == "edited by a researcher"
    assert (saved.contact, saved.location_detail) == (CONTACT, LOCATION)


def test_the_list_and_its_search_never_show_them(
    client: Client, curator: Any, person_with_secrets: Person
) -> None:
    assert "SENTINEL" not in page(client, curator, "/admin/records/person/")
    assert "0 results" in page(client, curator, "/admin/records/person/?q=555+0199")


def test_history_lists_say_a_change_happened_but_not_what(
    client: Client, curator: Any, person_with_secrets: Person
) -> None:
    person_with_secrets.contact = "SENTINEL-NEW"
    person_with_secrets.save()
    html = page(client, curator, f"/admin/records/person/{person_with_secrets.pk}/history/")
    assert MASKED in html
    assert "SENTINEL" not in html


def test_viewing_them_is_written_to_the_access_log(
    client: Client, curator: Any, person_with_secrets: Person
) -> None:
    page(client, curator, f"/admin/records/person/{person_with_secrets.pk}/change/")
    entry = AccessLog.objects.get(object_id=str(person_with_secrets.pk))
    assert {"contact", "location_detail"} <= set(entry.fields)
    assert "SENTINEL" not in str(entry.fields)


def test_the_check_catches_an_admin_that_would_list_or_search_them() -> None:
    site = admin.AdminSite(name="check")

    class Careless(admin.ModelAdmin):  # type: ignore[type-arg]
        list_display = ("entry_no", "contact")
        search_fields = ("names__text", "=location_detail")
        list_filter = (("contact", admin.EmptyFieldListFilter),)

    site.register(Person, Careless)
    found = {(error.id, error.msg.split(".")[1].split(" ")[0]) for error in exposures(site)}
    assert found == {
        ("vault.E001", "list_display"),
        ("vault.E001", "search_fields"),
        ("vault.E001", "list_filter"),
    }


def test_the_real_admin_passes_the_check() -> None:
    assert exposures(admin.site) == []


def test_other_staff_never_see_them_in_an_old_version(
    client: Client, researcher: Any, curator: Any, person_with_secrets: Person
) -> None:
    version = person_with_secrets.history.first()
    url = f"/admin/records/person/{person_with_secrets.pk}/history/{version.history_id}/"
    assert CONTACT in page(Client(), curator, url)
    html = page(client, researcher, url)
    assert "Occupation" in html
    assert "SENTINEL" not in html and 'name="contact"' not in html
