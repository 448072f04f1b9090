"""Search scores a query word against thousands of stored words at once
(`core.names.batch`): every score is the scalar functions', to the last bit."""

from __future__ import annotations

from itertools import product

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from victimsdb.core.names.batch import (
    KNOWN,
    KnownScores,
    _flat_profile,
    phonetic_distances,
    phonetic_similarities_at_least,
    profile_scores_at_least,
)
from victimsdb.core.names.compare import EPENTHETIC_VOWEL_COST, profile_score
from victimsdb.core.names.evaluate import BUNDLED_PAIRS, read_pairs
from victimsdb.core.names.memo import SEPARATOR
from victimsdb.core.names.profiles import profile_text
from victimsdb.core.names.similarity import (
    VOWEL_COST,
    phonetic_distance,
    phonetic_similarity,
)
from victimsdb.core.names.tokens import parse_name

FORMS = st.text(alphabet="aiubdgkpstzJSWlmnrqxhjyNRZ", min_size=1, max_size=14)
WORD_ALPHABET = st.sampled_from(
    list("abcdeghijklmnopqrstuvwxyz'")
    + list("äöüğışç")
    + list("аәбгғдеёжзийкқлмнңоөпрстуұүфхһцчшыіэюя")
    + list("ئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىي")
    + list("伊力森艾尔肯古丽孜热买提吐逊马祥")
)
PARTS = (
    "qiang xiang ai er ken yi li sen gu zi re ma ti tu xun bo la a bu du jiang wu si man"
    " nur lan gul zire ar tar bek uly kyzy ova ov"
)
SYLLABLES = st.sampled_from(PARTS.split())
"""Pinyin syllables and Turkic name parts: words that are read as transcriptions or as
Chinese names, which letters drawn at random seldom make."""
NAMES = st.one_of(
    st.text(alphabet=WORD_ALPHABET, min_size=1, max_size=16),
    st.lists(SYLLABLES, min_size=1, max_size=4).map("".join),
)
FLOORS = (0.0, 0.5, 0.699, 0.93)


@pytest.fixture(autouse=True)
def nothing_known_before() -> None:
    """Each test scores its batches afresh: a score kept from another batch would test
    that batch, not this one."""
    KNOWN.clear()
    _flat_profile.memo.clear()  # type: ignore[attr-defined]


def _profiles(text: str) -> list[str]:
    return [profile_text(token) for token in parse_name(text)]


def _bundled_profiles() -> list[str]:
    profiles: dict[str, None] = {}
    for pair in read_pairs(BUNDLED_PAIRS):
        for name in (pair.name_a, pair.name_b):
            profiles.update(dict.fromkeys(_profiles(name)))
    return list(profiles)


def _assert_as_the_scalar_scores(query: str, profiles: list[str], floor: float) -> None:
    KNOWN.clear()  # this batch scored, not one of an earlier example's
    for profile, score in zip(
        profiles, profile_scores_at_least(query, profiles, floor), strict=True
    ):
        exact = profile_score(query, profile)
        if exact >= floor:
            assert score == exact, (query, profile, floor)
        else:
            assert score < floor, (query, profile, floor)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(FORMS, FORMS), min_size=1, max_size=8))
def test_its_distances_are_the_scalar_distances_to_the_last_bit(
    pairs: list[tuple[str, str]],
) -> None:
    tops, sides = [a for a, _ in pairs], [b for _, b in pairs]
    for cost in (VOWEL_COST, EPENTHETIC_VOWEL_COST):
        expected = [phonetic_distance(a, b, cost) for a, b in pairs]
        assert phonetic_distances(tops, sides, cost).tolist() == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(FORMS, FORMS), min_size=1, max_size=8), st.sampled_from(FLOORS))
def test_its_similarities_are_exact_from_the_floor_and_below_it_elsewhere(
    pairs: list[tuple[str, str]], floor: float
) -> None:
    tops, sides = [a for a, _ in pairs], [b for _, b in pairs]
    found = phonetic_similarities_at_least(tops, sides, np.full(len(pairs), floor), VOWEL_COST)
    for (a, b), similarity in zip(pairs, found.tolist(), strict=True):
        exact = phonetic_similarity(a, b)
        assert similarity == exact if exact >= floor else similarity < floor


