"""A query of three words or more is ranked by whole names, not by its best pair of words:
a full name from a Soviet-style document (surname, given name, patronymic) must not rank
first a namesake whose patronymic differs."""

from collections.abc import Mapping
from typing import Any

import pytest
from tests.web.hiding import new_entry

from victimsdb.web.records.models import Name
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


def _name_score(
    similarity: Mapping[int, tuple[float, ...]], found: dict[int, int], words: int
) -> float:
    """A stored name's score for QUERY, its found words' similarities given."""
    scorer = query._Scorer(query.query_words(QUERY), [set(), set(), set()], query.MIN_SCORE)
    scorer.similarity = dict(similarity)
    name = query._Name(1, found=found, paired={frozenset(found)})
    return scorer._name_score(name, words, scorer._alike_masks())


def test_a_two_word_name_found_with_one_word_alike_scores_nothing() -> None:
    # Its other word was read (its key is near a query word's) but is unlike it.
    unlike = {1: (0.0, 1.0, 0.0), 2: (0.0, 0.0, 0.5)}
    assert _name_score(unlike, {1: 1, 2: 1}, words=2) == 0.0
    alike = {1: (0.0, 1.0, 0.0), 2: (0.0, 0.0, 0.9)}
    assert _name_score(alike, {1: 1, 2: 1}, words=2) == pytest.approx(0.9 * 0.95)


def test_one_word_alike_two_query_words_is_not_a_pair() -> None:
    # Alike two query words between them, so not rejected before the matching, which
    # can match only one of them to the name's one word found.
    assert _name_score({1: (1.0, 1.0, 0.0)}, {1: 1}, words=2) == 0.0
    assert _name_score({1: (1.0, 1.0, 0.0)}, {1: 2}, words=2) == pytest.approx(0.95)


def test_two_spellings_of_one_word_do_not_fill_two_places_of_a_name() -> None:
    # A surname and a patronymic of one root: the namesake's two spellings of his
    # surname must not stand for the query's patronymic too.
    text = "Жанболатов Ерлан Жанболатович"
    namesake = new_entry("Жанболатов Ерлан Нурланович")
    namesake.names.create(text="Janbolatov Yerlan Nurlanovich", kind="alias")
    same = new_entry(text)
    scores = _scores(text)
    assert scores[namesake.entry_no] == query.UNMATCHED_WORD_SCORE
    assert scores[same.entry_no] > 1.0


def test_exact_spellings_rank_first_among_namesakes() -> None:
    other_spelling = new_entry("Yerzhanov Yerlan Zhanbolatovich")
    exact = new_entry("Erzhanov Erlan Zhanbolatovich")
    ranked = [candidate.entry_no for candidate in query.rank(exact.names.get().text, public=True)]
    assert ranked.index(exact.entry_no) < ranked.index(other_spelling.entry_no)


def test_a_page_keeps_the_ranking_s_order_among_equal_scores_and_spellings() -> None:
    # Each name scores 0.95 alone; the ranking also knows that one person's two names
    # hold all three words of the query.
    one = new_entry("Бакыт Турганаалы")  # the lower entry number
    both = new_entry("Бакыт Турганаалы")
    both.names.create(text="Тилеков Бакыт", kind="alias")
    text = "Тилеков Бакыт Турганалыевич"
    candidates = query.rank(text, public=True)
    ranked = [candidate.entry_no for candidate in candidates]
    assert ranked.index(both.entry_no) < ranked.index(one.entry_no)
    hits = query.explain(text, candidates, Name.objects.all())
    shown = [hit.person.entry_no for hit in hits]
    assert hits[shown.index(both.entry_no)].score == hits[shown.index(one.entry_no)].score
    assert shown.index(both.entry_no) < shown.index(one.entry_no)


def test_namesakes_names_scored_once_score_as_each_scored_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ["Ержанов Ерлан Нурланович", "Erzhanov Erlan Nurlanovich"] * 3 + [
        "Ержанов Ерлан Жанболатович",
        "Ерлан Ержанов",
        "Erlan Erlan Nurlanovich",
    ]:
        new_entry(name)
    text = "Ержанов Ерлан Нурланович"
    kept = {c.person_id: c.score for c in query.rank(text, public=True)}
    name_score = query._Scorer._name_score

    def alone(self: Any, name: Any, words: int, alike_of: Any, scored: Any = None) -> float:
        return name_score(self, name, words, alike_of)  # nothing kept

    monkeypatch.setattr(query._Scorer, "_name_score", alone)
    assert len(kept) >= 8
    assert {c.person_id: c.score for c in query.rank(text, public=True)} == kept


def test_two_names_of_the_same_words_paired_otherwise_are_scored_apart() -> None:
    """Words 1 and 2 are alike the same query words: paired by a row they are two words
    of one name, unpaired one word in two spellings, which fills one place only."""
    scorer = query._Scorer(query.query_words(QUERY), [set(), set(), set()], query.MIN_SCORE)
    scorer.similarity = {1: (0.9, 0.9, 0.0), 2: (0.9, 0.9, 0.0), 3: (0.0, 0.0, 0.9)}
    paired = [(1, 10, 1, 2, 3), (1, 10, 1, 3, 3), (1, 10, 2, 3, 3)]
    unpaired = [(2, 20, 1, 3, 3), (2, 20, 2, 3, 3)]
    best = scorer.best_per_name(paired + unpaired)
    alone = {
        person: scorer.best_per_name(rows)[person]
        for person, rows in ((1, paired), (2, unpaired))
        if person in scorer.best_per_name(rows)
    }
    assert best == alone
    assert best[1][0] > best.get(2, (0.0, 0))[0]
