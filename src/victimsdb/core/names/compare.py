"""Do two full names name the same person?

Each word of one name is paired with its best partner in the other, whatever
their order (:func:`_best_pairs`). A pair scores the similarity of the two
words' phonetic forms (:func:`word_similarity`), the best over their readings;
a word read as Chinese pinyin is compared by its key, since Chinese vowels
say little; two Chinese names score no more than their pinyin is alike
(:func:`chinese_names_bound`). The name scores its **weakest** pair, because every word must
match: brothers share a surname, and a shared surname must not make them
one person. Then:

* a name of one word against a longer one cannot identify anybody alone,
* words only one name has (a dropped patronymic or middle name) cost a little,
* a son's patronymic against a daughter's, or a father's name matched
  against a given name while the other name has its own patronymic, cost more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import permutations

from victimsdb.core.names.chinese import split_pinyin
from victimsdb.core.names.keys import token_keys
from victimsdb.core.names.memo import string_memo
from victimsdb.core.names.patronymics import Gender
from victimsdb.core.names.profiles import (
    ReadingForms,
    WordProfile,
    parse_profile,
    word_profile,
)
from victimsdb.core.names.similarity import (
    levenshtein_ratio,
    phonetic_similarity,
    phonetic_similarity_at_least,
)
from victimsdb.core.names.tokens import (
    NameToken,
    Reading,
    parse_name,
    token_from_signature,
    token_signature,
)

DEFAULT_THRESHOLD = 0.84
"""Scores at or above this mean "same person"."""

ALTERNATIVE_READING_FACTOR = 0.97
PINYIN_FACTOR = 0.95
EPENTHETIC_VOWEL_COST = 0.05
"""Chinese puts a vowel between consonants Turkic names cluster (*Er-sin* as
*Yi-li-sen*): in a Chinese transcription a vowel more or less costs almost nothing."""
DROPPED_FINAL_FACTOR = 0.95
INITIAL_SCORE = 0.7
SINGLE_WORD_FACTOR = 0.75
ONE_WORD_EACH_FACTOR = 0.9
EXTRA_WORD_FACTOR = 0.95
GENDER_CONFLICT_FACTOR = 0.7
ROLE_CONFLICT_FACTOR = 0.8
ORDER_CONFLICT_FACTOR = 0.9
ORDER_SWAP_FACTOR = 0.97
_BRUTE_FORCE_LIMIT = 6
_DIFFERENT = 0.5


@dataclass(frozen=True)
class WordMatch:
    """How one word of name A was matched with one word of name B."""

    word_a: str
    word_b: str
    score: float
    how: str


@dataclass(frozen=True)
class Comparison:
    """The verdict on two names, with the evidence for it."""

    score: float
    same: bool
    keys_a: list[str]
    keys_b: list[str]
    explanation: str
    matches: list[WordMatch] = field(default_factory=list)
    reasons: str = ""
    """The explanation without the verdict: how the words matched, and what it cost."""


def compare(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> Comparison:
    """Compare two full names in any script; ``same`` when the score reaches ``threshold``.

    The result is symmetric in ``a`` and ``b`` and its score lies in [0, 1].
    """
    return compare_parsed(a, parse_name(a), b, parse_name(b), threshold)


def compare_parsed(
    a: str,
    tokens_a: list[NameToken],
    b: str,
    tokens_b: list[NameToken],
    threshold: float = DEFAULT_THRESHOLD,
    *,
    with_keys: bool = True,
) -> Comparison:
    """`compare` of two names already parsed (a search index keeps its names' words);
    without `with_keys`, the comparison's keys are left empty (a search page shows the
    explanation, not the keys, and keying every word of every name was a tenth of its
    time)."""
    keys_a, keys_b = (_keys(tokens_a), _keys(tokens_b)) if with_keys else ([], [])
    if not tokens_a or not tokens_b:
        return Comparison(0.0, False, keys_a, keys_b, "one of the names has no letters")
    swapped = (len(tokens_a), a) > (len(tokens_b), b)
    if swapped:
        tokens_a, tokens_b = tokens_b, tokens_a
    pairs = _best_pairs(tokens_a, tokens_b)
    score, notes = _name_score(tokens_a, tokens_b, pairs)
    score = round(min(1.0, max(0.0, score)), 4)
    same = score >= threshold
    matches = [_flipped(m) if swapped else m for _, _, m in pairs]
    reasons = _reasons(matches, notes)
    explanation = _explain(reasons, score, same, threshold)
    return Comparison(score, same, keys_a, keys_b, explanation, matches, reasons)


def _flipped(match: WordMatch) -> WordMatch:
    return WordMatch(match.word_b, match.word_a, match.score, match.how)


def word_similarity(a: NameToken, b: NameToken) -> WordMatch:
    """Score two words in [0, 1] over all pairs of their readings."""
    score, how = _word_similarity(token_signature(a), token_signature(b))
    return WordMatch(a.text, b.text, score, how)


@lru_cache(maxsize=20_000)  # a tuple: not for string_memo; see tokens._parse_name
def _word_similarity(a: str, b: str) -> tuple[float, str]:
    """The score of two words and how they matched, by the words' signatures: the
    cache keeps no word objects alive for the garbage collector to visit (memo.py)."""
    token_a, token_b = token_from_signature(a), token_from_signature(b)
    match = _word_match(token_a, token_b, _profile_of(a), _profile_of(b))
    return match.score, match.how


@lru_cache(maxsize=4096)  # bounded: see tokens._parse_name
def _profile_of(signature: str) -> WordProfile:
    """The profile of the word a signature stands for: a name's words meet many others
    (a search page compares each name of its entries with the query)."""
    return word_profile(token_from_signature(signature))


@string_memo(maxsize=200_000)
def profile_score(a: str, b: str) -> float:
    """`word_similarity`'s score of two words given by their profiles
    (:func:`.profiles.profile_text`): what a search index keeps of each word.

    Cached by the two profiles, which many spellings share."""
    return _profile_score(a, b, None)


@string_memo(maxsize=200_000)
def profile_score_at_least(a: str, b: str, floor: float) -> float:
    """`profile_score(a, b)` when it is at least `floor`; else some score below `floor`
    (not always the true one, and often above it: a bound, not an estimate).

    Below its threshold, search needs to know only that a word scores below it, and
    most of the words a common name's keys find do: their distances are given up as
    soon as they must fall short (:func:`.similarity.phonetic_similarity_at_least`).
    Search scores thousands of words at once by the same rules (:mod:`.batch`, which
    falls back on this function for an initial). Every
    step after the distances (the reading's factors, the pinyin's bound, the suffix's
    factor) multiplies by at most 1, takes a minimum, or sets 1 for the same pinyin
    whatever the distance, so a score that reaches the floor is computed exactly."""
    return _profile_score(a, b, floor)


def _profile_score(a: str, b: str, floor: float | None) -> float:
    profile_a, profile_b = parse_profile(a), parse_profile(b)
    if profile_a.is_initial or profile_b.is_initial:
        return _initial_score(profile_a, profile_b)
    score, _ = _best_readings(profile_a.readings, profile_b.readings, floor)
    score = _as_chinese_names(score, profile_a, profile_b)
    return score * suffix_factor(profile_a.gender, profile_b.gender, score)


def _word_match(
    a: NameToken, b: NameToken, profile_a: WordProfile, profile_b: WordProfile
) -> WordMatch:
    if a.is_initial or b.is_initial:
        score = _initial_score(profile_a, profile_b)
        return WordMatch(a.text, b.text, score, "initial" if score else "different initial")
    by_sound, (index_a, index_b) = _best_readings(profile_a.readings, profile_b.readings)
    score = _as_chinese_names(by_sound, profile_a, profile_b)
    how = "different"
    if score != by_sound and score >= _DIFFERENT:
        how = "same pinyin" if score == 1.0 else "Chinese names spelt differently"
    elif score >= _DIFFERENT:
        same = _reading_score(profile_a.readings[index_a], profile_b.readings[index_b]) == 1.0
        how = _how(a.readings[index_a], b.readings[index_b], same)
    if a.latin == b.latin:
        how = "identical"
    return _with_suffix_note(WordMatch(a.text, b.text, score, how), a, b)


def _best_readings(
    readings_a: tuple[ReadingForms, ...],
    readings_b: tuple[ReadingForms, ...],
    floor: float | None = None,
) -> tuple[float, tuple[int, int]]:
    """The best score over all pairs of readings (any but the primary pair cost a
    little), and which pair gave it (the first of equals). With a `floor`, exact when
    it reaches the floor: a pair is measured only as far as it could beat both the
    floor and the best so far (`profile_score_at_least`)."""
    best, which = 0.0, (0, 0)
    for index_a, reading_a in enumerate(readings_a):
        for index_b, reading_b in enumerate(readings_b):
            factor = ALTERNATIVE_READING_FACTOR if index_a or index_b else 1.0
            needed = None if floor is None else max(floor, best) / factor
            score = _reading_score(reading_a, reading_b, needed) * factor
            if score > best:
                best, which = score, (index_a, index_b)
    return best, which


def _as_chinese_names(score: float, a: WordProfile, b: WordProfile) -> float:
    """`chinese_names_bound` of two words' profiles."""
    return chinese_names_bound(score, a.chinese, a.short_pinyin, b.chinese, b.short_pinyin)


