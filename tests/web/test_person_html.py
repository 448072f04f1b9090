"""The public pages: home, entry list, entry page."""

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_home_shows_the_count_of_published_entries(client: Client) -> None:
    from victimsdb.web.public.policy import public_persons

    response = client.get("/")
    assert response.status_code == 200
    assert f'<strong id="total">{public_persons().count()}</strong>' in response.content.decode()


def test_the_list_links_every_entry_on_the_page(client: Client) -> None:
    page = client.get("/persons/").content.decode()
    assert "Gulzira Auelkhankyzy" in page
    assert "/persons/" in page and "Page 1 of" in page


def test_the_entry_page_shows_names_in_all_scripts_timeline_and_sources(
    client: Client, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    page = client.get(f"/persons/{gulzira.entry_no}/").content.decode()
    assert "Gulzire Awulqanqizi" in page and "Guzire Awulqanqizi" in page
    assert "Timeline" in page and "camp internment" in page.replace("_", " ")
    assert "RFA" in page and "Foreign Policy" in page
    assert f"Cite as: victimsdb entry {gulzira.entry_no}" in page


def test_the_entry_page_marks_disputed_events(client: Client, person_named: Any) -> None:
    ersin = person_named("Ersin Erkinuly")
    page = client.get(f"/persons/{ersin.entry_no}/").content.decode()
    assert "sources disagree" in page and "Disputed:" in page


def test_an_unknown_entry_is_a_404(client: Client) -> None:
    assert client.get("/persons/999999/").status_code == 404


def test_a_bad_list_query_is_a_400_with_the_reason(client: Client) -> None:
    response = client.get("/persons/?status=vanished")
    assert response.status_code == 400
    assert "unknown status" in response.content.decode()


def test_the_list_search_finds_a_name(client: Client) -> None:
    page = client.get("/persons/?q=Sauytbay").content.decode()
    assert "1 entry" in page and "Sayragul Sauytbay" in page


@pytest.mark.parametrize("query", ["a" * 201, "abc\x01"])
def test_a_query_too_long_or_with_control_characters_gets_a_clear_400(
    client: Client, query: str
) -> None:
    response = client.get("/persons/", {"q": query})
    assert response.status_code == 400
    assert b"Bad query" in response.content
