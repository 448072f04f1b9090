"""The facility facet's labels are read once per version of the labels, not per edit of
an entry, and follow a facility's renaming and hiding at once."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.public import facets
from victimsdb.web.records.models import Facility, FacilityName, Person

pytestmark = pytest.mark.django_db


def facility_labels(client: Client) -> dict[str, str]:
    body = client.get("/api/v1/persons").json()
    return {item["value"]: item["label"] for item in body["facets"]["facility"]}


@pytest.fixture
def label_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One item per reading of every facility's labels."""
    reads: list[int] = []
    original = facets._public_facility_labels

    def spy() -> Any:
        reads.append(1)
        return original()

    monkeypatch.setattr(facets, "_public_facility_labels", spy)
    return reads


def test_an_edit_of_an_entry_does_not_read_the_labels_again(
    client: Client, label_reads: list[int]
) -> None:
    assert facility_labels(client)
    person = Person.objects.filter(events__facility__isnull=False).first()
    person.status_override = "released"
    person.save()
    facility_labels(client)
    assert len(label_reads) == 1


def test_a_renamed_facility_is_labelled_by_its_new_name_at_once(client: Client) -> None:
    value, _ = next(iter(facility_labels(client).items()))
    name = FacilityName.objects.filter(facility_id=int(value)).order_by("pk").first()
    name.text = "Renamed Facility"
    name.save()
    assert facility_labels(client)[value] == "Renamed Facility"


def test_a_hidden_facility_leaves_the_labels_at_once(client: Client) -> None:
    value, _ = next(iter(facility_labels(client).items()))
    facility = Facility.objects.get(pk=int(value))
    facility.visibility = "restricted"
    facility.save()
    assert value not in facility_labels(client)