def chinese_names_bound(
    score: float, chinese_a: str, short_a: str, chinese_b: str, short_b: str
) -> float:
    """The score of two words whose sounds score `score`, given each word's pinyin if it
    is a Chinese name (`chinese_*`) and its spelling if it could be short pinyin
    (`short_*`: :mod:`.profiles`).

    Two Chinese names (:func:`.chinese.looks_like_chinese_name`) score no more than
    their pinyin is alike, and 1 when it is the same: pinyin writes a Chinese name one
    way, so *Chenghui* and *Shengyu* are two names, which their Turkic readings (*ch* as
    *sh*, vowels that vary) would take for one, and 强 read from characters is the
    Latin *Qiang*, which the Turkic reading keys as *kiang*. A typo still scores high
    (*Chenhui*). One whose syllables begin or end the other's is left to its sounds: a
    given name is often written as two words (*Cheng Hui*), each of which meets the
    whole. Against a Chinese name, a word that could be short pinyin is held to its
    spelling too (*Xiang* against *Qiang*: :func:`.profiles.short_pinyin`)."""
    pinyin_a, pinyin_b = chinese_a or short_a, chinese_b or short_b
    if not ((chinese_a or chinese_b) and pinyin_a and pinyin_b):
        return score
    if pinyin_a == pinyin_b:
        return 1.0
    if _part_of(pinyin_a, pinyin_b) or _part_of(pinyin_b, pinyin_a):
        return score
    return min(score, levenshtein_ratio(pinyin_a, pinyin_b))


