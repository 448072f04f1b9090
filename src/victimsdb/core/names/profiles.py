"""A word as word scoring sees it, written as one short string: its profile.

Scoring two words (:func:`.compare.profile_score`, :func:`.compare.word_similarity`)
uses, of each word, only:

* the gender its suffix marks, if it has one;
* whether it is a bare initial, and its first letter as spelt and as keyed;
* each of its readings, in order (the first is primary): the reading's phonetic
  form, its Chinese syllable pattern (:func:`chinese_pattern`), whether it is read
  as pinyin, and whether its spelling ends in *l* or *r* (Chinese may drop those);
* its pinyin spelling, if it is a Chinese name (:func:`.chinese.looks_like_chinese_name`):
  two Chinese names score no more than their pinyin is alike, letter for letter;
* else its spelling, if it reads as pinyin of one or two syllables
  (:func:`short_pinyin`): against a Chinese name, that too is compared letter for letter.

Many spellings in many scripts share all of that (*Gulnar*, *Гульнар*, *Gülnar*,
*Gulnaar*), and common names have thousands of spellings at a million entries. A
search index keeps each stored word's profile, so that a query scores each
distinct profile once, cached by the two strings, rather than reading and scoring
every spelling (the keys: :mod:`.keys`; the index: ``victimsdb.web.search``).

The text is ``gender|initial-flag key-letter|readings|chinese|short-pinyin|stem-letter``; readings
are separated by ``;``, a reading's form, pattern and flags by ``,``. Forms, patterns,
key letters and pinyin are ASCII letters, so none holds a separator; the stem's first
letter (a letter too, as romanised words are) comes last all the same, where a
separator in it would do no harm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from victimsdb.core.names.chinese import looks_like_chinese_name, split_pinyin
from victimsdb.core.names.keys import phonetic_form, word_key
from victimsdb.core.names.memo import string_memo
from victimsdb.core.names.tokens import NameToken, Reading

_CHINESE_NEUTRAL = str.maketrans("bdgj", "ptkz")
_PATTERN_LETTERS = str.maketrans({"J": "j", "S": "s", "l": "r"})
_DOUBLED_CONSONANT = re.compile(r"([^aiuW])\1+")
_VOWEL_RUN = re.compile(r"(?:[aiuW])+")


@dataclass(frozen=True)
class ReadingForms:
    """What scoring uses of one reading of a word."""

    form: str
    pattern: str
    pinyin: bool
    ends_in_l_or_r: bool


@dataclass(frozen=True)
class WordProfile:
    """What scoring uses of one word."""

    gender: str  # the gender its suffix marks; "" without a suffix
    is_initial: bool
    first_letter: str  # of its stem
    first_key_letter: str  # of its stem's key
    readings: tuple[ReadingForms, ...]
    chinese: str = ""  # its pinyin, if it is a Chinese name (chinese_spelling)
    short_pinyin: str = ""  # else its spelling, if one or two pinyin syllables


def word_profile(token: NameToken) -> WordProfile:
    """The profile of a parsed word."""
    return WordProfile(
        gender="" if token.suffix is None else token.suffix.gender.value,
        is_initial=token.is_initial,
        first_letter=token.stem[:1],
        first_key_letter=word_key(token.stem)[:1],
        readings=tuple(reading_forms(reading) for reading in token.readings),
        chinese=chinese_spelling(token),
        short_pinyin=short_pinyin(token),
    )


def chinese_spelling(token: NameToken) -> str:
    """The word's pinyin if it is a Chinese name (*chenghui* for *Chenghui* or 成辉),
    else ""."""
    if token.is_initial or token.suffix is not None or not token.readings:
        return ""
    spelling = token.readings[0].spelling
    return spelling if looks_like_chinese_name(spelling) else ""


def short_pinyin(token: NameToken) -> str:
    """The word's spelling if it splits into one or two pinyin syllables and is not a
    Chinese name by its marks (祥 *xiang*, *Xiang*, *Ali*), else "".

    Many Chinese given names have no mark that Turkic names lack (*Xiang*: x- and
    -iang transcribe Turkic names too), so they are read as any other word; but
    against a Chinese name (*Qiang*), a word that could be pinyin is held to its
    pinyin spelling: *Ma Qiang* is not *Ma Xiang*, nor 马强 马祥. Longer words are
    Turkic names in transcription (*Yi-li-sen*), and a word that is no pinyin at all
    (*Tsiang*, *Gulnar*) is left to its sounds."""
    if chinese_spelling(token) or token.is_initial or token.suffix is not None:
        return ""
    spelling = token.readings[0].spelling if token.readings else ""
    syllables = split_pinyin(spelling)
    return spelling if syllables and len(syllables) <= 2 else ""


def reading_forms(reading: Reading) -> ReadingForms:
    """The forms of one reading that scoring compares."""
    return ReadingForms(
        form=phonetic_form(reading.spelling, pinyin=reading.pinyin),
        pattern=chinese_pattern(reading.spelling, reading.pinyin),
        pinyin=reading.pinyin,
        ends_in_l_or_r=reading.spelling[-1:] in ("l", "r"),
    )


def profile_text(token: NameToken) -> str:
    """The profile of a parsed word, as the string an index stores."""
    profile = word_profile(token)
    readings = ";".join(
        f"{r.form},{r.pattern},{'p' if r.pinyin else ''}{'f' if r.ends_in_l_or_r else ''}"
        for r in profile.readings
    )
    flag = "i" if profile.is_initial else "w"
    head = f"{profile.gender}|{flag}{profile.first_key_letter}"
    chinese = f"{profile.chinese}|{profile.short_pinyin}"
    return f"{head}|{readings}|{chinese}|{profile.first_letter}"


# Bounded, and small: a search parses each stored word's profile once, but the query
# word's for every stored word it meets (half of the parsing, before this cache).
@lru_cache(maxsize=1024)
def parse_profile(text: str) -> WordProfile:
    """The profile a :func:`profile_text` string stands for."""
    gender, head, readings, chinese, short, first_letter = text.split("|", 5)
    return WordProfile(
        gender=gender,
        is_initial=head[:1] == "i",
        first_letter=first_letter,
        first_key_letter=head[1:],
        readings=tuple(_reading(part) for part in readings.split(";")) if readings else (),
        chinese=chinese,
        short_pinyin=short,
    )


def _reading(text: str) -> ReadingForms:
    form, pattern, flags = text.split(",")
    return ReadingForms(form, pattern, "p" in flags, "f" in flags)


@string_memo(maxsize=100_000)
def chinese_pattern(spelling: str, pinyin: bool) -> str:
    """A word as Chinese transcription keeps it: its consonants as the key spells them
    (no voicing, l as r, j as z), and where its vowels fall, as one vowel ``a``; the
    vowels at its edges dropped (Chinese adds them: *Bo-la-ti* for *Bolat*, and drops
    them: *Si-ma-yi* for *Ismail*). Unlike the bare key, the number of syllables
    still counts: *Tao* is not *Da-wu-ti*."""
    form = phonetic_form(spelling, pinyin=pinyin)
    letters = form.translate(_PATTERN_LETTERS).replace("ng", "n")
    pattern = _VOWEL_RUN.sub("a", _DOUBLED_CONSONANT.sub(r"\1", letters))
    pattern = pattern.translate(_CHINESE_NEUTRAL)
    return pattern.strip("a") or pattern
