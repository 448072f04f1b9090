"""detect_script and detect_orthography: which alphabet a name is written in."""

from __future__ import annotations

from victimsdb.core.names import MIXED, NO_SCRIPT, detect_orthography, detect_script


def test_it_detects_latin() -> None:
    assert detect_script("Sayragul Sauytbay") == "Latn"


def test_it_detects_cyrillic() -> None:
    assert detect_script("Сайрагүл Сауытбай") == "Cyrl"


def test_it_detects_uyghur_arabic_script() -> None:
    assert detect_script("ئىلھام توختى") == "Arab"


def test_it_detects_chinese_characters() -> None:
    assert detect_script("伊力森·艾尔肯") == "Hani"


def test_it_calls_a_name_in_two_scripts_mixed() -> None:
    assert detect_script("Ilham 伊力哈木") == MIXED


def test_it_reports_no_script_without_letters() -> None:
    assert detect_script(" ·-123 ") == NO_SCRIPT


def test_it_tells_kazakh_cyrillic_by_its_own_letters() -> None:
    assert detect_orthography("Гүлзира Әуелханқызы") == "kk"


def test_it_tells_kyrgyz_cyrillic_by_its_own_letters() -> None:
    assert detect_orthography("Дөөлөтхан") == "ky"
    assert detect_orthography("Сооронбай Жээнбеков") == "ky"


def test_it_tells_uyghur_cyrillic_by_zhe_with_descender() -> None:
    assert detect_orthography("Җүнус") == "ug"


def test_it_takes_plain_cyrillic_as_russian_style() -> None:
    assert detect_orthography("Ерсин Еркинулы") == "ru"


def test_it_tells_kazakh_arabic_script_by_the_high_hamza() -> None:
    assert detect_orthography("ٴابىلقاسىم") == "kk"
    assert detect_orthography("ئىلھام") == "ug"


def test_it_has_no_orthography_for_latin() -> None:
    assert detect_orthography("Ersin") is None
