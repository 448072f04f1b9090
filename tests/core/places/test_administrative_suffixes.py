"""County, Xian, 县, Nahiyisi and the like do not stop a place being found."""

from __future__ import annotations

import pytest

from victimsdb.core.places import match_place, strip_suffixes
from victimsdb.core.vocabulary import PlaceKind


@pytest.mark.parametrize(
    "text",
    ["Tekes County", "特克斯县", "Tekesi Xian", "Tekes Xian", "Tékes Nahiyisi", "تېكەس ناھىيىسى",
     "Текес ауданы", "TEKES COUNTY"],
)  # fmt: skip
def test_tekes_with_any_county_word_matches_tekes(text: str) -> None:
    assert match_place(text)[0].key == "cn-tekes"


@pytest.mark.parametrize(
    ("text", "core", "kinds"),
    [
        ("Tekes County", "Tekes", {PlaceKind.COUNTY}),
        ("Aheqi Xian", "Aheqi", {PlaceKind.COUNTY}),
        ("特克斯县", "特克斯", {PlaceKind.COUNTY}),
        ("和田地区", "和田", {PlaceKind.PREFECTURE}),
        ("伊犁哈萨克自治州", "伊犁", {PlaceKind.PREFECTURE}),
        ("Ili Kazakh Autonomous Prefecture", "Ili", {PlaceKind.PREFECTURE}),
        ("Yili Hasake Zizhizhou", "Yili", {PlaceKind.PREFECTURE}),
        ("Xinjiang Uyghur Autonomous Region", "Xinjiang", {PlaceKind.REGION}),
        ("قاغىلىق ناھىيىسى", "قاغىلىق", {PlaceKind.COUNTY}),
        ("Kona Sheher", "Kona Sheher", set()),
        ("County", "County", set()),
        ("县", "县", set()),
    ],
)
def test_it_strips_administrative_words_and_keeps_what_they_say(
    text: str, core: str, kinds: set[PlaceKind]
) -> None:
    assert strip_suffixes(text).text == core
    assert strip_suffixes(text).kinds == kinds


def test_the_kind_a_suffix_names_ranks_that_kind_first() -> None:
    matches = match_place("Yining County")
    assert [m.key for m in matches] == ["cn-ghulja-county", "cn-ghulja"]
    assert matches[1].score < 0.9
    assert [m.key for m in match_place("和田县")][:1] == ["cn-hotan-county"]
    assert [m.key for m in match_place("Hotan Prefecture")][:1] == ["cn-hotan"]


def test_aqchi_county_as_pinyin_with_xian_finds_aqchi() -> None:
    assert match_place("Aheqi Xian")[0].key == "cn-aqchi"
