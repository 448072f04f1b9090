"""The public list of entries: its parameters, checked, and the query they make.

The HTML list, its CSV and the JSON API share this, so all accept the same
parameters and give the same answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.http import QueryDict

from victimsdb.core.vocabulary import Disclosure
from victimsdb.web.public.facets import FACETS, facet_counts
from victimsdb.web.public.policy import PUBLIC, public_persons
from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.query import Hit, search_names

PAGE_SIZE = 25
MAX_QUERY_LENGTH = 200
ALLOWED = {"q", "page", "format", *FACETS}
FORMATS = ("html", "json", "csv")


class BadQuery(ValueError):
    """A list parameter that cannot be answered; the message says why."""


@dataclass(frozen=True)
class PersonQuery:
    q: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    page: int = 1
    format: str = "html"


@dataclass(frozen=True)
class Results:
    """The matching entries in order, and for a name query how each one matched."""

    persons: Sequence[Person] | QuerySet[Person]
    scope: QuerySet[Person]  # the same entries as a queryset, for facet counts
    hits: dict[int, Hit] = field(default_factory=dict)

    def match_of(self, person: Person) -> dict[str, object] | None:
        hit = self.hits.get(person.pk)
        if hit is None:
            return None
        return {"score": hit.score, "matched_name": hit.matched_name, "why": hit.explanation}

    def facets(self) -> dict[str, list[dict[str, object]]]:
        return facet_counts(self.scope)


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
    filters = {name: str(params.get(name)) for name in FACETS if params.get(name)}
    for name, value in filters.items():
        problem = FACETS[name].check(value)
        if problem:
            raise BadQuery(problem)
    answer = params.get("format") or "html"
    if answer not in FORMATS:
        raise BadQuery(f"unknown format {answer!r}; use one of: {', '.join(FORMATS)}")
    return PersonQuery(q=q, filters=filters, page=_page(params.get("page")), format=answer)


def run_query(query: PersonQuery) -> Results:
    """The public entries matching the query: ranked by name similarity when there is
    a name, else in entry-number order."""
    persons = public_persons()
    for name, value in query.filters.items():
        persons = FACETS[name].filter(persons, value)
    if not query.q:
        ordered = persons.order_by("entry_no")
        return Results(ordered, ordered)
    # Names of entries whose disclosure withholds them must not be searchable.
    named = persons.filter(disclosure=Disclosure.FULL)
    hits = search_names(query.q, named, Name.objects.filter(PUBLIC))
    scope = named.filter(pk__in=[hit.person.pk for hit in hits])
    return Results([hit.person for hit in hits], scope, {hit.person.pk: hit for hit in hits})


def _page(value: str | None) -> int:
    if value is None or value == "":
        return 1
    if not value.isdigit() or int(value) < 1:
        raise BadQuery(f"page must be a positive whole number, not {value!r}")
    return int(value)
