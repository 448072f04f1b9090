"""Loading a large synthetic dataset fast, for benchmarks only.

`victimsdb import` checks every row and writes claims, history and index rows
one entry at a time; for a million entries the benchmark instead writes
persons, names, events and index rows in bulk (no history, no claims), which
is what matters for measuring search. The index rows are built by the same
`rows_for` the live index uses, and timed apart as the index build. It ends as
`victimsdb import` does, counting the public list once (`count_the_public_list`),
timed apart too.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import connection, transaction

from victimsdb.core.names import detect_script
from victimsdb.core.vocabulary import Script
from victimsdb.web.public.facets import count_the_public_list
from victimsdb.web.public.freshness import bump
from victimsdb.web.records.models import (
    COUNTY_KINDS,
    PREFECTURE_KINDS,
    Event,
    Facility,
    FacilityName,
    Name,
    Person,
    Place,
    division_of,
)
from victimsdb.web.records.places import load_gazetteer, resolve_place
from victimsdb.web.search.indexing import Vocabulary, rows_for
from victimsdb.web.search.models import INDEX_VERSION, IndexState

BATCH = 5000
SCRIPTS = {script.value for script in Script}
EVENT_OF_STATUS = {"in_camp": "camp_internment", "imprisoned": "imprisonment"}


@dataclass
class LoadTimes:
    persons: int = 0
    names: int = 0
    keys: int = 0
    load_seconds: float = 0.0
    index_seconds: float = 0.0
    count_seconds: float = 0.0  # the public list's facets, counted at the end


def bulk_load(persons_csv: Path) -> tuple[LoadTimes, dict[str, int]]:
    """Load the file's rows as published entries; return timings and external_id -> entry_no."""
    times = LoadTimes()
    entry_of: dict[str, int] = {}
    lookups = _Lookups()
    started = time.perf_counter()
    next_entry = 1 + (
        Person.all_objects.order_by("-entry_no").values_list("entry_no", flat=True).first() or 0
    )
    vocabulary = Vocabulary()
    for rows in _batches(persons_csv):
        with transaction.atomic():
            people = [_person(row, next_entry + i, lookups) for i, row in enumerate(rows)]
            next_entry += len(people)
            Person.objects.bulk_create(people, batch_size=BATCH)
            saved = Person.all_objects.in_bulk([p.entry_no for p in people], field_name="entry_no")
            names = [
                Name(
                    person=saved[person.entry_no],
                    text=text,
                    kind="primary" if i == 0 else "alias",
                    script=_script(text),
                )
                for person, row in zip(people, rows, strict=True)
                for i, text in enumerate(_split(row["names"]))
            ]
            Name.objects.bulk_create(names, batch_size=BATCH)
            Event.objects.bulk_create(
                [
                    e
                    for person, row in zip(people, rows, strict=True)
                    if (e := _event(saved[person.entry_no], row, lookups))
                ],
                batch_size=BATCH,
            )
        for person, row in zip(people, rows, strict=True):
            entry_of[row["external_id"]] = person.entry_no
        times.persons += len(people)
        times.names += len(names)
        index_started = time.perf_counter()
        with transaction.atomic():
            by_id = {person.pk: person for person in saved.values()}
            times.keys += rows_for(_with_ids(names), by_id, vocabulary).write()
        times.index_seconds += time.perf_counter() - index_started
    times.load_seconds = time.perf_counter() - started - times.index_seconds
    IndexState.objects.all().delete()
    IndexState.objects.create(version=INDEX_VERSION)
    bump()  # bulk writes send no signals: tell cached public counts the data changed
    _analyze()
    counting_started = time.perf_counter()
    count_the_public_list()  # as `victimsdb import` does at its end
    times.count_seconds = time.perf_counter() - counting_started
    return times, entry_of


class _Lookups:
    """Places (resolved against the gazetteer, as the importer does) and facilities by name,
    created on first sight."""

    def __init__(self) -> None:
        load_gazetteer()
        self.places: dict[str, Place] = {}
        self.facilities: dict[str, Facility] = {}

    def place(self, text: str) -> Place | None:
        if not text:
            return None
        if text not in self.places:
            self.places[text] = resolve_place(text)
        return self.places[text]

    def facility(self, text: str) -> Facility | None:
        if not text:
            return None
        if text not in self.facilities:
            facility = Facility.objects.create(kind="camp")
            FacilityName.objects.create(facility=facility, text=text)
            self.facilities[text] = facility
        return self.facilities[text]


def _batches(path: Path) -> Iterator[list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        batch: list[dict[str, str]] = []
        for row in csv.DictReader(handle):
            batch.append(row)
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch


def _person(row: dict[str, str], entry_no: int, lookups: _Lookups) -> Person:
    hometown = lookups.place(row.get("hometown", ""))
    detained = row.get("detained_from", "")
    return Person(
        entry_no=entry_no,
        external_id=row["external_id"],
        publication="published",
        gender=row.get("gender") or "unknown",
        ethnicity=row.get("ethnicity") or "unknown",
        birth_year=int(row["birth_year"]) if row.get("birth_year") else None,
        status=row.get("status") or "unknown",
        status_override=row.get("status") or "",
        detained_year=int(detained[:4]) if detained else None,
        hometown=hometown,
        county_id=division_of(hometown, COUNTY_KINDS),
        prefecture_id=division_of(hometown, PREFECTURE_KINDS),
        citizenships=[c for c in row.get("citizenship", "").split("|") if c],
    )


def _event(person: Person, row: dict[str, str], lookups: _Lookups) -> Event | None:
    facility = lookups.facility(row.get("facility", ""))
    detained = row.get("detained_from", "")
    if facility is None and not detained:
        return None
    start = (
        date(int(detained[:4]), int(detained[5:7] or 1) if len(detained) >= 7 else 1, 1)
        if detained
        else None
    )
    return Event(
        person=person,
        type=EVENT_OF_STATUS.get(row.get("status", ""), "detention"),
        start_date=start,
        start_precision="month" if len(detained) >= 7 else "year",
        facility=facility,
    )


def _split(cell: str) -> list[str]:
    return [" ".join(name.split()) for name in cell.split("|") if name.strip()]


def _script(text: str) -> str:
    script = detect_script(text)
    return script if script in SCRIPTS else ""


def _with_ids(names: list[Name]) -> list[Name]:
    """bulk_create sets primary keys on PostgreSQL and SQLite (3.35+) alike."""
    return [name for name in names if name.pk is not None]


def _analyze() -> None:
    """Statistics for the planner, as a production database keeps them. On PostgreSQL
    also the visibility map (VACUUM, which autovacuum runs in production): without it
    an index-only scan of the covering search indexes reads each table row anyway."""
    with connection.cursor() as cursor:
        # VACUUM cannot run in a transaction (a caller's atomic block): ANALYZE alone then.
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
