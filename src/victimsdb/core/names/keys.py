"""A Turkic-aware phonetic spelling and key for one word of a name.

Two levels, both plain lower-case ASCII:

* The **form** keeps the shape of the word but spells each sound one way:
  ``q k kh h x`` are one letter, ``gh ğ g`` one, ``zh j dzh c`` one, ``sh ch``
  one (Kazakh has no ``ch``: Kyrgyz *Chyngyz* is Kazakh *Shyngys*),
  ``w u v ü o ö`` one vowel, ``y i ı`` one, ``ä a e`` one; doubled letters are
  single; a word-initial ``Ye``/``Yi`` is a vowel (Russian *Yerlan* = *Erlan*),
  ``Yu``/``Ya`` is ``j`` (*Yusup* = *Jusup* = *Zhusip*).
* The **key** is the form's consonant skeleton: the first vowel as ``a``, no
  other vowels (they vary between Kazakh, Kyrgyz and Uyghur, and Chinese adds
  its own), ``l`` written ``r`` (Chinese writes both Turkic ``l`` and ``r`` as
  ``l``), ``sh`` as ``s`` (Chinese writes Turkic ``s`` as ``sh`` and ``x``),
  ``b d g`` as ``p t k`` (Chinese spells Turkic *p* with its unaspirated *b*:
  *Teyibai* = *Teyip*).
  Keys are for finding candidates (search, blocking); :mod:`.compare` decides
  with the forms.

A key is a fixed point: the key of a key is the key itself.
"""

from __future__ import annotations

import re

from victimsdb.core.names.chinese import looks_like_chinese_name
from victimsdb.core.names.memo import string_memo
from victimsdb.core.names.similarity import without_doubled_letters
from victimsdb.core.names.tokens import NameToken, parse_name

_PINYIN_LETTERS = [("zh", "J"), ("ch", "S"), ("sh", "S"), ("x", "S"), ("q", "S"), ("c", "S")]
_INITIAL = [
    (re.compile(pattern), target)
    for pattern, target in [
        (r"^(?:dzh|dj|zh|j)", "J"),
        (r"^y(?=[aouw])", "J"),
        (r"^(?:y|i)(?=e)|^y(?=i)", ""),
        (r"^y(?=[^aeiou])", "i"),
        (r"^[uvw](?=[aeiouy])", "W"),
    ]
]
_INITIAL_LETTERS = frozenset("dzjyiuvw")  # the only letters an _INITIAL rule starts with
_NOT_A_LETTER = re.compile(r"[^a-z]")
_FINAL_I = re.compile(r"(?<=[au])i$")
# fmt: off
_DIGRAPHS = [
    ("dzh", "J"), ("dj", "J"), ("zh", "J"), ("tsh", "S"), ("tch", "S"), ("ch", "S"),
    ("sh", "S"), ("kh", "k"), ("gh", "g"), ("ng", "n"),
]
_LETTERS = str.maketrans({
    "q": "k", "x": "k", "h": "k", "c": "J", "j": "J", "f": "p", "v": "u", "w": "u",
    "y": "i", "e": "a", "o": "u",
})
# fmt: on
_FORM_VOWELS = "aiu"
_KEY_LETTERS = str.maketrans({"J": "j", "S": "s", "l": "r", "W": "a", "b": "p", "d": "t", "g": "k"})
_MAX_ROUNDS = 8


# Search compares the same few thousand words again and again; forms and keys
# are pure functions of the word, so they are cached.
@string_memo(maxsize=100_000)
def phonetic_form(word: str, *, pinyin: bool = False) -> str:
    """Spell one word the Turkic-phonetic way (see the module docstring).

    With ``pinyin`` the word is read as pinyin: ``x``, ``q``, ``c``, ``ch`` are
    ``sh``-like, ``zh`` is ``j``.
    """
    # Doubled letters first: a doubled letter inside a digraph (*Alimdzzhan*, *Shheng*)
    # must not split it into two sounds.
    text = without_doubled_letters(_NOT_A_LETTER.sub("", word.lower()))
    if pinyin:
        # Pinyin has no "gh": a g before an h ends a syllable's "ng" (*deng-han*), which
        # the digraphs below would read as *den-ghan*.
        text = text.replace("ngh", "nh")
        for source, target in _PINYIN_LETTERS:
            text = text.replace(source, target)
    if text[:1] in _INITIAL_LETTERS:
        for pattern, target in _INITIAL:
            text = pattern.sub(target, text, count=1)
    for source, target in _DIGRAPHS:
        text = text.replace(source, target)
    text = without_doubled_letters(text.translate(_LETTERS))
    return _FINAL_I.sub("", text) if len(text) > 2 else text


def key_of_form(form: str) -> str:
    """Reduce a phonetic form to its key: initial vowel ``a``, then consonants only."""
    head, tail = form[:1], form[1:]
    if head in _FORM_VOWELS:
        head = "a"
    tail = re.sub(f"[{_FORM_VOWELS}W]", "", tail)
    return without_doubled_letters((head + tail).translate(_KEY_LETTERS)).replace("ng", "n")


@string_memo(maxsize=100_000)
def word_key(word: str, *, pinyin: bool = False) -> str:
    """Return the key of one word, iterated until it no longer changes (so it is idempotent)."""
    key = key_of_form(phonetic_form(word, pinyin=pinyin))
    for _ in range(_MAX_ROUNDS):
        again = key_of_form(phonetic_form(key))
        if again == key:
            break
        key = again
    return key


_SI_BEFORE_CONSONANT = re.compile(r"si[^aeiouy]")
"""Pinyin *si* opening a word before a consonant: Chinese writes a Turkic *Is-* so,
without its vowel (司马义 *Simayi* for *Ismail*, 司拉木 *Silamu* for *Islam*)."""


def token_keys(token: NameToken) -> list[str]:
    """Return the keys of every reading of one parsed word, primary reading first.

    A pinyin reading that opens with *si* before a consonant also gives the key of
    the word with an initial *i*: the Turkic name Chinese wrote without its first
    vowel. *Simayi* (key ``sm``) and *Ismail* (``asmr``) are two edits apart, beyond
    what blocking tries; ``asm`` is one.

    A Chinese name in Latin (*Qiang*) also has the key its pinyin gives (强 read from
    characters), that search may put the two side by side; only the key, not a pinyin
    reading, which would score it against Turkic names as a transcription of one."""
    keys: list[str] = []
    for reading in token.readings:
        spellings = [(reading.spelling, reading.pinyin)]
        if reading.pinyin and _SI_BEFORE_CONSONANT.match(reading.spelling.lower()):
            spellings.append(("i" + reading.spelling, True))
        if not reading.pinyin and looks_like_chinese_name(reading.spelling):
            spellings.append((reading.spelling, True))
        for spelling, pinyin in spellings:
            key = word_key(spelling, pinyin=pinyin)
            if key and key not in keys:
                keys.append(key)
    return keys


def name_keys(name: str) -> list[str]:
    """Return the phonetic keys of a full name, sorted, without duplicates.

    Each word gives one key per plausible reading (a patronymic gives the
    father's name's key; a pinyin word also its Chinese reading). The keys of
    a key are the key itself: ``name_keys(k) == [k]`` for every ``k`` returned.

    >>> name_keys("Ersin Erkinuly") == name_keys("Yilisen Aierken")
    True
    """
    return sorted({key for token in parse_name(name) for key in token_keys(token)})
