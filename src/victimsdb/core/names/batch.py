"""One query word against thousands of stored words, at once.

Search scores every stored word its blocking keys find against each query word
(:func:`.compare.profile_score_at_least`). Among a million entries, a common name's
keys find thousands (*Xiuyan* among a million: 6,305 words, 5,126 profiles), and
word by word that took 40 µs each: a quarter of a second for one query, most of it
the interpreter's, not the arithmetic's. Here the same scores are computed a whole
batch at a time with NumPy: the weighted edit distance runs cell by cell over the
table as it does in :func:`.similarity.phonetic_distance`, each cell for every pair at
once (a pair per lane, padded to the longest word).

From the floor up, the results are the scalar functions', to the last bit (below it,
as there, some score below the floor): each cell adds the same two
costs and takes the least of the same three moves in the same order (IEEE addition
and comparison are the same in NumPy as in Python), and every step after the
distances (the similarity, the readings' factors, the transcription's dropped final,
the Chinese names' bound, the suffix factor) is the same expression. Tests compare
the two on random words and forms (hypothesis) and on pairs of the bundled name
pairs' words, at several floors. Where a word falls outside what the batch handles
(an initial, a form that is not ASCII), its score is the scalar function's.

As :func:`.compare.profile_score_at_least`, a score is exact when it reaches the
floor, and some score below the floor otherwise: a pair whose consonants alone keep
it below (:func:`.similarity.may_reach`, computed in C by RapidFuzz for the whole
batch) is not measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from threading import Lock

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from victimsdb.core.names.compare import (
    ALTERNATIVE_READING_FACTOR,
    DROPPED_FINAL_FACTOR,
    EPENTHETIC_VOWEL_COST,
    PINYIN_FACTOR,
    chinese_names_bound,
    consonant_count,
    profile_score_at_least,
    suffix_factor,
)
from victimsdb.core.names.memo import SEPARATOR, string_memo
from victimsdb.core.names.profiles import ReadingForms, WordProfile, parse_profile
from victimsdb.core.names.similarity import (
    SKELETON_WEIGHT_SCALE,
    SKELETON_WEIGHTS,
    VOWEL_COST,
    consonant_skeleton,
    gap_cost,
    phonetic_similarity_at_least,
    substitution_cost,
)

Floats = NDArray[np.float64]
_CODES = 128  # forms and patterns are ASCII letters (profiles.py)


def _tables(vowel_cost: float) -> tuple[Floats, Floats]:
    """Every substitution and gap cost by letter code, at an edge (1) or not (0): the
    scalar functions' own, so that the batch adds the very same numbers."""
    letters = [chr(code) for code in range(_CODES)]
    substitutions = np.array(
        [[[substitution_cost(x, y, bool(e)) for y in letters] for x in letters] for e in (0, 1)]
    )
    gaps = np.array([[gap_cost(x, bool(e), vowel_cost) for x in letters] for e in (0, 1)])
    return substitutions.reshape(-1), gaps.reshape(-1)


_TABLES = {cost: _tables(cost) for cost in (VOWEL_COST, EPENTHETIC_VOWEL_COST)}


def _tables_for(vowel_cost: float) -> tuple[Floats, Floats]:
    """The tables of a vowel cost: search's two are built at import, any other once."""
    tables = _TABLES.get(vowel_cost)
    if tables is None:
        tables = _TABLES[vowel_cost] = _tables(vowel_cost)
    return tables


def phonetic_distances(tops: Sequence[str], sides: Sequence[str], vowel_cost: float) -> Floats:
    """`phonetic_distance(tops[k], sides[k], vowel_cost)` for every k, to the last bit.

    Every word must be ASCII and not empty. The table runs as the scalar one does:
    `tops[k]` along the top, `sides[k]` down the side, both padded (a cell depends only
    on the cells above and to its left, so padding after a word changes none of its
    cells), and each pair's distance is read at its own last row and column."""
    substitutions, gaps = _tables_for(vowel_cost)
    count = len(tops)
    top, top_lengths = _letters(tops)
    side, side_lengths = _letters(sides)
    columns = np.arange(top.shape[1])
    top_edge = (columns == 0) | (columns == (top_lengths - 1)[:, None])
    top_gaps = gaps[top_edge * _CODES + top]
    row = [np.zeros(count)]
    for column in range(top.shape[1]):
        row.append(row[-1] + top_gaps[:, column])
    lanes = np.arange(count)
    found = np.empty(count)
    for place in range(side.shape[1]):
        letter = side[:, place]
        edge = (side_lengths - 1 == place) | (place == 0)
        side_gap = gaps[edge * _CODES + letter]
        left = row[0] + side_gap
        current = [left]
        for column in range(top.shape[1]):
            at_edge = edge | top_edge[:, column]  # either letter at its word's edge
            swap = substitutions[(at_edge * _CODES + letter) * _CODES + top[:, column]]
            down = row[column + 1] + side_gap
            across = left + top_gaps[:, column]
            left = np.minimum(down, across)
            left = np.minimum(row[column] + swap, left)
            current.append(left)
        row = current
        done = side_lengths - 1 == place
        if done.any():
            table = np.stack(row, axis=1)
            found[done] = table[lanes[done], top_lengths[done]]
    return found


