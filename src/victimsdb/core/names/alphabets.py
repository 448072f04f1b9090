"""Letter tables for the alphabets ICU has no transform for, as ICU rule strings.

ICU covers Kazakh, Kyrgyz and Russian Cyrillic (BGN/PCGN) and Chinese
(Han-Latin); it has nothing usable for Uyghur in Arabic script (UEY), Kazakh in
Arabic script (as used in Xinjiang), or Uyghur Cyrillic (UKY), so their
letters are listed here and compiled with ``Transliterator.createFromRules``.
The Latin they give follows the Uyghur Latin alphabet (ULY) except that
``خ``/``х`` are written ``kh`` like Kazakh and Russian romanisations do, so the
same sound has one spelling whatever script it came from.
"""

from __future__ import annotations

# fmt: off
ARABIC_COMMON: dict[str, str] = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ة": "a", "ە": "e", "ب": "b", "پ": "p",
    "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "z",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t",
    "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ڭ": "ng",
    "ل": "l", "م": "m", "ن": "n", "ھ": "h", "و": "o", "ۇ": "u", "ۈ": "ü", "ې": "e",
    "ي": "y", "ی": "y", "ئ": "", "ء": "", "ؤ": "u", "\u0674": "", "ـ": "",
}
# fmt: on
"""Letters Uyghur and Kazakh Arabic-script spelling share (after NFKC)."""

ARABIC_UYGHUR: dict[str, str] = {"ۆ": "ö", "ۋ": "w", "ى": "i", "ع": ""}
ARABIC_KAZAKH: dict[str, str] = {"ۆ": "v", "ۋ": "u", "ى": "y", "ع": "gh"}

# fmt: off
CYRILLIC_UYGHUR: dict[str, str] = {
    "а": "a", "ә": "e", "б": "b", "в": "w", "г": "g", "ғ": "gh", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "җ": "j", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q",
    "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "ö", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ү": "ü", "ф": "f", "х": "kh", "һ": "h", "ҳ": "h",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "ұ": "u", "і": "i",
}
# fmt: on

# fmt: off
LATIN_TURKIC_FOLD: dict[str, str] = {
    "ş": "sh", "ș": "sh", "š": "sh", "ç": "ch", "č": "ch", "ğ": "gh", "ǵ": "gh",
    "ǧ": "gh", "ž": "zh", "ñ": "ng", "ń": "ng", "ŋ": "ng", "ň": "ng", "ə": "e",
    "ǝ": "e", "ı": "i", "ý": "u", "ḫ": "kh", "ẍ": "kh", "ĵ": "j", "ⱪ": "q", "ⱨ": "kh",
    "ⱬ": "zh", "ƣ": "gh", "ʹ": "", "ʺ": "", "ʻ": "", "ʼ": "",
}
# fmt: on
"""Letters that Latin-ASCII would fold to the wrong sound for Turkic names.

``ş ç ğ`` (Turkish-style and Kazakh 2021 Latin), ``š ž č`` (scholarly),
``ǵ ń ý`` (Kazakh 2018 Latin, where ``ý`` is Cyrillic ``у``), ``ⱪ ⱨ ⱬ ƣ``
(the 1965-1982 Uyghur "new script").
"""

APOSTROPHE_DIGRAPHS: dict[str, str] = {"s": "sh", "c": "ch", "g": "gh", "n": "ng", "y": "u"}
"""Kazakh Latin of 2017 marked letters with an apostrophe: s' = ш, c' = ч, y' = у."""


def rules_from_table(table: dict[str, str], *, with_capitals: bool = True) -> str:
    """Write an ICU rule string mapping each key of ``table`` to its value.

    With ``with_capitals``, the upper-case letter maps to the capitalised value.
    """
    lines: list[str] = []
    for source, target in sorted(table.items(), key=lambda item: -len(item[0])):
        lines.append(f"{_quote(source)} > {_quote(target)} ;")
        upper = source.upper()
        if with_capitals and upper != source:
            lines.append(f"{_quote(upper)} > {_quote(target.capitalize())} ;")
    return "\n".join(lines)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'" if text else ""
