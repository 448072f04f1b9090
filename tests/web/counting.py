"""Entries in chosen blocks, and what the list's counts are and how they were made, for
tests of the counts kept per block."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.public import facets
from victimsdb.web.public.facets import facet_counts
from victimsdb.web.public.policy import public_persons
from victimsdb.web.records.models import Person


def new_person(pk: int, **fields: Any) -> Person:
    """A public entry with this primary key (so in block pk // BLOCK)."""
    values = {"visibility": "public", "publication": "published", "gender": "female"}
    person = Person(pk=pk, **{**values, **fields})
    person.save()
    return person


def listed(client: Client, **params: str) -> dict[str, Any]:
    return client.get("/api/v1/persons", params).json()


def assert_counts_are_exact(client: Client, **params: str) -> None:
    """The list's facets and count equal a count made from scratch now."""
    persons = public_persons()
    for name, value in params.items():
        persons = facets.FACETS[name].filter(persons, value)
    answer = listed(client, **params)
    assert answer["facets"] == facet_counts(persons)
    assert answer["count"] == persons.count()


def spy_on_recounts(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """The blocks each count of blocks is asked for from now on, in order."""
    calls: list[list[int]] = []
    original = facets._block_tallies

    def spy(persons: Any, blocks: list[int]) -> Any:
        calls.append(sorted(blocks))
        return original(persons, blocks)

    monkeypatch.setattr(facets, "_block_tallies", spy)
    return calls
