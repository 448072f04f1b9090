"""Chinese renderings of Turkic names, checked against real ones and against ICU's readings."""

from __future__ import annotations

import pytest

from victimsdb.core.synth import chinese
from victimsdb.core.synth.lexicon import hui

icu = pytest.importorskip("icu")
READ_IN_NAMES = {"都": "du", "勒": "le", "什": "shi"}  # ICU gives these characters' other reading


@pytest.fixture(scope="module")
def han_latin() -> object:
    return icu.Transliterator.createInstance("Han-Latin; Latin-ASCII")


def reading(transliterator: object, hanzi: str) -> str:
    return str(transliterator.transliterate(hanzi)).replace(" ", "")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("uly", "female", "hanzi", "pinyin"),
    [
        ("erkin", False, "艾尔肯", "Aierken"),
        ("tursun", False, "吐尔逊", "Tuerxun"),
        ("qurban", False, "库尔班", "Kuerban"),
        ("yasin", False, "亚森", "Yasen"),
        ("serik", False, "赛力克", "Sailike"),
        ("aygül", True, "阿依古丽", "Ayiguli"),
        ("gülzira", True, "古丽孜热", "Gulizire"),
        ("gülnar", True, "古丽娜尔", "Gulinaer"),
        ("abduréhim", False, "阿不都热依木", "Abudureyimu"),
        ("memetjan", False, "买买提江", "Maimaitijiang"),
    ],
)
def test_common_names_get_their_usual_chinese_rendering(
    uly: str, female: bool, hanzi: str, pinyin: str
) -> None:
    assert chinese.transcribe(uly, female) == (hanzi, pinyin)


def test_documents_disagree_on_some_syllables() -> None:
    assert {chinese.transcribe("ersin", variant=v)[0] for v in (0, 1)} == {"艾尔森", "叶尔森"}
    assert chinese.transcribe("ilham", variant=1)[0] == "伊力哈木"
    assert chinese.transcribe("murat", variant=1)[0] == "木拉提"


def test_some_documents_drop_the_vowel_of_is_before_a_consonant() -> None:
    assert chinese.transcribe("ismayil", variant=0) == ("依斯马依力", "Yisimayili")
    assert chinese.transcribe("ismayil", variant=1) == ("司马依", "Simayi")
    assert chinese.transcribe("islam", variant=1) == ("司拉木", "Silamu")
    assert chinese.transcribe("ishaq", variant=1)[1].startswith("Yi")  # sh is one letter


def test_khan_becomes_han_and_gul_becomes_guli() -> None:
    assert chinese.transcribe("ewelxan")[0].endswith("汗")
    assert chinese.transcribe("tursungül", female=True)[0] == "吐尔逊古丽"


def test_a_whole_name_joins_given_and_fathers_name_with_a_middle_dot() -> None:
    assert chinese.turkic_name(["ersin", "erkin"], [False, False], 1) == (
        "叶尔森·叶尔肯",
        "Yeersen Yeerken",
    )


def test_every_character_reads_as_its_syllable(han_latin: object) -> None:
    for syllable, characters in chinese._TABLE.items():
        for hanzi in set(characters):
            assert READ_IN_NAMES.get(hanzi) or reading(han_latin, hanzi) == syllable, hanzi


def test_hui_names_pinyin_agrees_with_icu(han_latin: object) -> None:
    for hanzi, pinyin in hui.MALE_CHARS + hui.FEMALE_CHARS:
        assert reading(han_latin, hanzi) == pinyin
    for hanzi, pinyin, _ in hui.SURNAMES:
        assert reading(han_latin, hanzi) == pinyin


def test_hui_given_names_are_joined_with_an_apostrophe_where_pinyin_needs_one() -> None:
    assert chinese.hui_pinyin(["jian", "guo"]) == "Jianguo"
    assert chinese.hui_pinyin(["xi", "an"]) == "Xi'an"
