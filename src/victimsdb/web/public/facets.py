"""Facets of the public list: counts by status, ethnicity, gender, verification,
hometown prefecture and county, facility and year detained.

Counts are taken over the current result set (query and other filters
applied), so they combine. The person facets are tallied from groups of their
columns: counted in SQL (one GROUP BY for all of them) for the list without a
name query, or the rows of the persons a name query found (one row each); the
facility facet through events. Both present the tally the same way. Places
and facilities are offered only when they are public, and a facility counts
only through public events. A person counts under a
hometown county or prefecture (and is found by filtering on it) only when
their consent lets public outputs place them that precisely
(`place_granularity`): otherwise a facet would tell what the entry page hides.

The list's counts are summed from blocks of persons (`counted`), each counted
once per version of its block (`freshness`): after an edit of one entry, one
block of five thousand is counted again, not a million entries.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

from django.db.models import Count, F, Q, QuerySet

from victimsdb.core.vocabulary import Ethnicity, Gender, PlaceGranularity, Status, Verification
from victimsdb.web.public.blockcounts import summed
from victimsdb.web.public.freshness import BLOCK, cached_labels
from victimsdb.web.public.placetree import place_tree
from victimsdb.web.public.policy import PUBLIC, consented_facilities, is_public, public_persons
from victimsdb.web.records.models import Event, Facility, FacilityName, Person, Place

Facet = list[dict[str, Any]]
Tally = dict[str, int]


@dataclass(frozen=True)
class FacetField:
    """A filterable field: its parameter, the column it tallies, how to check,
    filter and label its values."""

    name: str
    column: str  # the Person column, or "facility" (tallied through events)
    check: Callable[[str], str | None]  # an error message, or None when the value is valid
    filter: Callable[[QuerySet[Person], str], QuerySet[Person]]
    labels: Callable[[Iterable[str]], dict[str, str]]  # the values that may be shown
    by_value: bool = False  # listed in value order (years), not by count
    # The place granularities (consent) that let a person count under this facet's
    # values; None: every person counts.
    granularities: frozenset[str] | None = None

    def present(self, tally: Tally) -> Facet:
        labels = self.labels([value for value in tally if value])
        facet = [
            {"value": value, "label": labels[value], "count": count}
            for value, count in tally.items()
            if value in labels
        ]
        order = (lambda item: item["value"]) if self.by_value else _by_count
        return sorted(facet, key=order)


def _by_count(item: dict[str, Any]) -> tuple[int, str]:
    return -item["count"], item["label"]


def _enum_facet(field: str, enum: type[Any]) -> FacetField:
    def check(value: str) -> str | None:
        if value in {member.value for member in enum}:
            return None
        allowed = ", ".join(member.value for member in enum)
        return f"unknown {field} {value!r}; use one of: {allowed}"

    def labels(values: Iterable[str]) -> dict[str, str]:
        return {value: value.replace("_", " ") for value in values}

    return FacetField(
        field, field, check, lambda persons, value: persons.filter(**{field: value}), labels
    )


def _place_labels(values: Iterable[str]) -> dict[str, str]:
    """Labels of the public places among the values (from the place tree: no query)."""
    tree = place_tree()
    nodes = (tree.get(int(value)) for value in values if value.isdigit())
    return {str(node.id): node.label for node in nodes if node is not None and node.public}


def _facility_labels(values: Iterable[str]) -> dict[str, str]:
    """Labels of the public facilities among the values: each one's first name, as its
    str() gives it (every public facility's, read once per version of the labels:
    `freshness.cached_labels`)."""
    known = cached_labels("facility-labels", _public_facility_labels)
    return {value: known[value] for value in values if value in known}


def _public_facility_labels() -> dict[str, str]:
    public = set(Facility.objects.filter(PUBLIC).values_list("pk", flat=True))
    first: dict[int, str] = {}
    # `in_ids`: Django's `__in` prepares each of thousands of ids, one by one (a third
    # of the labels' 50 ms after every change to every block among 100,000 entries).
    names = FacilityName.objects.filter(facility__id__in_ids=public).order_by("pk")
    for owner, text in names.values_list("facility_id", "text"):
        first.setdefault(owner, text)
    return {str(pk): first.get(pk, f"facility {pk}") for pk in public}


def _place_facet(field: str, granularities: frozenset[str]) -> FacetField:
    def check(value: str) -> str | None:
        known = value.isdigit() and Place.objects.filter(PUBLIC, pk=int(value)).exists()
        return None if known else f"unknown {field} {value!r}: give the id of a public place"

    def place_filter(persons: QuerySet[Person], value: str) -> QuerySet[Person]:
        return persons.filter(Q(**{field: value}), place_granularity__in=sorted(granularities))

    return FacetField(
        field,
        f"{field}_id",
        check,
        place_filter,
        _place_labels,
        False,
        granularities,
    )


# An empty granularity reads as the default, county (as the entry page does).
_COUNTY_OR_FINER = frozenset({"", PlaceGranularity.VILLAGE, PlaceGranularity.COUNTY})
_PREFECTURE_OR_FINER = _COUNTY_OR_FINER | {PlaceGranularity.PREFECTURE}


def _check_facility(value: str) -> str | None:
    facility = Facility.objects.filter(pk=int(value)).first() if value.isdigit() else None
    return (
        None
        if is_public(facility)
        else f"unknown facility {value!r}: give the id of a public facility"
    )


def _filter_facility(persons: QuerySet[Person], value: str) -> QuerySet[Person]:
    events = Event.objects.filter(PUBLIC, consented_facilities(), facility_id=int(value))
    return persons.filter(pk__in=events.values("person_id"))


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
        _place_facet("prefecture", _PREFECTURE_OR_FINER),
        _place_facet("county", _COUNTY_OR_FINER),
        FacetField(
            "facility",
            "facility",
            _check_facility,
            _filter_facility,
            _facility_labels,
        ),
        FacetField(
            "year",
            "detained_year",
            _check_year,
            lambda persons, value: persons.filter(detained_year=int(value)),
            lambda values: {value: value for value in values},
            by_value=True,
        ),
    )
}
PERSON_COLUMNS = {name: f.column for name, f in FACETS.items() if f.column != "facility"}


FACET_ROW = ("pk", "place_granularity", *PERSON_COLUMNS.values())
"""The columns `facet_counts_of` counts: read them with `values_list(*FACET_ROW)`."""


def facet_counts(persons: QuerySet[Person]) -> dict[str, Facet]:
    """Every facet's values and counts over these persons, counted in SQL now."""
    return present(tallies_of(persons))


