"""split_suffix: patronymics and Russian surname endings give the father's name."""

from __future__ import annotations

import pytest

from victimsdb.core.names.patronymics import Gender, SuffixKind, split_suffix


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("erkinuly", "erkin"),
        ("erkinuli", "erkin"),
        ("musakhanuly", "musakhan"),
        ("erkinovich", "erkin"),
        ("bakytuulu", "bakyt"),
    ],
)
def test_it_strips_a_sons_patronymic(word: str, stem: str) -> None:
    found, suffix = split_suffix(word)
    assert found == stem
    assert suffix is not None
    assert (suffix.kind, suffix.gender) == (SuffixKind.PATRONYMIC, Gender.MALE)


@pytest.mark.parametrize("word", ["auelkhankyzy", "auelkhanqyzy", "awulqanqizi", "auelkhankizi"])
def test_it_strips_a_daughters_patronymic(word: str) -> None:
    stem, suffix = split_suffix(word)
    assert stem in {"auelkhan", "awulqan"}
    assert suffix is not None and suffix.gender == Gender.FEMALE


def test_it_strips_russian_surname_endings_with_their_gender() -> None:
    stem, suffix = split_suffix("shormanbayeva")
    assert stem == "shormanba"
    assert suffix is not None
    assert (suffix.kind, suffix.gender) == (SuffixKind.SURNAME, Gender.FEMALE)
    assert split_suffix("shormanbaeva")[0] == "shormanba"


def test_it_leaves_short_words_whole() -> None:
    assert split_suffix("uly") == ("uly", None)
    assert split_suffix("lev") == ("lev", None)


def test_it_does_not_take_the_chinese_guli_for_a_patronymic() -> None:
    assert split_suffix("ayiguli") == ("ayiguli", None)


def test_it_leaves_names_without_a_suffix_alone() -> None:
    for word in ["tursunaaly", "kasengazy", "orozobai", "dauletkhan"]:
        assert split_suffix(word) == (word, None)


def test_a_letter_typed_twice_does_not_hide_the_patronymic() -> None:
    stem, suffix = split_suffix("ghalymqyyzy")
    assert stem == "ghalym" and suffix is not None and suffix.gender.value == "female"


@pytest.mark.parametrize("word", ["bekaryskzy", "bekarysqzi", "ganqiyzy", "bekarysqzii"])
def test_a_vowel_typed_too_few_or_too_many_does_not_hide_the_daughters_patronymic(
    word: str,
) -> None:
    stem, suffix = split_suffix(word)
    assert stem in {"bekarys", "gan"} and suffix is not None and suffix.gender.value == "female"
