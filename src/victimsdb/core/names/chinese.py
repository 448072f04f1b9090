"""Chinese renderings of Turkic names: telling a pinyin transcription apart.

Chinese documents write a Kazakh or Uyghur name with characters chosen for
their sound, and Latin copies of those documents give their pinyin: *Ersin*
becomes 伊力森 *Yilisen*, *Erkin* 艾尔肯 *Aierken*, *Gül* 古丽 *Guli*. Chinese
adds a vowel after every consonant it cannot end a syllable with (``ti``,
``ke``, ``mu``, ``le``, ``er``), puts ``yi``/``ai``/``wu`` before a word that
starts with a vowel, writes ``l`` for Turkic ``r`` and ``x`` for ``s``/``sh``.
:mod:`.keys` undoes these; this module only says which Latin words are pinyin
at all, so that ``x`` and ``q`` are read as pinyin letters there.
"""

from __future__ import annotations

from functools import lru_cache

from victimsdb.core.names.memo import string_memo

_FINALS_BY_INITIAL: dict[str, str] = {
    "": "a ai an ang ao e ei en eng er o ou",
    "b": "a ai an ang ao ei en eng i ian iao ie in ing o u",
    "p": "a ai an ang ao ei en eng i ian iao ie in ing o ou u",
    "m": "a ai an ang ao e ei en eng i ian iao ie in ing iu o ou u",
    "f": "a an ang ei en eng o ou u",
    "d": "a ai an ang ao e ei en eng i ian iao ie ing iu ong ou u uan ui un uo",
    "t": "a ai an ang ao e eng i ian iao ie ing ong ou u uan ui un uo",
    "n": "a ai an ang ao e ei en eng i ian iang iao ie in ing iu ong ou u uan un uo v ve",
    "l": "a ai an ang ao e ei eng i ia ian iang iao ie in ing iu o ong ou u uan un uo v ve",
    "g": "a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo",
    "k": "a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo",
    "h": "a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo",
    "j": "i ia ian iang iao ie in ing iong iu u uan ue un",
    "q": "i ia ian iang iao ie in ing iong iu u uan ue un",
    "x": "i ia ian iang iao ie in ing iong iu u uan ue un",
    "zh": "a ai an ang ao e ei en eng i ong ou u ua uai uan uang ui un uo",
    "ch": "a ai an ang ao e en eng i ong ou u ua uai uan uang ui un uo",
    "sh": "a ai an ang ao e ei en eng i ou u ua uai uan uang ui un uo",
    "r": "an ang ao e en eng i ong ou u ua uan ui un uo",
    "z": "a ai an ang ao e ei en eng i ong ou u uan ui un uo",
    "c": "a ai an ang ao e en eng i ong ou u uan ui un uo",
    "s": "a ai an ang ao e en eng i ong ou u uan ui un uo",
    "y": "a an ang ao e i in ing o ong ou u uan ue un",
    "w": "a ai an ang ei en eng o u",
}

PINYIN_ONLY_LETTERS = ("x", "q", "c", "zh")
"""Letters whose pinyin sound (s/sh, ch, ts, j) differs from their Turkic Latin one."""

CHINESE_NAME_FINALS = ("eng", "ong", "ui", "iu", "ao", "ie", "ue", "uang")
"""Syllable endings that Chinese given names have (*Cheng-hui*, *Xiao-dong*, *Xue*),
Turkic names in Latin have not, and Chinese transcriptions of Turkic names have far
less often than *-uo*, *-ou* or *-iang* (*Tuo-xun*, *Rou-zi*, *Nu-er-jiang*), which
are left out (some do: 别克 *Bie-ke* for *Bek*)."""

CHINESE_NAME_STARTS = ("qi",)
"""Syllable openings that mark a Chinese name: pinyin *qi-* (*Qiang*, *Qing*), not *qu-*
(Kazakh Latin *Qulan*); not *x*, which Chinese transcribes Turkic names with (*Tu-xun*
for *Tursun*), nor *c*, Turkish Latin's *j* (*Cuma*, *Can*)."""


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (``ü`` written ``v``)."""
    return frozenset(
        initial + final
        for initial, finals in _FINALS_BY_INITIAL.items()
        for final in finals.split()
    )


def split_pinyin(word: str) -> list[str] | None:
    """Split a lower-case word into pinyin syllables, or None when it is not pinyin.

    The split with the fewest syllables wins (``xian`` is one syllable).
    """
    split = _split_pinyin_text(word)
    return None if split == NOT_PINYIN else split.split() if split else []


NOT_PINYIN = "-"  # no syllable holds it


@string_memo(maxsize=100_000)  # search asks of every Chinese-looking word it scores
def _split_pinyin_text(word: str) -> str:
    """`split_pinyin` as a string (the syllables with spaces between, or NOT_PINYIN), as
    the memo keeps it."""
    syllables = _split_pinyin(word)
    return NOT_PINYIN if syllables is None else " ".join(syllables)


def _split_pinyin(word: str) -> list[str] | None:
    best: list[list[str] | None] = [[]] + [None] * len(word)
    syllables = pinyin_syllables()
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            head = best[start]
            if head is not None and word[start:end] in syllables:
                candidate = [*head, word[start:end]]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[len(word)]


def looks_like_pinyin_name(word: str) -> bool:
    """True when a Latin word reads as a Chinese transcription of a Turkic name.

    It must split into pinyin syllables, and either have three or more of them
    (``Yi-li-sen``, ``Ai-er-ken``) or use a letter only pinyin uses that way
    (``x``, ``q``, ``c``, ``zh``). Two-syllable words such as *Dina* or *Erlan*
    are ordinary Turkic spellings too, so they are left alone.
    """
    syllables = split_pinyin(word)
    if syllables is None or len(syllables) < 2:
        return False
    return len(syllables) >= 3 or any(s.startswith(PINYIN_ONLY_LETTERS) for s in syllables)


@string_memo(maxsize=100_000)  # every word of every name indexed asks, twice
def looks_like_chinese_name(word: str) -> bool:
    """True when a lower-case Latin word reads as a Chinese (Han or Hui) name in pinyin:
    one or two syllables (a Chinese given name or surname; a Turkic name in Chinese
    transcription mostly has more: *Yi-li-sen*), one of them with an opening or an
    ending only Chinese names have (*Cheng-hui*, *Qiang*, *Xue*), as *Hasan*, *Ali*,
    *Tuoxun* or *Rouzi* have not. Some Chinese names have no such mark (*Guo*, *Zhou*,
    *Youmin*) and are read as any other word.

    Pinyin spells a Chinese name one way: two such words that are spelt apart are
    different names (*Chenghui* and *Shengyu*), however alike a Turkic reading of the
    two sounds (:mod:`.compare`)."""
    syllables = split_pinyin(word)
    if syllables is None or len(syllables) > 2:
        return False
    return any(
        syllable.startswith(CHINESE_NAME_STARTS) or syllable.endswith(CHINESE_NAME_FINALS)
        for syllable in syllables
    )
