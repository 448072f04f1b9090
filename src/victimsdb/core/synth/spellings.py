"""A person's name as one source spells it: the script, the romanisation, the name parts.

Each `Style` is a way real sources write these names: Kazakh Cyrillic
(Kazakhstani testimony), the three Kazakh Latin alphabets, Kyrgyz Cyrillic,
Russian Cyrillic and its Latin (passports), English-language reporting, the
Uyghur script with ULY Latin (Uyghur services, Xinjiang documents), Uyghur
Cyrillic, Chinese characters and pinyin (Chinese documents, leaked lists).
`spell` returns a source's names for a person: the primary name in its style,
sometimes followed by the same name in a second script, as sources often give.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from enum import StrEnum

from victimsdb.core.synth import chinese, kazakh, kyrgyz, russian, uyghur
from victimsdb.core.synth.draw import Weighted
from victimsdb.core.synth.forms import Form, pivot, russian_words, words
from victimsdb.core.synth.people import Person
from victimsdb.core.synth.places import Lang
from victimsdb.core.synth.text import table
from victimsdb.core.vocabulary import Ethnicity


class Style(StrEnum):
    """How a source writes names (a BCP 47-like tag)."""

    KK_CYRL = "kk-Cyrl"
    KK_LATN_2021 = "kk-Latn-2021"
    KK_LATN_2018 = "kk-Latn-2018"
    KK_LATN_2017 = "kk-Latn-2017"
    KY_CYRL = "ky-Cyrl"
    RU_CYRL = "ru-Cyrl"
    RU_LATN = "ru-Latn"
    EN_PRESS = "en"
    UG_ARAB = "ug-Arab"
    UG_LATN = "ug-Latn"
    UG_CYRL = "ug-Cyrl"
    ZH_HANI = "zh-Hani"
    ZH_LATN = "zh-Latn"


S = Style
STYLES: dict[Ethnicity, dict[Style, int]] = {
    Ethnicity.KAZAKH: {
        S.EN_PRESS: 20, S.KK_CYRL: 14, S.RU_CYRL: 8, S.RU_LATN: 8, S.ZH_HANI: 8,
        S.ZH_LATN: 8, S.UG_LATN: 6, S.UG_ARAB: 5, S.KK_LATN_2021: 3, S.KK_LATN_2018: 2,
        S.KK_LATN_2017: 1,
    },
    Ethnicity.UYGHUR: {
        S.EN_PRESS: 20, S.UG_ARAB: 14, S.UG_LATN: 12, S.ZH_HANI: 10, S.ZH_LATN: 10,
        S.RU_CYRL: 4, S.RU_LATN: 4, S.UG_CYRL: 3,
    },
    Ethnicity.KYRGYZ: {
        S.EN_PRESS: 20, S.KY_CYRL: 14, S.RU_CYRL: 8, S.RU_LATN: 8, S.ZH_HANI: 8,
        S.ZH_LATN: 8, S.UG_ARAB: 3, S.UG_LATN: 3,
    },
    Ethnicity.HUI: {S.ZH_HANI: 20, S.ZH_LATN: 20, S.EN_PRESS: 15},
}  # fmt: skip
"""The styles sources use for each people, with their relative frequency."""

LANGS: dict[Style, Lang] = {
    S.KK_CYRL: Lang.KK, S.KY_CYRL: Lang.KK, S.RU_CYRL: Lang.RU, S.UG_ARAB: Lang.UG,
    S.UG_CYRL: Lang.UG, S.ZH_HANI: Lang.ZH, S.ZH_LATN: Lang.PINYIN,
}  # fmt: skip
"""The language a source in each style writes place names in (English if not listed)."""

Spelling = tuple[str, ...]
STYLE_DRAWS = {people: Weighted(weights) for people, weights in STYLES.items()}

F = Form
_KAZAKH_CYRILLIC_FORMS = Weighted({F.GIVEN_PATRONYMIC: 5, F.GIVEN_FATHER: 2, F.GIVEN_SURNAME: 2})
_KAZAKH_LATIN_FORMS = Weighted({F.GIVEN_PATRONYMIC: 7, F.GIVEN_FATHER: 3})
_KYRGYZ_CYRILLIC_FORMS = Weighted({F.GIVEN_PATRONYMIC: 4, F.GIVEN_FATHER: 4, F.GIVEN_SURNAME: 2})
_RUSSIAN_FORMS = Weighted(
    {F.GIVEN_SURNAME: 35, F.SURNAME_GIVEN: 20, F.RUSSIAN_FULL: 20, F.GIVEN_FATHER: 15,
     F.GIVEN_PATRONYMIC: 10}
)  # fmt: skip
_PRESS_FORMS = {
    Ethnicity.KAZAKH: Weighted({F.GIVEN_PATRONYMIC: 45, F.GIVEN_FATHER: 35, F.GIVEN_SURNAME: 20}),
    Ethnicity.KYRGYZ: Weighted({F.GIVEN_FATHER: 45, F.GIVEN_PATRONYMIC: 30, F.GIVEN_SURNAME: 25}),
    Ethnicity.UYGHUR: Weighted({F.GIVEN_FATHER: 92, F.GIVEN_SURNAME: 8}),
}


def spell(person: Person, style: Style, rng: random.Random) -> Spelling:
    """The names a source in `style` gives for `person`, primary name first."""
    if person.ethnicity is Ethnicity.HUI:
        return _HUI[style](person, rng)
    return _TURKIC[style](person, rng)


def _kazakh_cyrillic(person: Person, rng: random.Random) -> Spelling:
    name = words(person, _KAZAKH_CYRILLIC_FORMS.draw(rng))
    if rng.random() < 0.35:
        press = kazakh.random_press_style(rng)
        return " ".join(name), " ".join(kazakh.to_press(word, press) for word in name)
    return (" ".join(name),)


def _kazakh_latin(system: str) -> Callable[[Person, random.Random], Spelling]:
    def render(person: Person, rng: random.Random) -> Spelling:
        name = words(person, _KAZAKH_LATIN_FORMS.draw(rng))
        latin = " ".join(kazakh.to_latin(word, system) for word in name)
        return (latin, " ".join(name)) if rng.random() < 0.4 else (latin,)

    return render


def _kyrgyz_cyrillic(person: Person, rng: random.Random) -> Spelling:
    name = words(person, _KYRGYZ_CYRILLIC_FORMS.draw(rng))
    if rng.random() < 0.35:
        press = kyrgyz.random_press_style(rng)
        return " ".join(name), " ".join(kyrgyz.to_press(word, press) for word in name)
    return (" ".join(name),)


def _russian_cyrillic(person: Person, rng: random.Random) -> Spelling:
    name = russian_words(person, _RUSSIAN_FORMS.draw(rng), dzh=rng.random() < 0.3)
    if rng.random() < 0.3:
        bgn = rng.random() < 0.5
        return " ".join(name), " ".join(russian.to_latin(word, bgn) for word in name)
    return (" ".join(name),)


def _russian_latin(person: Person, rng: random.Random) -> Spelling:
    name = russian_words(person, _RUSSIAN_FORMS.draw(rng), dzh=rng.random() < 0.3)
    bgn = rng.random() < 0.5
    return (" ".join(russian.to_latin(word, bgn) for word in name),)


def _press(person: Person, rng: random.Random) -> Spelling:
    form = _PRESS_FORMS[person.ethnicity].draw(rng)
    if form is Form.GIVEN_SURNAME:  # surnames reach the press through Russian
        name = russian_words(person, form)
        return (" ".join(russian.to_latin(word, bgn=True) for word in name),)
    name = words(person, form)
    if person.ethnicity is Ethnicity.KAZAKH:
        kk = kazakh.random_press_style(rng)
        return (" ".join(kazakh.to_press(word, kk) for word in name),)
    if person.ethnicity is Ethnicity.KYRGYZ:
        ky = kyrgyz.random_press_style(rng)
        return (" ".join(kyrgyz.to_press(word, ky) for word in name),)
    ug = uyghur.random_press_style(rng)
    return (" ".join(uyghur.to_press(word, ug) for word in name),)


def _uyghur_form(person: Person, rng: random.Random) -> list[str]:
    """Uyghur-language sources: given and father's name, for Kazakhs often with -qizi/-uli."""
    form = Form.GIVEN_FATHER if rng.random() < 0.6 else Form.GIVEN_PATRONYMIC
    return [pivot(person, word) for word in words(person, form)]


