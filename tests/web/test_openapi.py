"""The API is described by OpenAPI at /api/v1/openapi.json, every route of it."""

import pytest
from django.test import Client
from django.urls import get_resolver

pytestmark = pytest.mark.django_db


def test_it_serves_an_openapi_document(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    assert "/api/v1/persons" in spec["paths"]


def test_every_api_route_is_described(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    api = get_resolver().url_patterns
    routes = set()
    for pattern in api:
        if str(pattern.pattern) == "api/v1/":
            for inner in pattern.url_patterns:
                routes.add("/api/v1/" + str(inner.pattern).replace("<int:", "{").replace(">", "}"))
    assert routes and routes <= set(spec["paths"])


def test_the_enumerations_match_what_the_api_accepts(client: Client) -> None:
    from victimsdb.core.vocabulary import Status

    spec = client.get("/api/v1/openapi.json").json()
    status = next(
        p for p in spec["paths"]["/api/v1/persons"]["get"]["parameters"] if p["name"] == "status"
    )
    assert status["schema"]["enum"] == [member.value for member in Status]
