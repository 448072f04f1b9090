"""Spelling noise: the errors stay in the name's script and look like real misprints."""

from __future__ import annotations

import random

from victimsdb.core.synth.noise import misspell, reshape, script_of

NAMES = [
    "Gulzira Auelkhankyzy",
    "Гүлзира Әуелханқызы",
    "گۈلزىرە ئاۋۇلقانقىزى",
    "古丽孜热·阿吾勒汗",
    "Yilisen Aierken",
    "İlyas Erkınūly",
]


def test_misspelling_keeps_the_script() -> None:
    rng = random.Random(0)
    for name in NAMES:
        for _ in range(200):
            noisy = misspell(name, rng)
            assert noisy and script_of(noisy) == script_of(name)
            assert "|" not in noisy and noisy.isprintable()


def test_misspelling_usually_changes_the_name_a_little() -> None:
    rng = random.Random(1)
    noisy = [misspell("Gulzira Auelkhankyzy", rng) for _ in range(300)]
    changed = [name for name in noisy if name != "Gulzira Auelkhankyzy"]
    assert len(changed) > 250
    assert all(abs(len(name) - len("Gulzira Auelkhankyzy")) <= 4 for name in noisy)


def test_sound_alike_swaps_are_among_the_errors() -> None:
    rng = random.Random(2)
    noisy = {misspell("Qaster Musakhanuly", rng) for _ in range(500)}
    assert "Kaster Musakhanuly" in noisy
    assert "Qaster Musahanuly" in noisy


def test_kazakh_cyrillic_is_sometimes_typed_on_a_russian_keyboard() -> None:
    rng = random.Random(3)
    noisy = {misspell("Гүлзира Әуелханқызы", rng) for _ in range(300)}
    assert "Гулзира Ауелханкызы" in noisy


def test_chinese_gets_homophones_and_other_separators() -> None:
    rng = random.Random(4)
    noisy = {misspell("古丽孜热·阿吾勒汗", rng) for _ in range(300)}
    assert "古力孜热·阿吾勒汗" in noisy
    assert "古丽孜热阿吾勒汗" in noisy


def test_reshaping_swaps_drops_or_abbreviates_name_parts() -> None:
    rng = random.Random(5)
    shapes = {reshape("Ersin Erkinuly", rng) for _ in range(200)}
    assert {"Erkinuly Ersin", "Ersin", "Erkinuly", "E. Erkinuly"} <= shapes


def test_it_is_deterministic_for_a_seed() -> None:
    assert [misspell(name, random.Random(9)) for name in NAMES] == [
        misspell(name, random.Random(9)) for name in NAMES
    ]
