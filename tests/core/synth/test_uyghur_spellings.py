"""Uyghur script, Uyghur Cyrillic and press Latin from ULY; Kazakh names in Uyghur spelling."""

from __future__ import annotations

from victimsdb.core.synth import uyghur
from victimsdb.core.synth.uyghur import PressStyle


def test_uly_becomes_the_uyghur_arabic_script() -> None:
    assert uyghur.to_arabic("Gülnar") == "گۈلنار"
    assert uyghur.to_arabic("Mihray") == "مىھراي"
    assert uyghur.to_arabic("Memet") == "مەمەت"


def test_a_vowel_opening_a_word_carries_hamza() -> None:
    assert uyghur.to_arabic("Ilham") == "ئىلھام"
    assert uyghur.to_arabic("Abduréhim") == "ئابدۇرېھىم"


def test_uly_becomes_uyghur_cyrillic() -> None:
    assert uyghur.to_cyrillic("Abduréhim") == "Абдуреһим"
    assert uyghur.to_cyrillic("Yasin Toxti") == "Ясин Тохти"


def test_the_press_drops_uly_letters_as_outlets_do() -> None:
    assert uyghur.to_press("Abduréhim", PressStyle()) == "Abdurehim"
    assert uyghur.to_press("Toxti", PressStyle()) == "Tokhti"
    assert uyghur.to_press("Toxti", PressStyle(h_for_x=True)) == "Tohti"
    assert uyghur.to_press("Abduréhim", PressStyle(a_for_e=True, i_for_e_acute=True)) == (
        "Abdurihim"
    )


def test_kazakh_names_reach_uyghur_spelling_as_rfa_writes_them() -> None:
    assert uyghur.from_cyrillic("Әуелханқызы") == "ewelxanqizi"
    assert uyghur.display(uyghur.from_cyrillic("Гүлзира")) == "Gülzira"
    assert uyghur.from_cyrillic("Бакыт", kyrgyz=True) == "baqit"
    assert uyghur.from_cyrillic("Турганаалы", kyrgyz=True) == "turghanali"
