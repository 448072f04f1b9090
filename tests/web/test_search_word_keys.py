"""Each word of the search index keeps its keys: ranking does not compute them again."""

from typing import Any

import pytest

from victimsdb.web.search import query
from victimsdb.web.search.models import Word, WordKey

pytestmark = pytest.mark.django_db

QUERY = "Gulzire Awulqanqizi"


def test_each_word_keeps_the_keys_it_is_indexed_under() -> None:
    indexed: dict[int, set[str]] = {}
    for word_id, key in WordKey.objects.values_list("word_id", "key"):
        indexed.setdefault(word_id, set()).add(key)
    kept = {word.pk: set(word.keys.split()) for word in Word.objects.all()}
    assert kept and kept == indexed


def test_ranking_keys_only_the_query_words(monkeypatch: Any) -> None:
    keyed: list[str] = []
    token_keys = query.token_keys

    def counting(token: Any) -> Any:
        keyed.append(token.text)
        return token_keys(token)

    monkeypatch.setattr(query, "token_keys", counting)
    assert query.rank(QUERY, public=True)
    assert len(keyed) == 2


def test_words_indexed_without_their_keys_are_keyed_from_their_signature() -> None:
    before = query.rank(QUERY, public=True)
    Word.objects.update(keys="")
    assert query.rank(QUERY, public=True) == before
