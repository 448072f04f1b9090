"""Every person can be spelt in every style of their people, in that style's script."""

from __future__ import annotations

import random

from victimsdb.core.synth import Style, generate_persons, spell
from victimsdb.core.synth.noise import script_of
from victimsdb.core.synth.rows import styles_for
from victimsdb.core.synth.spellings import STYLES
from victimsdb.core.vocabulary import Ethnicity

PERSONS = list(generate_persons(1500, seed=4))
SCRIPTS = {
    Style.KK_CYRL: "Cyrl",
    Style.KY_CYRL: "Cyrl",
    Style.RU_CYRL: "Cyrl",
    Style.UG_CYRL: "Cyrl",
    Style.UG_ARAB: "Arab",
    Style.ZH_HANI: "Hani",
}


def test_every_people_is_generated() -> None:
    assert {person.ethnicity for person in PERSONS} == set(STYLES)


def test_every_style_spells_every_person_in_its_script() -> None:
    rng = random.Random(0)
    for person in PERSONS:
        for style in STYLES[person.ethnicity]:
            names = spell(person, style, rng)
            assert names and all(name.strip() for name in names)
            assert script_of(names[0]) == SCRIPTS.get(style, "Latn"), (style, names)


def test_names_never_hold_the_import_separator_or_control_characters() -> None:
    rng = random.Random(1)
    for person in PERSONS:
        for style in STYLES[person.ethnicity]:
            for name in spell(person, style, rng):
                assert "|" not in name and name.isprintable()


def test_each_source_of_a_person_uses_another_style() -> None:
    rng = random.Random(2)
    for person in PERSONS:
        styles = styles_for(person, 4, rng)
        expected = min(4, len(STYLES[person.ethnicity]))
        assert len(set(styles)) == expected


def test_a_kazakh_is_found_in_cyrillic_latin_arabic_and_chinese() -> None:
    kazakh = next(person for person in PERSONS if person.ethnicity is Ethnicity.KAZAKH)
    rng = random.Random(3)
    scripts = {
        script_of(name) for style in STYLES[Ethnicity.KAZAKH] for name in spell(kazakh, style, rng)
    }
    assert scripts == {"Cyrl", "Latn", "Arab", "Hani"}


def test_the_seed_articles_name_shapes_are_produced() -> None:
    """Ersin Erkinuly / Yilisen Aierken-like pairs: the same person in press and pinyin."""
    rng = random.Random(4)
    kazakhs = [person for person in PERSONS if person.ethnicity is Ethnicity.KAZAKH]
    press = {name for person in kazakhs for name in spell(person, Style.EN_PRESS, rng)}
    pinyin = {name for person in kazakhs for name in spell(person, Style.ZH_LATN, rng)}
    assert any(name.endswith(("uly", "kyzy", "qyzy")) for name in press)
    assert any("ai" in name.lower() or "ye" in name.lower() for name in pinyin)
