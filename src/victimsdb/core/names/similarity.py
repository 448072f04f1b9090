"""String similarities in [0, 1].

The plain edit distance is RapidFuzz's (C++, already pinned for the naive
baseline): search computes it for every stored word it ranks, and the
pure-Python loop it replaced took about a quarter of the ranking's time at
a million entries. The Turkic-weighted distance has costs RapidFuzz cannot
express, so it stays here, written for speed.
"""

from __future__ import annotations

from itertools import accumulate, groupby
from math import floor, inf

from rapidfuzz.distance import Levenshtein

from victimsdb.core.names.memo import string_memo


def without_doubled_letters(text: str) -> str:
    """`text` with each run of one letter written once (*Nurlannbek* -> *Nurlanbek*).

    A plain loop, not a regex: search calls it for every word it ranks."""
    return "".join(letter for letter, _ in groupby(text))


def levenshtein(a: str, b: str) -> int:
    """Number of single-letter insertions, deletions and substitutions from ``a`` to ``b``."""
    return int(Levenshtein.distance(a, b))


def levenshtein_ratio(a: str, b: str) -> float:
    """1 minus the edit distance over the longer length (1.0 for two empty strings)."""
    longest = max(len(a), len(b))
    return 1.0 if longest == 0 else 1.0 - levenshtein(a, b) / longest


