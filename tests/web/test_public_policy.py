"""No public page or API response shows a non-public record or field."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.records import models
from victimsdb.web.records.models import Claim, Event, Name, Person, Source

pytestmark = pytest.mark.django_db
SECRET = "SENTINEL-7f3a"


def public_texts(client: Client, person: Person) -> str:
    """Every public output that could show the person, and searches for the sentinel."""
    urls = [
        "/",
        "/persons/",
        f"/persons/{person.entry_no}/",
        "/api/v1/persons",
        f"/api/v1/persons/{person.entry_no}",
    ]
    assert client.get(f"/api/v1/persons?q={SECRET}").json()["count"] == 0
    assert "0 entries" in client.get(f"/persons/?q={SECRET}").content.decode()
    return "\n".join(client.get(url).content.decode() for url in urls)


@pytest.fixture
def gulzira(person_named: Any) -> Person:
    return person_named("Gulzira Auelkhankyzy")


def test_confidential_contact_and_notes_never_show(client: Client, gulzira: Person) -> None:
    gulzira.contact = f"+7 700 {SECRET}"
    gulzira.notes = f"met at office {SECRET}"
    gulzira.save()
    assert SECRET not in public_texts(client, gulzira)


@pytest.mark.parametrize("visibility", ["restricted", "confidential"])
def test_non_public_names_events_claims_and_testimonies_never_show(
    client: Client, gulzira: Person, visibility: str
) -> None:
    source = Source.objects.create(
        title=f"secret source {SECRET}", outlet=SECRET, visibility=visibility
    )
    Name.objects.create(person=gulzira, text=f"Name {SECRET}", visibility=visibility)
    event = Event.objects.create(
        person=gulzira, type="detention", description=SECRET, visibility=visibility
    )
    Claim.objects.create(person=gulzira, source=source, quote=SECRET, event=event)
    public_source = Source.objects.get(outlet="RFA")
    Claim.objects.create(
        person=gulzira, source=public_source, quote=SECRET, field="other", visibility=visibility
    )
    models.Testimony.objects.create(victim=gulzira, transcript=SECRET, visibility=visibility)
    assert SECRET not in public_texts(client, gulzira)


@pytest.mark.parametrize("state", ["draft", "in_review", "withdrawn"])
def test_unpublished_entries_are_not_public(client: Client, gulzira: Person, state: str) -> None:
    gulzira.publication = state
    gulzira.save()
    missing = 410 if state == "withdrawn" else 404  # a withdrawn entry's URL is Gone
    assert client.get(f"/persons/{gulzira.entry_no}/").status_code == missing
    assert client.get(f"/api/v1/persons/{gulzira.entry_no}").status_code == missing
    assert client.get("/api/v1/persons?q=Auelkhankyzy").json()["count"] == 0


def test_deleted_and_merged_entries_are_not_public(
    client: Client, gulzira: Person, person_named: Any
) -> None:
    gulzira.soft_delete()
    assert client.get(f"/api/v1/persons/{gulzira.entry_no}").status_code == 404
    gulzira.restore()
    assert client.get(f"/api/v1/persons/{gulzira.entry_no}").status_code == 200
    gulzira.merged_into = person_named("Ekpor Sorsenbek")
    gulzira.save()
    assert client.get(f"/api/v1/persons/{gulzira.entry_no}").status_code == 404


def test_testifiers_are_never_entries(client: Client, person_named: Any) -> None:
    testifier = person_named("Gulnur Kosgeulet")
    assert testifier.role == "testifier"
    assert client.get(f"/api/v1/persons/{testifier.entry_no}").status_code == 404
    assert client.get("/api/v1/persons?q=Kosgeulet").json()["count"] == 0


def test_an_anonymous_entry_shows_no_name_quote_or_source_link(
    client: Client, gulzira: Person
) -> None:
    gulzira.disclosure = "anonymous"
    gulzira.save()
    detail = client.get(f"/api/v1/persons/{gulzira.entry_no}").json()
    page = client.get(f"/persons/{gulzira.entry_no}/").content.decode()
    for text in (str(detail), page):
        assert "Gulzira" not in text and "Awulqanqizi" not in text and "Auelkhankyzy" not in text
    assert detail["label"].startswith("Kazakh woman")
    assert all(source["url"] == "" and source["title"] == "" for source in detail["sources"])
    assert client.get("/api/v1/persons?q=Gulzira").json()["count"] == 0


def test_a_testifier_who_asked_for_anonymity_is_not_named(
    client: Client, person_named: Any
) -> None:
    ekpor = person_named("Ekpor Sorsenbek")
    models.Testimony.objects.filter(victim=ekpor).update(disclosure="anonymous")
    detail = client.get(f"/api/v1/persons/{ekpor.entry_no}").json()
    assert {t["testifier"] for t in detail["testimonies"]} == {"anonymous"}


def test_a_withdrawn_entry_that_was_never_public_is_not_found(client: Client) -> None:
    draft = Person.objects.create(publication="draft")
    draft.publication = "withdrawn"
    draft.save()
    assert client.get(f"/persons/{draft.entry_no}/").status_code == 404
    assert client.get(f"/api/v1/persons/{draft.entry_no}").status_code == 404
