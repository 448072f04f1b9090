"""A public page places a person no more precisely than the consent allows."""

from victimsdb.core.intake.granularity import coarsen
from victimsdb.core.vocabulary import PlaceGranularity

LINEAGE = [("village", "Aqtoghay"), ("township", "T"), ("county", "Tekes County")]
LINEAGE += [("prefecture", "Ili"), ("region", "Xinjiang"), ("country", "China")]


def place(granularity: PlaceGranularity, lineage: list[tuple[str, str]] = LINEAGE) -> str | None:
    found = coarsen(lineage, lambda node: node[0], granularity)
    return found[1] if found else None


def test_village_granularity_shows_the_place_as_recorded() -> None:
    assert place(PlaceGranularity.VILLAGE) == "Aqtoghay"


def test_coarser_granularities_climb_the_lineage() -> None:
    assert place(PlaceGranularity.COUNTY) == "Tekes County"
    assert place(PlaceGranularity.PREFECTURE) == "Ili"
    assert place(PlaceGranularity.REGION) == "Xinjiang"


def test_a_county_recorded_as_hometown_is_kept_at_county_granularity() -> None:
    assert place(PlaceGranularity.COUNTY, LINEAGE[2:]) == "Tekes County"


def test_an_unplaced_address_is_withheld_unless_village_granularity() -> None:
    assert place(PlaceGranularity.COUNTY, [("", "12 Some Street")]) is None
    assert place(PlaceGranularity.VILLAGE, [("", "12 Some Street")]) == "12 Some Street"
