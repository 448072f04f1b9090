"""Consent and disclosure on the entry page: testifiers, their words, withheld names."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.records import models
from victimsdb.web.records.models import Name, Person

pytestmark = pytest.mark.django_db
GULNURS_WORDS = "Gulnur Kosgeulet shows a photo of her husband"


@pytest.fixture
def ekpor(person_named: Any) -> Person:
    """Ekpor Sorsenbek, whose wife Gulnur Kosgeulet testified with her name."""
    return person_named("Ekpor Sorsenbek")


def page(client: Client, person: Person) -> str:
    response = client.get(f"/persons/{person.entry_no}/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_consenting_testifier_is_named_with_her_words_and_their_translation(
    client: Client, ekpor: Person
) -> None:
    models.Testimony.objects.filter(victim=ekpor).update(translation="Гүлнұр суретті көрсетеді")
    shown = page(client, ekpor)
    assert "<strong>Gulnur Kosgeulet</strong> (wife)" in shown
    assert GULNURS_WORDS in shown and "Гүлнұр суретті көрсетеді" in shown


def test_a_testifier_who_did_not_consent_is_not_named_and_her_words_stay_hidden(
    client: Client, ekpor: Person
) -> None:
    testimony = models.Testimony.objects.get(victim=ekpor)
    testimony.consent_publish_name = False
    testimony.translation = "Гүлнұр суретті көрсетеді"
    testimony.save()
    shown = page(client, ekpor)
    assert "<strong>anonymous</strong> (wife)" in shown
    assert "<strong>Gulnur" not in shown and "Гүлнұр" not in shown
    assert "Translation" not in shown


def test_a_claim_about_a_withheld_name_is_not_on_the_page(
    client: Client, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    name = Name.objects.get(text="Guzire Awulqanqizi")
    name.visibility = "confidential"
    name.save()
    shown = page(client, gulzira)
    assert "Guzire" not in shown and "Gulzire Awulqanqizi" in shown


def test_an_anonymous_entry_shows_no_occupation(client: Client, person_named: Any) -> None:
    nurmambet = person_named("Nurmambet Osmon")
    nurmambet.disclosure = "anonymous"
    nurmambet.save()
    shown = page(client, nurmambet)
    assert "poet" not in shown and "Nurmambet" not in shown and "Occupation" not in shown
