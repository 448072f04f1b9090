"""What happened to a person: a status with a detention date, facility and citizenship that fit it.

The mass detentions peaked in 2017-2018; a person is detained as an adult or
teenager, in a facility near home of the kind the status implies (a camp for
`in_camp`, a prison for `imprisoned`), and people now abroad hold a foreign
citizenship.
"""

from __future__ import annotations

import random
from datetime import date

from victimsdb.core.synth.draw import Weighted
from victimsdb.core.synth.people import Situation
from victimsdb.core.synth.places import Facility, Place
from victimsdb.core.vocabulary import Ethnicity, FacilityKind, Status

_STATUSES = Weighted(
    {
        Status.IN_CAMP: 24,
        Status.IMPRISONED: 16,
        Status.DETAINED: 11,
        Status.RELEASED: 15,
        Status.MISSING: 12,
        Status.HOUSE_ARREST: 4,
        Status.DECEASED: 3,
        Status.AT_RISK_ABROAD: 4,
        Status.SAFE_ABROAD: 4,
        Status.UNKNOWN: 7,
    }
)
_YEARS = Weighted({2014: 2, 2015: 3, 2016: 6, 2017: 36, 2018: 36, 2019: 11, 2020: 4, 2021: 2})
LAST_YEAR = max(_YEARS.options)
_NUMBERS = Weighted({1: 6, 2: 3, 3: 1, 4: 1})
_ABROAD = {Status.AT_RISK_ABROAD, Status.SAFE_ABROAD}
# The facility kinds a status implies, with weights; None: no facility is named.
_KIND = FacilityKind
_FACILITIES: dict[Status, Weighted[FacilityKind | None]] = {
    Status.IN_CAMP: Weighted({_KIND.CAMP: 9, None: 1}),
    Status.IMPRISONED: Weighted({_KIND.PRISON: 7, _KIND.DETENTION_CENTRE: 1, None: 2}),
    Status.DETAINED: Weighted({_KIND.DETENTION_CENTRE: 6, None: 4}),
    Status.RELEASED: Weighted({_KIND.CAMP: 6, _KIND.FORCED_LABOR_SITE: 2, None: 2}),
    Status.HOUSE_ARREST: Weighted({_KIND.CAMP: 5, None: 5}),
    Status.DECEASED: Weighted({_KIND.CAMP: 4, _KIND.PRISON: 3, None: 3}),
    Status.AT_RISK_ABROAD: Weighted({_KIND.CAMP: 5, None: 5}),
    Status.SAFE_ABROAD: Weighted({_KIND.CAMP: 5, None: 5}),
}
_FOREIGN = {
    Ethnicity.KAZAKH: ("KZ",),
    Ethnicity.KYRGYZ: ("KG",),
    Ethnicity.UYGHUR: ("TR", "KZ", "US", "DE"),
    Ethnicity.HUI: ("KZ", "KG"),
}


def situation(
    rng: random.Random, ethnicity: Ethnicity, birth_year: int, hometown: Place
) -> Situation:
    """A status with a detention date, facility and citizenships consistent with it."""
    status = _STATUSES.draw(rng)
    detained = _detention_date(rng, status, birth_year)
    if detained is None and status not in _ABROAD:
        status = Status.UNKNOWN
    facility = _facility(rng, status, hometown) if detained else None
    return Situation(status, detained, facility, _citizenships(rng, status, ethnicity))


def _detention_date(rng: random.Random, status: Status, birth_year: int) -> date | None:
    if status is Status.UNKNOWN and rng.random() < 0.7:
        return None
    if status in _ABROAD and rng.random() < 0.5:
        return None
    year = _YEARS.draw(rng)
    year = max(year, birth_year + 14)
    if year > LAST_YEAR:
        return None
    return date(year, rng.randint(1, 12), rng.randint(1, 28))


def _facility(rng: random.Random, status: Status, hometown: Place) -> Facility | None:
    kinds = _FACILITIES.get(status)
    kind = kinds.draw(rng) if kinds else None
    if kind is None:
        return None
    number = _NUMBERS.draw(rng)
    return Facility(kind, hometown, number)


def _citizenships(rng: random.Random, status: Status, ethnicity: Ethnicity) -> tuple[str, ...]:
    foreign = _FOREIGN.get(ethnicity, ("KZ",))
    if status in _ABROAD:
        country = rng.choice(foreign)
        return (country,) if rng.random() < 0.6 else ("CN", country)
    if rng.random() < 0.05:  # citizens of a neighbour detained on a visit home
        return ("CN", foreign[0]) if rng.random() < 0.5 else (foreign[0],)
    return ("CN",)
