"""Families of synthetic persons: the hard negatives of record linkage.

Siblings share their father's name (and so a patronymic: Ersin and Nurlan
*Erkinuly*) and a surname, a father's given name is his children's
patronymic, a wife may carry her husband's surname, and Hui siblings share a
surname and often a generation character. These people must stay apart while
the rows of each one are linked.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from victimsdb.core.synth import naming
from victimsdb.core.synth.draw import Weighted
from victimsdb.core.synth.lexicon import hui
from victimsdb.core.synth.people import Person, PersonName, Relation
from victimsdb.core.synth.places import places_of
from victimsdb.core.synth.situations import situation
from victimsdb.core.vocabulary import Ethnicity, Gender, RelationKind

PEOPLES = Weighted(
    {Ethnicity.UYGHUR: 45, Ethnicity.KAZAKH: 38, Ethnicity.KYRGYZ: 9, Ethnicity.HUI: 8}
)
LAST_BIRTH_YEAR = 2005
M, F = Gender.MALE, Gender.FEMALE


@dataclass(frozen=True, slots=True)
class _Member:
    role: str  # single, father, mother, child, husband, wife
    gender: Gender
    birth_year: int
    name: PersonName


def person_id(number: int) -> str:
    """The truth id of the `number`th person: P0000001."""
    return f"P{number:07d}"


def family(rng: random.Random, family_number: int, first_person: int) -> list[Person]:
    """One family (often of one person) of one people, numbered from `first_person`."""
    ethnicity = PEOPLES.draw(rng)
    members = _SHAPES.draw(rng)(rng, ethnicity)
    ids = [person_id(first_person + index) for index in range(len(members))]
    home = rng.choice(places_of(ethnicity))
    persons = []
    for index, member in enumerate(members):
        hometown = home if rng.random() < 0.9 else rng.choice(places_of(ethnicity))
        persons.append(
            Person(
                person_id=ids[index],
                family_id=f"F{family_number:07d}",
                ethnicity=ethnicity,
                gender=member.gender,
                birth_year=member.birth_year,
                name=member.name,
                hometown=hometown,
                situation=situation(rng, ethnicity, member.birth_year, hometown),
                relations=_relations(members, ids, index),
            )
        )
    return persons


def _relations(members: list[_Member], ids: list[str], index: int) -> tuple[Relation, ...]:
    """What every other member is to member `index`."""
    role = members[index].role
    out = []
    for other_index, other in enumerate(members):
        if other_index != index:
            kind = _kinship(role, other.role)
            if kind is not None:
                out.append(Relation(kind, ids[other_index]))
    return tuple(out)


def _kinship(role: str, other: str) -> RelationKind | None:
    if role == "child" and other == "child":
        return RelationKind.SIBLING
    if role == "child":
        return RelationKind.PARENT
    if other == "child":
        return RelationKind.CHILD
    if {role, other} in ({"father", "mother"}, {"husband", "wife"}):
        return RelationKind.SPOUSE
    return None


def _single(rng: random.Random, ethnicity: Ethnicity) -> list[_Member]:
    gender = M if rng.random() < 0.58 else F
    year = int(rng.triangular(1938, 2003, 1976))
    if ethnicity is Ethnicity.HUI:
        name = naming.hui_name(naming.hui_surname(rng), naming.hui_given(rng, gender))
    else:
        name = naming.turkic_name(rng, ethnicity, gender)
    return [_Member("single", gender, year, name)]


def _couple(rng: random.Random, ethnicity: Ethnicity) -> list[_Member]:
    year = rng.randint(1945, 1995)
    husband, wife = _parents(rng, ethnicity)
    return [
        _Member("husband", M, year, husband),
        _Member("wife", F, min(year + rng.randint(-3, 8), LAST_BIRTH_YEAR), wife),
    ]


def _siblings(rng: random.Random, ethnicity: Ethnicity) -> list[_Member]:
    father, _ = _parents(rng, ethnicity)
    base = rng.randint(1950, 1996)
    years = [min(base + rng.randint(0, 12), LAST_BIRTH_YEAR) for _ in range(rng.randint(2, 4))]
    return _children(rng, ethnicity, father, sorted(years))


def _nuclear(rng: random.Random, ethnicity: Ethnicity) -> list[_Member]:
    father_year = rng.randint(1945, 1982)
    father, mother = _parents(rng, ethnicity)
    members = [_Member("father", M, father_year, father)]
    youngest_parent = father_year
    if rng.random() < 0.8:
        mother_year = min(father_year + rng.randint(-3, 8), LAST_BIRTH_YEAR - 20)
        members.append(_Member("mother", F, mother_year, mother))
        youngest_parent = max(father_year, mother_year)
    count = rng.randint(1, 4)
    return members + _children(rng, ethnicity, father, _child_years(rng, youngest_parent, count))


def _parent_child(rng: random.Random, ethnicity: Ethnicity) -> list[_Member]:
    parent_year = rng.randint(1945, 1982)
    father, mother = _parents(rng, ethnicity)
    parent = (
        _Member("father", M, parent_year, father)
        if rng.random() < 0.6
        else _Member("mother", F, parent_year, mother)
    )
    count = rng.randint(1, 3)
    return [parent, *_children(rng, ethnicity, father, _child_years(rng, parent_year, count))]


def _child_years(rng: random.Random, parent_year: int, count: int) -> list[int]:
    years = (min(parent_year + rng.randint(20, 38), LAST_BIRTH_YEAR) for _ in range(count))
    return sorted(years)


def _parents(rng: random.Random, ethnicity: Ethnicity) -> tuple[PersonName, PersonName]:
    """A husband and wife; the wife keeps her own names or takes his surname."""
    if ethnicity is Ethnicity.HUI:
        husband = naming.hui_name(naming.hui_surname(rng), naming.hui_given(rng, M))
        wife = naming.hui_name(naming.hui_surname(rng), naming.hui_given(rng, F))
        return husband, wife
    husband = naming.turkic_name(rng, ethnicity, M)
    wife = naming.turkic_name(rng, ethnicity, F)
    if rng.random() < 0.5:
        wife = PersonName(wife.given, wife.father, husband.surname)
    return husband, wife


def _children(
    rng: random.Random, ethnicity: Ethnicity, father: PersonName, years: list[int]
) -> list[_Member]:
    """Children of `father`, with distinct given names and his name as their father's."""
    genders = [M if rng.random() < 0.5 else F for _ in years]
    if ethnicity is Ethnicity.HUI:
        names = _hui_children(rng, father, genders)
    else:
        givens = naming.given_names(rng, ethnicity, genders, father.given)
        names = [PersonName(given, father.given, father.surname) for given in givens]
    return [
        _Member("child", gender, year, name)
        for gender, year, name in zip(genders, years, names, strict=True)
    ]


def _hui_children(
    rng: random.Random, father: PersonName, genders: list[Gender]
) -> list[PersonName]:
    surname = (father.surname, father.pinyin[0])
    generation = None
    if rng.random() < 0.6:
        generation = rng.choice(hui.MALE_CHARS)
    names: list[PersonName] = []
    while len(names) < len(genders):
        given = naming.hui_given(rng, genders[len(names)], generation)
        name = naming.hui_name(surname, given)
        if all(name.given != other.given for other in names):
            names.append(name)
    return names


_Builder = Callable[[random.Random, Ethnicity], list[_Member]]
_SHAPES: Weighted[_Builder] = Weighted(
    {_single: 45, _siblings: 15, _couple: 10, _nuclear: 20, _parent_child: 10}
)
