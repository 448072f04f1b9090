"""Any script to one comparable Latin spelling.

Each run of letters of one script is romanised on its own, so a name written
half in Chinese and half in Latin still comes out whole:

* Cyrillic: ICU's BGN/PCGN transforms for Kazakh, Kyrgyz and Russian, chosen
  by :func:`~victimsdb.core.names.scripts.detect_orthography`; Uyghur
  Cyrillic through the rules in :mod:`.alphabets`.
* Arabic script: Uyghur or Kazakh (Xinjiang) letters through :mod:`.alphabets`.
* Han: ICU's ``Han-Latin/Names`` (pinyin); the syllables of one name part are
  joined (``伊力森·艾尔肯`` gives ``Yilisen Aierken``).
* Latin: Turkic letters folded to ASCII digraphs (``ş`` gives ``sh``), the
  apostrophes of Kazakh Latin 2017 read (``s'`` gives ``sh``).

The result is printable ASCII: letters, single spaces and the punctuation of the
input folded to ASCII; anything that cannot be romanised is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from victimsdb.core.names import alphabets
from victimsdb.core.names.icu_adapter import Transform, from_rules, script_code, system
from victimsdb.core.names.scripts import detect_orthography
from victimsdb.core.vocabulary import Script

NAME_SEPARATORS = "·•・‧∙⋅．‐"
"""Dots Chinese documents put between a Turkic given name and the father's name."""

_APOSTROPHES = "'’‘`´ʻʼ′"
_CYRILLIC_TRANSFORMS = {
    "kk": "Kazakh-Latin/BGN; Any-Latin",
    "ky": "Kirghiz-Latin/BGN; Any-Latin",
    "ru": "Russian-Latin/BGN; Any-Latin",
}
_DIACRITICS_ARABIC = "[\\u064B-\\u065F\\u0670] > ;"
_RUN = re.compile(r"(\w+)", re.UNICODE)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_DASH_BETWEEN_HAN = re.compile(f"(?<=[{_HAN}])\\s*[-\u2010-\u2015\uff0d]\\s*(?=[{_HAN}])")
"""A dash between two runs of characters parts a name like the dot does
(*古丽孜热-伊斯肯德尔*): Chinese never hyphenates inside a transcribed name."""


def to_latin(text: str) -> str:
    """Romanise a name written in any script into plain ASCII Latin.

    >>> to_latin("Серікжан Біләш")
    'Serikzhan Bilash'
    """
    return _tidy("".join(latin for latin, _ in romanized_pieces(text)))


def latin_words(text: str) -> list[tuple[str, str]]:
    """Return the words of a name romanised, each with the script it was written in.

    Hyphens inside a word are dropped (``Ai-er-ken`` is one word), except between
    Chinese characters, where a dash parts the name (``古丽孜热-伊斯肯德尔`` is two).
    """
    words: list[tuple[str, str]] = []
    text = _DASH_BETWEEN_HAN.sub(" ", text)
    for latin, script in romanized_pieces(re.sub(r"(?<=\w)-(?=\w)", "", text)):
        words.extend((word, script) for word in re.findall(r"[A-Za-z]+", latin))
    return words


