"""The generator: persons in families, and for each person its source rows and queries.

Everything is drawn from `random.Random` streams seeded from one seed, so a
seed always gives the same data. Persons come from their own stream: the same
seed gives the same persons whatever the number of rows or queries asked for.
Everything is generated lazily, one family at a time.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace

from victimsdb.core.synth.families import family
from victimsdb.core.synth.people import Person
from victimsdb.core.synth.queries import Query, queries_for
from victimsdb.core.synth.rows import Record, records_for


@dataclass(frozen=True, slots=True)
class Sample:
    """One person with the rows sources give about them and the queries that should find them."""

    person: Person
    records: list[Record]
    queries: list[Query]


def generate_persons(count: int, seed: int = 0) -> Iterator[Person]:
    """`count` persons, family by family (P0000001, P0000002, ...)."""
    rng = random.Random(seed)
    number, family_number = 1, 1
    while number <= count:
        members = family(rng, family_number, number)
        if number + len(members) - 1 > count:  # the last family is cut: drop ties to the cut
            members = [_ties_within(person, count) for person in members[: count - number + 1]]
        yield from members
        number += len(members)
        family_number += 1


def _ties_within(person: Person, count: int) -> Person:
    kept = tuple(tie for tie in person.relations if int(tie.other[1:]) <= count)
    return replace(person, relations=kept)


def generate_samples(
    count: int,
    seed: int = 0,
    rows_per_person: int = 3,
    queries_per_person: int = 1,
    noise: float = 0.3,
) -> Iterator[Sample]:
    """Every person with `rows_per_person` rows and `queries_per_person` queries."""
    rows_rng = random.Random(f"rows:{seed}")
    queries_rng = random.Random(f"queries:{seed}")
    for person in generate_persons(count, seed):
        records = records_for(person, rows_per_person, rows_rng, noise)
        queries = queries_for(person, queries_rng, queries_per_person)
        yield Sample(person, records, queries)
