"""Kazakh names from Kazakh Cyrillic into Kazakhstan's Latin alphabets and press spellings.

Kazakhstan adopted three Latin alphabets in four years: apostrophes (2017,
*Gu'lnar*), acute accents (2018, *Gúlnar*), and Turkic-style letters (2021,
*Gülnar*, *Erkınūly*). English-language reporting uses none of them but a loose
BGN-like romanisation whose choices vary by outlet (*Auelkhankyzy*,
*Auelhanqyzy*); `PressStyle` captures those choices.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from victimsdb.core.synth.text import Table, capitalize, table

_CYRILLIC_2021 = table(
    {
        "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
        "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l",
        "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
        "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
        "ю": "iu", "я": "ia",
    }
)  # fmt: skip

_CYRILLIC_2018 = table(
    {
        "а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e",
        "ё": "ıo", "ж": "j", "з": "z", "и": "ı", "й": "ı", "к": "k", "қ": "q", "л": "l",
        "м": "m", "н": "n", "ң": "ń", "о": "o", "ө": "ó", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
        "ю": "ıý", "я": "ıa",
    }
)  # fmt: skip

_CYRILLIC_2017 = table(
    {
        "а": "a", "ә": "a'", "б": "b", "в": "v", "г": "g", "ғ": "g'", "д": "d", "е": "e",
        "ё": "i'o", "ж": "j", "з": "z", "и": "i'", "й": "i'", "к": "k", "қ": "q", "л": "l",
        "м": "m", "н": "n", "ң": "n'", "о": "o", "ө": "o'", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "y'", "ұ": "u", "ү": "u'", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
        "ч": "c'", "ш": "s'", "щ": "s'", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
        "ю": "i'y'", "я": "i'a",
    }
)  # fmt: skip

_PRESS_BASE = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip

LATIN_SYSTEMS = ("2021", "2018", "2017")


@dataclass(frozen=True, slots=True)
class PressStyle:
    """How one outlet romanises Kazakh: each flag picks the less common of two spellings."""

    gh: bool = False  # ғ as gh, not g
    q: bool = False  # қ as q, not k
    ng: bool = False  # ң as ng, not n
    h: bool = False  # х as h, not kh
    j: bool = False  # ж as j, not zh
    umlauts: bool = False  # ә ө ү as ä ö ü, not a o u
    i_for_y: bool = False  # ы as i, not y
    i_for_short_i: bool = False  # й as i, not y
    ye: bool = False  # initial е as ye (Yerlan), not e


def random_press_style(rng: random.Random) -> PressStyle:
    """An outlet's romanisation, drawn with the frequencies seen in English reporting."""
    return PressStyle(
        gh=rng.random() < 0.3,
        q=rng.random() < 0.3,
        ng=rng.random() < 0.25,
        h=rng.random() < 0.25,
        j=rng.random() < 0.2,
        umlauts=rng.random() < 0.1,
        i_for_y=rng.random() < 0.2,
        i_for_short_i=rng.random() < 0.35,
        ye=rng.random() < 0.4,
    )


@lru_cache(maxsize=1024)
def _press_table(style: PressStyle) -> Table:
    mapping = dict(_PRESS_BASE)
    choices = {
        "gh": {"ғ": "gh"},
        "q": {"қ": "q"},
        "ng": {"ң": "ng"},
        "h": {"х": "h"},
        "j": {"ж": "j"},
        "umlauts": {"ә": "ä", "ө": "ö", "ү": "ü"},
        "i_for_y": {"ы": "i"},
        "i_for_short_i": {"й": "i"},
    }
    for flag, replacements in choices.items():
        if getattr(style, flag):
            mapping.update(replacements)
    return table(mapping)


@lru_cache(maxsize=65536)
def to_latin(word: str, system: str) -> str:
    """A Kazakh Cyrillic word in one of Kazakhstan's official Latin alphabets."""
    tables = {"2021": _CYRILLIC_2021, "2018": _CYRILLIC_2018, "2017": _CYRILLIC_2017}
    latin = word.lower().translate(tables[system])
    if system == "2021" and latin.startswith("i"):
        return "İ" + latin[1:]
    return capitalize(latin)


@lru_cache(maxsize=262144)
def to_press(word: str, style: PressStyle) -> str:
    """A Kazakh Cyrillic word as English-language reporting spells it."""
    lower = word.lower()
    latin = lower.translate(_press_table(style))
    if style.ye and lower.startswith("е"):
        latin = "y" + latin
    return capitalize(latin)


def patronymic(father: str, female: bool) -> str:
    """The Kazakh patronymic in Cyrillic: Еркін → Еркінұлы (son), Еркінқызы (daughter)."""
    return father + ("қызы" if female else "ұлы")
