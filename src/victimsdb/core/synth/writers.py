"""Writing a synthetic dataset: the persons CSV, its truth, the queries and the family ties.

Files, all UTF-8 with a header row:

- `persons.csv`: the rows, in exactly the importer's columns (`person_import`),
  shuffled so that a person's rows are not adjacent; `external_id` is S00000001...
- `truth.tsv`: `external_id`, `person_id`: which rows are the same person.
- `queries.tsv`: `query`, `person_id`, `style`, `misspelt`: search evaluation.
- `relations.tsv`: `person_id`, `relation`, `other_person_id`: the relatives
  who must stay apart (`relation` is what the other is to the person).
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from victimsdb.core.person_import import COLUMNS
from victimsdb.core.synth.generate import Sample, generate_samples
from victimsdb.core.synth.people import Person
from victimsdb.core.synth.queries import Query
from victimsdb.core.synth.rows import Record, curated
from victimsdb.core.synth.shuffle import shuffled


def write_persons_csv(
    out: TextIO, records: Iterable[Record], truth: TextIO | None = None, prefix: str = "S"
) -> int:
    """Write `records` in the importer's columns, and with `truth` each row's person.

    Return the number of rows. External ids are `prefix` and the row number.
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    if truth is not None:
        truth.write("external_id\tperson_id\n")
    count = 0
    for count, record in enumerate(records, start=1):
        external_id = f"{prefix}{count:08d}"
        writer.writerow(record.cells(external_id))
        if truth is not None:
            truth.write(f"{external_id}\t{record.person_id}\n")
    return count


def write_queries_tsv(out: TextIO, queries: Iterable[Query], header: bool = True) -> int:
    """Write search queries with the person each should find. Return the count."""
    if header:
        out.write("query\tperson_id\tstyle\tmisspelt\n")
    count = 0
    for query in queries:
        out.write(f"{query.text}\t{query.person_id}\t{query.style.value}\t{int(query.misspelt)}\n")
        count += 1
    return count


def write_relations_tsv(out: TextIO, persons: Iterable[Person], header: bool = True) -> int:
    """Write every family tie between generated persons. Return the count."""
    if header:
        out.write("person_id\trelation\tother_person_id\n")
    count = 0
    for person in persons:
        for tie in person.relations:
            out.write(f"{person.person_id}\t{tie.kind.value}\t{tie.other}\n")
            count += 1
    return count


@dataclass(frozen=True)
class Settings:
    """What to generate."""

    persons: int
    seed: int = 0
    rows_per_person: int = 3
    queries_per_person: int = 1
    noise: float = 0.3
    shuffle_window: int = 100_000
    curated: bool = False  # one row per person holding all its rows' names


@dataclass
class Summary:
    """What was written."""

    persons: int = 0
    rows: int = 0
    queries: int = 0
    relations: int = 0


FILES = ("persons.csv", "truth.tsv", "queries.tsv", "relations.tsv")


def write_dataset(directory: Path, settings: Settings) -> Summary:
    """Generate a dataset and write its four files into `directory`, streaming."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / name for name in FILES]
    summary = Summary()
    with (
        paths[0].open("w", encoding="utf-8", newline="") as persons_csv,
        paths[1].open("w", encoding="utf-8", newline="\n") as truth,
        paths[2].open("w", encoding="utf-8", newline="\n") as queries,
        paths[3].open("w", encoding="utf-8", newline="\n") as relations,
    ):
        write_queries_tsv(queries, ())
        write_relations_tsv(relations, ())
        samples = generate_samples(
            settings.persons,
            settings.seed,
            settings.rows_per_person,
            settings.queries_per_person,
            settings.noise,
        )
        records = _records(samples, summary, queries, relations, settings.curated)
        rng = random.Random(f"shuffle:{settings.seed}")
        window = max(1, settings.shuffle_window)
        summary.rows = write_persons_csv(persons_csv, shuffled(records, rng, window), truth)
    return summary


def _records(
    samples: Iterable[Sample], summary: Summary, queries: TextIO, relations: TextIO, merge: bool
) -> Iterator[Record]:
    """The samples' rows (merged into one per person with `merge`); their queries and
    family ties are written as they pass."""
    for sample in samples:
        summary.persons += 1
        summary.queries += write_queries_tsv(queries, sample.queries, header=False)
        summary.relations += write_relations_tsv(relations, [sample.person], header=False)
        yield from [curated(sample.records)] if merge else sample.records
