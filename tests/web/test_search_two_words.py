"""A two-word query scores each person by their best row: its two words matched to the
query's, either way round, the weaker of the two; a stored one-word name by its word."""

import random

import pytest

from victimsdb.core.names.compare import EXTRA_WORD_FACTOR, SINGLE_WORD_FACTOR
from victimsdb.web.search import query

pytestmark = pytest.mark.django_db


def _as_written_in_the_docs(
    similarity: dict[int, tuple[float, ...]], rows: list[query.Row]
) -> dict[int, tuple[float, int]]:
    best: dict[int, tuple[float, int]] = {}
    for person, entry_no, word_a, word_b, words in rows:
        a, b = similarity[word_a], similarity[word_b]
        if word_a == word_b and words == 1:
            score = max(a) * SINGLE_WORD_FACTOR
        else:
            score = max(min(a[0], b[1]), min(a[1], b[0])) * EXTRA_WORD_FACTOR ** abs(words - 2)
        if score >= query.MIN_SCORE and score > best.get(person, (0.0, 0))[0]:
            best[person] = (score, entry_no)
    return best


def test_each_person_scores_their_best_row_either_way_round() -> None:
    randomly = random.Random(3)
    tokens = query.query_words("Gulnar Memet")
    scorer = query._Scorer(tokens, [set(), set()], query.MIN_SCORE)
    levels = [0.0, 0.5, 0.69, 0.7, 0.75, 0.8, 0.9, 0.95, 1.0]
    scorer.similarity = {
        word: (randomly.choice(levels), randomly.choice(levels)) for word in range(40)
    }
    rows: list[query.Row] = []
    for person in range(300):
        for _ in range(randomly.randint(1, 4)):
            word_a, word_b = randomly.randrange(40), randomly.randrange(40)
            words = 1 if word_a == word_b and randomly.random() < 0.5 else randomly.randint(2, 4)
            rows.append((person, 1000 + person, word_a, word_b, words))
    expected = _as_written_in_the_docs(scorer.similarity, rows)
    assert len(expected) > 50  # enough persons found to tell
    assert scorer.best_per_pair(rows) == expected


def test_a_row_in_the_other_order_scores_the_same() -> None:
    tokens = query.query_words("Gulnar Memet")
    scorer = query._Scorer(tokens, [set(), set()], query.MIN_SCORE)
    scorer.similarity = {1: (0.9, 0.1), 2: (0.2, 0.8)}
    assert scorer.best_per_pair([(7, 70, 1, 2, 2)]) == {7: (0.8, 70)}
    assert scorer.best_per_pair([(7, 70, 2, 1, 2)]) == {7: (0.8, 70)}
    assert scorer.best_per_pair([(7, 70, 1, 2, 3)]) == {7: (0.8 * EXTRA_WORD_FACTOR, 70)}
