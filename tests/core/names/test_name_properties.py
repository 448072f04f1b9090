"""Properties that must hold for any input: no crash, idempotent keys, symmetric scores."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from victimsdb.core.names import compare, detect_script, name_keys, to_latin
from victimsdb.core.names.compare import profile_score, profile_score_at_least
from victimsdb.core.names.profiles import profile_text
from victimsdb.core.names.tokens import MAX_WORDS, parse_name
from victimsdb.core.names.transliterate import latin_words

NAME_ALPHABET = st.sampled_from(
    list("abcdeghijklmnopqrstuvwxyz")
    + list("äöüğışçñ'-· ")
    + list("аәбгғдеёжзийкқлмнңоөпрстуұүфхһцчшыіэюя")
    + list("ئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىي")
    + list("伊力森艾尔肯古丽孜热买提吐逊")
)
NAMES = st.text(alphabet=NAME_ALPHABET, max_size=30)
ANY_TEXT = st.text(max_size=60)
PROPERTY = settings(max_examples=150, deadline=None)


@PROPERTY
@given(ANY_TEXT)
def test_it_never_crashes_on_any_unicode_text(text: str) -> None:
    assert isinstance(detect_script(text), str)
    assert to_latin(text).isascii()
    assert all(key.isascii() for key in name_keys(text))
    assert 0.0 <= compare(text, "Ersin Erkinuly").score <= 1.0


@PROPERTY
@given(st.one_of(ANY_TEXT, NAMES))
def test_keys_are_idempotent(name: str) -> None:
    keys = name_keys(name)
    for key in keys:
        assert name_keys(key) == [key]
    if len(keys) <= MAX_WORDS:
        assert name_keys(" ".join(keys)) == keys


@PROPERTY
@given(st.one_of(ANY_TEXT, NAMES), st.one_of(ANY_TEXT, NAMES))
def test_compare_is_symmetric_and_in_the_unit_interval(a: str, b: str) -> None:
    forward, backward = compare(a, b), compare(b, a)
    assert 0.0 <= forward.score <= 1.0
    assert forward.score == backward.score
    assert forward.same == backward.same


@PROPERTY
@given(NAMES)
def test_a_name_of_whole_words_matches_itself(name: str) -> None:
    words = latin_words(name)
    if words and all(len(word) > 1 for word, _ in words):
        assert compare(name, name).same


@PROPERTY
@given(NAMES, NAMES, st.floats(min_value=0.0, max_value=1.0))
def test_a_word_score_at_least_a_floor_is_exact_from_it_and_below_it_else(
    a: str, b: str, floor: float
) -> None:
    for word_a, word_b in zip(parse_name(a), parse_name(b), strict=False):
        profile_a, profile_b = profile_text(word_a), profile_text(word_b)
        exact = profile_score(profile_a, profile_b)
        at_least = profile_score_at_least(profile_a, profile_b, floor)
        assert at_least == exact if exact >= floor else at_least < floor
