"""Chinese renderings: Turkic names in the characters Xinjiang's documents use, and Hui names.

Chinese writes a Kazakh or Uyghur name syllable by syllable with a small set of
characters chosen for their sound: *Erkin* → 艾尔肯 *Aierken*, *Ilham* → 伊力哈木
*Yilihamu*, *Gül-* → 古丽 *Guli-*, *-jan* → 江 *jiang*, *-xan* → 汗 *han*. Given
name and father's name are joined by a middle dot (叶尔森·艾尔肯). Chinese cannot
end a syllable in most consonants, so it adds a vowel (*-k* → 克 *ke*, *-m* → 木
*mu*, *-r* → 尔 *er*) and writes *l* for an *r* inside a word (*Serik* → 赛力克).

`transcribe` does this from the ULY-like Latin of `uyghur`: fixed renderings
for frequent name parts, then syllable rules, then this module's character
table (which is also the list of syllables allowed). `variant` picks between
renderings real documents disagree on (艾尔 or 叶尔 for *Er-*; 热 or 拉 for *-ra*).
"""

from __future__ import annotations

from functools import lru_cache

from victimsdb.core.synth.uyghur import VOWELS, tokens

_CHARACTERS = """
a 阿|ai 艾|an 安|ang 昂|ao 奥|ba 巴|bai 拜|ban 班|bao 宝|bei 贝|ben 本|bi 比|bie 别
bin 斌|bo 波|bu 布|da 达|dai 代|dan 丹|dang 当|de 德|deng 登|di 迪|ding 丁|dong 东|du 都
dun 顿|duo 多|e 额|en 恩|er 尔|fa 法|fan 凡|fei 菲|fu 夫|ga 尕|gai 盖|gan 甘|gao 高
ge 格|gen 根|gong 工|gu 古|guan 关|gui 贵|gun 衮|guo 果|ha 哈|hai 海|han 汗|hang 杭|he 合
hei 黑|hen 痕|hong 洪|hu 胡|hua 华|hui 辉|huo 霍|ji 吉|jia 加|jiang 江|jie 杰|jin 金|ju 居
jun 君|ka 卡|kai 凯|kan 坎|kang 康|ke 克|ken 肯|kong 孔|ku 库|kui 奎|kun 坤|kuo 阔|la 拉
lai 来|lan 兰|lang 朗|le 勒|lei 雷|li 力,丽|lie 列|lin 林|ling 玲|liu 柳|long 龙|lu 鲁
lun 伦|luo 洛|ma 马,玛|mai 买|man 曼|mao 毛|mei 梅|men 门|meng 蒙|mi 米|min 敏|ming 明
mo 莫|mu 木|na 纳,娜|nai 乃|nan 南|nei 内|ni 尼,妮|nie 聂|nu 努|nuo 诺|ou 欧|pa 帕|pan 潘
pei 佩|pi 皮|ping 平|pu 普|qi 其|qia 恰|qie 切|qin 钦|qu 曲|re 热|ren 仁|ri 日|rong 荣
rou 肉|ru 如|sa 萨|sai 赛|san 三|se 色|sen 森|sha 沙,莎|shan 山|she 舍|shi 什|shu 舒
si 斯|song 松|su 苏|sui 绥|suo 索|ta 塔|tai 泰|tan 坦|tang 唐|te 特|ti 提|tie 铁|ting 亭
tong 通|tu 吐|tui 推|tuo 托|wa 瓦|wai 外|wan 万|wang 旺|wei 维|wen 文|wo 沃|wu 吾|xi 西
xia 夏|xie 谢|xin 欣|xun 逊|ya 亚,娅|yang 扬|ye 叶|yi 依|yin 因|ying 英|yong 勇|you 尤
yu 玉|yun 云|zai 再|ze 则|zha 扎|zhan 詹|zhe 哲|zhu 朱|zi 孜|zu 祖|zuo 左
"""

_TABLE: dict[str, tuple[str, str]] = {
    entry.split()[0]: (entry.split()[1].split(",")[0], entry.split()[1].split(",")[-1])
    for entry in _CHARACTERS.replace("\n", "|").split("|")
    if entry.strip()
}

