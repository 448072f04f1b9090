"""A word's profile holds all that scoring it needs: scored by profiles, two words
score exactly as the words themselves do."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from victimsdb.core.names.compare import (
    profile_score,
    word_similarity,
)
from victimsdb.core.names.evaluate import BUNDLED_PAIRS, read_pairs
from victimsdb.core.names.profiles import parse_profile, profile_text, word_profile
from victimsdb.core.names.tokens import (
    NameToken,
    parse_name,
    token_from_signature,
    token_signature,
)

WORD_ALPHABET = st.sampled_from(
    list("abcdeghijklmnopqrstuvwxyz'|,;")
    + list("äöüğışç")
    + list("аәбгғдеёжзийкқлмнңоөпрстуұүфхһцчшыіэюя")
    + list("ئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىي")
    + list("伊力森艾尔肯古丽孜热买提吐逊马祥")
)
PROPERTY = settings(max_examples=150, deadline=None)


def _bundled_words() -> list[NameToken]:
    words = {}
    for pair in read_pairs(BUNDLED_PAIRS):
        for token in parse_name(pair.name_a) + parse_name(pair.name_b):
            words[token.latin, token.readings] = token
    return list(words.values())


def test_profiles_score_every_pair_of_bundled_words_as_the_words_score() -> None:
    words = _bundled_words()[:120]
    for a, b in product(words, words):
        expected = word_similarity(a, b).score
        assert profile_score(profile_text(a), profile_text(b)) == expected, (a.text, b.text)


def test_a_profile_keeps_the_initial_the_suffix_and_the_chinese_reading() -> None:
    initial, son, chinese = parse_name("A. Erlanuly 马祥")
    assert parse_profile(profile_text(initial)).is_initial
    assert parse_profile(profile_text(son)).gender == "male"
    assert parse_profile(profile_text(chinese)).readings[0].pinyin


def test_a_daughters_suffix_against_a_sons_costs_the_same_by_profile() -> None:
    son, daughter = parse_name("Erlanuly")[0], parse_name("Erlankyzy")[0]
    by_words = word_similarity(son, daughter).score
    assert by_words < word_similarity(son, son).score
    assert profile_score(profile_text(son), profile_text(daughter)) == by_words


def test_spellings_in_several_scripts_share_one_profile() -> None:
    spellings = ["Gulnar", "Гульнар", "Gülnar", "Gulnaar"]
    profiles = {profile_text(parse_name(spelling)[0]) for spelling in spellings}
    assert len(profiles) == 1


@PROPERTY
@given(st.text(alphabet=WORD_ALPHABET, min_size=1, max_size=20))
def test_a_profile_reads_back_as_the_profile_it_was_written_from(text: str) -> None:
    for token in parse_name(text):
        assert parse_profile(profile_text(token)) == word_profile(token)


@PROPERTY
@given(
    st.text(alphabet=WORD_ALPHABET, min_size=1, max_size=16),
    st.text(alphabet=WORD_ALPHABET, min_size=1, max_size=16),
)
def test_any_two_words_score_by_profile_as_they_score_themselves(a: str, b: str) -> None:
    for token_a, token_b in product(parse_name(a), parse_name(b)):
        expected = word_similarity(token_a, token_b).score
        assert profile_score(profile_text(token_a), profile_text(token_b)) == expected


def test_a_word_from_its_index_signature_has_the_profile_of_the_word() -> None:
    for token in parse_name("Gulzire Awulqanqizi 古丽孜热 Erlan uly"):
        again = token_from_signature(token_signature(token))
        assert profile_text(again) == profile_text(token)
