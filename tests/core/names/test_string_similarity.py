"""The edit distances search ranks with, against their textbook definitions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from victimsdb.core.names.similarity import (
    consonant_skeleton,
    gap_cost,
    levenshtein,
    may_reach,
    phonetic_distance,
    phonetic_similarity,
    phonetic_similarity_at_least,
    substitution_cost,
    without_doubled_letters,
)

forms = st.text(alphabet="aiubdgkpstzJSWlmnrqx", max_size=12)


def textbook_levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        previous = current
    return previous[-1]


def textbook_phonetic_distance(a: str, b: str) -> float:
    def gap(text: str, index: int) -> float:
        return gap_cost(text[index], index in (0, len(text) - 1))

    previous = [0.0]
    for j in range(len(b)):
        previous.append(previous[-1] + gap(b, j))
    for i, char_a in enumerate(a):
        current = [previous[0] + gap(a, i)]
        for j, char_b in enumerate(b):
            edge = i in (0, len(a) - 1) or j in (0, len(b) - 1)
            current.append(
                min(
                    previous[j + 1] + gap(a, i),
                    current[j] + gap(b, j),
                    previous[j] + substitution_cost(char_a, char_b, edge),
                )
            )
        previous = current
    return previous[-1]


@given(forms, forms)
def test_the_levenshtein_distance_is_the_textbook_one(a: str, b: str) -> None:
    assert levenshtein(a, b) == textbook_levenshtein(a, b)


@given(forms, forms)
def test_the_phonetic_distance_is_the_weighted_edit_distance_it_describes(a: str, b: str) -> None:
    assert phonetic_distance(a, b) == textbook_phonetic_distance(a, b)


@given(forms, forms, st.floats(min_value=0.0, max_value=1.0))
def test_a_similarity_at_least_a_floor_is_exact_from_it_and_below_it_else(
    a: str, b: str, floor: float
) -> None:
    exact = phonetic_similarity(a, b)
    at_least = phonetic_similarity_at_least(a, b, floor)
    if exact >= floor:
        assert at_least == exact
    else:
        assert at_least < floor


@given(
    forms, forms, st.floats(min_value=0.5, max_value=1.1), st.sampled_from([0.05, 0.1, 0.25, 0.6])
)
def test_a_similarity_at_least_a_floor_is_exact_from_it_whatever_a_vowel_costs(
    a: str, b: str, floor: float, vowel_cost: float
) -> None:
    exact = phonetic_similarity(a, b, vowel_cost=vowel_cost)
    at_least = phonetic_similarity_at_least(a, b, floor, vowel_cost=vowel_cost)
    assert at_least == exact if exact >= floor else at_least < floor


@given(forms, forms, st.sampled_from([0.05, 0.1, 0.25, 0.6]))
def test_the_consonant_bound_admits_the_similarity_of_any_two_forms(
    a: str, b: str, vowel_cost: float
) -> None:
    # At the tightest floor, the similarity itself: a bound too high anywhere fails here
    # (below it, a floor is only easier to reach; above it, nothing is claimed).
    similarity = phonetic_similarity(a, b, vowel_cost=vowel_cost)
    assert may_reach(consonant_skeleton(a), consonant_skeleton(b), similarity)


def test_consonants_too_far_apart_are_known_to_fall_short_and_close_ones_may_not() -> None:
    assert not may_reach(consonant_skeleton("bulat"), consonant_skeleton("sirik"), 0.7)
    assert may_reach(consonant_skeleton("bulat"), consonant_skeleton("bilat"), 0.93)
    assert may_reach(consonant_skeleton("nurlan"), consonant_skeleton("nuran"), 0.7)


def test_a_distance_past_its_limit_is_given_up_above_the_limit() -> None:
    assert phonetic_distance("bolat", "serik", limit=0.5) > 0.5
    assert phonetic_distance("bolat", "bulat", limit=0.5) == phonetic_distance("bolat", "bulat")


@given(st.text(max_size=20))
def test_it_writes_each_run_of_a_letter_once(text: str) -> None:
    squeezed = without_doubled_letters(text)
    assert all(x != y for x, y in zip(squeezed, squeezed[1:], strict=False))
    assert set(squeezed) == set(text)


def test_a_doubled_letter_is_written_once() -> None:
    assert without_doubled_letters("nurlannbekk") == "nurlanbek"
