"""Public counts are computed once per version of the data, and any change shows at once."""

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from victimsdb.web.public.freshness import current
from victimsdb.web.public.listing import PersonQuery, run_query
from victimsdb.web.records.models import Event, Person

pytestmark = pytest.mark.django_db


def status_counts(client: Client, **params: str) -> dict[str, int]:
    facet = client.get("/api/v1/persons", params).json()["facets"]["status"]
    return {item["value"]: item["count"] for item in facet}


def test_a_repeated_list_reuses_its_counts(client: Client) -> None:
    client.get("/api/v1/persons")
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/v1/persons")
    assert not [q["sql"] for q in queries.captured_queries if "GROUP BY" in q["sql"]]


def test_a_changed_status_shows_in_the_counts_at_once(client: Client, person_named: Any) -> None:
    before = status_counts(client)
    person = person_named("Dina Iemberdi")
    old = person.status
    person.status_override = "deceased" if old != "deceased" else "released"
    person.save()
    after = status_counts(client)
    assert after.get(old, 0) == before.get(old, 0) - 1
    assert after[person.status_override] == before.get(person.status_override, 0) + 1


def test_an_event_moves_the_version(person_named: Any) -> None:
    before = current()
    Event.objects.create(person=person_named("Dina Iemberdi"), type="detention")
    assert current() != before


def test_an_unpublished_entry_leaves_the_home_counts_at_once(
    client: Client, person_named: Any
) -> None:
    total = client.get("/").context["total"]
    person: Person = person_named("Dina Iemberdi")
    person.publication = "withdrawn"
    person.save()
    assert client.get("/").context["total"] == total - 1


def test_a_repeated_list_reuses_its_entry_count(client: Client) -> None:
    client.get("/api/v1/persons", {"gender": "female"})
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/v1/persons", {"gender": "female", "page": "1"})
    assert not [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"]]


def test_a_list_page_reads_only_its_own_entries(client: Client) -> None:
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/v1/persons")
    entry_reads = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('SELECT "records_person"."id", "records_person"."visibility"')
    ]
    assert entry_reads and all("LIMIT" in sql for sql in entry_reads)


def test_an_unpublished_entry_leaves_the_list_count_at_once(
    client: Client, person_named: Any
) -> None:
    count = client.get("/api/v1/persons").json()["count"]
    person: Person = person_named("Dina Iemberdi")
    person.publication = "withdrawn"
    person.save()
    assert client.get("/api/v1/persons").json()["count"] == count - 1


def test_reading_the_whole_list_is_one_query() -> None:
    persons = run_query(PersonQuery()).persons
    len(persons)  # counted (and cached) first: this is about reading the entries
    with CaptureQueriesContext(connection) as queries:
        every = list(persons)
    reads = [q for q in queries.captured_queries if 'FROM "records_person"' in q["sql"]]
    assert every and len(reads) == 1
