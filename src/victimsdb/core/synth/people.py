"""The truth about a synthetic person: who they are, before any source spells them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from victimsdb.core.synth.places import Facility, Place
from victimsdb.core.vocabulary import Ethnicity, Gender, RelationKind, Status


@dataclass(frozen=True, slots=True)
class PersonName:
    """A name in its people's own script; every spelling in the rows is derived from it.

    Kazakh and Kyrgyz names are in Cyrillic, Uyghur names in ULY, Hui names in
    Chinese characters (`pinyin` then holds the readings, one word per name part).
    """

    given: str
    father: str  # the father's given name ("" for Hui)
    surname: str  # Turkic: the forebear a Russian-style surname is built on; Hui: the surname
    pinyin: tuple[str, ...] = ()  # Hui only: the syllables of surname then given name


@dataclass(frozen=True, slots=True)
class Relation:
    """A family tie to another generated person: `kind` is what the other is to this one."""

    kind: RelationKind
    other: str  # the other person's person_id


@dataclass(frozen=True, slots=True)
class Situation:
    """What happened to a person, as a consistent whole."""

    status: Status
    detained_from: date | None
    facility: Facility | None
    citizenships: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Person:
    """One synthetic person: the truth the generated rows are noisy copies of."""

    person_id: str
    family_id: str
    ethnicity: Ethnicity
    gender: Gender
    birth_year: int
    name: PersonName
    hometown: Place
    situation: Situation
    relations: tuple[Relation, ...] = ()

    @property
    def female(self) -> bool:
        """Whether the person is a woman (which decides -kyzy, -ova, 丽 and the like)."""
        return self.gender is Gender.FEMALE
