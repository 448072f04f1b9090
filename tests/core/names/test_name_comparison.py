"""compare: do two full names name the same person, and why."""

from __future__ import annotations

import pytest

from victimsdb.core.names import DEFAULT_THRESHOLD, Comparison, compare
from victimsdb.core.names.compare import compare_parsed
from victimsdb.core.names.tokens import parse_name


def assert_same(a: str, b: str) -> Comparison:
    result = compare(a, b)
    assert result.same, result.explanation
    return result


def assert_different(a: str, b: str) -> Comparison:
    result = compare(a, b)
    assert not result.same, result.explanation
    return result


def test_it_matches_kazakh_cyrillic_to_latin() -> None:
    assert_same("Гүлзира Әуелханқызы", "Gulzira Auelkhankyzy")
    assert_same("Серікжан Біләш", "Serikzhan Bilash")


def test_it_matches_uyghur_style_to_kazakh_style_latin() -> None:
    assert_same("Gulzire Awulqanqizi", "Gulzira Auelkhankyzy")


def test_it_matches_kazakh_latin_alphabets_of_2018_and_2021() -> None:
    assert_same("Gülzira Äuelhanqyzy", "Gúlzıra Áýelhanqyzy")


def test_it_matches_uyghur_arabic_script_to_latin() -> None:
    assert_same("ئىلھام توختى", "Ilham Tohti")


def test_it_matches_a_chinese_transcription_to_the_kazakh_name_with_patronymic() -> None:
    assert_same("Yilisen Aierken", "Ersin Erkinuly")
    assert_same("伊力森·艾尔肯", "Ersin Erkinuly")


def test_it_matches_chinese_characters_to_uyghur_names() -> None:
    assert_same("伊力哈木·土赫提", "Ilham Tohti")


def test_it_matches_a_patronymic_to_the_bare_fathers_name() -> None:
    result = assert_same("Ersin Erkinuly", "Ersin Erkin")
    assert "patronymic vs father's name" in result.explanation


def test_it_matches_russian_style_renderings() -> None:
    assert_same("Askar Junus", "Askar Dzhunus")
    assert_same("Aina Shormanbayeva", "Aina Shormanbaeva")
    assert_same("Zhambyl Zhabayev", "Dzhambul Dzhabayev")


def test_it_ignores_name_order() -> None:
    assert_same("Sauytbay Sayragul", "Sayragul Sauytbay")


def test_it_forgives_a_dropped_letter() -> None:
    assert_same("Guzire Awulqanqizi", "Gulzire Awulqanqizi")


def test_it_tolerates_a_word_only_one_name_has() -> None:
    assert_same("Aina Shormanbayeva", "Aina Erkinovna Shormanbayeva")


def test_it_keeps_brothers_with_one_surname_apart() -> None:
    assert_different("Nurmambet Osmon", "Almambet Osmon")
    assert_different("Adil Junus", "Askar Junus")


def test_it_keeps_siblings_with_one_patronymic_apart() -> None:
    assert_different("Nurlan Serikuly", "Nurbol Serikuly")
    assert_different("Serik Bolatuly", "Berik Bolatuly")


def test_it_keeps_a_brother_and_sister_apart() -> None:
    assert_different("Sulaiman Orozobai", "Bubuazhar Orozobai")
    assert_different("Nurlan Serikuly", "Nurlan Serikkyzy")


def test_it_keeps_a_father_and_son_apart() -> None:
    assert_different("Ersin Erkinuly", "Erkin Tursunuly")
    assert_different("Ersin Erkinuly", "Erkin Ersinuly")


def test_it_does_not_identify_a_person_by_one_shared_word() -> None:
    assert_different("Sayragul Sauytbay", "Sauytbay")


def test_it_keeps_different_people_apart() -> None:
    assert_different("Jusup Malik", "Jusup Mamai")
    assert_different("Qaster Musakhanuly", "Murager Alimuly")


