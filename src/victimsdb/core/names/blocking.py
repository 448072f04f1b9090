"""Blocking: which stored names a query could be, found with index lookups only.

A search index built on this module holds, for every stored name:

* its **words**, each stored once in a vocabulary by :func:`token_signature`,
  with their phonetic keys, and the **variants** of every key
  (:func:`key_variants`);
* its **pairs**: one row per two words of the name and per reading of each,
  under a pair key (:func:`pair_key`) that is the same whatever the word order;
  a one-word name is one "pair" of its word with itself, under its key.

A word key (:mod:`.keys`) is coarse on purpose, so one key alone matches
thousands of names among a million (every *Memet*); a pair of word keys from
two different words is selective (*Gulnar Memet*, *Memet Gulnar* and
古丽娜尔·买买提 all give ``grnr mt``).

Misspellings change a key now and then (*Gulnar* typed *Gulbar*). The
**deletion neighbourhood** of a key (the key and each key with one letter
removed, as SymSpell does) finds the keys within one edit: two keys one
substitution, insertion, deletion or transposition apart share a variant.
Short keys have too many neighbours to be useful (``mt`` is one letter from
half the vocabulary), so keys shorter than :data:`MIN_FUZZY_KEY` are their
own only variant; a longer misspelt key still reaches a short one through its
own deletions. A deletion that leaves two alike letters side by side makes
them one, as every key has them (*Mehmet* ``mkmt`` without its *h* is *Memet*
``mt``): so a four-letter key can reach a two-letter one, and two keys that
share a variant can be three letters apart (``kmkmt``, ``kmtk``).

A query looks up (:func:`query_pair_keys`) the pairs of its words' exact
keys, and the pairs with one side widened to the stored keys one edit away:
one misspelt word is found. When that finds (almost) nobody, a second try
widens both sides (:func:`wide_pair_keys`): two misspelt words. Only then,
because for a common name it would read a good part of the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations, product

from victimsdb.core.names.keys import token_keys
from victimsdb.core.names.profiles import profile_text
from victimsdb.core.names.similarity import without_doubled_letters
from victimsdb.core.names.tokens import NameToken, parse_name, token_signature

MIN_FUZZY_KEY = 3
"""Keys shorter than this have no variants but themselves (a longer key's deletion
can still be one)."""


@dataclass(frozen=True)
class IndexedWord:
    """One word of a stored name: its vocabulary signature, its keys and its profile
    (what scoring it needs: `profiles`)."""

    signature: str
    keys: tuple[str, ...]
    profile: str


@dataclass(frozen=True)
class IndexedPair:
    """Two words of a stored name (positions in its word list) under one pair key."""

    key: str
    first: int
    second: int


@dataclass(frozen=True)
class IndexedName:
    """What the index stores of one name."""

    words: tuple[IndexedWord, ...]
    pairs: tuple[IndexedPair, ...]


def index_name(name: str) -> IndexedName:
    """The words and pairs of a stored name (words without letters are left out)."""
    tokens = [token for token in parse_name(name) if token_keys(token)]
    words = tuple(
        IndexedWord(token_signature(t), tuple(token_keys(t)), profile_text(t)) for t in tokens
    )
    pairs = {
        IndexedPair(pair_key(a, b), i, j)
        for (i, first), (j, second) in combinations(enumerate(words), 2)
        for a, b in product(first.keys, second.keys)
    }
    if len(words) == 1:
        pairs = {IndexedPair(key, 0, 0) for key in words[0].keys}
    return IndexedName(words, tuple(sorted(pairs, key=lambda p: (p.key, p.first, p.second))))


def query_words(name: str) -> list[NameToken]:
    """The words of a query that can be looked up (at least one letter that keys)."""
    return [token for token in parse_name(name) if token_keys(token)]


def pair_key(a: str, b: str) -> str:
    """The index key of two word keys, the same in either order."""
    return " ".join(sorted((a, b)))


def query_pair_keys(exact: Sequence[set[str]], near: Sequence[set[str]]) -> set[str]:
    """The pair keys a query of several words looks up.

    ``exact[i]`` holds the keys of query word i, ``near[i]`` the stored keys one
    edit from them. Each two words pair exact with exact, and exact with near
    on either side; and each word's exact keys find stored one-word names.
    """
    keys: set[str] = set().union(*exact) if exact else set()
    for i, j in combinations(range(len(exact)), 2):
        for first, second in ((exact[i], exact[j]), (near[i], exact[j]), (exact[i], near[j])):
            keys.update(pair_key(a, b) for a, b in product(first, second))
    return keys


def wide_pair_keys(near: Sequence[set[str]]) -> set[str]:
    """The pair keys with both sides one edit off: a query's second try, when both of
    two misspelt words changed their keys (*Гүнар Ғалымқыызы*)."""
    return {
        pair_key(a, b)
        for i, j in combinations(range(len(near)), 2)
        for a, b in product(near[i], near[j])
    }


def key_variants(key: str) -> set[str]:
    """The key and, when long enough to tell apart, each key one letter shorter.

    A letter dropped from between two alike ones leaves them single, as a key always
    has them: *Mehmet* (``mkmt``) without its *h* is *Memet* (``mt``), not ``mmt``,
    which no word has; *Tohti* (``tkt``) is *Toti* (``t``)."""
    if len(key) < MIN_FUZZY_KEY:
        return {key}
    return {key} | {without_doubled_letters(key[:i] + key[i + 1 :]) for i in range(len(key))}


def word_variants(token: NameToken) -> set[str]:
    """The variants of every key of a query word: what it finds in the vocabulary."""
    return {variant for key in token_keys(token) for variant in key_variants(key)}
