"""Pinyin: which Latin words are Chinese transcriptions of Turkic names."""

from __future__ import annotations

from victimsdb.core.names.chinese import looks_like_pinyin_name, pinyin_syllables, split_pinyin


def test_it_knows_every_pinyin_syllable() -> None:
    assert {"yi", "li", "sen", "ai", "er", "ken", "xun", "zhuang", "lve"} <= pinyin_syllables()
    assert 400 < len(pinyin_syllables()) < 420


def test_it_splits_a_word_into_the_fewest_syllables() -> None:
    assert split_pinyin("yilisen") == ["yi", "li", "sen"]
    assert split_pinyin("xian") == ["xian"]


def test_it_refuses_words_that_are_not_pinyin() -> None:
    assert split_pinyin("ersin") is None
    assert split_pinyin("koxebek") is None


def test_it_recognises_chinese_transcriptions_of_turkic_names() -> None:
    for word in ["yilisen", "aierken", "maimaiti", "tuerxun", "gulizire", "xuekelaiti"]:
        assert looks_like_pinyin_name(word), word


def test_it_leaves_short_turkic_names_that_happen_to_be_pinyin_alone() -> None:
    for word in ["dina", "erlan", "aina", "mamai", "ersin", "nurlan"]:
        assert not looks_like_pinyin_name(word), word
