"""A query of three words or more is ranked by whole names, not by its best pair of words:
a full name from a Soviet-style document (surname, given name, patronymic) must not rank
first a namesake whose patronymic differs."""

import pytest
from tests.web.hiding import new_entry

from victimsdb.web.search import query

pytestmark = pytest.mark.django_db

QUERY = "Ержанов Ерлан Жанболатович"


def _scores(text: str) -> dict[int, float]:
    return {candidate.entry_no: candidate.score for candidate in query.rank(text, public=True)}


def test_a_name_with_every_word_of_the_query_ranks_first() -> None:
    namesake = new_entry("Ержанов Ерлан Нурланович")
    same = new_entry("Ержанов Ерлан Жанболатович")
    scores = _scores(QUERY)
    assert scores[same.entry_no] > scores[namesake.entry_no]
    assert max(scores, key=lambda entry_no: scores[entry_no]) == same.entry_no


def test_a_name_with_a_word_unlike_the_query_s_ranks_below_a_name_lacking_one() -> None:
    namesake = new_entry("Ержанов Ерлан Нурланович")
    shorter = new_entry("Ерлан Жанболат")  # the father's name for the patronymic
    scores = _scores(QUERY)
    assert scores[shorter.entry_no] > scores[namesake.entry_no]


def test_a_name_with_a_word_unlike_the_query_s_is_still_found() -> None:
    namesake = new_entry("Ержанов Ерлан Нурланович")
    assert _scores(QUERY)[namesake.entry_no] == query.UNMATCHED_WORD_SCORE


def test_a_name_with_a_word_unlike_the_query_s_is_found_whatever_its_length() -> None:
    longer = new_entry("Ержанов Ерлан Нурланович Алиев")
    assert _scores(QUERY)[longer.entry_no] == query.UNMATCHED_WORD_SCORE


def test_a_misspelt_word_of_a_full_name_still_matches() -> None:
    same = new_entry("Ержанов Ерлан Жанболатович")
    other = new_entry("Ержанов Ерлан Нурланович")
    scores = _scores("Ержанов Ерланн Жанбалатович")
    assert scores[same.entry_no] > scores[other.entry_no]


def test_each_query_word_matches_a_different_word_of_the_name() -> None:
    # Both query words *Erlan* may not be matched to the one *Erlan* of the name.
    twice = new_entry("Erlan Erlan Nurlanovich")
    once = new_entry("Erlan Serik Nurlanovich")
    scores = _scores("Erlan Erlan Nurlanovich")
    assert scores[twice.entry_no] > scores[once.entry_no]
