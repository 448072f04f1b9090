"""A county moved to another prefecture takes its people with it: their prefecture, and the
prefecture facet, follow the gazetteer at once."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from victimsdb.core.vocabulary import PlaceKind
from victimsdb.web.public.policy import PUBLIC, public_persons
from victimsdb.web.records.models import Person, Place

pytestmark = pytest.mark.django_db


def placed() -> Person:
    """A public demo entry whose hometown resolves to a county and a prefecture, and who
    lets public outputs place them that precisely."""
    persons = public_persons().filter(county__isnull=False, prefecture__isnull=False)
    person = persons.filter(place_granularity__in=["", "county", "village"]).first()
    assert person is not None
    return person


def another_prefecture(than: int) -> Place:
    return Place.objects.filter(PUBLIC, kind=PlaceKind.PREFECTURE).exclude(pk=than).first()


def prefecture_counts(client: Client) -> dict[str, int]:
    body = client.get("/api/v1/persons").json()
    return {item["value"]: item["count"] for item in body["facets"]["prefecture"]}


def test_a_moved_county_moves_its_peoples_prefecture(client: Client) -> None:
    person = placed()
    county = Place.objects.get(pk=person.county_id)
    target = another_prefecture(person.prefecture_id)
    before = prefecture_counts(client).get(str(target.pk), 0)
    county.parent = target
    county.save()
    person.refresh_from_db()
    assert person.prefecture_id == target.pk
    assert person.county_id == county.pk
    assert prefecture_counts(client)[str(target.pk)] > before


def test_a_place_saved_where_it_was_rewrites_no_one() -> None:
    county = Place.objects.get(pk=placed().county_id)
    with CaptureQueriesContext(connection) as queries:
        county.save()
    assert not [
        q for q in queries.captured_queries if q["sql"].startswith('UPDATE "records_person"')
    ]
