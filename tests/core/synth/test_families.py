"""Families make the hard negatives: relatives share names but are different people."""

from __future__ import annotations

from collections import defaultdict

from victimsdb.core.synth import Person, generate_persons
from victimsdb.core.synth.forms import Form, words
from victimsdb.core.vocabulary import Ethnicity, RelationKind

PERSONS = {person.person_id: person for person in generate_persons(5000, seed=11)}


def ties(kind: RelationKind) -> list[tuple[Person, Person]]:
    return [
        (person, PERSONS[tie.other])
        for person in PERSONS.values()
        for tie in person.relations
        if tie.kind is kind
    ]


def test_there_are_families_of_every_kind() -> None:
    for kind in (RelationKind.SIBLING, RelationKind.SPOUSE, RelationKind.PARENT):
        assert len(ties(kind)) > 100, kind


def test_siblings_share_a_patronymic_but_not_a_given_name() -> None:
    for one, other in ties(RelationKind.SIBLING):
        assert one.name.given != other.name.given
        assert (one.name.father, one.name.surname) == (other.name.father, other.name.surname)
        if one.ethnicity is Ethnicity.KAZAKH and one.gender is other.gender:
            patronymic = words(one, Form.GIVEN_PATRONYMIC)[1]
            assert patronymic == words(other, Form.GIVEN_PATRONYMIC)[1]


def test_a_fathers_given_name_is_his_childrens_fathers_name() -> None:
    for child, parent in ties(RelationKind.PARENT):
        if parent.female or child.ethnicity is Ethnicity.HUI:
            continue
        assert child.name.father == parent.name.given
        assert child.name.given != parent.name.given


def test_hui_children_carry_their_fathers_surname() -> None:
    hui = [(c, p) for c, p in ties(RelationKind.PARENT) if c.ethnicity is Ethnicity.HUI]
    assert hui
    for child, parent in hui:
        if not parent.female:
            assert child.name.surname == parent.name.surname


def test_children_are_born_after_their_parents() -> None:
    for child, parent in ties(RelationKind.PARENT):
        assert child.birth_year >= parent.birth_year + 20


def test_family_ties_go_both_ways() -> None:
    inverse = {
        RelationKind.SIBLING: RelationKind.SIBLING,
        RelationKind.SPOUSE: RelationKind.SPOUSE,
        RelationKind.PARENT: RelationKind.CHILD,
        RelationKind.CHILD: RelationKind.PARENT,
    }
    for person in PERSONS.values():
        for tie in person.relations:
            back = {(t.kind, t.other) for t in PERSONS[tie.other].relations}
            assert (inverse[tie.kind], person.person_id) in back


def test_a_family_shares_one_people() -> None:
    peoples: dict[str, set[Ethnicity]] = defaultdict(set)
    for person in PERSONS.values():
        peoples[person.family_id].add(person.ethnicity)
    assert all(len(found) == 1 for found in peoples.values())


def test_ties_never_point_past_the_last_person() -> None:
    for count in range(1, 40):
        persons = list(generate_persons(count, seed=5))
        ids = {person.person_id for person in persons}
        assert all(tie.other in ids for person in persons for tie in person.relations)


def test_unrelated_namesakes_exist() -> None:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person in PERSONS.values():
        seen[(person.name.given, person.name.father)].add(person.family_id)
    assert any(len(families) > 1 for families in seen.values())
