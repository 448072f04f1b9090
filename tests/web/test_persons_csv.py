"""The result list as CSV: the same entries as the JSON, public fields only."""

import csv
import io
from typing import Any

import pytest
from django.test import Client

from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db


def rows(client: Client, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_the_csv_holds_every_matching_entry(client: Client) -> None:
    api = client.get("/api/v1/persons", {"ethnicity": "kazakh"}).json()
    table = rows(client, "/persons/?ethnicity=kazakh&format=csv")
    assert len(table) == api["count"]
    assert {int(row["entry_no"]) for row in table} >= {e["entry_no"] for e in api["results"]}


def test_a_name_query_csv_carries_the_score_and_matched_name(client: Client) -> None:
    table = rows(client, "/api/v1/persons?q=Yilisen%20Aierken&format=csv")
    assert table[0]["matched_name"] == "Yilisen Aierken" and float(table[0]["score"]) > 0.8


def test_the_csv_never_carries_confidential_fields(client: Client, person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    gulzira.contact = "+7 700 SENTINEL-CSV"
    gulzira.save()
    assert "SENTINEL-CSV" not in client.get("/persons/?format=csv").content.decode()


def test_a_name_that_looks_like_a_formula_is_defused(client: Client) -> None:
    person = Person.objects.create(publication="published")
    person.names.create(text="=HYPERLINK(1)", kind="primary")
    row = next(
        r for r in rows(client, "/persons/?format=csv") if r["entry_no"] == str(person.entry_no)
    )
    assert row["label"] == row["names"] == "'=HYPERLINK(1)"