def romanized_pieces(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into runs of one script and romanise each; separators pass through.

    Each item is (Latin text, ISO 15924 code of the run, or ``Zyyy`` for separators).
    """
    text = normalize(text)
    orthography: dict[str, str | None] = {
        script: detect_orthography(_letters_of(text, script))
        for script in (Script.CYRILLIC, Script.ARABIC)
    }
    han_is_one_name = _han_is_one_chinese_name(text)
    pieces: list[tuple[str, str]] = []
    for index, piece in enumerate(_RUN.split(text)):
        if index % 2 == 0:
            pieces.append((piece, "Zyyy"))
            continue
        pieces.extend(
            (_romanize_script(part, code, orthography, han_is_one_name), code)
            for part, code in _split_by_script(piece)
        )
    return pieces


def normalize(text: str) -> str:
    """NFKC-normalise, read apostrophes inside Latin words, turn name dots into spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join("'" if char in _APOSTROPHES else char for char in text)
    text = _read_apostrophes(text)
    return "".join(" " if char in NAME_SEPARATORS else char for char in text)


def _split_by_script(run: str) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    for char in run:
        code = script_code(char)
        if code in {"Zyyy", "Zinh"} and parts:
            code = parts[-1][1]
        if parts and parts[-1][1] == code:
            parts[-1] = (parts[-1][0] + char, code)
        else:
            parts.append((char, code))
    return parts


def _romanize_script(
    part: str, code: str, orthography: dict[str, str | None], han_one_name: bool
) -> str:
    if code == Script.LATIN:
        return fold_latin(part)
    if code == Script.CYRILLIC:
        # BGN/PCGN separates some letter pairs with a middle dot: not part of the name.
        return fold_latin(_cyrillic(orthography[Script.CYRILLIC])(part).replace("·", ""))
    if code == Script.ARABIC:
        return _capitalize(fold_latin(_arabic(orthography[Script.ARABIC])(part)))
    if code == Script.HAN:
        return " ".join(han_to_pinyin(part, split_surname=han_one_name))
    if code in {"Zyyy", "Zinh"}:
        return fold_latin(part)
    return fold_latin(system("Any-Latin")(part))


def prepare() -> None:
    """Build every transliterator now. ICU takes up to 80 ms to build one (Han to
    pinyin); a server process does it as it starts, not in its first searches."""
    for orthography in (*_CYRILLIC_TRANSFORMS, "ug"):
        _cyrillic(orthography)
    for orthography in ("kk", "ug"):  # any other Arabic-script name is read as Uyghur
        _arabic(orthography)
    for transform_id in ("Any-Latin", "Han-Latin/Names; Latin-ASCII", "Latin-ASCII"):
        system(transform_id)
    _turkic_fold()


def han_to_pinyin(run: str, *, split_surname: bool = False) -> list[str]:
    """Return the pinyin words (tones dropped, syllables joined) of a run of Han.

    With ``split_surname`` a two- or three-character run is read as a Chinese
    name: surname, then given name (``张晓明`` gives ``Zhang Xiaoming``).
    """
    syllables = pinyin_syllables(run)
    if split_surname and 2 <= len(syllables) <= 3:
        return [syllables[0].capitalize(), "".join(syllables[1:]).capitalize()]
    return ["".join(syllables).capitalize()] if syllables else []


def pinyin_syllables(run: str) -> list[str]:
    """Return the toneless pinyin syllable of each Han character of ``run``."""
    latin = system("Han-Latin/Names; Latin-ASCII")(run).lower()
    return [syllable for syllable in re.split(r"[^a-z]+", latin) if syllable]


def fold_latin(text: str) -> str:
    """Fold Latin letters with diacritics to ASCII, reading Turkic letters as digraphs."""
    text = _turkic_fold()(text)
    text = system("Latin-ASCII")(text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(char for char in text if not unicodedata.combining(char))


def _read_apostrophes(text: str) -> str:
    """Read an apostrophe between two Latin letters: a Kazakh 2017 digraph or nothing."""

    def replace(match: re.Match[str]) -> str:
        letter = match.group(1)
        digraph = alphabets.APOSTROPHE_DIGRAPHS.get(letter.lower())
        if digraph is None:
            return letter
        return digraph.capitalize() if letter.isupper() else digraph

    return re.sub(r"([A-Za-z])'(?=[A-Za-z])", replace, text)


@lru_cache(maxsize=1)
def _turkic_fold() -> Transform:
    rules = alphabets.rules_from_table(alphabets.LATIN_TURKIC_FOLD)
    return from_rules("victimsdb-turkic-fold", rules)


def _cyrillic(orthography: str | None) -> Transform:
    if orthography == "ug":
        rules = alphabets.rules_from_table(alphabets.CYRILLIC_UYGHUR)
        return from_rules("victimsdb-ug-cyrillic", rules + "\n:: Any-Latin ;")
    return system(_CYRILLIC_TRANSFORMS.get(orthography or "ru", _CYRILLIC_TRANSFORMS["ru"]))


def _arabic(orthography: str | None) -> Transform:
    extra = alphabets.ARABIC_KAZAKH if orthography == "kk" else alphabets.ARABIC_UYGHUR
    table = {**alphabets.ARABIC_COMMON, **extra}
    letters = alphabets.rules_from_table(table, with_capitals=False)
    rules = f"{_DIACRITICS_ARABIC}\n{letters}\n:: Any-Latin ;"
    return from_rules(f"victimsdb-{orthography or 'ug'}-arabic", rules)


def _letters_of(text: str, script: str) -> str:
    return "".join(char for char in text if script_code(char) == script)


def _han_is_one_chinese_name(text: str) -> bool:
    """A Han name with no separating dot or space is a Chinese (surname-first) name."""
    han = _letters_of(text, Script.HAN)
    return bool(han) and han == text.strip()


def _capitalize(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


def _tidy(text: str) -> str:
    """Fold what is left (punctuation) to ASCII, drop what cannot be, squeeze spaces."""
    text = system("Latin-ASCII")(text)
    text = "".join(char if char.isascii() and char.isprintable() else " " for char in text)
    return re.sub(r"\s+", " ", text).strip()
