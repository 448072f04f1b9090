"""The public list of entries: its parameters, checked, and the query they make.

The HTML list, its CSV and the JSON API share this, so all accept the same
parameters and give the same answers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import takewhile
from typing import overload

from django.db.models import QuerySet
from django.http import QueryDict

from victimsdb.core.vocabulary import Disclosure
from victimsdb.web.public.facets import (
    FACET_ROW,
    FACETS,
    counted,
    entry_count,
    facet_counts_of,
    present,
)
from victimsdb.web.public.freshness import cached
from victimsdb.web.public.policy import PUBLIC, public_persons
from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.query import MAX_HITS, Candidate, Hit, explain, rank

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


class ListCounts:
    """The counts of a list without a name (its facets and its number of entries): added
    up from the counts kept per block of persons (blockcounts) at most once a request,
    labelled and cached once per version of the public data and set of filters."""

    def __init__(self, scope: QuerySet[Person], filters: dict[str, str]):
        self.scope = scope
        self.key = _filters_key(filters)
        self._tallies: dict[str, dict[str, int]] | None = None

    def tallies(self) -> dict[str, dict[str, int]]:
        if self._tallies is None:
            self._tallies = counted(self.scope, self.key)
        return self._tallies

    def facets(self) -> dict[str, list[dict[str, object]]]:
        return cached("facets:" + self.key, lambda: present(self.tallies()))

    def total(self) -> int:
        return cached("count:" + self.key, lambda: entry_count(self.tallies()))


class Results:
    """The matching entries in order, the facets over them, and for a name query how
    each one shown matched."""

    def __init__(self, persons: Sequence[Person], counts: ListCounts | None = None):
        self.persons = persons
        self.counts = counts  # a list without a name: its counts
        self.truncated = False  # a name query's matches were cut at MAX_HITS

    def match_of(self, person: Person) -> dict[str, object] | None:
        return None

    def tied_best(self) -> int | None:
        """For a name query, how many entries match as well as the first (None without
        a name)."""
        return None

    def facets(self) -> dict[str, list[dict[str, object]]]:
        assert self.counts is not None  # a name query's results count their own
        return self.counts.facets()


class CountedEntries(Sequence[Person]):
    """The entries of a list without a name, in order, their number added up from the
    facet counts of each block of persons (ListCounts): among a million entries,
    counting them again for every page read is most of the page's time."""

    ordered = True  # by entry number (the paginator asks)

    def __init__(self, entries: QuerySet[Person], counts: ListCounts):
        # Not named `ordered`: the paginator reads that name as "is the list ordered?",
        # and the truth of a queryset is all its rows, fetched.
        self.entries = entries
        self.counts = counts

    def __len__(self) -> int:
        # The paginator asks len(): Sequence's own count(value) takes an argument.
        return self.counts.total()

    @overload
    def __getitem__(self, index: int) -> Person: ...
    @overload
    def __getitem__(self, index: slice) -> list[Person]: ...
    def __getitem__(self, index: int | slice) -> Person | list[Person]:
        if isinstance(index, int):
            return self.entries[index]
        return list(self.entries[index])

    def __iter__(self) -> Iterator[Person]:
        # One query for all, not Sequence's one per index.
        return iter(self.entries)


def _filters_key(filters: dict[str, str]) -> str:
    return "&".join(f"{k}={v}" for k, v in sorted(filters.items()))


class NameResults(Results, Sequence[Person]):
    """The entries a name query found, best first. Only the entries read (a page, an
    export) are compared with the query in full and explained."""

    def __init__(
        self,
        text: str,
        candidates: list[Candidate],
        rows: Sequence[Sequence[object]],
        truncated: bool = False,
    ):
        super().__init__(self)
        self.rows = rows  # FACET_ROW of every person found
        self.truncated = truncated  # more than MAX_HITS persons matched
        self.text = text
        self.candidates = candidates
        self.hits: dict[int, Hit] = {}

    def __len__(self) -> int:
        return len(self.candidates)

    @overload
    def __getitem__(self, index: int) -> Person: ...
    @overload
    def __getitem__(self, index: slice) -> list[Person]: ...
    def __getitem__(self, index: int | slice) -> Person | list[Person]:
        if isinstance(index, int):
            return self[index : index + 1][0]
        hits = explain(self.text, self.candidates[index], Name.objects.filter(PUBLIC))
        self.hits.update((hit.person.pk, hit) for hit in hits)
        return [hit.person for hit in hits]

    def match_of(self, person: Person) -> dict[str, object] | None:
        hit = self.hits.get(person.pk)
        if hit is None:
            return None
        return {"score": hit.score, "matched_name": hit.matched_name, "why": hit.explanation}

    def tied_best(self) -> int:
        """How many entries the ranking scores as high as the first, at the precision
        a score is shown (two decimals): namesakes, usually (hundreds of *Gulnar Memet*
        among a million), whom no name search can tell apart and whom only a filter (a
        county, a year) or another name narrows. The spelling tie-break (a thousandth at
        most) orders them by spelling; it does not tell them apart, so it is not
        counted, as the benchmark's recall with ties shared does not count it."""
        if not self.candidates:
            return 0
        best = _shown(self.candidates[0].score)
        return sum(1 for _ in takewhile(lambda c: _shown(c.score) == best, self.candidates))

    def facets(self) -> dict[str, list[dict[str, object]]]:
        return facet_counts_of(self.rows)


def _shown(score: float) -> int:
    """A score at the precision the list shows it: hundredths, not rounded up."""
    return int(score * 100 + 1e-9)


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
        counts = ListCounts(ordered, query.filters)
        return Results(CountedEntries(ordered, counts), counts)
    # With filters, every match is filtered before the cap (a common name in one
    # county must not lose its matches to namesakes elsewhere); without, the best
    # MAX_HITS are kept.
    candidates = rank(query.q, public=True, limit=None if query.filters else MAX_HITS + 1)
    # The index reads only rows flagged public; the policy's own query is the guard
    # (and applies the facet filters), and reads what the facets count in passing.
    # Entries whose names are withheld are never found by name.
    named = persons.filter(disclosure=Disclosure.FULL)
    ids = {c.person_id for c in candidates}  # a set: `lookups`
    rows = list(named.filter(pk__in_ids=ids).values_list(*FACET_ROW))
    allowed = {row[0] for row in rows}
    kept = [c for c in candidates if c.person_id in allowed]
    found = {c.person_id for c in kept[:MAX_HITS]}
    shown_rows = [row for row in rows if row[0] in found]
    return NameResults(query.q, kept[:MAX_HITS], shown_rows, truncated=len(kept) > MAX_HITS)


def _page(value: str | None) -> int:
    if value is None or value == "":
        return 1
    if not value.isdigit() or int(value) < 1:
        raise BadQuery(f"page must be a positive whole number, not {value!r}")
    return int(value)