def test_a_word_that_is_not_ascii_is_measured_by_the_scalar_function() -> None:
    found = phonetic_similarities_at_least(["nurlän"], ["nurlan"], np.zeros(1), VOWEL_COST)
    assert found.tolist() == [phonetic_similarity("nurlän", "nurlan")]


@settings(max_examples=300, deadline=None)
@given(NAMES, st.lists(NAMES, min_size=1, max_size=6), st.sampled_from(FLOORS))
def test_it_scores_any_words_as_the_scalar_profile_score(
    query: str, stored: list[str], floor: float
) -> None:
    profiles = [profile for name in stored for profile in _profiles(name)]
    for mine in _profiles(query):
        _assert_as_the_scalar_scores(mine, profiles, floor)


def test_it_scores_every_pair_of_bundled_words_as_the_scalar_profile_score() -> None:
    profiles = _bundled_profiles()[:300]
    for query, floor in product(profiles[:60], FLOORS):
        _assert_as_the_scalar_scores(query, profiles, floor)


def test_two_chinese_names_of_one_pinyin_score_one_at_any_floor() -> None:
    (qiang,), (in_characters,) = _profiles("Qiang"), _profiles("强")
    assert profile_scores_at_least(qiang, [in_characters], 0.99) == [1.0]


def test_a_transcription_that_drops_the_final_r_scores_as_the_scalar_one() -> None:
    (akhtar,), (aheta,) = _profiles("Akhtar"), _profiles("Aheta")
    score = profile_score(akhtar, aheta)
    assert score > 0.85  # A-he-ta: Chinese drops the r
    assert profile_scores_at_least(akhtar, [aheta], 0.85) == [score]
    assert profile_scores_at_least(aheta, [akhtar], 0.85) == [score]


def test_an_initial_is_scored_by_the_scalar_function() -> None:
    initial = _profiles("A. Erlan")[0]
    profiles = _profiles("Aidar Bolat")
    assert profile_scores_at_least(initial, profiles, 0.5) == [
        profile_score(initial, profile) for profile in profiles
    ]
    assert profile_scores_at_least(profiles[0], [initial], 0.5) == [
        profile_score(profiles[0], initial)
    ]


def test_a_son_against_a_daughter_costs_as_in_the_scalar_score() -> None:
    (son,), (daughter,) = _profiles("Nurlanuly"), _profiles("Nurlankyzy")
    assert profile_scores_at_least(son, [daughter], 0.0) == [profile_score(son, daughter)]
    assert profile_score(son, daughter) < 0.8


def test_an_empty_batch_scores_nothing() -> None:
    assert profile_scores_at_least(_profiles("Erlan")[0], [], 0.7) == []
    assert phonetic_similarities_at_least([], [], np.zeros(0), VOWEL_COST).tolist() == []


def test_a_score_computed_before_is_reused_and_the_same() -> None:
    query, profiles = _profiles("Gulnar")[0], _bundled_profiles()[:50]
    first = profile_scores_at_least(query, profiles, 0.699)
    assert KNOWN.size == len(profiles) + 1  # and the query word's own entry
    again = profile_scores_at_least(query, [*reversed(profiles), profiles[0]], 0.699)
    assert again == [*reversed(first), first[0]]
    assert KNOWN.size == len(profiles) + 1  # nothing scored twice


def test_a_query_word_that_meets_no_stored_word_keeps_nothing() -> None:
    profile_scores_at_least(_profiles("Gulnar")[0], [], 0.699)
    assert KNOWN.by_query == {}


def test_the_known_scores_drop_the_query_words_used_longest_ago() -> None:
    known = KnownScores(capacity=6)
    known.of("a", 0.7).update({"x": 1.0, "y": 0.5})
    known.grew(2)
    known.of("b", 0.7).update({"x": 0.2})
    known.grew(1)
    known.of("a", 0.7)  # used again: now the newest
    known.of("c", 0.7).update({"z": 0.9})
    known.grew(1)
    assert list(known.by_query) == [f"a{SEPARATOR}0.7", f"c{SEPARATOR}0.7"]
    assert known.size == 5  # three scores, two query words