def _letters(words: Sequence[str]) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """The words' letter codes, padded with zeros to the longest, and their lengths."""
    width = max(map(len, words))
    codes = np.array(words, dtype=f"<U{width}").view(np.uint32).reshape(len(words), width)
    return codes.astype(np.intp), _lengths(words)


def phonetic_similarities_at_least(
    tops: Sequence[str], sides: Sequence[str], floors: Floats, vowel_cost: float
) -> Floats:
    """`phonetic_similarity_at_least(tops[k], sides[k], floors[k], vowel_cost)` for every
    k: exact where it reaches the floor, some similarity below it elsewhere (the
    consonants' bound, where that is below). Words that are not ASCII letters, or
    empty, are scored by the scalar function."""
    if not tops:
        return np.zeros(0)
    skeletons = [consonant_skeleton(word) for word in tops]
    return _similarities(
        tops, sides, skeletons, [consonant_skeleton(word) for word in sides], floors, vowel_cost
    )


def _similarities(
    tops: Sequence[str],
    sides: Sequence[str],
    top_skeletons: Sequence[str],
    side_skeletons: Sequence[str],
    floors: Floats,
    vowel_cost: float,
) -> Floats:
    """`phonetic_similarities_at_least`, given the words' consonant skeletons."""
    count = len(tops)
    consonants = (np.maximum(_lengths(top_skeletons), _lengths(side_skeletons)) + 1).astype(
        np.float64
    )
    least = (
        process.cpdist(
            top_skeletons,
            side_skeletons,
            scorer=Levenshtein.distance,
            scorer_kwargs={"weights": SKELETON_WEIGHTS},
            dtype=np.int64,
        )
        / SKELETON_WEIGHT_SCALE
    )
    similarity = np.maximum(0.0, 1.0 - least / consonants)  # the bound, where out of reach
    same = np.fromiter(map(str.__eq__, tops, sides), dtype=bool, count=count)
    similarity[same] = 1.0
    measured = np.flatnonzero(~same & (least <= distance_limit_of(floors, consonants))).tolist()
    if not measured:
        return similarity
    top, side = [tops[k] for k in measured], [sides[k] for k in measured]
    if all(top) and all(side) and "".join(top).isascii() and "".join(side).isascii():
        distances = phonetic_distances(top, side, vowel_cost)
        similarity[measured] = np.maximum(0.0, 1.0 - distances / consonants[measured])
    else:  # not in any profile (ASCII letters): for words from elsewhere
        for k, a, b in zip(measured, top, side, strict=True):
            similarity[k] = phonetic_similarity_at_least(a, b, float(floors[k]), vowel_cost)
    return similarity


def _lengths(words: Sequence[str]) -> NDArray[np.intp]:
    return np.fromiter(map(len, words), dtype=np.intp, count=len(words))


def distance_limit_of(floors: Floats, consonants: Floats) -> Floats:
    """`distance_limit` of each pair (the same expression)."""
    return (1.0 - floors) * consonants + 1e-9


@dataclass
class _Readings:
    """Every reading of the stored words in a batch: reading k is word `word[k]`'s
    `index[k]`-th, its fields `flat[k * _FIELDS:][:_FIELDS]` (`_flat_profile`). `read()`
    sets out what every query reading needs of them, once."""

    word: list[int] = field(default_factory=list)
    index: list[int] = field(default_factory=list)
    flat: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    ends_in_l_or_r: list[bool] = field(default_factory=list)
    form_skeletons: list[str] = field(default_factory=list)
    pattern_skeletons: list[str] = field(default_factory=list)
    words: NDArray[np.intp] = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    primary: NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, dtype=bool))
    pinyins: NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, dtype=bool))

    def read(self) -> None:
        flat = self.flat
        self.forms, self.patterns = flat[0::_FIELDS], flat[1::_FIELDS]
        flags = flat[2::_FIELDS]
        self.form_skeletons, self.pattern_skeletons = flat[3::_FIELDS], flat[4::_FIELDS]
        self.ends_in_l_or_r = ["f" in flag for flag in flags]
        self.words = np.array(self.word, dtype=np.intp)
        self.primary = np.array(self.index) == 0
        self.pinyins = np.array(["p" in flag for flag in flags], dtype=bool)