_PLAIN = table({"ö": "o", "ü": "u", "é": "e", "Ö": "O", "Ü": "U", "É": "E"})


def _uyghur_latin_text(name: list[str], rng: random.Random) -> str:
    text = uyghur.display(" ".join(name))
    return text.translate(_PLAIN) if rng.random() < 0.5 else text  # often without diacritics


def _uyghur_arabic(person: Person, rng: random.Random) -> Spelling:
    name = _uyghur_form(person, rng)
    arabic = uyghur.to_arabic(" ".join(name))
    return (arabic, _uyghur_latin_text(name, rng)) if rng.random() < 0.4 else (arabic,)


def _uyghur_latin(person: Person, rng: random.Random) -> Spelling:
    name = _uyghur_form(person, rng)
    latin = _uyghur_latin_text(name, rng)
    return (latin, uyghur.to_arabic(" ".join(name))) if rng.random() < 0.3 else (latin,)


def _uyghur_cyrillic(person: Person, rng: random.Random) -> Spelling:
    return (uyghur.to_cyrillic(" ".join(_uyghur_form(person, rng))),)


def _chinese_words(person: Person, variant: int) -> tuple[str, str]:
    name = person.name
    given, father = pivot(person, name.given), pivot(person, name.father)
    return chinese.turkic_name([given, father], [person.female, False], variant)