def _part_of(part: str, whole: str) -> bool:
    """Whether the syllables of one pinyin word begin or end another's (*cheng* of
    *cheng-hui*; not *qian* of *qiang*, another syllable)."""
    short, long = split_pinyin(part) or [], split_pinyin(whole) or []
    if not short or len(short) >= len(long):
        return False
    return long[: len(short)] == short or long[-len(short) :] == short


def _reading_score(a: ReadingForms, b: ReadingForms, floor: float | None = None) -> float:
    """How alike two readings sound; with a `floor`, exact only when it reaches it."""
    if a.pinyin != b.pinyin:
        turkic, chinese = (b, a) if a.pinyin else (a, b)
        similarity = _transcription_similarity(
            turkic.pattern,
            chinese.pattern,
            turkic.ends_in_l_or_r,
            None if floor is None else floor / PINYIN_FACTOR,
        )
        return similarity * PINYIN_FACTOR
    return _similar(a.form, b.form, floor)


def _similar(a: str, b: str, floor: float | None, vowel_cost: float | None = None) -> float:
    """`phonetic_similarity`, or with a floor `phonetic_similarity_at_least`."""
    if floor is None:
        if vowel_cost is None:
            return phonetic_similarity(a, b)
        return phonetic_similarity(a, b, vowel_cost=vowel_cost)
    if vowel_cost is None:
        return phonetic_similarity_at_least(a, b, floor)
    return phonetic_similarity_at_least(a, b, floor, vowel_cost=vowel_cost)


def _how(a: Reading, b: Reading, same_sounds: bool) -> str:
    """How two readings matched, in words."""
    if a.pinyin != b.pinyin:
        return "Chinese transcription"
    kinds = {a.kind, b.kind} - {"latin", "pinyin"}
    how = "same sounds" if same_sounds else "similar sounds"
    return f"{how} ({', '.join(sorted(kinds))})" if kinds else how


