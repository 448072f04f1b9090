"""to_latin: every script to one plain Latin spelling."""

from __future__ import annotations

import pytest

from victimsdb.core.names import to_latin
from victimsdb.core.names.transliterate import latin_words


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("Гүлзира Әуелханқызы", "Gulzira Auelkhanqyzy"),
        ("Серікжан Біләш", "Serikzhan Bilash"),
        ("Сайрагүл Сауытбай", "Sairagul Sauytbai"),
    ],
)
def test_it_romanises_kazakh_cyrillic(written: str, latin: str) -> None:
    assert to_latin(written) == latin


def test_it_romanises_kyrgyz_cyrillic_with_j() -> None:
    assert to_latin("Асыла Алымкулова") == "Asyla Alymkulova"
    assert to_latin("Сооронбай Жээнбеков") == "Sooronbai Jeenbekov"


def test_it_romanises_russian_cyrillic_with_ye_and_dzh() -> None:
    assert to_latin("Ерсин Джунус") == "Yersin Dzhunus"


def test_it_romanises_uyghur_cyrillic() -> None:
    assert to_latin("Җүнус") == "Junus"


def test_it_romanises_uyghur_arabic_script() -> None:
    assert to_latin("ئىلھام توختى") == "Ilham Tokhti"
    assert to_latin("گۈلزىرە") == "Gulzire"


def test_it_romanises_kazakh_arabic_script() -> None:
    assert to_latin("ٴالىمجان") == "Alymjan"


def test_it_gives_pinyin_for_chinese_and_joins_each_name_part() -> None:
    assert to_latin("伊力森·艾尔肯") == "Yilisen Aierken"
    assert to_latin("古丽孜热") == "Gulizire"


def test_it_splits_a_chinese_name_into_surname_and_given_name() -> None:
    assert to_latin("张晓明") == "Zhang Xiaoming"


def test_it_folds_kazakh_2021_latin() -> None:
    assert to_latin("Gülzira Äuelhanqyzy Şoqan Ğalym Jeñıs") == (
        "Gulzira Auelhanqyzy Shoqan Ghalym Jengis"
    )


def test_it_folds_kazakh_2018_latin_where_y_acute_is_u() -> None:
    assert to_latin("Áýelhanqyzy Ǵalym") == "Auelhanqyzy Ghalym"


def test_it_reads_the_apostrophes_of_kazakh_2017_latin() -> None:
    assert to_latin("S'ynar Sag'yndyq") == "Shynar Saghyndyq"


def test_it_keeps_punctuation_and_romanises_each_script_in_a_mixed_name() -> None:
    assert to_latin("Ilham (伊力哈木) Tohti") == "Ilham (Yilihamu) Tohti"


@pytest.mark.parametrize("dash", ["-", "‐", "–", "—", "－", " - "])
def test_a_dash_between_chinese_characters_parts_the_name(dash: str) -> None:
    words = latin_words(f"古丽孜热{dash}伊斯肯德尔")
    assert words == [("Gulizire", "Hani"), ("Yisikendeer", "Hani")]


def test_it_lists_words_with_the_script_they_came_from() -> None:
    assert latin_words("Ai-er-ken 伊力森") == [("Aierken", "Latn"), ("Yilisen", "Hani")]
