"""GET /api/v1/persons and /api/v1/persons/<entry_no>: public entries as JSON."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db


def get(client: Client, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_it_finds_gulzira_by_one_spelling_with_all_her_names_and_both_sources(
    client: Client,
) -> None:
    body = get(client, "/api/v1/persons?q=Auelkhankyzy")
    assert body["count"] == 1
    entry = body["results"][0]
    texts = {name["text"] for name in entry["names"]}
    assert {"Gulzira Auelkhankyzy", "Gulzire Awulqanqizi"} <= texts
    detail = get(client, f"/api/v1/persons/{entry['entry_no']}")
    outlets = {source["outlet"] for source in detail["sources"]}
    assert "RFA" in outlets and "Foreign Policy" in outlets


def test_the_list_is_paginated_with_a_next_link(client: Client) -> None:
    for number in range(30):
        person = Person.objects.create(publication="published")
        person.names.create(text=f"Paging Testuly {number}", kind="primary")
    body = get(client, "/api/v1/persons")
    assert body["count"] > 25 and len(body["results"]) == 25
    assert body["next"].endswith("/api/v1/persons?page=2")
    second = get(client, "/api/v1/persons?page=2")
    assert second["results"][0]["entry_no"] > body["results"][-1]["entry_no"]
    assert len(second["results"]) == body["count"] - 25 and second["next"] is None


def test_it_filters_by_status_and_ethnicity(client: Client) -> None:
    body = get(client, "/api/v1/persons?ethnicity=kyrgyz")
    assert body["count"] >= 1
    assert {entry["ethnicity"] for entry in body["results"]} == {"kyrgyz"}
    status = body["results"][0]["status"]
    filtered = get(client, f"/api/v1/persons?ethnicity=kyrgyz&status={status}")
    assert {entry["status"] for entry in filtered["results"]} == {status}


def test_the_entry_carries_events_testimonies_sources_and_claims(
    client: Client, person_named: Any
) -> None:
    ekpor = person_named("Ekpor Sorsenbek")
    detail = get(client, f"/api/v1/persons/{ekpor.entry_no}")
    assert detail["events"] and detail["sources"] and detail["claims"]
    assert detail["testimonies"][0]["testifier"] == "Gulnur Kosgeulet"
    source_ids = {source["id"] for source in detail["sources"]}
    cited = {claim["source"] for event in detail["events"] for claim in event["claims"]}
    assert cited <= source_ids
    assert all(event["claims"] for event in detail["events"])


def test_conflicting_claims_are_both_shown(client: Client, person_named: Any) -> None:
    ersin = person_named("Ersin Erkinuly")
    detail = get(client, f"/api/v1/persons/{ersin.entry_no}")
    camp = [event for event in detail["events"] if event["type"] == "camp_internment"]
    assert camp and camp[0]["disputed"]
    assert {claim["stance"] for claim in camp[0]["claims"]} == {"asserts", "disputes"}
    assert {name["text"] for name in detail["names"]} >= {"Ersin Erkinuly", "Yilisen Aierken"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("status=vanished", "unknown status 'vanished'"),
        ("ethnicity=martian", "unknown ethnicity 'martian'"),
        ("page=0", "page must be a positive whole number"),
        ("page=two", "page must be a positive whole number"),
        ("colour=red", "unknown parameter(s): colour"),
        ("q=" + "a" * 201, "q is longer than 200 characters"),
        ("q=%01abc", "q contains control characters"),
    ],
)
def test_invalid_parameters_are_a_400_with_a_message(
    client: Client, query: str, message: str
) -> None:
    body = get(client, f"/api/v1/persons?{query}", status=400)
    assert message in body["error"]


def test_a_page_past_the_end_is_a_404(client: Client) -> None:
    assert "does not exist" in get(client, "/api/v1/persons?page=999", status=404)["error"]


def test_an_unknown_entry_number_is_a_404(client: Client) -> None:
    assert get(client, "/api/v1/persons/999999", status=404) == {
        "error": "no public entry number 999999"
    }


def test_sql_looking_queries_are_just_text(client: Client) -> None:
    assert (
        get(client, "/api/v1/persons?q=%27%3B%20DROP%20TABLE%20records_person%3B--")["count"] == 0
    )
