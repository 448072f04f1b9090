"""Kazakh names in Kazakhstan's three Latin alphabets and in the press's romanisations."""

from __future__ import annotations

from victimsdb.core.synth import kazakh
from victimsdb.core.synth.kazakh import PressStyle


def latin(name: str, system: str) -> str:
    return " ".join(kazakh.to_latin(word, system) for word in name.split())


def press(name: str, style: PressStyle) -> str:
    return " ".join(kazakh.to_press(word, style) for word in name.split())


def test_kazakh_cyrillic_becomes_each_official_latin_alphabet() -> None:
    assert latin("Гүлзира Әуелханқызы", "2021") == "Gülzira Äuelhanqyzy"
    assert latin("Гүлзира Әуелханқызы", "2018") == "Gúlzıra Áýelhanqyzy"
    assert latin("Гүлзира Әуелханқызы", "2017") == "Gu'lzi'ra A'y'elhanqyzy"
    assert latin("Ерсін Еркінұлы", "2021") == "Ersın Erkınūly"


def test_the_press_spelling_matches_english_reporting() -> None:
    assert press("Гүлзира Әуелханқызы", PressStyle()) == "Gulzira Auelkhankyzy"
    assert press("Серікжан Біләш", PressStyle()) == "Serikzhan Bilash"
    assert press("Сайрагүл Сауытбай", PressStyle()) == "Sayragul Sauytbay"
    assert press("Сайрагүл Сауытбай", PressStyle(i_for_short_i=True)) == "Sairagul Sauytbai"


def test_each_press_choice_changes_one_letter_family() -> None:
    assert press("Ерлан Әуелханқызы", PressStyle(ye=True, q=True, h=True)) == ("Yerlan Auelhanqyzy")
    assert press("Жүніс", PressStyle(j=True, umlauts=True)) == "Jünis"


def test_a_kazakh_patronymic_says_son_or_daughter_of() -> None:
    assert kazakh.patronymic("Еркін", female=False) == "Еркінұлы"
    assert kazakh.patronymic("Әуелхан", female=True) == "Әуелханқызы"
