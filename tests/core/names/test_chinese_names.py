"""Chinese (Han and Hui) names are compared as pinyin spells them, not as a Turkic
reading hears them; Turkic names, and Turkic names in Chinese transcription, are not."""

import pytest

from victimsdb.core.names.chinese import looks_like_chinese_name
from victimsdb.core.names.compare import compare


@pytest.mark.parametrize(
    ("word", "chinese"),
    [
        ("chenghui", True),
        ("qiang", True),
        ("guo", True),
        ("xiaodong", True),
        ("ma", False),  # no mark of a Chinese name: Turkic spellings have it too
        ("hasan", False),
        ("ali", False),
        ("zhanna", False),  # Kazakh Latin writes ж as zh
        ("yilisen", False),  # a Turkic name in Chinese transcription: three syllables
        ("gulnar", False),  # not pinyin at all
    ],
)
def test_a_word_is_a_chinese_name_only_with_a_mark_of_one(word: str, chinese: bool) -> None:
    assert looks_like_chinese_name(word) is chinese


def test_two_given_names_that_a_turkic_reading_hears_alike_are_different() -> None:
    assert not compare("Ma Chenghui", "Ma Shengyu").same
    assert not compare("Ma Qiang", "Ma Xiang").same


def test_a_chinese_name_in_characters_is_the_same_as_its_pinyin() -> None:
    assert compare("马强", "Ma Qiang").same
    assert compare("马成辉", "Chenghui Ma").same


def test_a_typo_in_pinyin_is_still_the_same_name_and_says_so() -> None:
    verdict = compare("Ma Chenghui", "Ma Chenhui")
    assert verdict.same
    assert "Chinese names spelt differently" in verdict.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hasan Ali", "Hasen Aly"),
        ("Zhanna Serikkyzy", "Zhana Serikova"),
        ("Yilisen Aierken", "Ersin Erkinuly"),
    ],
)
def test_turkic_names_keep_their_turkic_reading(a: str, b: str) -> None:
    assert compare(a, b).same
