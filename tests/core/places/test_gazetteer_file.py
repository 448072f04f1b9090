"""The bundled gazetteer file is sound, sourced and complete enough to rely on."""

from __future__ import annotations

import json
from collections import Counter

from victimsdb.core.places import DATA, check_gazetteer, load_gazetteer
from victimsdb.core.vocabulary import PlaceKind

XINJIANG = "cn-xinjiang"


def in_xinjiang(key: str) -> bool:
    return XINJIANG in [place.key for place in load_gazetteer().lineage(key)[1:]]


def test_the_data_file_is_valid() -> None:
    assert check_gazetteer(json.loads(DATA.read_text(encoding="utf-8"))) == []


def test_it_has_a_version_and_says_where_the_names_come_from() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert data["version"]
    assert {"zh, zh-Latn", "ug, ug-Latn", "en"} <= {source["covers"] for source in data["sources"]}
    assert load_gazetteer().version == data["version"]


def test_it_holds_every_prefecture_level_division_of_xinjiang() -> None:
    prefectures = [p for p in load_gazetteer() if p.kind is PlaceKind.PREFECTURE]
    assert len(prefectures) == 14  # 4 prefecture-level cities, 5 prefectures, 5 autonomous ones
    assert all(in_xinjiang(p.key) for p in prefectures)


def test_it_holds_over_a_hundred_county_level_divisions() -> None:
    kinds = Counter(p.kind for p in load_gazetteer() if in_xinjiang(p.key))
    assert kinds[PlaceKind.COUNTY] + kinds[PlaceKind.CITY] > 100


def test_every_place_has_an_english_name_and_every_chinese_place_a_chinese_one() -> None:
    for place in load_gazetteer():
        assert place.names_in("en"), place.key
        if place.key.startswith("cn"):
            assert place.names_in("zh"), place.key


def test_arabic_script_names_are_uyghur_and_cyrillic_ones_are_not_tagged_latin() -> None:
    for place in load_gazetteer():
        for name in place.names:
            arabic = any("\u0600" <= char <= "\u06ff" for char in name.text)
            cyrillic = any("\u0400" <= char <= "\u04ff" for char in name.text)
            assert arabic == (name.lang == "ug"), (place.key, name)
            assert not (cyrillic and name.lang.endswith("Latn")), (place.key, name)


def test_the_xpcc_cities_are_county_level_cities_of_the_region() -> None:
    gazetteer = load_gazetteer()
    for key in ["cn-shihezi", "cn-aral", "cn-tumxuk", "cn-wujiaqu", "cn-kokdala"]:
        assert gazetteer.get(key).kind is PlaceKind.CITY
        assert gazetteer.get(key).parent == XINJIANG
