"""Hometowns and facilities in Xinjiang, with their names in each language sources use.

A small gazetteer, enough for realistic rows: each place has English spellings
(several, as reporting varies: Ghulja / Yining / Kulja), Chinese, pinyin,
Uyghur (Arabic script), Kazakh Cyrillic and Russian names, its prefecture, and
the peoples who mostly live there. Facilities are named after their place in
the pattern of each language (伊宁市看守所, Ghulja Detention Centre).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

from victimsdb.core.vocabulary import Ethnicity, FacilityKind


class Lang(StrEnum):
    """The language a row's place and facility names are written in."""

    EN = "en"
    ZH = "zh"
    PINYIN = "zh-Latn"
    UG = "ug"
    KK = "kk"
    RU = "ru"


@dataclass(frozen=True, slots=True)
class Place:
    """A county or city: hometown of people and seat of facilities."""

    key: str
    prefecture: str
    peoples: frozenset[Ethnicity]
    names: dict[Lang, tuple[str, ...]]

    def name(self, lang: Lang, rng: random.Random) -> str:
        """One of the place's names in `lang` (English spellings vary between sources)."""
        options = self.names[lang]
        return options[0] if len(options) == 1 else rng.choice(options)


K, U, Y, H = Ethnicity.KAZAKH, Ethnicity.UYGHUR, Ethnicity.KYRGYZ, Ethnicity.HUI

# key | prefecture | peoples | en (;) | zh | pinyin | ug | kk | ru
_GAZETTEER = """
ghulja|ili|KUH|Ghulja;Yining;Kulja|伊宁市|Yining|غۇلجا|Құлжа|Кульджа
tekes|ili|KY|Tekes;Tekesi|特克斯县|Tekesi|تېكەس|Текес|Текес
nilka|ili|K|Nilka;Nileke|尼勒克县|Nileke|نىلقا|Нылқы|Нилки
kunes|ili|K|Künes;Kunes;Xinyuan|新源县|Xinyuan|كۈنەس|Күнес|Кунес
mongolkure|ili|KY|Mongolküre;Zhaosu|昭苏县|Zhaosu|موڭغۇلكۈرە|Моңғолкүре|Монголкуре
toqquztara|ili|K|Toqquztara;Gongliu|巩留县|Gongliu|توققۇزتارا|Тоғызтарау|Токкузтара
qorghas|ili|KU|Qorghas;Khorgos;Huocheng|霍城县|Huocheng|قورغاس|Қорғас|Хоргос
chapchal|ili|KU|Chapchal;Qapqal|察布查尔县|Chabucha'er|چاپچال|Шапшал|Чапчал
altay|altay|K|Altay;Aletai|阿勒泰市|Aletai|ئالتاي|Алтай|Алтай
burultoqay|altay|K|Burultoqay;Fuhai|福海县|Fuhai|بۇرۇلتوقاي|Бурылтоғай|Бурылтогай
koktogay|altay|K|Koktogay;Fuyun|富蕴县|Fuyun|كۆكتوقاي|Көктоғай|Коктогай
kaba|altay|K|Kaba;Habahe|哈巴河县|Habahe|قابا|Қаба|Каба
chingil|altay|K|Chingil;Qinghe|青河县|Qinghe|چىڭگىل|Шыңгіл|Чингиль
chochek|tacheng|K|Chöchek;Chuguchak;Tacheng|塔城市|Tacheng|چۆچەك|Шәуешек|Чугучак
dorbiljin|tacheng|K|Dorbiljin;Emin|额敏县|Emin|دۆربىلجىن|Дөрбілжін|Дорбильджин
toli|tacheng|K|Toli;Tuoli|托里县|Tuoli|تولى|Толы|Толи
mori|changji|KH|Mori;Mulei|木垒县|Mulei|مورى|Морі|Мори
changji|changji|KH|Changji;Sanji|昌吉市|Changji|سانجى|Санжы|Чанцзи
urumqi|urumqi|KUH|Urumqi;Ürümchi;Urumchi|乌鲁木齐市|Wulumuqi|ئۈرۈمچى|Үрімші|Урумчи
kashgar|kashgar|U|Kashgar;Kashi;Qeshqer|喀什市|Kashi|قەشقەر|Қашқар|Кашгар
yarkand|kashgar|U|Yarkand;Yeken;Shache|莎车县|Shache|يەكەن|Жаркент|Яркенд
qaghiliq|kashgar|U|Qaghiliq;Kargilik;Yecheng|叶城县|Yecheng|قاغىلىق|Қарғалық|Каргалык
hotan|hotan|U|Hotan;Khotan;Hetian|和田市|Hetian|خوتەن|Хотан|Хотан
aksu|aksu|U|Aksu;Aqsu|阿克苏市|Akesu|ئاقسۇ|Ақсу|Аксу
kucha|aksu|U|Kucha;Kuqa|库车市|Kuche|كۇچا|Күшар|Куча
turpan|turpan|U|Turpan;Turfan|吐鲁番市|Tulufan|تۇرپان|Тұрпан|Турфан
artux|kizilsu|UY|Artux;Atush;Artush|阿图什市|Atushi|ئاتۇش|Артыш|Артуш
aqchi|kizilsu|Y|Aqchi;Akqi;Akchi|阿合奇县|Aheqi|ئاقچى|Ақшы|Акчий
ulugqat|kizilsu|Y|Ulugqat;Ulugchat;Wuqia|乌恰县|Wuqia|ئۇلۇغچات|Ұлығшат|Улугчат
akto|kizilsu|UY|Akto;Aketao|阿克陶县|Aketao|ئاقتو|Ақто|Акто
yanqi|bayingolin|UH|Yanqi;Qarasheher;Karashahr|焉耆县|Yanqi|قاراشەھەر|Қарашаһар|Карашар
"""

