"""Kyrgyz names from Kyrgyz Cyrillic into the press's Latin spellings.

Kyrgyz has no official Latin alphabet; reporting uses a BGN-like romanisation
(*Bubuazhar*, *Nurmambet*), with `ü`/`ö` kept or dropped and `ж` as zh or j.
The patronymic is a separate word: *Bakyt uulu* "son of Bakyt", *Bakyt kyzy*.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from victimsdb.core.synth.text import Table, capitalize, table

_PRESS_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "ng",
    "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PressStyle:
    """How one outlet romanises Kyrgyz."""

    j: bool = False  # ж as j, not zh
    umlauts: bool = False  # ө ү as ö ü, not o u
    n: bool = False  # ң as n, not ng
    i_for_short_i: bool = False  # й as i, not y


def random_press_style(rng: random.Random) -> PressStyle:
    """An outlet's Kyrgyz romanisation."""
    return PressStyle(
        j=rng.random() < 0.3,
        umlauts=rng.random() < 0.25,
        n=rng.random() < 0.4,
        i_for_short_i=rng.random() < 0.4,
    )


@lru_cache(maxsize=64)
def _press_table(style: PressStyle) -> Table:
    mapping = dict(_PRESS_BASE)
    if style.j:
        mapping["ж"] = "j"
    if style.umlauts:
        mapping.update({"ө": "ö", "ү": "ü"})
    if style.n:
        mapping["ң"] = "n"
    if style.i_for_short_i:
        mapping["й"] = "i"
    return table(mapping)


@lru_cache(maxsize=65536)
def to_press(word: str, style: PressStyle) -> str:
    """A Kyrgyz Cyrillic word as English-language reporting spells it (uulu, kyzy in lower case)."""
    latin = word.lower().translate(_press_table(style))
    return latin if word in PARTICLES else capitalize(latin)


SON_OF, DAUGHTER_OF = "уулу", "кызы"
PARTICLES = frozenset({SON_OF, DAUGHTER_OF})


def patronymic(father: str, female: bool) -> str:
    """The Kyrgyz patronymic in Cyrillic, two words: Бакыт уулу, Бакыт кызы."""
    return f"{father} {DAUGHTER_OF if female else SON_OF}"