def counted(persons: QuerySet[Person], name: str) -> dict[str, Tally]:
    """The tallies of `tallies_of`, summed from the blocks of persons, each block counted
    once per its version (blockcounts). `name` says which persons these are (the
    filters): the counts are cached under it."""
    tallies = partial(_block_tallies, persons)
    totals = summed(f"tally:{rules()}:{name}", tallies, pinned=not name)
    return {facet: totals.get(facet, {}) for facet in FACETS}


def count_the_public_list() -> None:
    """Count the list without a name or filters now, and keep its counts in the database
    (`tallystore`) for every server process: a loader calls this once its data has
    committed, so that the first visitor after a bulk import does not wait for every
    block to be counted."""
    counted(public_persons(), "")


@cache
def rules() -> str:
    """A digest of what decides the counts: the SQL that counts a block of the public
    list (who is public, which events and facilities count, by consent) and the code
    that tallies its rows (this module).

    Counts kept in the database outlive the process, and the release, that counted
    them. Their name carries this digest, so that rows counted by other rules (a
    release that counts another way, or narrows what is public) are never read."""
    scope = public_persons().filter(pk__gte=0, pk__lt=BLOCK)
    queries = [_groups_by_block(scope), _facility_events_by_block(scope, range(BLOCK))]
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for query in queries:
        digest.update(repr(query.query.sql_with_params()).encode())
    return digest.hexdigest()[:12]


def _block_tallies(persons: QuerySet[Person], blocks: list[int]) -> dict[int, dict[str, Tally]]:
    """The tallies of each of these blocks: one GROUP BY for each run of neighbouring
    blocks (all of them after a change to every block; one after an edit of an entry)."""
    tallies: dict[int, dict[str, Tally]] = {}
    for first, last in _runs(sorted(blocks)):
        scope = persons.filter(pk__gte=first * BLOCK, pk__lt=(last + 1) * BLOCK)
        groups: dict[int, list[tuple[Sequence[Any], int]]] = {
            block: [] for block in range(first, last + 1)
        }
        for block, *values, n in _groups_by_block(scope):
            groups[block].append((values, n))
        facilities = _facility_tallies(scope, range(first * BLOCK, (last + 1) * BLOCK))
        for block, rows in groups.items():
            tallies[block] = {**_tally(rows), "facility": facilities.get(block, {})}
    return tallies


def _groups_by_block(persons: QuerySet[Person]) -> QuerySet[Any]:
    """Rows of (block, granularity, *the person facets' columns, persons)."""
    by_block = persons.annotate(block=F("pk") / BLOCK).values_list("block", *FACET_ROW[1:])
    return by_block.annotate(n=Count("*")).order_by()


def _runs(blocks: list[int]) -> list[tuple[int, int]]:
    """The sorted blocks as runs of neighbours: [1, 2, 3, 7] gives (1, 3) and (7, 7)."""
    runs: list[tuple[int, int]] = []
    for block in blocks:
        if runs and runs[-1][1] == block - 1:
            runs[-1] = (runs[-1][0], block)
        else:
            runs.append((block, block))
    return runs


def entry_count(tallies: dict[str, Tally]) -> int:
    """How many persons were tallied: each counts once under some status (or none)."""
    return sum(tallies["status"].values())


def tallies_of(persons: QuerySet[Person]) -> dict[str, Tally]:
    """Each facet's counts by value (before labels) over these persons: one GROUP BY over
    every person facet's column (some thousands of groups), one pass over the persons
    rather than one per facet (each was a scan, or an index walk with a read per row)."""
    groups = persons.values_list(*FACET_ROW[1:]).annotate(n=Count("*")).order_by()
    tallies = _tally((row[:-1], row[-1]) for row in groups)
    tallies["facility"] = _facility_tally(persons)
    return tallies


