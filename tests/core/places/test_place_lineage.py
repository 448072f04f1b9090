"""A place's lineage up to the country, and the places in the order a database loads them."""

from __future__ import annotations

from victimsdb.core.dataset import read_dataset
from victimsdb.core.places import lineage, load_gazetteer, match_place, place_records


def test_lineage_goes_from_the_place_up_to_the_country() -> None:
    keys = [place.key for place in lineage("cn-tekes")]
    assert keys == ["cn-tekes", "cn-ili", "cn-xinjiang", "cn"]
    assert [place.key for place in lineage("kz-almaty")] == ["kz-almaty", "kz"]


def test_parents_come_before_their_children() -> None:
    seen: set[str] = set()
    for place in load_gazetteer().parents_first():
        assert place.parent is None or place.parent in seen, place.key
        seen.add(place.key)
    assert len(seen) == len(load_gazetteer())


def test_records_are_shaped_like_the_demo_dataset_places() -> None:
    records = place_records()
    assert len(records) == len(load_gazetteer())
    tekes = next(record for record in records if record["key"] == "cn-tekes")
    assert tekes["kind"] == "county" and tekes["parent"] == "cn-ili"
    assert {"text": "特克斯县", "lang": "zh"} in tekes["names"]
    assert isinstance(tekes["lat"], float)


def test_the_demo_dataset_places_are_in_the_gazetteer_under_the_same_keys() -> None:
    gazetteer = load_gazetteer()
    for seed in read_dataset()["places"]:
        place = gazetteer.get(seed["key"])
        assert place.parent == seed["parent"], seed["key"]
        names = {(name.text, name.lang) for name in place.names}
        assert {(name["text"], name["lang"]) for name in seed["names"]} <= names, seed["key"]
        # seeds.json calls Urumqi a city; a prefecture-level city is a prefecture here.
        assert place.kind == seed["kind"] or seed["key"] == "cn-urumqi"


def test_several_places_in_one_text_come_most_specific_first() -> None:
    keys = [match.key for match in match_place("Tekes, Ili, Xinjiang")]
    assert keys == ["cn-tekes", "cn-ili", "cn-xinjiang"]
    assert [m.key for m in match_place("Qaghiliq (Yecheng) County")] == ["cn-qaghiliq"]


def test_a_chinese_address_finds_the_places_written_in_it() -> None:
    keys = [match.key for match in match_place("新疆伊犁哈萨克自治州伊宁市巴彦岱镇", limit=None)]
    assert keys[0] == "cn-bayandai"
    assert {"cn-ghulja", "cn-ili", "cn-xinjiang"} <= set(keys)
    assert "cn-ghulja-county" not in keys
