"""Each word of the search index keeps its profile: ranking parses no stored word."""

from typing import Any

import pytest

from victimsdb.core.names.profiles import profile_text
from victimsdb.core.names.tokens import token_from_signature
from victimsdb.web.search import query
from victimsdb.web.search.models import Word

pytestmark = pytest.mark.django_db

QUERY = "Gulzire Awulqanqizi"


def test_each_word_keeps_the_profile_of_the_word_it_stands_for() -> None:
    words = list(Word.objects.all())
    assert words
    for word in words:
        assert word.profile == profile_text(token_from_signature(word.signature))


def test_ranking_parses_no_stored_word(monkeypatch: Any) -> None:
    parsed: list[str] = []

    def counting(signature: str) -> Any:
        parsed.append(signature)
        return token_from_signature(signature)

    monkeypatch.setattr(query, "token_from_signature", counting)
    assert query.rank(QUERY, public=True)
    assert parsed == []


def test_words_indexed_without_their_profiles_are_profiled_from_their_signature() -> None:
    before = query.rank(QUERY, public=True)
    assert before
    Word.objects.update(profile="")
    assert query.rank(QUERY, public=True) == before
