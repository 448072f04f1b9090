"""Blocking keys for the name index: pairs that ignore order and script, one-edit variants."""

from hypothesis import given
from hypothesis import strategies as st

from victimsdb.core.names.blocking import (
    MIN_FUZZY_KEY,
    index_name,
    key_variants,
    query_pair_keys,
    query_words,
    word_variants,
)
from victimsdb.core.names.similarity import without_doubled_letters
from victimsdb.core.names.tokens import parse_name, token_from_signature, token_signature


def pair_keys(name: str) -> set[str]:
    return {pair.key for pair in index_name(name).pairs}


def test_word_order_and_script_give_the_same_pair_keys() -> None:
    spellings = ["Gulnar Memet", "Memet Gulnar", "古丽娜尔·买买提", "گۈلنار مەمەت"]
    assert set.intersection(*(pair_keys(name) for name in spellings))


def test_a_patronymic_pairs_like_the_fathers_name() -> None:
    assert pair_keys("Ersin Erkinuly") & pair_keys("Yilisen Aierken")


def test_a_one_word_name_is_a_pair_of_its_word_with_itself() -> None:
    indexed = index_name("Maimaiti")
    assert len(indexed.words) == 1
    assert {(pair.first, pair.second) for pair in indexed.pairs} == {(0, 0)}
    assert {pair.key for pair in indexed.pairs} == set(indexed.words[0].keys)


def test_pairs_point_at_two_different_words() -> None:
    indexed = index_name("Almaz Talant uulu Bek")
    assert indexed.pairs
    assert all(pair.first < pair.second < len(indexed.words) for pair in indexed.pairs)


def test_words_without_letters_are_left_out() -> None:
    assert [word.signature for word in index_name("  · Ersin -- 123 ").words] == ["lersin"]
    assert query_words("😀 ;--") == []


def test_short_keys_are_their_own_only_variant() -> None:
    assert key_variants("mt") == {"mt"}
    assert key_variants("grnr") == {"grnr", "rnr", "gnr", "gr", "grn"}


def test_a_letter_dropped_between_two_alike_leaves_one() -> None:
    assert "mt" in key_variants("mkmt")  # Mehmet without its h is Memet
    assert "t" in key_variants("tkt")  # Tohti is Toti


# Keys as `keys.word_key` makes them: never a letter twice in a row.
keys = (
    st.text(alphabet="bdgjkmnprstz", min_size=MIN_FUZZY_KEY, max_size=8)
    .map(without_doubled_letters)
    .filter(lambda key: len(key) >= MIN_FUZZY_KEY)
)


@given(keys, st.integers(min_value=0), st.sampled_from("bdgjkmnprstz"))
def test_keys_one_substitution_apart_share_a_variant(key: str, at: int, letter: str) -> None:
    at %= len(key)
    other = without_doubled_letters(key[:at] + letter + key[at + 1 :])
    assert key_variants(key) & key_variants(other)


def _plain_deletions(key: str) -> set[str]:
    """The deletion neighbourhood without doubled letters made single."""
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


@given(keys, st.integers(min_value=0), st.sampled_from("bdgjkmnprstz"))
def test_making_doubled_letters_single_loses_no_neighbour(key: str, at: int, letter: str) -> None:
    at %= len(key)
    edits = [
        key[:at] + letter + key[at + 1 :],
        key[:at] + key[at + 1 :],
        key[:at] + letter + key[at:],
    ]
    for other in {without_doubled_letters(edit) for edit in edits}:  # the keys one edit away
        if _plain_deletions(key) & _plain_deletions(other):
            assert key_variants(key) & key_variants(other)


@given(keys, st.integers(min_value=0))
def test_a_key_with_a_letter_dropped_shares_a_variant(key: str, at: int) -> None:
    at %= len(key)
    assert key_variants(key) & key_variants(without_doubled_letters(key[:at] + key[at + 1 :]))


def test_a_misspelt_query_word_reaches_the_stored_word() -> None:
    stored = index_name("Gulnar Memet").words[0]
    (typed,) = query_words("Gulbar")
    assert {v for key in stored.keys for v in key_variants(key)} & word_variants(typed)


def test_a_query_widens_one_side_of_a_pair_at_a_time() -> None:
    keys = query_pair_keys([{"a"}, {"b"}], [{"a", "x"}, {"b", "y"}])
    assert keys == {"a", "b", "a b", "b x", "a y"}  # never "x y": two misspelt words
    assert query_pair_keys([{"a"}], [{"a", "x"}]) == {"a"}


@given(st.text(max_size=40))
def test_a_signature_gives_the_word_back(name: str) -> None:
    for token in parse_name(name):
        again = token_from_signature(token_signature(token))
        assert (again.latin, again.stem, again.suffix, again.readings) == (
            token.latin,
            token.stem,
            token.suffix,
            token.readings,
        )
