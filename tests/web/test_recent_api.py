"""GET /api/v1/persons/recent: the feed's entries as JSON, with when each became public."""

from datetime import datetime
from typing import Any

import pytest
from django.test import Client

from .hiding import HIDING, hide, new_entry

pytestmark = pytest.mark.django_db


def recent(client: Client) -> list[dict[str, Any]]:
    response = client.get("/api/v1/persons/recent")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def test_it_lists_entry_summaries_latest_first_with_when_they_became_public(
    client: Client,
) -> None:
    person = new_entry("Recentbek Newuly", publication="draft")
    person.publication = "published"
    person.save()
    results = recent(client)
    assert results[0]["entry_no"] == person.entry_no
    assert results[0]["names"][0]["text"] == "Recentbek Newuly"
    published = [datetime.fromisoformat(entry["published"]) for entry in results]
    assert published == sorted(published, reverse=True)
    assert {"label", "status", "hometown", "verification"} <= set(results[0])


def test_it_lists_at_most_fifty(client: Client) -> None:
    for number in range(55):
        new_entry(f"Recentbek Number{number}")
    assert len(recent(client)) == 50


def test_an_anonymous_entry_shows_its_label_and_no_names(client: Client, person_named: Any) -> None:
    dina = person_named("Dina Iemberdi")
    dina.disclosure = "anonymous"
    dina.save()
    (shown,) = [entry for entry in recent(client) if entry["entry_no"] == dina.entry_no]
    assert shown["names"] == [] and shown["label"] == "Kazakh woman, born 1990s"
    assert "Iemberdi" not in str(recent(client))


@pytest.mark.parametrize("how", HIDING)
def test_an_entry_that_is_not_public_never_appears(client: Client, how: str) -> None:
    person = new_entry("Recentbek Hiddenuly")
    assert recent(client)[0]["entry_no"] == person.entry_no
    hide(person, how)
    assert person.entry_no not in {entry["entry_no"] for entry in recent(client)}
