"""Encrypted fields in the admin: change pages only, and only for permitted staff."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.test import Client

from victimsdb.web.records.models import Person
from victimsdb.web.vault.checks import exposures
from victimsdb.web.vault.signals import confidential_fields_viewed

pytestmark = pytest.mark.django_db

CONTACT = "SENTINEL-CONTACT +7 701 555 0199"
LOCATION = "SENTINEL-LOCATION 12 Abai street, Akyaz village, Tekes"


@pytest.fixture
def researcher(db: Any) -> Any:
    """Staff who may view and change persons but not their confidential fields."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("researcher", password="a-long-test-password")
    user.is_staff = True
    user.save()
    codenames = ["view_person", "change_person", "view_historicalperson"]
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


def page(client: Client, user: Any, url: str) -> str:
    client.force_login(user)
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
    assert 'name="occupation"' in html  # the page itself is there
    assert "SENTINEL" not in html and 'name="contact"' not in html
    assert 'name="location_detail"' not in html


def test_other_staff_saving_the_form_keeps_the_contact(
    client: Client, researcher: Any, person_with_secrets: Person
) -> None:
    client.force_login(researcher)
    url = f"/admin/records/person/{person_with_secrets.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {name: form.fields[name].prepare_value(form[name].value()) for name in form.fields}
    data = {name: value or "" for name, value in data.items() if name != "photo"}
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
    assert "(encrypted; changed)" in html
    assert "SENTINEL" not in html


def test_viewing_them_is_announced_for_the_audit_log(
    client: Client, curator: Any, person_with_secrets: Person
) -> None:
    seen: list[dict[str, Any]] = []

    def record(sender: Any, **kwargs: Any) -> None:
        seen.append({"sender": sender, **kwargs})

    confidential_fields_viewed.connect(record)
    try:
        page(client, curator, f"/admin/records/person/{person_with_secrets.pk}/change/")
    finally:
        confidential_fields_viewed.disconnect(record)
    assert [(s["sender"], s["object_id"], s["fields"]) for s in seen] == [
        (Person, str(person_with_secrets.pk), ["contact", "location_detail"])
    ]


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
    assert 'name="occupation"' in html
    assert "SENTINEL" not in html and 'name="contact"' not in html