def profile_scores_at_least(query: str, profiles: Sequence[str], floor: float) -> list[float]:
    """`profile_score_at_least(query, profile, floor)` for each of `profiles`: exact where
    it reaches `floor`, some score below `floor` elsewhere. Scores computed before for
    this query word and floor are reused (`KnownScores`): the names people search for
    come back, with the same stored words."""
    if not profiles:
        return []
    known = KNOWN.of(query, floor)
    missing = [profile for profile in dict.fromkeys(profiles) if profile not in known]
    if missing:
        known.update(zip(missing, _scores(query, missing, floor), strict=True))
        KNOWN.grew(len(missing))
    return [known[profile] for profile in profiles]


class KnownScores:
    """Scores already computed, by query word and floor, then by stored profile; about
    `capacity` entries at most in all (a query word and floor counts as one more), the
    query words used longest ago dropped first. Per process: some tens of MB when full
    (a score is about 130 bytes with its profile's string).

    Each query word's scores are a dict of strings to numbers, which CPython never
    tracks (nothing in it can be part of a cycle), so a collection walks only the
    outer dict, one slot per query word and floor, never a score (memo.py tells why
    that matters). A lock keeps threads from losing each other's dicts."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.size = 0
        self.by_query: dict[str, dict[str, float]] = {}
        self.lock = Lock()

    def of(self, query: str, floor: float) -> dict[str, float]:
        """The scores known for this query word at this floor (the last used, now)."""
        key = f"{query}{SEPARATOR}{floor!r}"
        with self.lock:
            scores = self.by_query.pop(key, None)
            if scores is None:
                scores = {}
                self.size += 1
            self.by_query[key] = scores
        return scores

    def grew(self, added: int) -> None:
        """Count `added` new scores; past the capacity, drop the oldest query words."""
        with self.lock:
            self.size += added
            if self.size <= self.capacity:
                return
            entries = list(self.by_query.items())  # one pass: see memo.py on dropping
            left = sum(len(scores) + 1 for _, scores in entries)
            for key, scores in entries[:-1]:  # the newest is the one in use
                if left <= self.capacity:
                    break
                del self.by_query[key]
                left -= len(scores) + 1
            self.size = left

    def clear(self) -> None:
        with self.lock:
            self.by_query.clear()
            self.size = 0


KNOWN = KnownScores(capacity=300_000)


def _scores(query: str, profiles: Sequence[str], floor: float) -> list[float]:
    """`profile_scores_at_least` of profiles not scored before, all at once."""
    mine = parse_profile(query)
    if mine.is_initial or not mine.readings:
        return [profile_score_at_least(query, profile, floor) for profile in profiles]
    scores = np.zeros(len(profiles))
    readings = _Readings()
    special: list[tuple[int, str, str, str]] = []  # words the pinyin or a suffix may change
    my_pinyin = mine.chinese or mine.short_pinyin
    for number, profile in enumerate(profiles):
        flat = _flat_profile(profile)
        if not flat:  # an initial, or no letters: rare
            scores[number] = profile_score_at_least(query, profile, floor)
            continue
        parsed = flat.split(_PART)
        gender, chinese, short = parsed[:3]
        if ((mine.chinese or chinese) and my_pinyin and (chinese or short)) or (
            gender and mine.gender and gender != mine.gender
        ):
            special.append((number, gender, chinese, short))
        count = (len(parsed) - 3) // _FIELDS
        readings.word += [number] * count
        readings.index += range(count)
        readings.flat += parsed[3:]
    if not readings.word:
        return scores.tolist()
    readings.read()
    best = np.zeros(len(profiles))
    for index, reading in enumerate(mine.readings):
        np.maximum.at(best, readings.words, _reading_scores(reading, index, readings, floor))
    scored = np.unique(readings.words)
    scores[scored] = best[scored]
    for number, gender, chinese, short in special:
        scores[number] = _word_score(float(best[number]), mine, (gender, chinese, short), floor)
    return scores.tolist()


_FIELDS = 5  # of a reading in `_flat_profile`
_PART = "\x1e"  # the record separator: in no profile (profiles.py: ASCII letters, flags)


@string_memo(maxsize=200_000)
def _flat_profile(profile: str) -> str:
    """A stored word's profile as the batch reads it, fields joined by `_PART`: its
    gender, Chinese name and short pinyin, then each reading's form, pattern, flags and
    the two's consonant skeletons; empty for an initial or a word without letters
    (scored one by one). Kept: the same words come back query after query, and
    reading a profile was half the batch's time. One string, not a tuple, so that the
    cache holds nothing the garbage collector tracks (memo.py)."""
    gender, head, text, chinese, short, _ = profile.split("|", 5)
    if head[:1] == "i" or not text:
        return ""
    flat = [gender, chinese, short]
    for part in text.split(";"):
        form, pattern, flags = part.split(",")
        flat += [form, pattern, flags, consonant_skeleton(form), consonant_skeleton(pattern)]
    return _PART.join(flat)


def _reading_scores(mine: ReadingForms, my_index: int, readings: _Readings, floor: float) -> Floats:
    """Each stored reading's score against one reading of the query word, times the
    factor of an alternative reading (`compare._best_readings`)."""
    primary = readings.primary & (my_index == 0)
    factor: Floats = np.where(primary, 1.0, ALTERNATIVE_READING_FACTOR)
    needed = floor / factor
    same = readings.pinyins == mine.pinyin
    found = np.empty(len(readings.word))
    alike = np.flatnonzero(same).tolist()
    if alike:
        found[alike] = _similarities(
            [mine.form] * len(alike),
            [readings.forms[k] for k in alike],
            [consonant_skeleton(mine.form)] * len(alike),
            [readings.form_skeletons[k] for k in alike],
            needed[alike],
            VOWEL_COST,
        )
    other = np.flatnonzero(~same).tolist()
    if other:
        found[other] = _transcriptions(mine, readings, other, needed[other])
    return found * factor


def _transcriptions(
    mine: ReadingForms, readings: _Readings, which: list[int], needed: Floats
) -> Floats:
    """`compare._reading_score` of the query's reading against these stored readings,
    one of each pair read as pinyin: a transcription (`compare._transcription_similarity`)."""
    count = len(which)
    stored = [readings.patterns[k] for k in which]
    stored_skeletons = [readings.pattern_skeletons[k] for k in which]
    my_skeleton = [consonant_skeleton(mine.pattern)] * count
    if mine.pinyin:
        turkic, chinese = stored, [mine.pattern] * count
        skeletons = (stored_skeletons, my_skeleton)
        ends = [readings.ends_in_l_or_r[k] for k in which]
    else:
        turkic, chinese = [mine.pattern] * count, stored
        skeletons = (my_skeleton, stored_skeletons)
        ends = [mine.ends_in_l_or_r] * count
    floors = needed / PINYIN_FACTOR
    score = _similarities(turkic, chinese, *skeletons, floors, EPENTHETIC_VOWEL_COST)
    dropped = [
        (k, pattern.removesuffix("ar").strip("a"))
        for k, (pattern, other, end) in enumerate(zip(turkic, chinese, ends, strict=True))
        if end and pattern.endswith("ar") and not other.endswith("r")
    ]
    dropped = [(k, pattern) for k, pattern in dropped if consonant_count(pattern) >= 2]
    if dropped:
        at = [k for k, _ in dropped]
        without = phonetic_similarities_at_least(
            [pattern for _, pattern in dropped],
            [chinese[k] for k in at],
            floors[at] / DROPPED_FINAL_FACTOR,
            EPENTHETIC_VOWEL_COST,
        )
        score[at] = np.maximum(score[at], without * DROPPED_FINAL_FACTOR)
    return score * PINYIN_FACTOR


def _word_score(
    sounds: float, mine: WordProfile, word: tuple[str, str, str], floor: float
) -> float:
    """`compare._profile_score` from the best of the words' readings' scores, for a word
    (its gender, Chinese name and short pinyin) that has a suffix or may be pinyin."""
    gender, chinese, short = word
    score = sounds
    pinyin_mine, pinyin_word = mine.chinese or mine.short_pinyin, chinese or short
    if (mine.chinese or chinese) and pinyin_mine and pinyin_word:
        if pinyin_mine == pinyin_word:
            score = 1.0
        elif score >= floor:  # else the bound leaves it below the floor: nothing to know
            score = chinese_names_bound(score, mine.chinese, mine.short_pinyin, chinese, short)
    return score * suffix_factor(mine.gender, gender, score)