def _chinese(person: Person, rng: random.Random) -> Spelling:
    hanzi, pinyin = _chinese_words(person, rng.randrange(chinese.VARIANTS))
    return (hanzi, pinyin) if rng.random() < 0.5 else (hanzi,)


def _pinyin(person: Person, rng: random.Random) -> Spelling:
    _, pinyin = _chinese_words(person, rng.randrange(chinese.VARIANTS))
    given, father = pinyin.split(" ")
    if rng.random() < 0.1:  # passport order: the father's name as surname, in capitals
        return (f"{father.upper()} {given}",)
    return (pinyin,)


def _hui_hanzi(person: Person, rng: random.Random) -> Spelling:
    hanzi = person.name.surname + person.name.given
    return (hanzi, _hui_latin(person, rng, surname_last=False)) if rng.random() < 0.5 else (hanzi,)


def _hui_pinyin(person: Person, rng: random.Random) -> Spelling:
    return (_hui_latin(person, rng, surname_last=rng.random() < 0.15),)


def _hui_press(person: Person, rng: random.Random) -> Spelling:
    return (_hui_latin(person, rng, surname_last=rng.random() < 0.4),)


def _hui_latin(person: Person, rng: random.Random, surname_last: bool) -> str:
    surname, *given = person.name.pinyin
    roll = rng.random()
    if len(given) > 1 and roll < 0.15:
        first = given[0].capitalize() + "-" + "".join(given[1:])
    else:
        first = chinese.hui_pinyin(given)
    last = surname.upper() if roll > 0.9 else surname.capitalize()
    return f"{first} {last}" if surname_last else f"{last} {first}"


_Renderer = Callable[[Person, random.Random], Spelling]
_TURKIC: dict[Style, _Renderer] = {
    S.KK_CYRL: _kazakh_cyrillic,
    S.KK_LATN_2021: _kazakh_latin("2021"),
    S.KK_LATN_2018: _kazakh_latin("2018"),
    S.KK_LATN_2017: _kazakh_latin("2017"),
    S.KY_CYRL: _kyrgyz_cyrillic,
    S.RU_CYRL: _russian_cyrillic,
    S.RU_LATN: _russian_latin,
    S.EN_PRESS: _press,
    S.UG_ARAB: _uyghur_arabic,
    S.UG_LATN: _uyghur_latin,
    S.UG_CYRL: _uyghur_cyrillic,
    S.ZH_HANI: _chinese,
    S.ZH_LATN: _pinyin,
}
_HUI: dict[Style, _Renderer] = {
    S.ZH_HANI: _hui_hanzi,
    S.ZH_LATN: _hui_pinyin,
    S.EN_PRESS: _hui_press,
}
