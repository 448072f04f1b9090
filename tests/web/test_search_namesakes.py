"""Namesakes: a name search says how many entries match as well as the first, which no
name can tell apart, so that the user narrows them with a filter; and says when more
entries match than a name search lists."""

import pytest
from django.test import Client
from tests.web.hiding import new_entry

pytestmark = pytest.mark.django_db


def listed(client: Client, **params: str) -> dict[str, object]:
    return client.get("/api/v1/persons", params).json()


def page(client: Client, **params: str) -> str:
    return client.get("/persons/", params).content.decode()


@pytest.fixture
def namesakes() -> None:
    """Three entries with one spelling of a name, and one spelt a little otherwise."""
    for gender in ("female", "female", "male"):
        new_entry("Aigul Serikqyzy", gender=gender)
    new_entry("Aygul Serikkyzy", gender="female")


def test_the_api_counts_the_entries_that_match_as_well_as_the_first(
    client: Client, namesakes: None
) -> None:
    body = listed(client, q="Aigul Serikqyzy")
    assert body["count"] == 4
    assert body["tied_best"] == 3


def test_a_filter_narrows_the_namesakes_it_counts(client: Client, namesakes: None) -> None:
    assert listed(client, q="Aigul Serikqyzy", gender="male")["tied_best"] == 1


def test_a_list_without_a_name_counts_no_namesakes(client: Client) -> None:
    body = listed(client)
    assert body["tied_best"] is None
    assert body["truncated"] is False


def test_the_api_says_when_more_entries_match_than_a_name_search_lists(
    client: Client, namesakes: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert listed(client, q="Aigul Serikqyzy")["truncated"] is False
    monkeypatch.setattr("victimsdb.web.public.listing.MAX_HITS", 2)
    body = listed(client, q="Aigul Serikqyzy")
    assert body["truncated"] is True
    assert body["count"] == 2


def test_the_page_tells_how_many_match_equally_well(client: Client, namesakes: None) -> None:
    html = page(client, q="Aigul Serikqyzy")
    assert "3 entries match this name equally well." in html
    assert "narrow by a place, a year detained or another name" in html


def test_the_page_is_silent_when_one_entry_matches_best(client: Client, namesakes: None) -> None:
    assert "equally well" not in page(client, q="Aygul Serikkyzy")


def test_the_page_says_when_more_entries_match_than_a_name_search_lists(
    client: Client, namesakes: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "More entries match" not in page(client, q="Aigul Serikqyzy")
    monkeypatch.setattr("victimsdb.web.public.listing.MAX_HITS", 2)
    monkeypatch.setattr("victimsdb.web.public.views.MAX_HITS", 2)
    assert "these are the best 2." in page(client, q="Aigul Serikqyzy")
