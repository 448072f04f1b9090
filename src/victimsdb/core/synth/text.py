"""Small text helpers shared by the renderers: translation tables and capitals."""

from __future__ import annotations

from collections.abc import Mapping

Table = dict[int, str]


def table(mapping: Mapping[str, str]) -> Table:
    """A `str.translate` table from single characters to strings."""
    return {ord(char): replacement for char, replacement in mapping.items()}


def capitalize(word: str) -> str:
    """Upper-case the first letter only (`str.capitalize` would lower the rest)."""
    return word[:1].upper() + word[1:]


def capitalize_words(text: str) -> str:
    """Capitalise every space-separated word."""
    return " ".join(capitalize(word) for word in text.split(" "))


def listed(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of `text`: name lists stay readable as prose."""
    return tuple(text.split())


def pairs(text: str) -> tuple[tuple[str, str], ...]:
    """`a:b` words of `text` as pairs: 军:jun → (军, jun)."""
    return tuple((word.split(":")[0], word.split(":")[1]) for word in text.split())