def _transcription_similarity(
    turkic: str, chinese: str, ends_in_l_or_r: bool, floor: float | None = None
) -> float:
    """How alike a word's pattern and its Chinese transcription's are. Chinese may drop
    the l or r a word ends in, after a vowel (*Si-ma-yi* for *Ismail*; not the r of
    *Dilara*), at a small cost, when two consonants or more are left to compare (*Gu*
    is not *Gul*). With a `floor`, exact only when it reaches it."""
    score = _similar(turkic, chinese, floor, EPENTHETIC_VOWEL_COST)
    dropped = turkic.removesuffix("ar").strip("a")
    if (
        ends_in_l_or_r
        and turkic.endswith("ar")
        and not chinese.endswith("r")
        and consonant_count(dropped) >= 2
    ):
        needed = None if floor is None else max(floor, score) / DROPPED_FINAL_FACTOR
        without = _similar(dropped, chinese, needed, EPENTHETIC_VOWEL_COST)
        score = max(score, without * DROPPED_FINAL_FACTOR)
    return score


def consonant_count(pattern: str) -> int:
    """How many consonants a Chinese pattern (`profiles.chinese_pattern`) has."""
    return len(pattern) - pattern.count("a")


def _initial_score(a: WordProfile, b: WordProfile) -> float:
    same_letter = a.first_letter == b.first_letter or a.first_key_letter == b.first_key_letter
    return INITIAL_SCORE if same_letter else 0.0


def suffix_factor(gender_a: str, gender_b: str, score: float) -> float:
    """What a son's suffix against a daughter's costs (nothing for words unalike)."""
    conflict = gender_a and gender_b and gender_a != gender_b
    return GENDER_CONFLICT_FACTOR if conflict and score >= _DIFFERENT else 1.0


def _with_suffix_note(match: WordMatch, a: NameToken, b: NameToken) -> WordMatch:
    if (a.suffix is None and b.suffix is None) or match.score < _DIFFERENT:
        return match
    if a.suffix and b.suffix and a.suffix.gender != b.suffix.gender:
        factor = suffix_factor(a.suffix.gender.value, b.suffix.gender.value, match.score)
        how = match.how + "; son's vs daughter's suffix"
        return WordMatch(match.word_a, match.word_b, match.score * factor, how)
    if a.is_patronymic != b.is_patronymic:
        return WordMatch(
            match.word_a, match.word_b, match.score, match.how + "; patronymic vs father's name"
        )
    return match


Pairing = list[tuple[int, int, WordMatch]]


def _best_pairs(tokens_a: list[NameToken], tokens_b: list[NameToken]) -> Pairing:
    """Pair each word of A (the shorter name) with a distinct word of B."""
    grid = [[word_similarity(a, b) for b in tokens_b] for a in tokens_a]
    # Between pairings that score alike, the one that puts a patronymic against a
    # patronymic is the reading the writer meant (*Erlan Erlanov* is Erlan, son of Erlan).
    alike = [[_same_role(a, b) for b in tokens_b] for a in tokens_a]
    pairs = _assign([[m.score for m in row] for row in grid], alike)
    return [(i, j, grid[i][j]) for i, j in pairs]


def _same_role(a: NameToken, b: NameToken) -> int:
    return int((a.suffix is None) == (b.suffix is None)) + int(a.latin == b.latin)


def _assign(scores: list[list[float]], alike: list[list[int]]) -> list[tuple[int, int]]:
    """Best one-to-one assignment of rows to columns (rows <= columns); among equal
    totals, the one with the most `alike` pairs."""
    rows, columns = len(scores), len(scores[0])
    if columns <= _BRUTE_FORCE_LIMIT:
        best = max(
            permutations(range(columns), rows),
            key=lambda cols: (
                round(sum(scores[r][c] for r, c in enumerate(cols)), 9),
                sum(alike[r][c] for r, c in enumerate(cols)),
                cols,
            ),
        )
        return list(enumerate(best))
    return _greedy(scores)


def _greedy(scores: list[list[float]]) -> list[tuple[int, int]]:
    cells = sorted(((-s, r, c) for r, row in enumerate(scores) for c, s in enumerate(row)))
    used_rows: set[int] = set()
    used_columns: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, r, c in cells:
        if r not in used_rows and c not in used_columns:
            pairs.append((r, c))
            used_rows.add(r)
            used_columns.add(c)
    return sorted(pairs)


