"""A full name as a list of words, each with its patronymic and its readings.

Reading a name: romanise it (:mod:`.transliterate`), lower-case each word,
attach a free-standing ``uulu``/``kyzy`` to the word before it, strip
patronymic and surname suffixes (:mod:`.patronymics`), and list the
plausible ways to pronounce the stem:

* ``latin``: as a Turkic Latin spelling (the default);
* ``pinyin``: as Chinese pinyin, for words that came from Chinese characters
  (primary) or look like a pinyin transcription (an alternative);
* ``x-as-sh`` / ``x-as-ks``: ``x`` is ``kh`` in Uyghur Latin but ``sh`` in a
  pinyin-influenced spelling and ``ks`` in an English one (*Koxebek* =
  *Koksebek*);
* ``no-h``: Kazakh drops the ``h`` Uyghur and Arabic start a name with
  (*Hasan* = *Asan*).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from victimsdb.core.names.chinese import looks_like_pinyin_name
from victimsdb.core.names.patronymics import STANDALONE, Suffix, SuffixKind, split_suffix
from victimsdb.core.names.transliterate import latin_words
from victimsdb.core.vocabulary import Script

MAX_WORDS = 8
"""Longer inputs are cut: names have a handful of words, not paragraphs."""

MAX_WORD_LENGTH = 40
"""Longer words are cut, which bounds the cost of comparing them."""


@dataclass(frozen=True)
class Reading:
    """One way to pronounce a word."""

    spelling: str
    pinyin: bool
    kind: str


@dataclass(frozen=True)
class NameToken:
    """One word of a name, romanised and analysed."""

    text: str
    latin: str
    stem: str
    suffix: Suffix | None
    readings: tuple[Reading, ...]

    @property
    def is_initial(self) -> bool:
        """True for a bare initial such as the ``A`` of ``A. Shormanbayeva``."""
        return len(self.stem) == 1

    @property
    def is_patronymic(self) -> bool:
        """True when the word names the father (-uly, -kyzy, -ovich, uulu)."""
        return self.suffix is not None and self.suffix.kind == SuffixKind.PATRONYMIC


def parse_name(name: str) -> list[NameToken]:
    """Split a name in any script into analysed words (at most :data:`MAX_WORDS`)."""
    return list(_parse_name(name))


# Comparing one name with many (evaluation, intake) meets the same names again and
# again; parsing (ICU transliteration) dominates the cost, and tokens are immutable.
# The caches of words are bounded at thousands, not hundreds of thousands: every
# cached word is several objects that each full garbage collection visits, and a
# server's collections grew to half a second with them (forms, distances and scores
# are cached as strings and numbers instead: memo.py).
@lru_cache(maxsize=20_000)
def _parse_name(name: str) -> tuple[NameToken, ...]:
    tokens: list[NameToken] = []
    for full_text, script in latin_words(name)[: MAX_WORDS * 2]:
        text = full_text[:MAX_WORD_LENGTH]
        word = text.lower()
        if word in STANDALONE and tokens and tokens[-1].suffix is None:
            gender = STANDALONE[word]
            tokens[-1] = _with_suffix(tokens[-1], Suffix(SuffixKind.PATRONYMIC, gender, word))
            continue
        tokens.append(_token(text, from_han=script == Script.HAN))
    return tuple(tokens[:MAX_WORDS])


def token_signature(token: NameToken) -> str:
    """A short text that gives the word back with :func:`token_from_signature`.

    A search index stores each distinct word of its names once, by signature,
    and scores a query's words against those words instead of whole names.
    """
    origin = "h" if token.readings[0].kind == "pinyin" else "l"
    attached = ""
    if token.suffix is not None and token.suffix.text in STANDALONE and token.latin == token.stem:
        attached = "+" + token.suffix.text
    return f"{origin}{token.latin}{attached}"


@lru_cache(maxsize=4096)  # bounded: see _parse_name
def token_from_signature(signature: str) -> NameToken:
    """The word a :func:`token_signature` stands for."""
    attached = signature[1:].partition("+")[2]
    token = _token(signature_latin(signature), from_han=signature[:1] == "h")
    if attached:
        token = _with_suffix(token, Suffix(SuffixKind.PATRONYMIC, STANDALONE[attached], attached))
    return token


def signature_latin(signature: str) -> str:
    """The romanised spelling of the word a :func:`token_signature` stands for, without
    reading the word (search's tie-break needs only this)."""
    return signature[1:].partition("+")[0]


def _token(text: str, *, from_han: bool) -> NameToken:
    word = text.lower()
    stem, suffix = split_suffix(word)
    return NameToken(text, word, stem, suffix, readings_of(stem, from_han=from_han))


def _with_suffix(token: NameToken, suffix: Suffix) -> NameToken:
    return NameToken(token.text, token.latin, token.stem, suffix, token.readings)


def readings_of(stem: str, *, from_han: bool = False) -> tuple[Reading, ...]:
    """List the plausible readings of a stem, the primary one first."""
    if from_han:
        return (Reading(stem, True, "pinyin"),)
    readings = [Reading(stem, False, "latin")]
    if looks_like_pinyin_name(stem):
        readings.append(Reading(stem, True, "pinyin"))
    if "x" in stem:
        readings.append(Reading(stem.replace("x", "sh"), False, "x-as-sh"))
        readings.append(Reading(stem.replace("x", "ks"), False, "x-as-ks"))
    if stem.startswith("h") and len(stem) > 3:
        readings.append(Reading(stem[1:], False, "no-h"))
    return tuple(readings)