def test_it_scores_within_zero_and_one_and_symmetrically() -> None:
    forward = compare("Yilisen Aierken", "Ersin Erkinuly")
    backward = compare("Ersin Erkinuly", "Yilisen Aierken")
    assert 0.0 <= forward.score <= 1.0
    assert forward.score == backward.score


def test_it_returns_the_keys_of_both_names() -> None:
    result = compare("Yilisen Aierken", "Ersin Erkinuly")
    assert result.keys_a == result.keys_b == ["arkn", "arsn"]


def test_it_explains_each_word_match_and_the_verdict() -> None:
    result = compare("Nurmambet Osmon", "Almambet Osmon")
    assert "Nurmambet ~ Almambet" in result.explanation
    assert "Osmon ~ Osmon: identical" in result.explanation
    assert "different people" in result.explanation
    assert [m.word_a for m in result.matches] == ["Nurmambet", "Osmon"]


def test_it_accepts_another_threshold() -> None:
    result = compare("Nurmambet Osmon", "Almambet Osmon", threshold=0.5)
    assert result.same
    assert result.score < DEFAULT_THRESHOLD


def test_it_scores_a_name_without_letters_zero() -> None:
    result = compare("", "Ersin")
    assert (result.score, result.same) == (0.0, False)


def test_it_treats_an_initial_as_weak_evidence() -> None:
    assert_different("A. Shormanbayeva", "Aina Shormanbayeva")
    assert (
        compare("A. Shormanbayeva", "Aina Shormanbayeva").score
        > compare("B. Shormanbayeva", "Aina Shormanbayeva").score
    )


def test_a_name_whose_surname_repeats_the_given_name_is_itself() -> None:
    # Erlan, son of Erlan: both words key alike, and the pairing must not cross them.
    assert compare("Ерлан Ерланов", "Ерлан Ерланов").score == 1.0
    assert compare("Erlan Erlanov", "Erlanov Erlan").score == 1.0


def test_a_short_chinese_name_is_not_a_long_turkic_one() -> None:
    # Chinese keeps the syllables: Tao is one, Da-wu-ti three; keys alone could not tell.
    assert_different("Liu Tao", "热依拉·达吾提")


def test_chinese_may_drop_a_final_l_after_a_vowel() -> None:
    # 斯马依 Si-ma-yi for Ismail: the initial vowel and the final l are both gone.
    assert_same("Ismail Tiliwaldi", "Simayi Tieliwaerdi")
    assert_same("Ismail Tiliwaldi", "斯马依·铁力瓦尔地")


def test_a_dropped_final_needs_two_consonants_left() -> None:
    # One consonant left says too little: 古 (Gu) is a Chinese surname, not Gul.
    assert compare("Gul", "古").score < compare("Ismail", "Simayi").score - 0.1


def test_the_given_name_against_a_marked_fathers_name_ranks_below_the_same_roles() -> None:
    swapped = compare("Nurlan Serik", "Serik Nurlanov").score  # Serik, son of Nurlan
    same = compare("Nurlan Serik", "Nurlan Serikuly").score  # Nurlan, son of Serik
    assert swapped < same == 1.0


def test_words_in_the_other_order_cost_a_little() -> None:
    assert compare("Bolat Erlan", "Erlan Bolat").score == pytest.approx(0.97)
    assert compare("MAIMAITI Gulinaer", "Gulinaer Maimaiti").score == 1.0  # capitals: surname
    assert compare("Auelkhankyzy Gulzira", "Gulzira Auelkhankyzy").score == 1.0  # marked


def test_a_comparison_without_keys_scores_and_explains_as_one_with_them() -> None:
    a, b = "Гүлзира Әуелханқызы", "Gulzire Awulqanqizi"
    full = compare_parsed(a, parse_name(a), b, parse_name(b))
    light = compare_parsed(a, parse_name(a), b, parse_name(b), with_keys=False)
    assert full.keys_a and full.keys_b
    assert (light.keys_a, light.keys_b) == ([], [])
    assert (light.score, light.explanation, light.matches) == (
        full.score,
        full.explanation,
        full.matches,
    )
