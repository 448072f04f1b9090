"""Spelling noise: the mistakes and variations real sources print.

Letter-level errors depend on the script: in Latin, the sound-alike swaps of
Turkic romanisation (q/k, kh/h/x, y/i, zh/j, ä/a, ö/o, ü/u, gh/g) and plain
typos (a dropped, doubled, swapped or neighbouring key); in Cyrillic, Kazakh
letters typed on a Russian keyboard (қ → к, ү → у, і → и); in the Uyghur
script, a lost hamza or a confused vowel; in Chinese, a homophone character
(丽/力/莉, 依/伊) or another separator than the middle dot. Name-level changes
swap the order, drop the father's name or patronymic, keep only the surname or
abbreviate the given name.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from victimsdb.core.synth.draw import Weighted
from victimsdb.core.synth.text import listed, table

_SOUND_ALIKES = (
    ("q", "k"), ("kh", "h"), ("x", "kh"), ("x", "h"), ("y", "i"), ("zh", "j"), ("gh", "g"),
    ("w", "v"), ("ng", "n"), ("dzh", "j"), ("ye", "e"), ("ai", "ay"),
    ("yev", "ev"), ("ie", "ye"), ("u", "o"), ("e", "a"), ("j", "dj"),
)  # fmt: skip
"""Pairs written for each other both ways."""
_PLAIN_LETTERS = (
    ("ä", "a"), ("ö", "o"), ("ü", "u"), ("ğ", "g"), ("ñ", "n"), ("ş", "sh"), ("ç", "ch"),
    ("ı", "i"), ("ū", "u"), ("é", "e"), ("á", "a"), ("ó", "o"), ("ú", "u"), ("ý", "u"),
    ("ǵ", "g"), ("ń", "n"), ("'", ""), ("w", "u"),
)  # fmt: skip
"""Letters that lose their marks on an ordinary keyboard (one way only)."""
_KEYBOARD = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnm",
        ("wa", "es", "wr", "et", "ry", "tu", "yi", "uo", "ip", "o", "aq", "sz", "df")
        + ("fg", "gh", "hj", "jk", "kl", "l", "zx", "xc", "cv", "vb", "bn", "nm", "m"),
        strict=True,
    )
)
_RUSSIAN_KEYBOARD = table(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "і": "и", "һ": "х"}
)
_HOMOPHONES = listed(
    """
    丽力莉利 依伊衣 吐图 买麦 尔儿 提体 克科 古谷 木穆
    江疆 孜兹 热惹 别拜 汗罕 斯思 娜纳 玛马 合赫
    """
)
_ERRORS = Weighted({1: 70, 2: 25, 3: 5})
_SEPARATORS = ("·", "•", ".", "", " ", "-", "・")
_WORD_SPLIT = re.compile(r"([ ·•・.-])")


def misspell(name: str, rng: random.Random) -> str:
    """`name` with one to three letter-level errors typical of its script."""
    ops = _OPS[script_of(name)]
    count = _ERRORS.draw(rng)
    for _ in range(count):
        name = rng.choice(ops)(name, rng) or name
    return name


def reshape(name: str, rng: random.Random) -> str:
    """`name` with its words reordered, shortened or abbreviated, as some sources give it."""
    parts = _WORD_SPLIT.split(name)
    words, separator = parts[::2], (parts[1] if len(parts) > 1 else " ")
    if len(words) < 2:
        return name
    roll = rng.random()
    if roll < 0.4:
        words = [*words[1:], words[0]]
    elif roll < 0.75:
        words = words[:-1]
    elif roll < 0.85:
        words = words[1:]
    elif script_of(name) in ("Latn", "Cyrl"):
        words = [words[0][:1] + ".", *words[1:]]
    else:
        words = words[:-1]
    return separator.join(words)


def script_of(text: str) -> str:
    """The ISO 15924 code of the first letter's script: Latn, Cyrl, Arab or Hani."""
    for char in text:
        code = ord(char)
        if 0x400 <= code < 0x530:
            return "Cyrl"
        if 0x600 <= code < 0x700:
            return "Arab"
        if 0x3400 <= code < 0xA000:
            return "Hani"
        if char.isalpha():
            return "Latn"
    return "Latn"


