"""Russian-style renderings: Russian letters, -ov/-eva surnames, passport and BGN Latin."""

from __future__ import annotations

from victimsdb.core.synth import russian


def test_kazakh_letters_become_russian_ones() -> None:
    assert russian.russianize("Гүлзира") == "Гульзира"
    assert russian.russianize("Нұрлан") == "Нурлан"
    assert russian.russianize("Жүніс", dzh=True) == "Джунис"


def test_surnames_take_ov_or_ev_and_a_feminine_ending() -> None:
    assert russian.surname("Шорманбай", female=True) == "Шорманбаева"
    assert russian.surname("Алымкул", female=True) == "Алымкулова"
    assert russian.surname("Нұржан", female=False) == "Нуржанов"
    assert russian.surname("Нұржан", female=False, russian_letters=False) == "Нұржанов"


def test_patronymics_take_ovich_or_ovna() -> None:
    assert russian.patronymic("Еркін", female=False) == "Еркинович"
    assert russian.patronymic("Сауытбай", female=True) == "Сауытбаевна"


def test_passport_and_bgn_romanisations_differ_as_in_real_reporting() -> None:
    assert russian.to_latin("Шорманбаева") == "Shormanbaeva"
    assert russian.to_latin("Шорманбаева", bgn=True) == "Shormanbayeva"
    assert russian.to_latin("Джунус") == "Dzhunus"
    assert russian.to_latin("Ерлан", bgn=True) == "Yerlan"
