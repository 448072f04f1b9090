"""A public name query's ranking is kept for its next page while the index is unchanged,
and no longer: an edit is searched at once, whatever was searched before it."""

from typing import Any

import pytest
from django.test import Client
from tests.web.hiding import new_entry

from victimsdb.web.search import rankings as kept

pytestmark = pytest.mark.django_db


@pytest.fixture
def rankings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts ranked, in order (a spy on the search behind the kept rankings)."""
    ranked: list[str] = []
    real = kept.rank

    def spy(text: str, **options: Any) -> Any:
        ranked.append(text)
        return real(text, **options)

    monkeypatch.setattr(kept, "rank", spy)
    return ranked


def _entries(client: Client, q: str, **params: str) -> list[int]:
    body = client.get("/api/v1/persons", {"q": q, **params}).json()
    return [result["entry_no"] for result in body["results"]]


def test_the_next_page_of_a_name_query_is_not_ranked_again(
    client: Client, rankings: list[str]
) -> None:
    for _ in range(30):  # more than a page
        new_entry("Erlan Serikov")
    first = _entries(client, "Erlan Serikov")
    second = _entries(client, "Erlan Serikov", page="2")
    assert len(first) == 25 and len(second) == 5
    assert not set(first) & set(second)
    assert rankings == ["Erlan Serikov"]


def test_the_html_list_and_the_api_share_a_ranking(client: Client, rankings: list[str]) -> None:
    new_entry("Erlan Serikov")
    client.get("/persons/", {"q": "Erlan Serikov"})
    client.get("/api/v1/persons", {"q": "Erlan Serikov"})
    assert rankings == ["Erlan Serikov"]


def test_a_name_added_after_a_search_is_found_at_once(client: Client, rankings: list[str]) -> None:
    person = new_entry("Erlan Serikov")
    assert _entries(client, "Bolat Nurlanov") == []
    person.names.create(text="Bolat Nurlanov", kind="alias")
    assert _entries(client, "Bolat Nurlanov") == [person.entry_no]
    assert rankings == ["Bolat Nurlanov", "Bolat Nurlanov"]


def test_a_name_deleted_after_a_search_is_not_found_again(client: Client) -> None:
    person = new_entry("Erlan Serikov")
    alias = person.names.create(text="Bolat Nurlanov", kind="alias")
    assert _entries(client, "Bolat Nurlanov") == [person.entry_no]
    alias.delete()
    assert _entries(client, "Bolat Nurlanov") == []


def test_an_entry_unpublished_after_a_search_is_hidden_at_once(client: Client) -> None:
    person = new_entry("Erlan Serikov")
    assert _entries(client, "Erlan Serikov") == [person.entry_no]
    person.publication = "draft"
    person.save()
    assert _entries(client, "Erlan Serikov") == []


def test_a_ranking_is_not_kept_beyond_the_limit(client: Client, rankings: list[str]) -> None:
    new_entry("Erlan Serikov")
    texts = [f"Erlan Serikov {n}" for n in range(kept.KEPT + 1)]
    for text in texts:
        _entries(client, text)
    _entries(client, texts[0])  # the least recently used: dropped
    _entries(client, texts[-1])  # kept
    assert rankings == [*texts, texts[0]]
