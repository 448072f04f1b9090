"""The persons CSV is exactly what `victimsdb import persons` accepts, with its truth beside it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from victimsdb.core.person_import import COLUMNS, read_person_rows
from victimsdb.core.synth import Settings, write_dataset


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("synth")
    write_dataset(directory, Settings(persons=2000, seed=1, rows_per_person=3))
    return directory


def tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_csv_passes_the_importer_checks(dataset: Path) -> None:
    rows = read_person_rows((dataset / "persons.csv").read_bytes())
    assert len(rows) == 6000


def test_the_csv_has_exactly_the_importer_columns(dataset: Path) -> None:
    header = (dataset / "persons.csv").read_text(encoding="utf-8").splitlines()[0]
    assert tuple(header.split(",")) == COLUMNS


def test_truth_maps_every_row_to_its_person(dataset: Path) -> None:
    rows = read_person_rows((dataset / "persons.csv").read_bytes())
    truth = {line["external_id"]: line["person_id"] for line in tsv(dataset / "truth.tsv")}
    assert set(truth) == {row.external_id for row in rows}
    assert Counter(truth.values()) == {f"P{n:07d}": 3 for n in range(1, 2001)}


def test_the_rows_of_one_person_agree_on_the_facts(dataset: Path) -> None:
    rows = read_person_rows((dataset / "persons.csv").read_bytes())
    truth = {line["external_id"]: line["person_id"] for line in tsv(dataset / "truth.tsv")}
    facts: dict[str, set[tuple[str, str]]] = {}
    for row in rows:
        person = facts.setdefault(truth[row.external_id], set())
        person |= {("ethnicity", row.ethnicity.value), ("gender", row.gender.value)}
        person |= {("status", row.status.value if row.status else "unknown")}
    for person_facts in facts.values():
        for field in ("ethnicity", "gender", "status"):
            stated = {value for key, value in person_facts if key == field} - {"unknown"}
            assert len(stated) <= 1, person_facts


def test_a_persons_rows_are_not_next_to_each_other(dataset: Path) -> None:
    persons = [line["person_id"] for line in tsv(dataset / "truth.tsv")]
    adjacent = sum(a == b for a, b in zip(persons, persons[1:], strict=False))
    assert adjacent < len(persons) / 50


def test_queries_name_generated_persons_in_several_scripts(dataset: Path) -> None:
    queries = tsv(dataset / "queries.tsv")
    assert len(queries) == 2000
    assert {query["person_id"] for query in queries} <= {f"P{n:07d}" for n in range(1, 2001)}
    assert len({query["style"] for query in queries}) >= 10
    assert all(query["query"].strip() for query in queries)


def test_relations_list_every_family_tie_between_generated_persons(dataset: Path) -> None:
    ties = tsv(dataset / "relations.tsv")
    assert {tie["relation"] for tie in ties} == {"sibling", "spouse", "parent", "child"}
    known = {f"P{n:07d}" for n in range(1, 2001)}
    assert all({tie["person_id"], tie["other_person_id"]} <= known for tie in ties)
