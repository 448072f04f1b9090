"""Facets of the public list: counts by status, ethnicity, gender, verification,
hometown prefecture and county, facility and year detained.

Counts are taken over the current result set (query and other filters
applied), so they combine. Places and facilities are offered only when they
are public, and a facility counts only through public events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, QuerySet

from victimsdb.core.vocabulary import Ethnicity, Gender, Status, Verification
from victimsdb.web.public.policy import PUBLIC, is_public
from victimsdb.web.records.models import Event, Facility, Person, Place

Facet = list[dict[str, Any]]


@dataclass(frozen=True)
class FacetField:
    """A filterable field: its parameter name, how to count it, how to check a value."""

    name: str
    count: Callable[[QuerySet[Person]], Facet]
    check: Callable[[str], str | None]  # an error message, or None when the value is valid
    filter: Callable[[QuerySet[Person], str], QuerySet[Person]]


def _enum_facet(field: str, enum: type[Any]) -> FacetField:
    def count(persons: QuerySet[Person]) -> Facet:
        rows = persons.values(field).annotate(n=Count("id")).order_by("-n", field)
        return [
            {"value": row[field], "label": row[field].replace("_", " "), "count": row["n"]}
            for row in rows
            if row[field]
        ]

    def check(value: str) -> str | None:
        if value in {member.value for member in enum}:
            return None
        allowed = ", ".join(member.value for member in enum)
        return f"unknown {field} {value!r}; use one of: {allowed}"

    return FacetField(field, count, check, lambda persons, value: persons.filter(**{field: value}))


def _place_facet(field: str) -> FacetField:
    def count(persons: QuerySet[Person]) -> Facet:
        rows = persons.exclude(**{f"{field}__isnull": True}).values(field).annotate(n=Count("id"))
        places = (
            Place.objects.filter(PUBLIC)
            .prefetch_related("names")
            .in_bulk([row[field] for row in rows])
        )
        facet = [
            {"value": str(row[field]), "label": str(places[row[field]]), "count": row["n"]}
            for row in rows
            if row[field] in places
        ]
        return sorted(facet, key=lambda item: (-item["count"], item["label"]))

    def check(value: str) -> str | None:
        known = value.isdigit() and Place.objects.filter(PUBLIC, pk=int(value)).exists()
        return None if known else f"unknown {field} {value!r}: give the id of a public place"

    return FacetField(field, count, check, lambda persons, value: persons.filter(**{field: value}))


def _count_facilities(persons: QuerySet[Person]) -> Facet:
    events = Event.objects.filter(PUBLIC, person__in=persons, facility__isnull=False)
    rows = events.values("facility").annotate(n=Count("person", distinct=True))
    facilities = (
        Facility.objects.filter(PUBLIC)
        .prefetch_related("names")
        .in_bulk([row["facility"] for row in rows])
    )
    facet = [
        {
            "value": str(row["facility"]),
            "label": str(facilities[row["facility"]]),
            "count": row["n"],
        }
        for row in rows
        if row["facility"] in facilities
    ]
    return sorted(facet, key=lambda item: (-item["count"], item["label"]))


def _check_facility(value: str) -> str | None:
    facility = Facility.objects.filter(pk=int(value)).first() if value.isdigit() else None
    return (
        None
        if is_public(facility)
        else f"unknown facility {value!r}: give the id of a public facility"
    )


def _filter_facility(persons: QuerySet[Person], value: str) -> QuerySet[Person]:
    held = Event.objects.filter(PUBLIC, facility_id=int(value)).values("person_id")
    return persons.filter(pk__in=held)


def _count_years(persons: QuerySet[Person]) -> Facet:
    rows = (
        persons.exclude(detained_year__isnull=True).values("detained_year").annotate(n=Count("id"))
    )
    return [
        {"value": str(row["detained_year"]), "label": str(row["detained_year"]), "count": row["n"]}
        for row in rows.order_by("detained_year")
    ]


def _check_year(value: str) -> str | None:
    return (
        None if value.isdigit() and 1900 <= int(value) <= 2100 else f"year {value!r} is not a year"
    )


FACETS: dict[str, FacetField] = {
    facet.name: facet
    for facet in (
        _enum_facet("status", Status),
        _enum_facet("ethnicity", Ethnicity),
        _enum_facet("gender", Gender),
        _enum_facet("verification", Verification),
        _place_facet("prefecture"),
        _place_facet("county"),
        FacetField("facility", _count_facilities, _check_facility, _filter_facility),
        FacetField(
            "year",
            _count_years,
            _check_year,
            lambda persons, value: persons.filter(detained_year=int(value)),
        ),
    )
}


def facet_counts(persons: QuerySet[Person]) -> dict[str, Facet]:
    """Every facet's values and counts over these persons."""
    return {name: facet.count(persons) for name, facet in FACETS.items()}