def _letter_position(name: str, rng: random.Random) -> int | None:
    """A random position of a letter other than a word's first."""
    positions = [i for i in range(1, len(name)) if name[i].isalpha() and name[i - 1].isalpha()]
    return rng.choice(positions) if positions else None


def _drop(name: str, rng: random.Random) -> str | None:
    i = _letter_position(name, rng)
    return None if i is None or len(name) < 4 else name[:i] + name[i + 1 :]


def _double(name: str, rng: random.Random) -> str | None:
    i = _letter_position(name, rng)
    return None if i is None else name[: i + 1] + name[i:]


def _transpose(name: str, rng: random.Random) -> str | None:
    i = _letter_position(name, rng)
    if i is None or i + 1 >= len(name) or not name[i + 1].isalpha():
        return None
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def _neighbour_key(name: str, rng: random.Random) -> str | None:
    i = _letter_position(name, rng)
    if i is None or name[i] not in _KEYBOARD:
        return None
    return name[:i] + rng.choice(_KEYBOARD[name[i]]) + name[i + 1 :]


def _lower(text: str) -> str:
    """Lower case, letter for letter (İ lowers to two characters: it is kept)."""
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _sound_alike(name: str, rng: random.Random) -> str | None:
    lower = _lower(name)
    pairs = [(a, b) for a, b in _SOUND_ALIKES if a in lower] + [
        (b, a) for a, b in _SOUND_ALIKES if b in lower
    ]
    pairs += [(a, b) for a, b in _PLAIN_LETTERS if a in lower]
    if not pairs:
        return None
    old, new = rng.choice(pairs)
    starts = [m.start() for m in re.finditer(re.escape(old), lower) if not _in_digraph(lower, m)]
    if not starts:
        return None
    i = rng.choice(starts)
    if name[i].isupper():
        new = new.capitalize()
    return name[:i] + new + name[i + len(old) :]


def _in_digraph(text: str, match: re.Match[str]) -> bool:
    """Whether a matched h is the second letter of gh, kh, sh, zh or ch (not a sound of its own)."""
    start = match.start()
    return match.group() == "h" and start > 0 and text[start - 1] in "gkszc"


def _russian_keyboard(name: str, rng: random.Random) -> str | None:
    plain = _lower(name).translate(_RUSSIAN_KEYBOARD)
    if plain == _lower(name):
        return None
    return " ".join(word[:1].upper() + word[1:] for word in plain.split(" "))


def _lost_hamza(name: str, rng: random.Random) -> str | None:
    return name.replace("ئ", "", 1) if "ئ" in name else None


def _vowel_confusion(name: str, rng: random.Random) -> str | None:
    swaps = [(a, b) for a, b in (("ى", "ې"), ("ە", "ا"), ("ۇ", "ۈ"), ("ې", "ى")) if a in name]
    if not swaps:
        return None
    a, b = rng.choice(swaps)
    return name.replace(a, b, 1)


def _homophone(name: str, rng: random.Random) -> str | None:
    options = [(i, group) for i, char in enumerate(name) for group in _HOMOPHONES if char in group]
    if not options:
        return None
    i, group = rng.choice(options)
    return name[:i] + rng.choice([char for char in group if char != name[i]]) + name[i + 1 :]


def _separator(name: str, rng: random.Random) -> str | None:
    return name.replace("·", rng.choice(_SEPARATORS[1:])) if "·" in name else None


_Op = Callable[[str, random.Random], str | None]
_OPS: dict[str, tuple[_Op, ...]] = {
    "Latn": (_sound_alike, _sound_alike, _sound_alike, _drop, _double, _transpose, _neighbour_key),
    "Cyrl": (_russian_keyboard, _russian_keyboard, _drop, _double, _transpose),
    "Arab": (_lost_hamza, _vowel_confusion, _drop, _double),
    "Hani": (_homophone, _homophone, _separator),
}
