"""Consent and disclosure in the JSON API: testifiers, their words, withheld names."""

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from victimsdb.web.records import models
from victimsdb.web.records.models import Claim, Name, Person, Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def ekpor(person_named: Any) -> Person:
    """Ekpor Sorsenbek, whose wife Gulnur Kosgeulet testified with her name."""
    return person_named("Ekpor Sorsenbek")


def shown_testimony(client: Client, person: Person) -> dict[str, Any]:
    detail = client.get(f"/api/v1/persons/{person.entry_no}").json()
    (testimony,) = detail["testimonies"]
    return testimony


def gulnurs_testimony(ekpor: Person, **changes: Any) -> models.Testimony:
    """Gulnur's testimony about Ekpor, with these fields changed and saved."""
    testimony = models.Testimony.objects.get(victim=ekpor)
    for field, value in changes.items():
        setattr(testimony, field, value)
    testimony.save()
    return testimony


def test_a_consenting_testifier_is_named_with_her_words(client: Client, ekpor: Person) -> None:
    testimony = gulnurs_testimony(ekpor, translation="Гүлнұр Көсеүлет күйеуінің суретін көрсетеді")
    shown = shown_testimony(client, ekpor)
    assert shown["testifier"] == "Gulnur Kosgeulet"
    assert shown["transcript"].startswith("Gulnur Kosgeulet shows a photo")
    assert shown["translation"] == testimony.translation
    assert shown["source"] is not None


def test_a_testifier_who_did_not_consent_is_not_named(client: Client, ekpor: Person) -> None:
    gulnurs_testimony(ekpor, consent_publish_name=False)
    shown = shown_testimony(client, ekpor)
    assert shown["testifier"] == "anonymous" and "Gulnur" not in str(shown)


def test_the_words_of_a_testimony_without_consent_stay_hidden(
    client: Client, ekpor: Person
) -> None:
    gulnurs_testimony(ekpor, consent_publish_name=False, translation="a translation")
    shown = shown_testimony(client, ekpor)
    assert (shown["summary"], shown["transcript"], shown["translation"]) == ("", "", "")
    assert shown["source"] is None
    assert shown["relation"] == "wife"


@pytest.mark.parametrize(
    "change",
    [{"publication": "draft"}, {"visibility": "confidential"}, {"deleted_at": timezone.now()}],
)
def test_a_testifier_who_is_not_public_is_not_named(
    client: Client, ekpor: Person, change: dict[str, Any]
) -> None:
    Person.all_objects.filter(pk=gulnurs_testimony(ekpor).testifier_id).update(**change)
    assert shown_testimony(client, ekpor)["testifier"] == "anonymous"


def test_a_testimony_with_initials_shows_the_testifiers_initials(
    client: Client, ekpor: Person
) -> None:
    gulnurs_testimony(ekpor, disclosure="initials")
    assert shown_testimony(client, ekpor)["testifier"] == "G. K."


def test_a_testifier_is_shown_no_more_than_she_allowed_herself(
    client: Client, ekpor: Person
) -> None:
    testifier = gulnurs_testimony(ekpor).testifier
    assert testifier is not None
    testifier.disclosure = "anonymous"
    testifier.save()
    assert shown_testimony(client, ekpor)["testifier"] == "anonymous"


def test_an_entry_shown_by_initials_shows_the_testifier_by_initials_and_not_her_words(
    client: Client, ekpor: Person
) -> None:
    ekpor.disclosure = "initials"
    ekpor.save()
    shown = shown_testimony(client, ekpor)
    assert shown["testifier"] == "G. K." and shown["transcript"] == ""


def test_a_claim_about_a_withheld_name_is_not_shown(client: Client, person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    name = Name.objects.get(text="Guzire Awulqanqizi")
    name.visibility = "restricted"
    name.save()
    detail = client.get(f"/api/v1/persons/{gulzira.entry_no}").json()
    assert "Guzire" not in str(detail)
    assert "Gulzire Awulqanqizi" in str(detail)  # her other names stay


def test_an_anonymous_entry_shows_no_occupation_in_any_field(
    client: Client, person_named: Any
) -> None:
    nurmambet = person_named("Nurmambet Osmon")
    nurmambet.disclosure = "anonymous"
    nurmambet.save()
    detail = client.get(f"/api/v1/persons/{nurmambet.entry_no}").json()
    assert detail["occupation"] == "" and "poet" not in str(detail)
    born = [claim["value"] for claim in detail["claims"] if claim["field"] == "birth_year"]
    assert born == ["1977"]  # a number is no name: structured claims keep their value


def test_a_claim_about_the_hometown_shows_only_if_the_hometown_shows_as_precisely(
    client: Client, person_named: Any
) -> None:
    nurmambet = person_named("Nurmambet Osmon")  # from Aqchi county; the claim says so

    def hometown_claims() -> list[dict[str, Any]]:
        detail = client.get(f"/api/v1/persons/{nurmambet.entry_no}").json()
        return [claim for claim in detail["claims"] if claim["field"] == "hometown"]

    (claim,) = hometown_claims()
    assert claim["value"] == "cn-aqchi" and "Aqchi county" in claim["quote"]
    nurmambet.place_granularity = "prefecture"
    nurmambet.save()
    (claim,) = hometown_claims()
    assert (claim["value"], claim["quote"]) == ("", "")


def test_a_claim_about_a_hometown_nobody_placed_is_not_shown(
    client: Client, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")  # no hometown in the gazetteer
    gulzira.place_granularity = "village"  # even with consent to the village: which one?
    gulzira.save()
    Claim.objects.create(
        person=gulzira,
        source=Source.objects.get(outlet="RFA"),
        field="hometown",
        value="Akyaz village",
        quote="she grew up in Akyaz village",
    )
    detail = client.get(f"/api/v1/persons/{gulzira.entry_no}").json()
    assert "Akyaz" not in str(detail)
