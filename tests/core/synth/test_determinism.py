"""The same seed always gives the same data; persons do not depend on how many rows are asked."""

from __future__ import annotations

from itertools import islice

from victimsdb.core.synth import generate_persons, generate_samples


def test_it_is_deterministic_for_a_seed() -> None:
    first = list(generate_samples(300, seed=7))
    again = list(generate_samples(300, seed=7))
    assert first == again


def test_another_seed_gives_other_persons() -> None:
    assert list(generate_persons(100, seed=1)) != list(generate_persons(100, seed=2))


def test_persons_do_not_depend_on_the_number_of_rows_or_queries() -> None:
    three = [sample.person for sample in generate_samples(200, seed=3, rows_per_person=3)]
    five = [
        sample.person
        for sample in generate_samples(200, seed=3, rows_per_person=5, queries_per_person=2)
    ]
    assert three == five == list(generate_persons(200, seed=3))


def test_it_makes_exactly_the_number_of_persons_asked_for() -> None:
    for count in (1, 2, 17, 250):
        persons = list(generate_persons(count, seed=count))
        assert [person.person_id for person in persons] == [
            f"P{number:07d}" for number in range(1, count + 1)
        ]


def test_it_streams_instead_of_building_everything_first() -> None:
    huge = generate_samples(10**12, seed=0)
    assert len(list(islice(huge, 5))) == 5
