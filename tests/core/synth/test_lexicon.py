"""The name lists: real names, each once, in the script the renderers expect."""

from __future__ import annotations

import re

import pytest

from victimsdb.core.synth.lexicon import hui, kazakh, kyrgyz, uyghur

KAZAKH_CYRILLIC = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+$")
KYRGYZ_CYRILLIC = re.compile(r"^[А-ЯЁҢӨҮ][а-яёңөү]+$")
ULY = re.compile(r"^[A-ZÖÜÉ][a-zöüé]+$")


@pytest.mark.parametrize(
    "names",
    [kazakh.MALE, kazakh.FEMALE, kyrgyz.MALE, kyrgyz.FEMALE, uyghur.MALE, uyghur.FEMALE],
)
def test_no_name_is_listed_twice(names: tuple[str, ...]) -> None:
    assert len(names) == len(set(names)) >= 40


def test_kazakh_names_are_in_kazakh_cyrillic() -> None:
    assert all(KAZAKH_CYRILLIC.match(name) for name in kazakh.MALE + kazakh.FEMALE)


def test_kyrgyz_names_are_in_kyrgyz_cyrillic() -> None:
    assert all(KYRGYZ_CYRILLIC.match(name) for name in kyrgyz.MALE + kyrgyz.FEMALE)


def test_uyghur_names_are_in_uly() -> None:
    assert all(ULY.match(name) for name in uyghur.MALE + uyghur.FEMALE)


def test_the_names_from_the_brief_and_seeds_are_there() -> None:
    assert {"Нұрлан", "Ерлан", "Серік", "Ерсін", "Еркін"} <= set(kazakh.MALE)
    assert {"Гүлнар", "Айгерім", "Гүлзира", "Сайрагүл"} <= set(kazakh.FEMALE)
    assert {"Abduréhim", "Ilham", "Memet"} <= set(uyghur.MALE)
    assert {"Gülnar", "Mihray"} <= set(uyghur.FEMALE)
    assert {"Алмаз", "Бакыт", "Нурмамбет", "Алмамбет"} <= set(kyrgyz.MALE)
    assert "Айзада" in kyrgyz.FEMALE
    assert hui.SURNAMES[0] == ("马", "ma", 30.0) and ("军", "jun") in hui.MALE_CHARS
