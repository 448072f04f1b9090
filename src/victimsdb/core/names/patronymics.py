"""Patronymics and Russian-style surname endings.

Kazakh and Kyrgyz names often carry the father's name with a suffix: *Erkinuly*
"son of Erkin", *Auelkhankyzy* "daughter of Auelkhan", Kyrgyz *Bakyt uulu* as
two words, Russian *Erkinovich*/*Erkinovna*. Soviet-era surnames add
*-ov/-ova/-ev/-eva* to a forebear's name (*Shormanbayeva*). Chinese documents
and many Xinjiang names use the bare father's name instead (*Yilisen Aierken*,
"Ersin [son of] Erkin"). Stripping the suffix lets all of these meet on the
father's name, while the gender it encodes is kept to tell a son from a
daughter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from victimsdb.core.names.similarity import without_doubled_letters


class Gender(StrEnum):
    """The gender a suffix marks."""

    MALE = "male"
    FEMALE = "female"


class SuffixKind(StrEnum):
    """What a stripped suffix was."""

    PATRONYMIC = "patronymic"  # -uly, -kyzy, -ovich, -ovna: son/daughter of
    SURNAME = "surname"  # -ov, -ova, -ev, -eva: Russian-style family name


@dataclass(frozen=True)
class Suffix:
    """The suffix stripped from a word, and what it tells."""

    kind: SuffixKind
    gender: Gender
    text: str


MIN_STEM = 3
"""Shorter stems are left whole: *Uly* or *Kyzy* alone is not a patronymic.

``-guli`` is not ``-uli``: it is Chinese 古丽 *guli* for *gül* (*Ayiguli* = *Aigül*).
"""

_PATTERNS: list[tuple[re.Pattern[str], SuffixKind, Gender]] = [
    (re.compile(r"(?:[oe]vich|yevich|ovych)$"), SuffixKind.PATRONYMIC, Gender.MALE),
    (re.compile(r"(?:[oe]vna|yevna|ichna)$"), SuffixKind.PATRONYMIC, Gender.FEMALE),
    (
        re.compile(r"(?:uuly|uulu|uly|(?<!g)uli|(?<!g)ulu|ugli|ugly|ogly|oglu|ogli)$"),
        SuffixKind.PATRONYMIC,
        Gender.MALE,
    ),
    # A vowel dropped or added before the z (*Bekaryskzy*, *Ganqiyzy*) is a common typo,
    # and no given name ends that way.
    (re.compile(r"(?:k|q|kh)(?:y|i){0,2}z(?:y|i)$"), SuffixKind.PATRONYMIC, Gender.FEMALE),
    (re.compile(r"y?[oe]va$"), SuffixKind.SURNAME, Gender.FEMALE),
    (re.compile(r"y?[oe]v$"), SuffixKind.SURNAME, Gender.MALE),
]

# fmt: off
STANDALONE: dict[str, Gender] = {
    "uly": Gender.MALE, "uuly": Gender.MALE, "uulu": Gender.MALE, "ulu": Gender.MALE,
    "ogly": Gender.MALE, "oglu": Gender.MALE, "ugli": Gender.MALE, "ogli": Gender.MALE,
    "kyzy": Gender.FEMALE, "qyzy": Gender.FEMALE, "qizi": Gender.FEMALE,
    "kizi": Gender.FEMALE, "kyz": Gender.FEMALE, "gyzy": Gender.FEMALE,
}
# fmt: on
"""Kyrgyz and Uzbek write the patronymic marker as a word of its own (*Bakyt uulu*)."""


def split_suffix(word: str) -> tuple[str, Suffix | None]:
    """Split a lower-case Latin word into (stem, suffix); suffix is None if there is none.

    >>> stem, suffix = split_suffix("erkinuly")
    >>> stem, suffix.kind.value, suffix.gender.value
    ('erkin', 'patronymic', 'male')
    """
    found = _split(word)
    if found[1] is None:
        # A typed-twice letter hides a suffix (*Galymqyyzy*): look again without doubles.
        squeezed = without_doubled_letters(word)
        if squeezed != word and _split(squeezed)[1] is not None:
            return _split(squeezed)
    return found


def _split(word: str) -> tuple[str, Suffix | None]:
    for pattern, kind, gender in _PATTERNS:
        match = pattern.search(word)
        if match and match.start() >= MIN_STEM:
            return word[: match.start()], Suffix(kind, gender, match.group(0))
    return word, None