def facet_counts_of(rows: Sequence[Sequence[Any]]) -> dict[str, Facet]:
    """The same as `facet_counts`, from rows of FACET_ROW already read (a few thousand
    persons found by a name: the query that found them, not one per facet)."""
    tallies = _tally_rows(rows)
    tallies["facility"] = _facility_tally_of({row[0] for row in rows})
    return present(tallies)


def _tally_rows(rows: Sequence[Sequence[Any]]) -> dict[str, Tally]:
    """`_tally` of rows of FACET_ROW, one person each, a column at a time: each column's
    values (with the granularity, where consent decides) are counted by `Counter`
    first, and only the distinct ones are read as `_tally` reads every row (a quarter
    of its time for the ten thousand persons a common name finds)."""
    if not rows:
        return {name: {} for name in PERSON_COLUMNS}
    columns = list(zip(*rows, strict=True))
    granularity = columns[1]
    tallies: dict[str, Tally] = {}
    for name, column in zip(PERSON_COLUMNS, columns[2:], strict=True):
        consent = FACETS[name].granularities
        tally: Counter[str] = Counter()
        if consent is None:
            for value, persons in Counter(column).items():
                tally[_text(value)] += persons
        else:
            for (granted, value), persons in Counter(zip(granularity, column, strict=True)).items():
                tally[_text(value) if granted in consent else ""] += persons
        tallies[name] = dict(tally)
    return tallies


def _tally(groups: Iterable[tuple[Sequence[Any], int]]) -> dict[str, Tally]:
    """Each person facet's counts from groups of (place granularity, *the facets'
    columns) with the number of persons in each; a place counts only with consent."""
    tallies: dict[str, Counter[str]] = {name: Counter() for name in PERSON_COLUMNS}
    for values, persons in groups:
        granularity = values[0]
        for name, value in zip(PERSON_COLUMNS, values[1:], strict=True):
            tallies[name][_text(value) if _consents(FACETS[name], granularity) else ""] += persons
    return {name: dict(tally) for name, tally in tallies.items()}


def _consents(facet: FacetField, granularity: str) -> bool:
    return facet.granularities is None or granularity in facet.granularities


def present(tallies: dict[str, Tally]) -> dict[str, Facet]:
    """The facets as shown: each value that may be shown, labelled, in order."""
    return {name: facet.present(tallies[name]) for name, facet in FACETS.items()}


def _facility_tally(persons: QuerySet[Person]) -> Tally:
    rows = _facility_events(persons).values_list("facility")
    return {_text(value): count for value, count in _persons_in(rows)}


def _facility_tally_of(ids: set[int]) -> Tally:
    """The facility tally of these persons (found by a name), grouped here, not in SQL.

    Asked to group them, SQLite walked every event held in a facility (its index on
    the facility gives the groups in order) rather than look up these persons' events,
    once the persons passed a few thousand: 250 ms for 10,000 persons among 100,000,
    against 80 to read their events by person and count them here (on a machine
    running slow that day)."""
    held: dict[object, set[int]] = defaultdict(set)
    for facility, person in _facility_events(ids).values_list("facility", "person_id"):
        held[facility].add(person)
    return {_text(facility): len(persons) for facility, persons in held.items()}


def _facility_tallies(persons: QuerySet[Person], ids: range) -> dict[int, Tally]:
    """The facility tally of each block of these persons, whose ids lie in `ids`.

    The range is said of the events too: without it, PostgreSQL joined the persons
    against a scan of every event (190 ms a block at a million entries) rather than
    read the block's events by their person index."""
    tallies: dict[int, Tally] = {}
    for block, value, count in _facility_events_by_block(persons, ids):
        tallies.setdefault(block, {})[_text(value)] = count
    return tallies


def _facility_events_by_block(persons: QuerySet[Person], ids: range) -> QuerySet[Any]:
    """Rows of (block, facility, persons held there) for these persons."""
    in_range = Q(person_id__gte=ids.start, person_id__lt=ids.stop)
    events = _facility_events(persons).filter(in_range).annotate(block=F("person_id") / BLOCK)
    return _persons_in(events.values_list("block", "facility"))


def _facility_events(persons: QuerySet[Person] | set[int]) -> QuerySet[Event]:
    # Thousands of ids found by a name are written into the SQL (`in_ids`), not passed
    # as parameters that Django prepares one by one (a third of this query's time).
    of_persons = (
        Q(person__in=persons) if isinstance(persons, QuerySet) else Q(person__id__in_ids=persons)
    )
    return Event.objects.filter(PUBLIC, consented_facilities(), of_persons, facility__isnull=False)


def _persons_in(groups: QuerySet[Any]) -> QuerySet[Any]:
    return groups.annotate(n=Count("person", distinct=True)).order_by()


def _text(value: object) -> str:
    return "" if value is None else str(value)
