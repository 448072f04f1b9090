"""Facets of the API list: counts that combine with the query, filters, bad values."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.records.models import Event, Facility

pytestmark = pytest.mark.django_db


def listing(client: Client, **params: str) -> dict[str, Any]:
    response = client.get("/api/v1/persons", params)
    assert response.status_code == 200, response.content
    return response.json()


def counts(facet: list[dict[str, Any]]) -> dict[str, int]:
    return {item["value"]: item["count"] for item in facet}


def test_every_facet_is_offered(client: Client) -> None:
    facets = listing(client)["facets"]
    assert set(facets) == {
        "status",
        "ethnicity",
        "gender",
        "verification",
        "prefecture",
        "county",
        "facility",
        "year",
    }


def test_status_counts_add_up_to_the_total(client: Client) -> None:
    body = listing(client)
    assert sum(counts(body["facets"]["status"]).values()) == body["count"]


def test_a_facet_value_filters_and_the_counts_follow(client: Client) -> None:
    kazakh = listing(client, ethnicity="kazakh")
    assert kazakh["count"] == counts(listing(client)["facets"]["ethnicity"])["kazakh"]
    assert counts(kazakh["facets"]["ethnicity"]) == {"kazakh": kazakh["count"]}


def test_facets_combine_with_the_name_query(client: Client) -> None:
    body = listing(client, q="Gulzira Auelkhankyzy")
    assert body["count"] == 1
    assert counts(body["facets"]["gender"]) == {"female": 1}


def test_the_facility_facet_counts_people_held_there(client: Client) -> None:
    facility = Facility.objects.first()
    held = listing(client, facility=str(facility.pk))
    assert held["count"] >= 1
    assert counts(listing(client)["facets"]["facility"])[str(facility.pk)] == held["count"]


def test_the_year_facet_is_the_year_first_detained(client: Client, person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    assert gulzira.detained_year == 2017
    in_2017 = listing(client, year="2017")
    assert gulzira.entry_no in {entry["entry_no"] for entry in in_2017["results"]}


def test_place_facets_use_the_hometown_divisions(client: Client, person_named: Any) -> None:
    body = listing(client)
    for name in ("prefecture", "county"):
        for item in body["facets"][name]:
            filtered = listing(client, **{name: item["value"]})
            assert filtered["count"] == item["count"]


def test_a_restricted_facility_is_not_offered(client: Client) -> None:
    facility = Facility.objects.first()
    facility.visibility = "restricted"
    facility.save()
    assert str(facility.pk) not in counts(listing(client)["facets"]["facility"])
    assert client.get("/api/v1/persons", {"facility": facility.pk}).status_code == 400


def test_a_restricted_event_does_not_move_the_public_status(person_named: Any) -> None:
    dina = person_named("Dina Iemberdi")
    before = dina.status
    Event.objects.create(
        person=dina,
        type="death_in_custody",
        start_date="2025-01-01",
        start_precision="day",
        visibility="confidential",
    )
    dina.refresh_from_db()
    assert dina.status == before


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"gender": "robot"}, "unknown gender 'robot'"),
        ({"verification": "sure"}, "unknown verification 'sure'"),
        ({"prefecture": "999999"}, "unknown prefecture '999999'"),
        ({"county": "abc"}, "unknown county 'abc'"),
        ({"facility": "999999"}, "unknown facility '999999'"),
        ({"year": "last"}, "year 'last' is not a year"),
        ({"format": "xml"}, "unknown format 'xml'"),
    ],
)
def test_unknown_facet_values_are_a_400(
    client: Client, params: dict[str, str], message: str
) -> None:
    response = client.get("/api/v1/persons", params)
    assert response.status_code == 400
    assert message in response.json()["error"]
