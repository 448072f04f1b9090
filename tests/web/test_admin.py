"""Curators work in the admin: inlines for names, events and claims; history; soft delete."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator_client(client: Client, curator: Any, verified: Any) -> Client:
    return verified(client, curator)


def test_the_person_page_has_names_events_and_claims_inline(
    curator_client: Client, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    page = curator_client.get(f"/admin/records/person/{gulzira.pk}/change/").content.decode()
    assert "Gulzire Awulqanqizi" in page
    assert "names-TOTAL_FORMS" in page and "events-TOTAL_FORMS" in page
    assert "claims-TOTAL_FORMS" in page


def test_the_history_page_lists_versions(curator_client: Client, person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    response = curator_client.get(f"/admin/records/person/{gulzira.pk}/history/")
    assert response.status_code == 200
    assert "Created" in response.content.decode()


def test_deleting_in_the_admin_is_soft_and_restorable(
    curator_client: Client, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    curator_client.post(f"/admin/records/person/{gulzira.pk}/delete/", {"post": "yes"})
    assert not Person.objects.filter(pk=gulzira.pk).exists()
    curator_client.post(
        "/admin/records/person/",
        {"action": "restore_selected", "_selected_action": [gulzira.pk]},
    )
    assert Person.objects.filter(pk=gulzira.pk).exists()


def test_visitors_cannot_reach_the_admin(client: Client) -> None:
    assert client.get("/admin/records/person/").status_code == 302
