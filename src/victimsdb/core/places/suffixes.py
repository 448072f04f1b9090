"""Administrative words around a place name: *Tekes County*, 特克斯县, *Tékes Nahiyisi*.

:func:`strip_suffixes` takes them off the end of a name and says which kinds
of place they point to, so that *Aheqi Xian*, *Aqchi County* and 阿合奇县 all
come down to the name itself. An ethnic qualifier is dropped with the word
"autonomous" after it (*Ili Kazakh Autonomous Prefecture*, 伊犁哈萨克自治州,
*Yili Hasake Zizhizhou* all give *Ili*/伊犁/*Yili*). A name is never stripped
to nothing: *Shi* alone stays *Shi*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from victimsdb.core.names import to_latin
from victimsdb.core.vocabulary import PlaceKind

Kinds = frozenset[PlaceKind]

_COUNTY: Kinds = frozenset({PlaceKind.COUNTY})
_CITY: Kinds = frozenset({PlaceKind.CITY, PlaceKind.PREFECTURE})  # 市 is at either level
_PREFECTURE: Kinds = frozenset({PlaceKind.PREFECTURE})
_REGION: Kinds = frozenset({PlaceKind.REGION})
_TOWNSHIP: Kinds = frozenset({PlaceKind.TOWNSHIP})
_VILLAGE: Kinds = frozenset({PlaceKind.VILLAGE})
_NONE: Kinds = frozenset()

# Words after a name, in any script; compared romanised (see _fold_word).
# fmt: off
_UNIT_WORDS: dict[Kinds, tuple[str, ...]] = {
    _COUNTY: ("county", "xian", "nahiye", "nahiyisi", "ناھىيىسى", "ناھىيە", "ауданы", "аудан",
              "район", "district", "qu", "rayoni", "رايونى", "rayon"),
    _CITY: ("city", "shi", "shehiri", "شەھىرى", "қаласы", "город"),
    _PREFECTURE: ("prefecture", "diqu", "wilayiti", "ۋىلايىتى", "oblasti", "ئوبلاستى", "облысы",
                  "oblast", "область", "аймағы", "zhou"),
    _REGION: ("region",),
    _TOWNSHIP: ("township", "town", "xiang", "zhen", "yeziliq", "yezisi", "يېزىسى", "baziri",
                "بازىرى"),
    _VILLAGE: ("village", "cun", "kenti", "كەنتى"),
}
_AUTONOMOUS_WORDS: dict[Kinds, tuple[str, ...]] = {
    _NONE: ("autonomous", "aptonom", "ئاپتونوم", "автономиялық", "автономный", "zizhi"),
    _PREFECTURE: ("zizhizhou",),
    _COUNTY: ("zizhixian",),
    _REGION: ("zizhiqu",),
}
_ETHNONYMS = (
    "kazakh", "qazaq", "hasake", "mongol", "mongolian", "menggu", "hui", "huizu", "xuyzu", "kyrgyz",
    "kirghiz", "keerkezi", "xibe", "sibe", "xibo", "tajik", "tajike", "uyghur", "uygur", "uighur",
    "weiwuer", "قازاق", "موڭغۇل", "قىرغىز", "خۇيزۇ", "شىبە", "تاجىك", "ئۇيغۇر", "қазақ", "моңғол",
    "қырғыз", "ұйғыр",
)
_HAN_AUTONOMOUS = (("自治区", _REGION), ("自治州", _PREFECTURE), ("自治县", _COUNTY))
_HAN_ETHNONYMS = ("维吾尔", "哈萨克", "蒙古", "回族", "柯尔克孜", "锡伯", "塔吉克")
_HAN_UNITS = (
    ("地区", _PREFECTURE), ("州", _PREFECTURE), ("县", _COUNTY), ("市", _CITY), ("区", _COUNTY),
    ("镇", _TOWNSHIP), ("乡", _TOWNSHIP), ("村", _VILLAGE),
)
# fmt: on
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_APOSTROPHES = re.compile(r"['’‘`´ʻʼ′]")


@dataclass(frozen=True)
class Core:
    """A place name without its administrative words, and the kinds those words point to."""

    text: str
    kinds: Kinds = _NONE


def has_han(text: str) -> bool:
    """Whether the text contains Chinese characters."""
    return _HAN.search(text) is not None


def han_characters(text: str) -> str:
    """Only the Chinese characters of the text."""
    return "".join(_HAN.findall(text))


def strip_suffixes(text: str) -> Core:
    """Take the administrative words off the end of a place name (see the module docstring)."""
    text = " ".join(text.split())
    return _strip_han(text) if has_han(text) else _strip_words(text)


def _strip_han(text: str) -> Core:
    for suffix, kinds in _HAN_AUTONOMOUS:
        if text.endswith(suffix) and len(text) > len(suffix):
            stem = text[: -len(suffix)]
            ethnonym = next((e for e in _HAN_ETHNONYMS if stem.endswith(e) and stem != e), "")
            return Core(stem[: len(stem) - len(ethnonym)].strip(), kinds)
    for suffix, kinds in _HAN_UNITS:
        if text.endswith(suffix) and len(text) - len(suffix) >= 2:
            return Core(text[: -len(suffix)].strip(), kinds)
    return Core(text)


def _strip_words(text: str) -> Core:
    words = text.split(" ")
    kinds: Kinds | None = None
    autonomous = False
    while len(words) > 1:
        word = _fold_word(words[-1])
        found = _units().get(word)
        if found is None and autonomous and word in _ethnonyms():
            autonomous = False
        elif found is None:
            break
        else:
            kinds = found[0] if kinds is None else kinds
            autonomous = autonomous or found[1]
        words.pop()
    return Core(" ".join(words), kinds or _NONE)


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", to_latin(_APOSTROPHES.sub("", word)).lower())


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[Kinds, bool]]:
    """Romanised unit word -> (kinds it points to, whether it means "autonomous")."""
    units = {_fold_word(w): (kinds, False) for kinds, ws in _UNIT_WORDS.items() for w in ws}
    units.update(
        {_fold_word(w): (kinds, True) for kinds, ws in _AUTONOMOUS_WORDS.items() for w in ws}
    )
    return units


@lru_cache(maxsize=1)
def _ethnonyms() -> frozenset[str]:
    return frozenset(_fold_word(word) for word in _ETHNONYMS)