def _name_score(
    tokens_a: list[NameToken], tokens_b: list[NameToken], pairs: Pairing
) -> tuple[float, list[str]]:
    notes: list[str] = []
    score = min(m.score for _, _, m in pairs)
    shorter, longer = sorted((len(tokens_a), len(tokens_b)))
    if shorter == 1 and longer > 1:
        score *= SINGLE_WORD_FACTOR
        notes.append("one word alone cannot identify a person")
    elif longer == 1:
        score *= ONE_WORD_EACH_FACTOR
        notes.append("both names are a single word")
    extra = longer - shorter if shorter > 1 else 0
    if extra:
        score *= EXTRA_WORD_FACTOR**extra
        notes.append(f"{extra} word(s) only in one name")
    if _genders(tokens_a) and _genders(tokens_b) and not _genders(tokens_a) & _genders(tokens_b):
        score *= GENDER_CONFLICT_FACTOR
        notes.append("the names mark different genders")
    if _role_conflict(tokens_a, tokens_b, pairs):
        score *= ROLE_CONFLICT_FACTOR
        notes.append("a father's name is matched with a given name")
    elif _order_conflict(tokens_a, tokens_b, pairs):
        score *= ORDER_CONFLICT_FACTOR
        notes.append("the first word, usually the given name, is matched with a father's name")
    elif _order_swapped(tokens_a, tokens_b, pairs):
        score *= ORDER_SWAP_FACTOR
        notes.append("the words are in the other order")
    return score, notes


def _genders(tokens: list[NameToken]) -> set[Gender]:
    return {t.suffix.gender for t in tokens if t.suffix is not None}


def _role_conflict(tokens_a: list[NameToken], tokens_b: list[NameToken], pairs: Pairing) -> bool:
    """The father's names cross: A's father's name is B's given name and the other way
    round (*Ersin Erkinuly* against *Erkin Ersinuly*: son and grandfather, say)."""
    a_to_b = any(tokens_a[i].suffix and not tokens_b[j].suffix for i, j, _ in pairs)
    b_to_a = any(tokens_b[j].suffix and not tokens_a[i].suffix for i, j, _ in pairs)
    return a_to_b and b_to_a


def _order_conflict(tokens_a: list[NameToken], tokens_b: list[NameToken], pairs: Pairing) -> bool:
    """One name marks its father's name with a suffix and the other marks nothing, so the
    other's first word is, in the usual order, its given name; it was matched with the
    marked father's name (*Nurlan Serik* against *Serik Nurlanov*: Serik son of Nurlan).

    Weaker evidence than :func:`_role_conflict` (some sources put the surname first
    unmarked), so it costs less; and none for a Chinese transcription, whose order
    follows the document (passports put the surname first)."""
    marked_a, marked_b = _marked(tokens_a), _marked(tokens_b)
    unmarked = tokens_b if marked_a else tokens_a
    if marked_a == marked_b or any(_pinyin(token) for token in unmarked):
        return False
    for i, j, _ in pairs:
        marked, first = (tokens_a[i], j) if marked_a else (tokens_b[j], i)
        if first == 0 and marked.suffix is not None and min(len(tokens_a), len(tokens_b)) > 1:
            return True
    return False


def _order_swapped(tokens_a: list[NameToken], tokens_b: list[NameToken], pairs: Pairing) -> bool:
    """Neither name marks a father's name, and the first word of one (usually the given
    name) is matched with a later word of the other: *Bolat Erlan* against *Erlan Bolat*
    may be one person written surname first, or a father and his son. A little cost
    ranks the same order first; none when a word in capitals marks the surname."""
    if _marked(tokens_a) or _marked(tokens_b) or _capitalised(tokens_a) or _capitalised(tokens_b):
        return False
    return any((i == 0) != (j == 0) for i, j, _ in pairs)


def _capitalised(tokens: list[NameToken]) -> bool:
    return any(len(token.text) > 1 and token.text.isupper() for token in tokens)


def _pinyin(token: NameToken) -> bool:
    return any(reading.pinyin for reading in token.readings)


def _marked(tokens: list[NameToken]) -> bool:
    return any(token.suffix is not None for token in tokens)


def _keys(tokens: list[NameToken]) -> list[str]:
    return sorted({key for token in tokens for key in token_keys(token)})


def _reasons(matches: list[WordMatch], notes: list[str]) -> str:
    words = "; ".join(f"{m.word_a} ~ {m.word_b}: {m.how} {m.score:.2f}" for m in matches)
    return f"{words}; {'; '.join(notes)}" if notes else words


def _explain(reasons: str, score: float, same: bool, threshold: float) -> str:
    verdict = "same person" if same else "different people"
    relation = ">=" if same else "<"
    return f"{reasons}. Score {score:.2f} {relation} {threshold:.2f}: {verdict}."
