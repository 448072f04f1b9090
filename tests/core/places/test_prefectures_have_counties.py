"""Every prefecture-level division of Xinjiang is divided into county-level ones."""

from __future__ import annotations

from victimsdb.core.places import load_gazetteer
from victimsdb.core.vocabulary import PlaceKind

COUNTY_LEVEL = {PlaceKind.COUNTY, PlaceKind.CITY}


def test_every_xinjiang_prefecture_has_counties() -> None:
    gazetteer = load_gazetteer()
    for prefecture in (p for p in gazetteer if p.kind is PlaceKind.PREFECTURE):
        counties = [c for c in gazetteer.children(prefecture.key) if c.kind in COUNTY_LEVEL]
        assert len(counties) >= 3, prefecture.key


def test_county_level_divisions_sit_in_a_prefecture_or_directly_in_the_region() -> None:
    gazetteer = load_gazetteer()
    for place in gazetteer:
        if place.key.startswith("cn-") and place.kind in COUNTY_LEVEL:
            parent = gazetteer.get(place.parent or "")
            assert parent.kind in {PlaceKind.PREFECTURE, PlaceKind.REGION}, place.key


def test_tacheng_and_altay_are_part_of_the_ili_kazakh_autonomous_prefecture() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.get("cn-tacheng").parent == "cn-ili"
    assert gazetteer.get("cn-altay").parent == "cn-ili"


def test_townships_sit_in_a_county_level_division() -> None:
    gazetteer = load_gazetteer()
    townships = [p for p in gazetteer if p.kind is PlaceKind.TOWNSHIP]
    assert townships
    assert all(gazetteer.get(t.parent or "").kind in COUNTY_LEVEL for t in townships)
