"""The public list of entries: its filters, checked, and the query they make.

The HTML list and the JSON API share this, so both accept the same
parameters and give the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from django.db.models import QuerySet
from django.http import QueryDict

from victimsdb.core.vocabulary import Ethnicity, Status
from victimsdb.web.public.policy import PUBLIC, public_persons
from victimsdb.web.records.models import Name, Person

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


def run_query(query: PersonQuery) -> QuerySet[Person]:
    """The public entries matching the query, in entry-number order."""
    persons = public_persons()
    if query.status:
        persons = persons.filter(status=query.status.value)
    if query.ethnicity:
        persons = persons.filter(ethnicity=query.ethnicity.value)
    if query.q:
        # Plain substring search over public names until the cross-script
        # search index (issue 3) replaces it.
        matching = Name.objects.filter(PUBLIC, text__icontains=query.q).values("person_id")
        persons = persons.filter(pk__in=matching, disclosure="full")
    return persons.order_by("entry_no")


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
