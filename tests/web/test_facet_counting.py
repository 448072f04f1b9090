"""The two ways of counting facets (in SQL for the list, in Python for the persons a
name found) agree, whatever values the entries hold."""

from typing import Any

import pytest

from victimsdb.core.vocabulary import (
    Ethnicity,
    Gender,
    PlaceGranularity,
    PlaceKind,
    Status,
    Verification,
)
from victimsdb.web.public.facets import FACET_ROW, facet_counts, facet_counts_of
from victimsdb.web.public.policy import public_persons
from victimsdb.web.records.models import Event, Facility, Person, Place

pytestmark = pytest.mark.django_db


@pytest.fixture
def varied_persons() -> None:
    """Public entries over many combinations of facet values, hometowns and consents."""
    counties = list(Place.objects.filter(kind=PlaceKind.COUNTY).order_by("pk")[:3])
    consents = ["", *PlaceGranularity]
    persons = []
    values = zip([*Status] * 3, [*Ethnicity] * 4, [*Gender] * 5, [*Verification] * 3, strict=False)
    for index, (status, ethnicity, gender, verification) in enumerate(values):
        persons.append(
            Person(
                publication="published",
                visibility="public",
                status=status,
                ethnicity=ethnicity,
                gender=gender,
                verification=verification,
                hometown=counties[index % len(counties)],
                place_granularity=consents[index % len(consents)],
            )
        )
    for person in persons:
        person.save()


@pytest.fixture
def held_persons(varied_persons: None) -> None:
    """Persons held in two facilities, twice in one of them, and in one that is not
    public."""
    shown, other = Facility.objects.create(), Facility.objects.create()
    hidden = Facility.objects.create(visibility="confidential")
    persons = list(Person.objects.order_by("-pk")[:6])
    for index, person in enumerate(persons):
        Event.objects.create(person=person, facility=shown)
        if index % 2:
            Event.objects.create(person=person, facility=shown)  # held there twice
        if index % 3 == 0:
            Event.objects.create(person=person, facility=other)
        Event.objects.create(person=person, facility=hidden)


def test_sql_and_python_counts_agree(varied_persons: None) -> None:
    persons = public_persons()
    assert facet_counts(persons) == facet_counts_of(list(persons.values_list(*FACET_ROW)))


def test_sql_and_python_counts_agree_under_a_filter(varied_persons: None) -> None:
    persons = public_persons().filter(gender=Gender.FEMALE)
    assert facet_counts(persons) == facet_counts_of(list(persons.values_list(*FACET_ROW)))


def test_each_few_valued_facet_adds_up_to_the_total(varied_persons: None) -> None:
    persons = public_persons()
    total = persons.count()
    counts: dict[str, Any] = facet_counts(persons)
    for name in ("status", "ethnicity", "gender", "verification"):
        assert sum(item["count"] for item in counts[name]) == total, name


def test_sql_and_python_count_each_person_once_per_facility(held_persons: None) -> None:
    persons = public_persons()
    in_sql = facet_counts(persons)
    assert in_sql == facet_counts_of(list(persons.values_list(*FACET_ROW)))
    assert sorted(item["count"] for item in in_sql["facility"]) == [1, 2, 6]
