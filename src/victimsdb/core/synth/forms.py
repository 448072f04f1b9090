"""Which parts of a name a source gives, in which order, before any transliteration.

A Kazakh appears as *Ersin Erkinuly* (given name and patronymic), *Ersin Erkin*
(given and father's name, as Chinese documents have it), *Ersin Nurzhanov*
(a Russian-style surname) or *Nurzhanov Ersin Erkinovich* (Russian order, with
a Russian patronymic). `words` builds these in the person's own script, or in
Russian Cyrillic for the Russian forms.
"""

from __future__ import annotations

from enum import StrEnum

from victimsdb.core.synth import kazakh, kyrgyz, russian, uyghur
from victimsdb.core.synth.people import Person
from victimsdb.core.vocabulary import Ethnicity


class Form(StrEnum):
    """The name parts a source gives, in its order."""

    GIVEN_FATHER = "given_father"  # Ersin Erkin
    GIVEN_PATRONYMIC = "given_patronymic"  # Ersin Erkinuly, Almaz Bakyt uulu
    GIVEN_SURNAME = "given_surname"  # Ersin Nurzhanov
    SURNAME_GIVEN = "surname_given"  # Nurzhanov Ersin
    RUSSIAN_FULL = "russian_full"  # Nurzhanov Ersin Erkinovich


def words(person: Person, form: Form) -> list[str]:
    """The name's words in the person's own script (Kazakh/Kyrgyz Cyrillic or ULY).

    Uyghurs have no patronymic suffix: GIVEN_PATRONYMIC gives the father's name.
    Surnames here keep the people's own letters (Нұржанов); see `russian_words`.
    """
    name, female = person.name, person.female
    if form is Form.GIVEN_PATRONYMIC:
        if person.ethnicity is Ethnicity.KAZAKH:
            return [name.given, kazakh.patronymic(name.father, female)]
        if person.ethnicity is Ethnicity.KYRGYZ:
            return [name.given, *kyrgyz.patronymic(name.father, female).split()]
    if form in (Form.GIVEN_FATHER, Form.GIVEN_PATRONYMIC):
        return [name.given, name.father]
    surname = _own_surname(person)
    if form is Form.GIVEN_SURNAME:
        return [name.given, surname]
    if form is Form.SURNAME_GIVEN:
        return [surname, name.given]
    return [surname, name.given, name.father]


def _own_surname(person: Person) -> str:
    root = person.name.surname
    if person.ethnicity is Ethnicity.UYGHUR:
        vowel = "e" if root[-1] in uyghur.VOWELS else "o"
        return root + vowel + ("va" if person.female else "v")
    return russian.surname(root, person.female, russian_letters=False)


def russian_words(person: Person, form: Form, dzh: bool = False) -> list[str]:
    """The name's words as Russian text writes them: Ерсин Нуржанов, Нуржанов Ерсин Еркинович."""
    name, female = person.name, person.female
    given, father, root = (
        _cyrillic(person, part) for part in (name.given, name.father, name.surname)
    )
    if form is Form.GIVEN_PATRONYMIC and person.ethnicity is not Ethnicity.UYGHUR:
        return [russian.russianize(word, dzh) for word in words(person, form)]
    if form in (Form.GIVEN_FATHER, Form.GIVEN_PATRONYMIC):
        return [russian.russianize(given, dzh), russian.russianize(father, dzh)]
    surname = russian.surname(root, female)
    if form is Form.GIVEN_SURNAME:
        return [russian.russianize(given, dzh), surname]
    if form is Form.SURNAME_GIVEN:
        return [surname, russian.russianize(given, dzh)]
    return [surname, russian.russianize(given, dzh), russian.patronymic(father, female)]


def _cyrillic(person: Person, word: str) -> str:
    return uyghur.to_cyrillic(word) if person.ethnicity is Ethnicity.UYGHUR else word


def pivot(person: Person, word: str) -> str:
    """A canonical word in the ULY-like Latin the Uyghur script and Chinese are made from."""
    if person.ethnicity is Ethnicity.UYGHUR:
        return word.lower()
    return uyghur.from_cyrillic(word, kyrgyz=person.ethnicity is Ethnicity.KYRGYZ)
