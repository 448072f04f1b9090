"""A query of one word (a given name or a surname alone) finds every name with that word
in any spelling, and reads the index rows only of the words alike enough to be shown."""

from typing import Any

import pytest
from django.test import Client
from tests.web.hiding import new_entry
from tests.web.searching import found_entries

from victimsdb.core.names.tokens import signature_latin
from victimsdb.web.search import query

pytestmark = pytest.mark.django_db


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The words whose `NameWord` rows a search reads, as it reads them."""
    words_read: list[int] = []
    word_rows = query._word_rows

    def spy(words: list[int], public: bool) -> Any:
        words_read.extend(words)
        return word_rows(words, public)

    monkeypatch.setattr(query, "_word_rows", spy)
    return words_read


def test_one_word_finds_the_names_that_hold_it_in_any_spelling(client: Client) -> None:
    kazakh = new_entry("Nurlan Serikuly")
    cyrillic = new_entry("Нурлан Жаксылыков")
    alone = new_entry("Nurlan")
    assert {kazakh.entry_no, cyrillic.entry_no, alone.entry_no} <= set(
        found_entries(client, "Nurlan")
    )


def test_one_word_finds_a_near_spelling_in_a_longer_name(client: Client) -> None:
    """*Nurlon* scores 0.95 against *Nurlan*: as a given name beside a surname, just
    above what is shown (0.95 × 0.75)."""
    nurlon = new_entry("Nurlon Serikuly")
    assert nurlon.entry_no in found_entries(client, "Nurlan")


def test_a_one_word_name_ranks_above_a_longer_name_with_the_word(client: Client) -> None:
    longer = new_entry("Nurlan Serikuly")
    alone = new_entry("Nurlan")
    found = found_entries(client, "Nurlan")
    assert found.index(alone.entry_no) < found.index(longer.entry_no)


def test_one_word_reads_no_rows_of_words_too_unlike_to_be_shown(read: list[int]) -> None:
    new_entry("Nurlan Serikuly")
    new_entry("Nurali Serikuly")  # a key near Nurlan's, a word too unlike alone
    query.rank("Nurlan", public=True)
    near = query._near_keys(set(query.token_keys(query.query_words("Nurlan")[0])))
    nurali = [
        pk
        for pk, (signature, _, _) in query._stored_words_under(near).items()
        if signature_latin(signature) == "nurali"
    ]
    assert nurali  # its keys are near: the old way read its rows
    assert read and not set(nurali) & set(read)


def test_one_word_ranks_as_it_did_when_it_read_every_near_word() -> None:
    """The words read are those that can reach MIN_SCORE; the others' rows cannot."""
    new_entry("Nurlan Serikuly")
    new_entry("Nurali Serikuly")
    new_entry("Nurlan")
    tokens = query.query_words("Nurlan")
    near = query._near_keys(set(query.token_keys(tokens[0])))
    every = query._stored_words_under(near)
    scorer = query._Scorer(tokens, [near], query.MIN_SCORE)  # exact from MIN_SCORE
    all_rows = query._word_rows(sorted(every), public=True)
    expected = scorer.best_per_person(all_rows, query._one_word_score)
    ranked = {c.person_id: c.score for c in query.rank("Nurlan", public=True)}
    assert ranked == {person: round(score, 4) for person, (score, _) in expected.items()}


def test_a_word_alike_enough_only_alone_shows_its_one_word_name_only(
    client: Client, read: list[int]
) -> None:
    """*Nuran* scores 0.88 against *Nurlan*: shown as a name of its own (0.88 × 0.9),
    not beside a surname (0.88 × 0.75), whose rows are then not read at all."""
    alone = new_entry("Nuran")
    longer = new_entry("Nuran Serikuly")
    found = found_entries(client, "Nurlan")
    assert alone.entry_no in found
    assert longer.entry_no not in found
    near = query._near_keys(set(query.token_keys(query.query_words("Nurlan")[0])))
    nuran = [
        pk
        for pk, (signature, _, _) in query._stored_words_under(near).items()
        if signature_latin(signature) == "nuran"
    ]
    assert nuran
    assert not set(nuran) & set(read)
