"""Statuses, dates, facilities, citizenships and hometowns fit each other and the person."""

from __future__ import annotations

from victimsdb.core.synth import generate_persons
from victimsdb.core.synth.places import places_of
from victimsdb.core.synth.situations import LAST_YEAR
from victimsdb.core.vocabulary import FacilityKind, Status

PERSONS = list(generate_persons(5000, seed=12))
FACILITY_KINDS = {
    Status.IN_CAMP: {FacilityKind.CAMP},
    Status.IMPRISONED: {FacilityKind.PRISON, FacilityKind.DETENTION_CENTRE},
    Status.DETAINED: {FacilityKind.DETENTION_CENTRE},
    Status.MISSING: set(),
    Status.UNKNOWN: set(),
}


def test_every_status_occurs() -> None:
    assert {person.situation.status for person in PERSONS} == set(Status)


def test_facilities_fit_the_status() -> None:
    for person in PERSONS:
        situation = person.situation
        if situation.facility and situation.status in FACILITY_KINDS:
            assert situation.facility.kind in FACILITY_KINDS[situation.status]


def test_facilities_are_in_the_persons_hometown() -> None:
    for person in PERSONS:
        if person.situation.facility:
            assert person.situation.facility.place == person.hometown


def test_detention_comes_after_childhood_and_during_the_crackdown() -> None:
    for person in PERSONS:
        detained = person.situation.detained_from
        if detained:
            assert person.birth_year + 14 <= detained.year <= LAST_YEAR


def test_people_held_in_xinjiang_have_a_detention_date() -> None:
    held = {Status.IN_CAMP, Status.IMPRISONED, Status.DETAINED, Status.RELEASED}
    assert all(p.situation.detained_from for p in PERSONS if p.situation.status in held)


def test_people_abroad_hold_a_foreign_citizenship() -> None:
    abroad = {Status.AT_RISK_ABROAD, Status.SAFE_ABROAD}
    for person in PERSONS:
        if person.situation.status in abroad:
            assert set(person.situation.citizenships) - {"CN"}


def test_hometowns_are_where_the_people_lives() -> None:
    for person in PERSONS:
        assert person.hometown in places_of(person.ethnicity)


def test_birth_years_are_plausible() -> None:
    assert all(1925 <= person.birth_year <= 2005 for person in PERSONS)