_ONSETS = {"q": "k", "gh": "g", "x": "h", "v": "w", "c": "s", "zh": "j"}
_NUCLEI = {"é": "e", "ö": "u", "ü": "u", "ay": "ai", "ey": "ei", "éy": "ei", "iy": "i"}
_NUCLEI |= {"oy": "ao", "uy": "ui", "üy": "ui", "öy": "ui"}
_BARE = {
    "b": "bu", "p": "pu", "t": "ti", "d": "de", "k": "ke", "q": "ke", "g": "ge", "gh": "ge",
    "x": "he", "h": "he", "r": "er", "l": "li", "m": "mu", "n": "en", "ng": "en", "s": "si",
    "sh": "shi", "z": "zi", "j": "ji", "zh": "ji", "ch": "qi", "f": "fu", "w": "wu",
    "y": "yi", "v": "fu",
}  # fmt: skip
_INITIAL_VOWEL = {"a": "a", "e": "ai", "é": "ai", "i": "yi", "o": "ao", "u": "wu", "ö": "wu"}
_INITIAL_VOWEL |= {"ü": "yu"}
_REPAIRS = {
    "be": "bie", "pe": "pei", "me": "mai", "se": "sai", "ne": "nai", "we": "wei",
    "je": "jie", "she": "xie", "fe": "fei", "ki": "ke", "gi": "ji", "hi": "yi", "shi": "xi",
    "chi": "qi", "wi": "wei", "fi": "fei", "ko": "kuo", "go": "guo", "ho": "huo", "do": "duo",
    "to": "tuo", "no": "nuo", "lo": "luo", "so": "suo", "zo": "zuo", "ro": "rou",
    "jo": "zhuo", "yo": "you", "ja": "jia", "cha": "qia", "kin": "ken", "gin": "gen",
    "hin": "hen", "sin": "sen", "tin": "ting", "din": "ding", "rin": "ren", "win": "wen",
    "shin": "xin", "chin": "qin", "ten": "teng", "den": "deng", "ton": "tong",
    "don": "dong", "son": "song", "lon": "long", "gon": "gong", "hon": "hong",
    "kon": "kong", "yon": "yong", "mon": "meng", "sun": "xun", "chu": "qu", "ju": "ju",
    "jan": "jiang", "jen": "jin", "tun": "dun", "nun": "nong", "hun": "hong",
    "shun": "xun", "shen": "xian", "ri": "li", "ei": "ai", "za": "zha",
}  # fmt: skip
_PREFIXES = {
    "abdu": ("阿不都", "abudu"),
    "memet": ("买买提", "maimaiti"),
    "muhemmed": ("买买提", "maimaiti"),
    "nur": ("努尔", "nuer"),
    "gül": ("古丽", "guli"),
    "tur": ("吐尔", "tuer"),
    "ay": ("阿依", "ayi"),
}
_SUFFIXES = {
    "gül": ("古丽", "guli"),
    "gul": ("古丽", "guli"),
    "jan": ("江", "jiang"),
    "zhan": ("江", "jiang"),
    "xan": ("汗", "han"),
    "han": ("汗", "han"),
    "qan": ("汗", "han"),
    "bek": ("别克", "bieke"),
    "bay": ("拜", "bai"),
}
_ER = (("艾尔", "aier"), ("叶尔", "yeer"))
_MIDDLE_RA = ("re", "la")
_INITIAL_YI = ("依", "伊")
_SI = ("司", "si")
DOT = "·"
VARIANTS = 2


@lru_cache(maxsize=262144)
def transcribe(uly: str, female: bool = False, variant: int = 0) -> tuple[str, str]:
    """One ULY-like word in Chinese characters and pinyin: erkin → (艾尔肯, Aierken)."""
    word = uly.lower()
    head, word = _fixed_head(word, variant)
    word, tail = _fixed_tail(word)
    hanzi, pinyin = [head[0]], [head[1]]
    for syllable in _syllables(tokens(word), at_start=not head[1], variant=variant):
        hanzi.append(_character(syllable, female, variant, first=len(pinyin) == 1))
        pinyin.append(syllable)
    hanzi.append(tail[0])
    pinyin.append(tail[1])
    return "".join(hanzi), "".join(pinyin).capitalize()


def _character(syllable: str, female: bool, variant: int, first: bool) -> str:
    if first and syllable == "yi":
        return _INITIAL_YI[variant % len(_INITIAL_YI)]
    return _TABLE[syllable][1 if female else 0]


