"""Place facets follow consent: a person placed only by prefecture never counts under a county."""

import pytest
from django.test import Client

from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db


def placed() -> Person:
    """A public demo entry whose hometown resolves to a county."""
    person = Person.objects.filter(county__isnull=False, publication="published").first()
    assert person is not None and person.prefecture_id is not None
    return person


def facet(client: Client, name: str, **params: str) -> dict[str, int]:
    body = client.get("/api/v1/persons", params).json()
    return {item["value"]: item["count"] for item in body["facets"][name]}


@pytest.mark.parametrize("q", ["", "name"])
def test_a_person_placed_by_prefecture_only_leaves_the_county_facet(client: Client, q: str) -> None:
    person = placed()
    county, prefecture = str(person.county_id), str(person.prefecture_id)
    params = {"q": person.names.first().text} if q else {}
    before = facet(client, "county", **params).get(county, 0)
    person.place_granularity = "prefecture"
    person.save()
    assert facet(client, "county", **params).get(county, 0) == before - 1
    assert facet(client, "prefecture", **params).get(prefecture, 0) >= 1


def test_filtering_by_county_does_not_find_them(client: Client) -> None:
    person = placed()
    person.place_granularity = "region"
    person.save()
    found = client.get("/api/v1/persons", {"county": str(person.county_id)}).json()["results"]
    assert person.entry_no not in {entry["entry_no"] for entry in found}
    found = client.get("/api/v1/persons", {"prefecture": str(person.prefecture_id)}).json()
    assert person.entry_no not in {entry["entry_no"] for entry in found["results"]}
