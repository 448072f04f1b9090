"""Uyghur spellings from Uyghur Latin (ULY), and the Uyghur-style Latin of Kazakh and Kyrgyz names.

ULY is the canonical form of Uyghur names here. From it come the Arabic-based
Uyghur script (UEY: *Gülnar* → گۈلنار, a vowel opening a syllable carries
hamza: *Ilham* → ئىلھام), Uyghur Cyrillic (UKY, used in Kazakhstan) and the
press's looser Latin (*Abdurehim*, *Abdurahim*; *x* as kh or h, *q* as k).

Kazakh and Kyrgyz names pass through the same ULY-like Latin (`from_cyrillic`)
to reach the Uyghur script and Chinese: that is how Uyghur-language and Chinese
documents in Xinjiang write them (*Gulzire Awulqanqizi*, seed 002).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

from victimsdb.core.synth.text import capitalize, table

VOWELS = frozenset("aeéioöuü")
_DIGRAPHS = ("ch", "gh", "ng", "sh", "zh")
_TOKEN = re.compile(r"ch|gh|ng|sh|zh|'|.", re.DOTALL)

_ARABIC = {
    "a": "ا", "e": "ە", "é": "ې", "i": "ى", "o": "و", "u": "ۇ", "ö": "ۆ", "ü": "ۈ",
    "b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "d": "د", "r": "ر",
    "z": "ز", "zh": "ژ", "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك",
    "g": "گ", "ng": "ڭ", "l": "ل", "m": "م", "n": "ن", "h": "ھ", "w": "ۋ", "y": "ي",
    "v": "ۋ",
}  # fmt: skip
_HAMZA = "ئ"

_CYRILLIC = {
    "a": "а", "e": "ә", "é": "е", "i": "и", "o": "о", "u": "у", "ö": "ө", "ü": "ү",
    "b": "б", "p": "п", "t": "т", "j": "җ", "ch": "ч", "x": "х", "d": "д", "r": "р",
    "z": "з", "zh": "ж", "s": "с", "sh": "ш", "gh": "ғ", "f": "ф", "q": "қ", "k": "к",
    "g": "г", "ng": "ң", "l": "л", "m": "м", "n": "н", "h": "һ", "w": "в", "y": "й",
    "v": "в",
}  # fmt: skip

_FROM_CYRILLIC = table(
    {
        "а": "a", "ә": "e", "б": "b", "в": "w", "г": "g", "ғ": "gh", "д": "d", "е": "e",
        "ё": "yo", "ж": "j", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
        "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ұ": "u", "ү": "ü", "ф": "f", "х": "x", "һ": "h", "ц": "s",
        "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "і": "i", "ь": "", "э": "e",
        "ю": "yu", "я": "ya",
    }
)  # fmt: skip
_CYRILLIC_VOWELS = "аәеёиоөуұүыіэюя"
_W_AFTER_VOWEL = re.compile(r"(?<=[" + _CYRILLIC_VOWELS + r"])у|у(?=[аәеоө])")
_KYRGYZ_DOUBLE = re.compile(r"([аоуыэөү])\1")
_FRONT = frozenset("әеиөүіэ")


def tokens(uly: str) -> list[str]:
    """A lower-case ULY word split into letters, digraphs (ch gh ng sh zh) counting as one."""
    return [token for token in _TOKEN.findall(uly.lower()) if token != "'"]


@lru_cache(maxsize=65536)
def to_arabic(uly: str) -> str:
    """A ULY word or name in the Uyghur Arabic script (UEY)."""
    return " ".join(_word_to_arabic(word) for word in uly.split())


def _word_to_arabic(word: str) -> str:
    letters: list[str] = []
    previous_vowel = True  # a word-initial vowel takes hamza, like one after a vowel
    for token in tokens(word):
        vowel = token in VOWELS
        if vowel and previous_vowel:
            letters.append(_HAMZA)
        letters.append(_ARABIC.get(token, token))
        previous_vowel = vowel
    return "".join(letters)


@lru_cache(maxsize=65536)
def to_cyrillic(uly: str) -> str:
    """A ULY word or name in Uyghur Cyrillic (UKY)."""
    words = ("".join(_CYRILLIC.get(token, token) for token in tokens(word)) for word in uly.split())
    return " ".join(capitalize(word.replace("йа", "я").replace("йу", "ю")) for word in words)


@dataclass(frozen=True, slots=True)
class PressStyle:
    """How one outlet romanises Uyghur names written in ULY."""

    h_for_x: bool = False  # x as h (Tohti), not kh (Tokhti)
    k_for_q: bool = False  # q as k, not q
    g_for_gh: bool = False  # gh as g, not gh
    i_for_e_acute: bool = False  # é as i, not e
    umlauts: bool = False  # ö ü kept, not o u
    a_for_e: bool = False  # a non-initial e as a (Rahim for Rehim)


def random_press_style(rng: random.Random) -> PressStyle:
    """An outlet's romanisation of Uyghur names."""
    return PressStyle(
        h_for_x=rng.random() < 0.5,
        k_for_q=rng.random() < 0.25,
        g_for_gh=rng.random() < 0.2,
        i_for_e_acute=rng.random() < 0.3,
        umlauts=rng.random() < 0.2,
        a_for_e=rng.random() < 0.15,
    )


@lru_cache(maxsize=131072)
def to_press(uly: str, style: PressStyle) -> str:
    """A ULY word as English-language reporting spells it."""
    lower = uly.lower()
    replacements = {
        "x": "h" if style.h_for_x else "kh",
        "q": "k" if style.k_for_q else "q",
        "é": "i" if style.i_for_e_acute else "e",
    }
    if not style.umlauts:
        replacements.update({"ö": "o", "ü": "u"})
    out = [replacements.get(token, token) for token in tokens(lower)]
    if style.g_for_gh:
        out = ["g" if token == "gh" else token for token in out]
    if style.a_for_e:
        out = out[:1] + ["a" if token == "e" else token for token in out[1:]]
    return capitalize("".join(out))


@lru_cache(maxsize=65536)
def from_cyrillic(word: str, kyrgyz: bool = False) -> str:
    """A Kazakh or Kyrgyz Cyrillic word in ULY-like Latin: Әуелханқызы → ewelxanqizi.

    Kyrgyz writes к and г for both the front and the back sounds; in a word with
    only back vowels they become q and gh, as Uyghur spelling would have them.
    Kyrgyz long vowels (аа, үү) are written single.
    """
    lower = word.lower()
    if kyrgyz:
        lower = _KYRGYZ_DOUBLE.sub(r"\1", lower)
        if not _FRONT.intersection(lower):
            lower = lower.replace("к", "қ").replace("г", "ғ")
    lower = _W_AFTER_VOWEL.sub("в", lower)
    return lower.translate(_FROM_CYRILLIC)


def display(uly: str) -> str:
    """A lower-case ULY name with capitals: gülzire awulqanqizi → Gülzire Awulqanqizi."""
    return " ".join(capitalize(word) for word in uly.split())
