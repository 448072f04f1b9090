"""Every spelling of a place, in any script, finds that place first."""

from __future__ import annotations

import pytest

from victimsdb.core.places import load_gazetteer, match_place

SPELLINGS = {
    "cn-ghulja": [
        "Ghulja",
        "Yining",
        "Kulja",
        "伊宁",
        "伊宁市",
        "غۇلجا",
        "Құлжа",
        "Кульджа",
        "Kuldja",
    ],
    "cn-qaghiliq": ["Qaghiliq", "Yecheng", "Kargilik", "Karghilik", "叶城县", "قاغىلىق"],
    "cn-aqchi": ["Aqchi", "Aheqi", "Akqi", "阿合奇县", "ئاقچى"],
    "cn-tekes": ["Tekes", "Tekesi", "Tékes", "特克斯", "تېكەس", "Текес"],
    "cn-chochek": ["Chöchek", "Chochek", "Tacheng", "Chuguchak", "塔城市", "چۆچەك", "Шәуешек"],
    "cn-urumqi": ["Urumqi", "Ürümchi", "Urumchi", "Wulumuqi", "乌鲁木齐", "ئۈرۈمچى", "Үрімші"],
    "cn-karakax": ["Karakax", "Qaraqash", "Moyu", "墨玉县"],
    "cn-yarkand": ["Yarkand", "Yarkant", "Yeken", "Shache", "莎车县", "يەكەن"],
    "kz-almaty": ["Almaty", "Alma-Ata", "Алматы", "阿拉木图"],
    "kg-bishkek": ["Bishkek", "Бишкек", "比什凯克"],
}
CASES = [(key, spelling) for key, spellings in SPELLINGS.items() for spelling in spellings]


@pytest.mark.parametrize(("key", "spelling"), CASES)
def test_each_listed_spelling_resolves_to_the_same_place(key: str, spelling: str) -> None:
    best = match_place(spelling)[0]
    assert (best.key, best.score) == (key, 1.0)


@pytest.mark.parametrize(
    ("spelling", "key"),
    [("Qulja", "cn-ghulja"), ("Karghalik", "cn-qaghiliq"), ("Qarqash", "cn-karakax"),
     ("Payziwat", "cn-peyziwat"), ("Kona Shahar", "cn-konasheher")],
)  # fmt: skip
def test_unlisted_spellings_are_found_by_sound(spelling: str, key: str) -> None:
    best = match_place(spelling)[0]
    assert best.key == key
    assert 0.84 <= best.score < 1.0
    assert best.how.startswith("similar")


def test_the_match_says_which_name_matched_and_in_what_language() -> None:
    best = match_place("غۇلجا")[0]
    assert (best.matched, best.lang, best.how) == ("غۇلجا", "ug", "exact")


def test_every_name_in_the_gazetteer_finds_its_own_place() -> None:
    for place in load_gazetteer():
        for name in place.names:
            found = {match.key for match in match_place(name.text, limit=None) if match.score == 1}
            assert place.key in found, (place.key, name)
