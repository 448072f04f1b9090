"""Which script (and which orthography) a name is written in.

Scripts are ISO 15924 codes, as in :class:`victimsdb.core.vocabulary.Script`;
a name written in two scripts is :data:`MIXED`, one with no letters is
:data:`NO_SCRIPT`. Orthographies are language tags (kk, ky, ug, ru, zh) guessed
from the letters only that language's alphabet has.
"""

from __future__ import annotations

import unicodedata

from victimsdb.core.names.icu_adapter import script_code
from victimsdb.core.vocabulary import Script

MIXED = "mixed"
NO_SCRIPT = "Zzzz"

_SHARED = {"Zyyy", "Zinh", "Zzzz"}
_KAZAKH_CYRILLIC = set("әғқұһі")
_UYGHUR_CYRILLIC = set("җҳ")
_KYRGYZ_CYRILLIC = set("ңөү")
_KYRGYZ_LONG_VOWELS = ("ээ", "ыы")
_UYGHUR_ARABIC = set("ېۈئ")
_KAZAKH_ARABIC = set("\u0674\u0675\u0676\u0677\u0678عح")


def scripts_in(text: str) -> list[str]:
    """Return the ISO 15924 codes of the letters of ``text``, in order of appearance."""
    found: list[str] = []
    for char in text:
        if not unicodedata.category(char).startswith("L"):
            continue
        code = script_code(char)
        if code not in _SHARED and code not in found:
            found.append(code)
    return found


def detect_script(text: str) -> str:
    """Return the script of a name: ``Latn``, ``Cyrl``, ``Arab``, ``Hani``, another
    ISO 15924 code, :data:`MIXED` when letters of two scripts occur, or
    :data:`NO_SCRIPT` when there are no letters.
    """
    found = scripts_in(text)
    if not found:
        return NO_SCRIPT
    if len(found) > 1:
        return MIXED
    return found[0]


def detect_orthography(text: str) -> str | None:
    """Guess the language whose alphabet ``text`` uses: kk, ky, ug, ru, zh or None.

    Only letters that belong to one alphabet decide; a Cyrillic name without
    any of them is taken as Russian-style, an Arabic-script one as Uyghur.
    """
    script = detect_script(text)
    if script == Script.CYRILLIC:
        return _cyrillic_orthography(text.lower())
    if script == Script.ARABIC:
        return _arabic_orthography(set(text))
    if script == Script.HAN:
        return "zh"
    return None


def _cyrillic_orthography(text: str) -> str:
    letters = set(text)
    if letters & _UYGHUR_CYRILLIC:
        return "ug"
    if letters & _KAZAKH_CYRILLIC:
        return "kk"
    if letters & _KYRGYZ_CYRILLIC or any(pair in text for pair in _KYRGYZ_LONG_VOWELS):
        return "ky"
    return "ru"


def _arabic_orthography(letters: set[str]) -> str:
    if letters & _KAZAKH_ARABIC and not letters & _UYGHUR_ARABIC:
        return "kk"
    return "ug"
