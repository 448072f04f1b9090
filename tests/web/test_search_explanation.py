"""A search explains its results from the words the index keeps of each name."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.core.names import compare
from victimsdb.web.search import query
from victimsdb.web.search.models import ParsedName

pytestmark = pytest.mark.django_db


def first_match(client: Client, q: str) -> dict[str, Any]:
    body = client.get("/api/v1/persons", {"q": q}).json()
    assert body["count"] >= 1, q
    match: dict[str, Any] = body["results"][0]["match"]
    return match


def test_the_stored_names_are_not_read_again(client: Client, monkeypatch: Any) -> None:
    parsed: list[str] = []
    parse_name = query.parse_name

    def counting(text: str) -> Any:
        parsed.append(text)
        return parse_name(text)

    monkeypatch.setattr(query, "parse_name", counting)
    first_match(client, "Gulzire Awulqanqizi")
    assert parsed == ["Gulzire Awulqanqizi"]


def test_the_explanation_scores_as_comparing_the_names_does(client: Client) -> None:
    match = first_match(client, "Gulzire Awulqanqizi")
    assert match["score"] == compare("Gulzire Awulqanqizi", match["matched_name"]).score


def test_a_name_the_index_has_not_parsed_is_read_from_its_text(client: Client) -> None:
    before = first_match(client, "Gulzire Awulqanqizi")
    ParsedName.objects.all().delete()
    assert first_match(client, "Gulzire Awulqanqizi") == before


def test_an_edited_name_is_explained_by_its_new_words(client: Client, person_named: Any) -> None:
    name = person_named("Gulzira Auelkhankyzy").names.get(text="Gulzira Auelkhankyzy")
    name.text = "Gulzira Auelkhanova"
    name.save()
    match = first_match(client, "Gulzira Auelkhanova")
    assert match["matched_name"] == "Gulzira Auelkhanova"
    assert match["score"] == compare("Gulzira Auelkhanova", "Gulzira Auelkhanova").score
