"""best_matching: query words matched one to one with a stored name's words, the most
words first, then the strongest weakest match; some words may not be matched together."""

from collections.abc import Callable
from itertools import combinations, permutations

from hypothesis import given
from hypothesis import strategies as st

from victimsdb.core.names.matching import best_matching

FLOOR = 0.7
SIMILARITY = st.sampled_from([0.0, 0.5, 0.69, 0.7, 0.8, 0.9, 1.0, 1.001])
GRIDS = st.integers(1, 5).flatmap(
    lambda queries: st.lists(
        st.lists(SIMILARITY, min_size=queries, max_size=queries), min_size=1, max_size=6
    )
)


def test_it_matches_each_stored_word_once() -> None:
    # Two query words alike the one stored word: one of them is matched.
    assert best_matching([[1.0, 1.0], [0.0, 0.0]], FLOOR) == (1, 1.0)


def test_it_prefers_more_words_to_stronger_ones() -> None:
    # Word 0 is the best match of query word 0, but taking it leaves query word 1 alone.
    assert best_matching([[1.0, 0.8], [0.75, 0.0]], FLOOR) == (2, 0.75)


def test_it_keeps_the_smallest_difference_above_one() -> None:
    # The spelling tie-break (1.001) is not capped at 1.
    assert best_matching([[1.001, 0.0], [0.0, 1.002]], FLOOR) == (2, 1.001)


def test_it_matches_nothing_below_the_floor() -> None:
    assert best_matching([[0.69, 0.5]], FLOOR) == (0, 0.0)
    assert best_matching([], FLOOR) == (0, 0.0)


def test_words_not_apart_are_not_matched_together() -> None:
    # Stored words 0 and 1 are one word in two spellings.
    similarity = [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    assert best_matching(similarity, FLOOR) == (3, 1.0)
    assert best_matching(similarity, FLOOR, lambda u, v: {u, v} != {0, 1}) == (2, 1.0)


def test_words_alike_one_query_word_each_but_not_apart_are_not_matched_together() -> None:
    # Each query word's best word is plain, but the two may not be matched together.
    similarity = [[1.0, 0.0], [0.0, 0.9], [0.0, 0.8]]
    assert best_matching(similarity, FLOOR) == (2, 0.9)
    assert best_matching(similarity, FLOOR, lambda u, v: {u, v} != {0, 1}) == (2, 0.8)
    assert best_matching(similarity, FLOOR, lambda u, v: False) == (1, 1.0)


@given(GRIDS)
def test_it_matches_as_trying_every_assignment_would(similarity: list[list[float]]) -> None:
    assert best_matching(similarity, FLOOR) == _every_assignment(similarity, lambda u, v: True)


@given(GRIDS, st.sets(st.tuples(st.integers(0, 5), st.integers(0, 5))))
def test_it_keeps_words_apart_as_trying_every_assignment_would(
    similarity: list[list[float]], together: set[tuple[int, int]]
) -> None:
    def apart(u: int, v: int) -> bool:
        return (u, v) not in together and (v, u) not in together

    assert best_matching(similarity, FLOOR, apart) == _every_assignment(similarity, apart)


def _every_assignment(
    similarity: list[list[float]], apart: Callable[[int, int], bool]
) -> tuple[int, float]:
    queries = len(similarity[0])
    for count in range(min(queries, len(similarity)), 0, -1):
        weakest = [
            min(similarity[word][q] for q, word in zip(chosen, words, strict=True))
            for chosen in combinations(range(queries), count)
            for words in permutations(range(len(similarity)), count)
            if all(apart(u, v) for u, v in combinations(words, 2))
        ]
        alike = [score for score in weakest if score >= FLOOR]
        if alike:
            return count, max(alike)
    return 0, 0.0