_PEOPLE_CODES = {"K": K, "U": U, "Y": Y, "H": H}


def _place(line: str) -> Place:
    key, prefecture, peoples, en, zh, pinyin, ug, kk, ru = line.split("|")
    names = {
        Lang.EN: tuple(en.split(";")),
        Lang.ZH: (zh,),
        Lang.PINYIN: (pinyin,),
        Lang.UG: (ug,),
        Lang.KK: (kk,),
        Lang.RU: (ru,),
    }
    return Place(key, prefecture, frozenset(_PEOPLE_CODES[c] for c in peoples), names)


PLACES: tuple[Place, ...] = tuple(_place(line) for line in _GAZETTEER.split("\n") if line)


def places_of(ethnicity: Ethnicity) -> tuple[Place, ...]:
    """The places where a people mostly lives (every place for others)."""
    return tuple(place for place in PLACES if ethnicity in place.peoples) or PLACES


@dataclass(frozen=True, slots=True)
class Facility:
    """A camp, detention centre or prison, named after its place."""

    kind: FacilityKind
    place: Place
    number: int  # 1 for the main one; camps are often numbered

    def name(self, lang: Lang, rng: random.Random) -> str:
        """The facility's name in `lang`, e.g. 'Tekes No. 2 Detention Centre', 特克斯县看守所."""
        place = self.place.name(lang, rng)
        template = _FACILITY_NAMES[self.kind][lang]
        number = {Lang.ZH: _CHINESE_NUMBERS[self.number]}.get(lang, str(self.number))
        numbered = template[1] if self.number > 1 else template[0]
        return numbered.format(place=place, n=number)


_CHINESE_NUMBERS = {1: "一", 2: "二", 3: "三", 4: "四"}
_CAMP = {
    Lang.EN: ("{place} re-education camp", "{place} camp No. {n}"),
    Lang.ZH: ("{place}职业技能教育培训中心", "{place}第{n}职业技能教育培训中心"),
    Lang.PINYIN: ("{place} Zhiye Jineng Jiaoyu Peixun Zhongxin", "{place} Peixun Zhongxin {n}"),
    Lang.UG: ("{place} كەسپىي تەربىيەلەش مەركىزى", "{place} {n}-كەسپىي تەربىيەلەش مەركىزى"),
    Lang.KK: ("{place} лагері", "{place} №{n} лагері"),
    Lang.RU: ("лагерь «{place}»", "лагерь «{place}-{n}»"),
}
_DETENTION = {
    Lang.EN: ("{place} Detention Centre", "{place} No. {n} Detention Centre"),
    Lang.ZH: ("{place}看守所", "{place}第{n}看守所"),
    Lang.PINYIN: ("{place} Kanshousuo", "{place} Di {n} Kanshousuo"),
    Lang.UG: ("{place} قاماقخانىسى", "{place} {n}-قاماقخانىسى"),
    Lang.KK: ("{place} тергеу изоляторы", "{place} №{n} тергеу изоляторы"),
    Lang.RU: ("СИЗО {place}", "СИЗО №{n} {place}"),
}
_PRISON = {
    Lang.EN: ("{place} Prison", "{place} No. {n} Prison"),
    Lang.ZH: ("{place}监狱", "{place}第{n}监狱"),
    Lang.PINYIN: ("{place} Jianyu", "{place} Di {n} Jianyu"),
    Lang.UG: ("{place} تۈرمىسى", "{place} {n}-تۈرمىسى"),
    Lang.KK: ("{place} түрмесі", "{place} №{n} түрмесі"),
    Lang.RU: ("тюрьма {place}", "тюрьма №{n} {place}"),
}
_LABOR = {
    Lang.EN: ("{place} industrial park", "{place} industrial park No. {n}"),
    Lang.ZH: ("{place}工业园区", "{place}第{n}工业园区"),
    Lang.PINYIN: ("{place} Gongye Yuanqu", "{place} Gongye Yuanqu {n}"),
    Lang.UG: ("{place} سانائەت رايونى", "{place} {n}-سانائەت رايونى"),
    Lang.KK: ("{place} өнеркәсіп аймағы", "{place} №{n} өнеркәсіп аймағы"),
    Lang.RU: ("промзона {place}", "промзона №{n} {place}"),
}
_FACILITY_NAMES = {
    FacilityKind.CAMP: _CAMP,
    FacilityKind.DETENTION_CENTRE: _DETENTION,
    FacilityKind.PRISON: _PRISON,
    FacilityKind.FORCED_LABOR_SITE: _LABOR,
}
