"""Namesakes: a name search says how many entries match as well as the first, which no
name can tell apart, so that the user narrows them with a filter; and says when more
entries match than a name search lists."""

import pytest
from django.test import Client
from tests.web.hiding import HIDING, hide, new_entry

pytestmark = pytest.mark.django_db


def listed(client: Client, **params: str) -> dict[str, object]:
    return client.get("/api/v1/persons", params).json()


def page(client: Client, **params: str) -> str:
    return client.get("/persons/", params).content.decode()


@pytest.fixture
def namesakes() -> None:
    """Three entries with one spelling of a name, one spelt a little otherwise (as good
    a match: the spelling orders them, it does not tell them apart), and one with
    another given name of the same root, a weaker match."""
    for gender in ("female", "female", "male"):
        new_entry("Aigul Serikqyzy", gender=gender)
    new_entry("Aygul Serikkyzy", gender="female")
    new_entry("Gul Serikqyzy", gender="female")


def test_the_api_counts_the_entries_that_match_as_well_as_the_first(
    client: Client, namesakes: None
) -> None:
    body = listed(client, q="Aigul Serikqyzy")
    assert body["count"] == 5
    assert body["tied_best"] == 4


def test_a_filter_narrows_the_namesakes_it_counts(client: Client, namesakes: None) -> None:
    assert listed(client, q="Aigul Serikqyzy", gender="male")["tied_best"] == 1


@pytest.mark.parametrize("how", [*HIDING, "names withheld"])
def test_a_hidden_namesake_is_not_counted(client: Client, namesakes: None, how: str) -> None:
    hidden = new_entry("Aigul Serikqyzy", gender="female")
    if how == "names withheld":
        hidden.disclosure = "initials"
        hidden.save()
    else:
        hide(hidden, how)
    body = listed(client, q="Aigul Serikqyzy")
    assert (body["tied_best"], body["count"]) == (4, 5)


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
    assert "4 entries match this name equally well." in html
    assert "narrow by a place, a year detained or another name" in html


def test_the_page_is_silent_when_one_entry_matches_best(client: Client, namesakes: None) -> None:
    assert "equally well" not in page(client, q="Aigul Serikqyzy", gender="male")


def test_the_page_says_when_more_entries_match_than_a_name_search_lists(
    client: Client, namesakes: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "More entries match" not in page(client, q="Aigul Serikqyzy")
    monkeypatch.setattr("victimsdb.web.public.listing.MAX_HITS", 2)
    monkeypatch.setattr("victimsdb.web.public.views.MAX_HITS", 2)
    assert "these are the best 2." in page(client, q="Aigul Serikqyzy")


def test_the_page_writes_the_cap_with_its_digits_grouped(
    client: Client, namesakes: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("victimsdb.web.public.listing.MAX_HITS", 2)
    monkeypatch.setattr("victimsdb.web.public.views.MAX_HITS", 1234)
    assert "these are the best 1,234." in page(client, q="Aigul Serikqyzy")
