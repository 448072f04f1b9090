"""How often names recur: calibrated on real statistics (lexicon's docstring)."""

from __future__ import annotations

from collections import Counter

import pytest

from victimsdb.core.synth.generate import generate_persons
from victimsdb.core.vocabulary import Ethnicity, Gender


def _given_names(ethnicity: Ethnicity, gender: Gender) -> Counter[str]:
    return Counter(
        person.name.given
        for person in generate_persons(20_000, seed=3)
        if person.ethnicity is ethnicity and person.gender is gender
    )


@pytest.mark.parametrize("ethnicity", [Ethnicity.KAZAKH, Ethnicity.UYGHUR, Ethnicity.KYRGYZ])
@pytest.mark.parametrize("gender", [Gender.MALE, Gender.FEMALE])
def test_the_commonest_name_is_held_by_a_few_percent_not_a_tenth(
    ethnicity: Ethnicity, gender: Gender
) -> None:
    names = _given_names(ethnicity, gender)
    assert names.most_common(1)[0][1] / names.total() < 0.05


def test_names_are_also_formed_with_the_peoples_endings() -> None:
    names = _given_names(Ethnicity.KAZAKH, Gender.MALE)
    assert any(name.endswith("жан") and name[:-3] in names for name in names)
    assert len(names) > 300


def test_an_ending_is_not_doubled_and_vowels_do_not_collide() -> None:
    uyghur = _given_names(Ethnicity.UYGHUR, Gender.MALE)
    women = _given_names(Ethnicity.KAZAKH, Gender.FEMALE)
    uyghur_women = _given_names(Ethnicity.UYGHUR, Gender.FEMALE)
    assert not any(name.endswith("janjan") or name.endswith("aaxun") for name in uyghur)
    assert not any(name.count("гүл") > 1 for name in women)
    assert not any(name.lower().replace("ü", "u").count("gul") > 1 for name in uyghur_women)


def test_an_ending_does_not_rhyme_with_the_name() -> None:
    men = _given_names(Ethnicity.KAZAKH, Gender.MALE)
    assert not any(name.endswith("айбай") or name.endswith("анхан") for name in men)