def _fixed_head(word: str, variant: int) -> tuple[tuple[str, str], str]:
    if variant % 2 and _is_before_consonant(word):
        # Documents as often drop the vowel of Is- before a consonant, and the l of a
        # final -il with it: 司马义 Simayi for Ismayil (依斯马依力, variant 0, keeps
        # both), 司拉木 for Islam.
        rest = word[2:]
        return _SI, rest[:-1] if rest.endswith("il") else rest
    if word.startswith("er") and len(word) > 2 and word[2] not in VOWELS:
        return _ER[variant % len(_ER)], word[2:]
    for prefix, rendering in _PREFIXES.items():
        rest = word[len(prefix) :]
        if word.startswith(prefix) and (not rest or _opens_with_consonant(prefix, rest)):
            return rendering, rest
    return ("", ""), word


def _is_before_consonant(word: str) -> bool:
    letters = tokens(word)
    return letters[:2] == ["i", "s"] and len(letters) > 2 and letters[2] not in VOWELS


def _opens_with_consonant(prefix: str, rest: str) -> bool:
    """A prefix ending in a consonant must not steal the onset of a following vowel."""
    return prefix[-1] in VOWELS or rest[0] not in VOWELS


def _fixed_tail(word: str) -> tuple[str, tuple[str, str]]:
    for suffix, rendering in _SUFFIXES.items():
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)], rendering
    return word, ("", "")


def _syllables(letters: list[str], at_start: bool, variant: int) -> list[str]:
    """Chinese syllables (keys of the character table) for a run of ULY letters."""
    out: list[str] = []
    i = 0
    while i < len(letters):
        onset = "" if letters[i] in VOWELS else letters[i]
        i += 1 if onset else 0
        if i < len(letters) and letters[i] in VOWELS:
            nucleus, coda, i = _rhyme(letters, i)
            first = at_start and not out
            out.append(_syllable(onset, nucleus, coda, first, variant))
        else:
            out.append(_BARE.get(onset, "e"))
    return out


def _rhyme(letters: list[str], i: int) -> tuple[str, str, int]:
    nucleus = letters[i]
    i += 1
    closes = i + 1 >= len(letters) or letters[i + 1] not in VOWELS
    if i < len(letters) and letters[i] == "y" and closes:
        nucleus += "y"
        i += 1
        closes = i + 1 >= len(letters) or letters[i + 1] not in VOWELS
    if i < len(letters) and letters[i] in ("n", "ng") and closes:
        return nucleus, letters[i], i + 1
    return nucleus, "", i


def _syllable(onset: str, nucleus: str, coda: str, first: bool, variant: int) -> str:
    final = _NUCLEI.get(nucleus, nucleus)
    if not onset:
        initial_vowel = _INITIAL_VOWEL.get(nucleus, final)
        return _allowed("", initial_vowel if len(nucleus) == 1 else final, coda)
    if onset == "r" and not first:
        if final == "a":
            return _allowed("", _MIDDLE_RA[variant % len(_MIDDLE_RA)], coda)
        onset = "r" if final == "e" else "l"
    if onset == "r" and final == "a":
        final = "e"
    return _allowed(_ONSETS.get(onset, onset), final, coda)


def _allowed(initial: str, final: str, coda: str) -> str:
    """The nearest syllable in the character table."""
    for candidate in _candidates(initial, final, coda):
        repaired = _REPAIRS.get(candidate, candidate)
        if repaired in _TABLE:
            return repaired
    return _BARE.get(initial, "e")


def _candidates(initial: str, final: str, coda: str) -> list[str]:
    finals = [final, "e", "a", "i", "u"]
    codas = [coda, "ng" if coda == "n" else "n", ""] if coda else [""]
    return [initial + f + c for f in finals for c in codas]


def turkic_name(words: list[str], female_words: list[bool], variant: int) -> tuple[str, str]:
    """A whole Turkic name (given name, father's name) in characters and pinyin."""
    rendered = [
        transcribe(word, female, variant) for word, female in zip(words, female_words, strict=True)
    ]
    return DOT.join(h for h, _ in rendered), " ".join(p for _, p in rendered)


def hui_pinyin(syllables: list[str]) -> str:
    """Pinyin syllables as one word, with the apostrophe before a/o/e: xi + an → Xi'an."""
    joined = syllables[0]
    for syllable in syllables[1:]:
        joined += ("'" if syllable[0] in "aoe" else "") + syllable
    return joined.capitalize()
