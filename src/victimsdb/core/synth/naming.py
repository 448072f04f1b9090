"""Drawing given names, fathers' names and surnames for each people, and for siblings.

Names are drawn by popularity (`lexicon.zipf`), so namesakes happen as in
real data, and a share of them is formed with one of the people's name-forming
endings (Серік → Серікжан, Memet → Memetjan, Mihray → Mihraygül), as the
peoples themselves form names: the long tail of rare names real statistics
show. Siblings get distinct given names; Hui siblings often share a generation
character (马建国, 马建华).
"""

from __future__ import annotations

import random

from victimsdb.core.synth.draw import Weighted
from victimsdb.core.synth.lexicon import hui, kazakh, kyrgyz, uyghur, zipf
from victimsdb.core.synth.people import PersonName
from victimsdb.core.vocabulary import Ethnicity, Gender

_TURKIC = {
    Ethnicity.KAZAKH: (Weighted(zipf(kazakh.MALE)), Weighted(zipf(kazakh.FEMALE))),
    Ethnicity.UYGHUR: (Weighted(zipf(uyghur.MALE)), Weighted(zipf(uyghur.FEMALE))),
    Ethnicity.KYRGYZ: (Weighted(zipf(kyrgyz.MALE)), Weighted(zipf(kyrgyz.FEMALE))),
}
_ENDINGS = {
    Ethnicity.KAZAKH: (kazakh.MALE_ENDINGS, kazakh.FEMALE_ENDINGS),
    Ethnicity.UYGHUR: (uyghur.MALE_ENDINGS, uyghur.FEMALE_ENDINGS),
    Ethnicity.KYRGYZ: (kyrgyz.MALE_ENDINGS, kyrgyz.FEMALE_ENDINGS),
}
_VOWELS = set("aeiouöüéаәеиоөұүыіэюяу")
COMPOUND_SHARE = 0.35  # of draws that try a name-forming ending (names that take none stay)
_HUI_SURNAMES = Weighted({(hanzi, pinyin): weight for hanzi, pinyin, weight in hui.SURNAMES})


def given_name(rng: random.Random, ethnicity: Ethnicity, gender: Gender) -> str:
    """A popular-weighted given name of a Turkic people, sometimes with a name-forming ending."""
    male, female = _TURKIC[ethnicity]
    base = (female if gender is Gender.FEMALE else male).draw(rng)
    if rng.random() >= COMPOUND_SHARE:
        return base
    fitting = [
        ending
        for ending in _ENDINGS[ethnicity][gender is Gender.FEMALE]
        if _fits(base, ending, ethnicity)
    ]
    return base + rng.choice(fitting) if fitting else base


def _fits(base: str, ending: str, ethnicity: Ethnicity) -> bool:
    """Whether a name takes this ending: not a second ending (Гүлнаргүл, Memetjanjan),
    not vowel on vowel (Abdullaaxun), not a rhyme (Абылайбай)."""
    word, folded = _fold(base.lower()), _fold(ending)
    return not (
        word.endswith(_FOLDED_ENDINGS[ethnicity])
        or folded in word
        or (word[-1] in _VOWELS and ending[0] in _VOWELS)
        or word.endswith(folded[1:])
    )


def _fold(text: str) -> str:
    # Gülnigar and Gulnigar are one name to these checks.
    return text.replace("ü", "u").replace("ү", "у")


_FOLDED_ENDINGS = {
    ethnicity: tuple(_fold(ending) for ending in male + female)
    for ethnicity, (male, female) in _ENDINGS.items()
}


def given_names(
    rng: random.Random, ethnicity: Ethnicity, genders: list[Gender], father: str
) -> list[str]:
    """Distinct given names for siblings of the given genders, none their father's."""
    chosen: list[str] = []
    for gender in genders:
        name = given_name(rng, ethnicity, gender)
        while name in chosen or name == father:
            name = given_name(rng, ethnicity, gender)
        chosen.append(name)
    return chosen


def turkic_name(rng: random.Random, ethnicity: Ethnicity, gender: Gender) -> PersonName:
    """A Turkic person without relatives in the data: own name, father's, a forebear's."""
    given = given_name(rng, ethnicity, gender)
    father = given_name(rng, ethnicity, Gender.MALE)
    while father == given:
        father = given_name(rng, ethnicity, Gender.MALE)
    forebear = father if rng.random() < 0.4 else given_name(rng, ethnicity, Gender.MALE)
    return PersonName(given, father, forebear)


def hui_surname(rng: random.Random) -> tuple[str, str]:
    """A Hui surname and its pinyin, 马 Ma by far the most common."""
    return _HUI_SURNAMES.draw(rng)


def hui_given(
    rng: random.Random, gender: Gender, generation: tuple[str, str] | None = None
) -> tuple[str, list[str]]:
    """A Hui given name (one or two characters) and its pinyin syllables.

    With `generation`, a two-character name starting with that shared character.
    """
    pool = hui.FEMALE_CHARS if gender is Gender.FEMALE else hui.MALE_CHARS
    first = rng.choice(pool)
    if generation is None and rng.random() < 0.4:
        return first[0], [first[1]]
    head = generation or rng.choice(hui.MALE_CHARS + hui.FEMALE_CHARS)
    while first == head:
        first = rng.choice(pool)
    return head[0] + first[0], [head[1], first[1]]


def hui_name(surname: tuple[str, str], given: tuple[str, list[str]]) -> PersonName:
    """A Hui PersonName from a surname and a given name with their pinyin syllables."""
    return PersonName(given[0], "", surname[0], (surname[1], *given[1]))
