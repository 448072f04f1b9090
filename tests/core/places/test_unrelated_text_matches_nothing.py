"""Text that names no place in the gazetteer finds nothing."""

from __future__ import annotations

import pytest

from victimsdb.core.places import match_place


@pytest.mark.parametrize(
    "text",
    ["", "   ", "London", "Paris", "Sydney", "Tokyo", "New York", "Washington", "hello world",
     "the weather is nice today", "xyz", "a", "123", "Gulzira Auelkhankyzy", "Ersin Erkinuly",
     "上海", "你好世界", "Сәлем", "مەرھابا", "!!!"],
)  # fmt: skip
def test_unrelated_text_matches_nothing(text: str) -> None:
    assert match_place(text) == []