def jaro(a: str, b: str) -> float:
    """Jaro similarity: shared letters near the same place, fewer transpositions."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(max(len(a), len(b)) // 2 - 1, 0)
    matched_b = [False] * len(b)
    order_a: list[str] = []
    for i, char in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not matched_b[j] and b[j] == char:
                matched_b[j] = True
                order_a.append(char)
                break
    if not order_a:
        return 0.0
    order_b = [char for j, char in enumerate(b) if matched_b[j]]
    transpositions = sum(x != y for x, y in zip(order_a, order_b, strict=True)) / 2
    m = len(order_a)
    return (m / len(a) + m / len(b) + (m - transpositions) / m) / 3


def jaro_winkler(a: str, b: str, prefix_weight: float = 0.1) -> float:
    """Jaro similarity raised for a shared prefix of up to four letters."""
    score = jaro(a, b)
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return score + prefix * prefix_weight * (1.0 - score)


VOWELS = frozenset("aiu")
VOWEL_COST = 0.25
CONSONANT_GAP_COST = 0.6
SIMILAR_CONSONANT_COST = 0.5
EDGE_FACTOR = 1.5
SIMILAR_CONSONANTS = frozenset(frozenset(pair) for pair in ("dt", "bp", "gk", "sz", "sS", "SJ"))


def phonetic_distance(a: str, b: str, vowel_cost: float = VOWEL_COST, limit: float = inf) -> float:
    """Edit distance between two phonetic forms, weighted for Turkic names.

    Vowels vary between Kazakh, Kyrgyz, Uyghur and Chinese renderings, so
    adding, dropping or changing one costs :data:`VOWEL_COST`; a consonant
    dropped or added (a typo) costs :data:`CONSONANT_GAP_COST`; a consonant
    changed costs 1 (half for voiced/voiceless pairs). Names differ most
    meaningfully at their edges (*Serik*/*Berik*, *-bay*/*-bek*), so consonant
    edits of the first or last letter cost :data:`EDGE_FACTOR` times more,
    except a voiced/voiceless swap (*Chingiz*/*Shyngys*).

    `a` runs along the top of the table, and what only `a` decides (its gaps, the
    first row, the cost of each letter against it) is kept (`_columns_of`): search
    measures one query word against thousands of stored ones. On the 37,363 distances
    that 160 bench queries computed among 100,000 persons, this was 15% quicker than
    building those rows for each (25 µs a distance, not 30). The costs are symmetric,
    so which word runs along the top changes nothing but the speed (the same results
    to the last bit on those distances: each path adds the same costs in order).

    With a `limit`, a distance above it is given up as soon as a row of the table
    exceeds it (every path crosses each row, and no move costs less than nothing), and
    that row's least cost is returned: some distance above the limit, not the exact
    one (`phonetic_similarity_at_least`).
    """
    gaps_a, previous, swap_rows = _columns_of(a, vowel_cost)
    last_b = len(b) - 1
    for i, char_b in enumerate(b):
        edge = i in (0, last_b)
        gap_b = gap_cost(char_b, edge, vowel_cost)
        swaps = swap_rows.get((char_b, edge))
        if swaps is None:
            swaps = swap_rows[char_b, edge] = _swaps(char_b, a, edge)
        left = previous[0] + gap_b
        current = [left]
        append = current.append
        # The cheapest of three moves, with comparisons rather than min(): this is
        # the innermost loop of search. `previous` is one cell longer than the others:
        # its last cell is read as `up`, never as `diagonal` (hence not strict).
        for swap, gap_a, diagonal, up in zip(swaps, gaps_a, previous, previous[1:], strict=False):
            down = up + gap_b
            across = left + gap_a
            left = down if down < across else across
            diagonal += swap
            if diagonal < left:
                left = diagonal
            append(left)
        previous = current
        if limit < inf and min(current) > limit:
            return min(current)
    return previous[-1]


_Columns = tuple[list[float], list[float], dict[tuple[str, bool], list[float]]]
_COLUMNS: dict[tuple[str, float], _Columns] = {}
MAX_COLUMNS = 512
"""Words whose rows `phonetic_distance` keeps: a query has a few dozen forms; few, as
each holds lists that every full garbage collection walks (memo.py)."""


def _columns_of(a: str, vowel_cost: float) -> _Columns:
    """The gaps of `a`'s letters, the table's first row, and the substitution rows met
    so far (by letter and whether it is at an edge)."""
    found = _COLUMNS.get((a, vowel_cost))
    if found is None:
        last = len(a) - 1
        gaps = [gap_cost(char, j in (0, last), vowel_cost) for j, char in enumerate(a)]
        found = (gaps, list(accumulate(gaps, initial=0.0)), {})
        if len(_COLUMNS) >= MAX_COLUMNS:
            _COLUMNS.clear()
        _COLUMNS[a, vowel_cost] = found
    return found


def _swaps(char_a: str, b: str, edge_a: bool) -> list[float]:
    """The cost of substituting `char_a` for each letter of `b` (edges cost more)."""
    edge_row = _SUBSTITUTION_ROWS[True].get(char_a, {})
    row = edge_row if edge_a else _SUBSTITUTION_ROWS[False].get(char_a, {})
    costs = [row.get(char_b) for char_b in b]
    if costs:
        costs[0], costs[-1] = edge_row.get(b[0]), edge_row.get(b[-1])
    if None in costs:  # a letter outside the tables (not in a phonetic form)
        last = len(b) - 1
        return [substitution_cost(char_a, c, edge_a or j in (0, last)) for j, c in enumerate(b)]
    return costs  # type: ignore[return-value]  # no None left


@string_memo(maxsize=200_000)  # bounded: a few tens of MB in a long-running server
def phonetic_similarity(a: str, b: str, vowel_cost: float = VOWEL_COST) -> float:
    """Similarity in [0, 1] of two phonetic forms: 1 minus the weighted distance
    over the consonant count of the longer form (plus one).

    Cached: many spellings and scripts share one phonetic form, so search meets
    the same pair of forms again and again."""
    if a == b:
        return 1.0
    consonants = max(len(consonant_skeleton(a)), len(consonant_skeleton(b))) + 1
    return max(0.0, 1.0 - phonetic_distance(a, b, vowel_cost) / consonants)


@string_memo(maxsize=200_000)
def phonetic_similarity_at_least(
    a: str, b: str, floor: float, vowel_cost: float = VOWEL_COST
) -> float:
    """`phonetic_similarity(a, b)` when it is at least `floor`; else some similarity
    below `floor` (not always the true one, and often above it: the distance given up
    is a row's least, or a bound from the consonants, at most the true one).
    Search needs no more of the stored words unlike a query's, most of those a common
    name's keys find, and gives up their distance as soon as it must fall below the
    floor."""
    if a == b:
        return 1.0
    skeleton_a, skeleton_b = consonant_skeleton(a), consonant_skeleton(b)
    consonants = max(len(skeleton_a), len(skeleton_b)) + 1
    limit = distance_limit(floor, consonants)
    # A distance no table can beat, known before the table (`may_reach`): most pairs a
    # common name's keys find fall short of the floor by their consonants alone.
    least = skeleton_distance(skeleton_a, skeleton_b)
    if least > limit:
        return max(0.0, 1.0 - least / consonants)
    return max(0.0, 1.0 - phonetic_distance(a, b, vowel_cost, limit) / consonants)


_NO_VOWELS = str.maketrans("", "", "".join(VOWELS))
SKELETON_WEIGHT_SCALE = 100  # RapidFuzz weighs edits in whole numbers
SKELETON_WEIGHTS = (
    floor(
        CONSONANT_GAP_COST * SKELETON_WEIGHT_SCALE
    ),  # a consonant added, or made a vowel (costs 1)
    floor(CONSONANT_GAP_COST * SKELETON_WEIGHT_SCALE),  # a consonant dropped, or made a vowel
    floor(min(SIMILAR_CONSONANT_COST, 1.0) * SKELETON_WEIGHT_SCALE),  # a consonant changed
)


def consonant_skeleton(form: str) -> str:
    """A phonetic form's consonants, in order (its vowels left out)."""
    return form.translate(_NO_VOWELS)


def may_reach(skeleton_a: str, skeleton_b: str, least: float) -> bool:
    """False when two forms with these consonant skeletons have a `phonetic_similarity`
    below `least`, whatever their vowels and the vowel cost; True when they may not.

    Every alignment of two forms aligns their consonants: one kept against another
    (nothing if the same, at least SIMILAR_CONSONANT_COST if not), dropped or added
    (CONSONANT_GAP_COST), or made a vowel (1); vowels cost nothing less than nothing.
    The edit distance of the skeletons with the least of those costs is no more than
    the forms' distance, and RapidFuzz computes it in C: a one-word query's floor (0.93)
    is out of reach of most of the thousands of words its keys find, known for a
    microsecond each rather than a table of the forms."""
    if least <= 0.0:  # every similarity reaches it (a distance past the consonants is 0)
        return True
    consonants = max(len(skeleton_a), len(skeleton_b)) + 1
    return skeleton_distance(skeleton_a, skeleton_b) <= distance_limit(least, consonants)


def skeleton_distance(skeleton_a: str, skeleton_b: str) -> float:
    """A lower bound of the phonetic distance of any two forms with these skeletons."""
    return (
        Levenshtein.distance(skeleton_a, skeleton_b, weights=SKELETON_WEIGHTS)
        / SKELETON_WEIGHT_SCALE
    )


def distance_limit(least: float, consonants: int) -> float:
    """The most distance forms of this many consonants (plus one) may have and still be
    `least` alike; a hair above, so that rounding never gives up a similarity at it."""
    return (1.0 - least) * consonants + 1e-9


def gap_cost(char: str, edge: bool, vowel_cost: float = VOWEL_COST) -> float:
    """What adding or dropping `char` costs (`phonetic_distance`)."""
    if char in VOWELS:
        return vowel_cost
    return CONSONANT_GAP_COST * EDGE_FACTOR if edge else CONSONANT_GAP_COST


def substitution_cost(x: str, y: str, edge: bool) -> float:
    """What putting `y` for `x` costs (`phonetic_distance`), the same either way round."""
    if x == y:
        return 0.0
    if x in VOWELS and y in VOWELS:
        return VOWEL_COST
    if frozenset((x, y)) in SIMILAR_CONSONANTS:
        return SIMILAR_CONSONANT_COST
    return EDGE_FACTOR if edge else 1.0


def _substitution_table(edge: bool) -> dict[str, dict[str, float]]:
    """The cost of every substitution of one letter by another, row by row (a lookup,
    not a branch: the edit distance is the inner loop of search)."""
    letters = [chr(code) for code in range(ord("A"), ord("z") + 1) if chr(code).isalpha()]
    return {x: {y: substitution_cost(x, y, edge) for y in letters} for x in letters}


_SUBSTITUTION_ROWS = {edge: _substitution_table(edge) for edge in (False, True)}
