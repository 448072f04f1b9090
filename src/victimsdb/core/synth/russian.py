"""Russian-style renderings: names as Russian-language documents and passports write them.

Kazakhs, Kyrgyz and Uyghurs of the former Soviet Union carry a Russian-style
surname built on a forebear's name (*Шорманбаев*, *Алымкулова*) and appear in
Russian text with the Kazakh letters replaced by Russian ones (Гүлзира →
Гульзира, Жүніс → Джунус). Their Latin forms come from Russian: by the passport
rules (ICAO, *Shormanbaeva*) or by the older BGN ones (*Shormanbayeva*).
"""

from __future__ import annotations

import re
from functools import lru_cache

from victimsdb.core.synth.text import capitalize, table

_TO_RUSSIAN = table(
    {
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "і": "и",
        "һ": "х", "җ": "дж",
    }
)  # fmt: skip
_VOWELS = "аеёиоуыэюяәөүұі"
_SOFTENED_GUL = re.compile(r"^гул(?=[^" + _VOWELS + r"])")
_DOUBLE_VOWEL = re.compile(r"([аоуыэ])\1")

_ICAO = table(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
        "я": "ia",
    }
)  # fmt: skip
_BGN = {**{chr(key): value for key, value in _ICAO.items()}, "й": "y", "ё": "yo", "ю": "yu"}
_BGN.update({"я": "ya", "ъ": ""})
_BGN_TABLE = table(_BGN)
_BGN_YE = re.compile(r"(^|[аеёиоуыэюяьъ])е")


@lru_cache(maxsize=65536)
def russianize(word: str, dzh: bool = False) -> str:
    """A Kazakh, Kyrgyz or Uyghur Cyrillic word as Russian text writes it (lower case kept)."""
    lower = word.lower()
    if dzh and lower.startswith("ж"):
        lower = "дж" + lower[1:]
    lower = _SOFTENED_GUL.sub("гуль", lower.replace("гүл", "гул"))
    return _restore_case(word, _DOUBLE_VOWEL.sub(r"\1", lower).translate(_TO_RUSSIAN))


def _restore_case(original: str, lower: str) -> str:
    return capitalize(lower) if original[:1].isupper() else lower


def _stem_for_suffix(root: str) -> tuple[str, str]:
    """The root and the suffix vowel: -ев after a vowel, й or ь; -ов after a consonant."""
    if root.endswith(("й", "ь")):
        return root[:-1], "е"
    if root[-1:].lower() in _VOWELS:
        return root, "е"
    return root, "о"


def surname(root: str, female: bool, russian_letters: bool = True) -> str:
    """A Russian-style surname on a forebear's name: Сауытбай → Сауытбаев, Сауытбаева.

    Without `russian_letters` the root keeps its Kazakh or Kyrgyz letters (Нұржанов).
    """
    stem, vowel = _stem_for_suffix(russianize(root) if russian_letters else root)
    return stem + vowel + "в" + ("а" if female else "")


def patronymic(father: str, female: bool) -> str:
    """A Russian patronymic: Еркін → Еркинович, Еркиновна."""
    stem, vowel = _stem_for_suffix(russianize(father))
    return stem + vowel + ("вна" if female else "вич")


@lru_cache(maxsize=131072)
def to_latin(word: str, bgn: bool = False) -> str:
    """A Russian Cyrillic word in Latin: passport (ICAO) rules, or the older BGN ones."""
    lower = word.lower()
    if bgn:
        lower = _BGN_YE.sub(lambda match: match.group(1) + "\0", lower)
        latin = lower.translate(_BGN_TABLE).replace("\0", "ye")
    else:
        latin = lower.translate(_ICAO)
    return capitalize(latin)
