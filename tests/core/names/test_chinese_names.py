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
        ("xiaodong", True),
        ("ma", False),  # no mark of a Chinese name: Turkic spellings have it too
        ("guo", False),  # nor has this one
        ("hasan", False),
        ("ali", False),
        ("zhanna", False),  # Kazakh Latin writes ж as zh
        ("qulan", False),  # and q
        ("cuma", False),  # Turkish Latin writes j as c
        ("yilisen", False),  # a Turkic name in Chinese transcription: three syllables
        ("tuoxun", False),  # or syllables Chinese transcribes Turkic names with
        ("rouzi", False),
        ("gulnar", False),  # not pinyin at all
    ],
)
def test_a_word_is_a_chinese_name_only_with_a_mark_of_one(word: str, chinese: bool) -> None:
    assert looks_like_chinese_name(word) is chinese


def test_two_given_names_that_a_turkic_reading_hears_alike_are_different() -> None:
    assert not compare("Ma Chenghui", "Ma Shengyu").same
    assert not compare("Li Xiaodong", "Li Xiaolong").same
    assert not compare("Ma Qin", "Ma Qing").same  # one syllable, not the start of another


def test_a_chinese_name_is_no_more_alike_a_turkic_name_than_it_was() -> None:
    assert not compare("Ma Qing", "Ma Huseyin").same
    assert not compare("Ma Cheng", "Ma Hasan").same


def test_a_given_name_written_as_two_words_still_meets_the_whole() -> None:
    assert compare("Ma Cheng Hui", "Ma Chenghui").same


def test_a_word_that_could_be_pinyin_is_held_to_it_against_a_chinese_name() -> None:
    # Xiang has no mark of a Chinese name (x- and -iang transcribe Turkic names too),
    # but against Qiang, which has, it is another pinyin name.
    assert not compare("Ma Qiang", "Ma Xiang").same
    assert not compare("马强", "马祥").same
    assert not compare("Ma Qiang", "马祥").same
    assert compare("马祥", "Ma Xiang").same


def test_short_transcriptions_in_characters_keep_their_turkic_reading() -> None:
    assert compare("吐逊·买买提", "托逊·买买提").same  # neither is a Chinese name


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
        ("Memet Tuxun", "Memet Tuoxun"),  # 吐逊 and 托逊, both for Tursun
        ("Ablet Rouzi", "Ablet Rouzhi"),
        ("Cuma Qulan", "Cume Qulang"),
    ],
)
def test_turkic_names_keep_their_turkic_reading(a: str, b: str) -> None:
    assert compare(a, b).same
