"""The caches of search's word computations stay out of the garbage collector's way."""

import gc

from victimsdb.core.names.keys import phonetic_form
from victimsdb.core.names.memo import string_memo
from victimsdb.core.names.similarity import phonetic_similarity


def test_it_computes_each_key_once() -> None:
    calls: list[tuple[str, bool]] = []

    @string_memo(maxsize=10)
    def shout(word: str, *, loud: bool = False) -> str:
        calls.append((word, loud))
        return word.upper() if loud else word

    assert shout("gul", loud=True) == "GUL"
    assert shout("gul", loud=True) == "GUL"
    assert shout("gul") == "gul"
    assert calls == [("gul", True), ("gul", False)]


def test_it_drops_the_oldest_entries_beyond_its_bound() -> None:
    @string_memo(maxsize=3)
    def length(word: str) -> int:
        return len(word)

    for word in ("a", "bb", "ccc", "dddd", "eeeee"):
        length(word)
    assert list(length.memo.entries) == ["ccc", "dddd", "eeeee"]  # type: ignore[attr-defined]


def test_a_full_cache_drops_its_oldest_eighth_at_once() -> None:
    @string_memo(maxsize=16)
    def length(word: str) -> int:
        return len(word)

    words = [f"w{n}" for n in range(17)]
    for word in words:
        length(word)
    assert list(length.memo.entries) == words[2:]  # type: ignore[attr-defined]


def test_the_collector_does_not_track_the_search_caches() -> None:
    phonetic_form("Gulnar", pinyin=False)
    phonetic_similarity("gurnar", "gurnara")
    for cached in (phonetic_form, phonetic_similarity):
        entries = cached.memo.entries  # type: ignore[attr-defined]
        assert entries and not gc.is_tracked(entries)
