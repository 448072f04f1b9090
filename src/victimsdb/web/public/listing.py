"""The public list of entries: its filters, checked, and the query they make.

The HTML list and the JSON API share this, so both accept the same
parameters and give the same answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from django.db.models import QuerySet
from django.http import QueryDict

from victimsdb.core.vocabulary import Disclosure, Ethnicity, Status
from victimsdb.web.public.policy import PUBLIC, public_persons
from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.query import Hit, search_names

E = TypeVar("E", bound=StrEnum)
PAGE_SIZE = 25
MAX_QUERY_LENGTH = 200
ALLOWED = {"q", "status", "ethnicity", "page", "format"}


class BadQuery(ValueError):
    """A list parameter that cannot be answered; the message says why."""


@dataclass(frozen=True)
class PersonQuery:
    q: str = ""
    status: Status | None = None
    ethnicity: Ethnicity | None = None
    page: int = 1


def parse_query(params: QueryDict) -> PersonQuery:
    """Check the list parameters; raise BadQuery with a message a user can act on."""
    unknown = sorted(set(params) - ALLOWED)
    if unknown:
        raise BadQuery(
            f"unknown parameter(s): {', '.join(unknown)}; allowed: {', '.join(sorted(ALLOWED))}"
        )
    q = " ".join(params.get("q", "").split())
    if len(q) > MAX_QUERY_LENGTH:
        raise BadQuery(f"q is longer than {MAX_QUERY_LENGTH} characters")
    if any(not char.isprintable() for char in q):
        raise BadQuery("q contains control characters")
    return PersonQuery(
        q=q,
        status=_enum(Status, "status", params.get("status")),
        ethnicity=_enum(Ethnicity, "ethnicity", params.get("ethnicity")),
        page=_page(params.get("page")),
    )


@dataclass(frozen=True)
class Results:
    """The matching entries in order, and for a name query how each one matched."""

    persons: Sequence[Person] | QuerySet[Person]
    hits: dict[int, Hit] = field(default_factory=dict)

    def match_of(self, person: Person) -> dict[str, object] | None:
        hit = self.hits.get(person.pk)
        if hit is None:
            return None
        return {"score": hit.score, "matched_name": hit.matched_name, "why": hit.explanation}


def run_query(query: PersonQuery) -> Results:
    """The public entries matching the query: ranked by name similarity when there is
    a name, else in entry-number order."""
    persons = public_persons()
    if query.status:
        persons = persons.filter(status=query.status.value)
    if query.ethnicity:
        persons = persons.filter(ethnicity=query.ethnicity.value)
    if not query.q:
        return Results(persons.order_by("entry_no"))
    # Names of entries whose disclosure withholds them must not be searchable.
    named = persons.filter(disclosure=Disclosure.FULL)
    hits = search_names(query.q, named, Name.objects.filter(PUBLIC))
    return Results([hit.person for hit in hits], {hit.person.pk: hit for hit in hits})


def _enum(enum: type[E], name: str, value: str | None) -> E | None:
    if not value:
        return None
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise BadQuery(f"unknown {name} {value!r}; use one of: {allowed}") from None


def _page(value: str | None) -> int:
    if value is None or value == "":
        return 1
    if not value.isdigit() or int(value) < 1:
        raise BadQuery(f"page must be a positive whole number, not {value!r}")
    return int(value)
