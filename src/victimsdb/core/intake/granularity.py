"""How precisely a public output may place a person: the consent's place granularity.

A hometown recorded as a village is shown, with granularity ``county``, as
its county. Places are given nearest first (the place, then its parents);
a place of unknown kind counts as precise as a village, so an address nobody
has placed in the gazetteer is withheld rather than guessed about.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from victimsdb.core.vocabulary import PlaceGranularity, PlaceKind

P = TypeVar("P")

_LEVEL = {
    PlaceKind.VILLAGE: 0,
    PlaceKind.TOWNSHIP: 1,
    PlaceKind.COUNTY: 2,
    PlaceKind.CITY: 2,
    PlaceKind.PREFECTURE: 3,
    PlaceKind.REGION: 4,
    PlaceKind.COUNTRY: 5,
}
_FLOOR = {
    PlaceGranularity.VILLAGE: 0,
    PlaceGranularity.COUNTY: 2,
    PlaceGranularity.PREFECTURE: 3,
    PlaceGranularity.REGION: 4,
}


def coarsen(
    lineage: Sequence[P], kind_of: Callable[[P], str], granularity: PlaceGranularity
) -> P | None:
    """The nearest place of ``lineage`` no more precise than ``granularity`` allows."""
    floor = _FLOOR[granularity]
    for place in lineage:
        kind = kind_of(place)
        level = _LEVEL[PlaceKind(kind)] if kind in _LEVEL else 0
        if level >= floor:
            return place
    return None


def consents_to(kind: str) -> frozenset[str]:
    """The granularities that let a place of this kind show as it is (unknown kinds count
    as precise as a village; an empty granularity reads as the default, county)."""
    level = _LEVEL[PlaceKind(kind)] if kind in _LEVEL else 0
    allowed = {granularity.value for granularity, floor in _FLOOR.items() if floor <= level}
    if PlaceGranularity.COUNTY.value in allowed:
        allowed.add("")
    return frozenset(allowed)


def coarsest(*granularities: PlaceGranularity) -> PlaceGranularity:
    """The granularity that places least precisely: where several people consent, each
    may only narrow what is shown (an entry's and a relative's testimony's)."""
    return max(granularities, key=_FLOOR.__getitem__, default=PlaceGranularity.REGION)
