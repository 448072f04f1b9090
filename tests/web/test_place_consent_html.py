"""An entry's page places the person only as precisely as the consent allows."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.records.models import Person, Place

pytestmark = pytest.mark.django_db


@pytest.fixture
def village() -> Place:
    tekes = Place.objects.get(key="cn-tekes")
    village = Place.objects.create(kind="village", parent=tekes)
    village.names.create(text="Aqsu village SENTINEL")
    return village


def test_an_anonymous_entry_is_labelled_with_its_county(
    client: Client, person_named: Any, village: Place
) -> None:
    gulzira: Person = person_named("Gulzira Auelkhankyzy")
    Person.objects.filter(pk=gulzira.pk).update(
        hometown=village, disclosure="anonymous", place_granularity="county", birth_year=1980
    )
    page = client.get(f"/persons/{gulzira.entry_no}/").content.decode()
    assert "Kazakh woman, born 1980s, Tekes County" in page
    assert "SENTINEL" not in page and "Gulzira" not in page


def test_prefecture_granularity_hides_the_county(
    client: Client, person_named: Any, village: Place
) -> None:
    gulzira: Person = person_named("Gulzira Auelkhankyzy")
    Person.objects.filter(pk=gulzira.pk).update(hometown=village, place_granularity="prefecture")
    entry = client.get(f"/api/v1/persons/{gulzira.entry_no}").json()
    assert "Tekes" not in str(entry["hometown"]) and "SENTINEL" not in str(entry)
    assert entry["hometown"]["name"].startswith("Ili")


def test_village_granularity_shows_the_village(
    client: Client, person_named: Any, village: Place
) -> None:
    gulzira: Person = person_named("Gulzira Auelkhankyzy")
    Person.objects.filter(pk=gulzira.pk).update(hometown=village, place_granularity="village")
    entry = client.get(f"/api/v1/persons/{gulzira.entry_no}").json()
    assert entry["hometown"]["name"] == "Aqsu village SENTINEL"
