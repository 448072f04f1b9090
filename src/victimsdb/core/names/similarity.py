"""String similarities in [0, 1], written out so the core needs no C extension."""

from __future__ import annotations

from functools import lru_cache


def levenshtein(a: str, b: str) -> int:
    """Number of single-letter insertions, deletions and substitutions from ``a`` to ``b``."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        previous = current
    return previous[-1]


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


def phonetic_distance(a: str, b: str, vowel_cost: float = VOWEL_COST) -> float:
    """Edit distance between two phonetic forms, weighted for Turkic names.

    Vowels vary between Kazakh, Kyrgyz, Uyghur and Chinese renderings, so
    adding, dropping or changing one costs :data:`VOWEL_COST`; a consonant
    dropped or added (a typo) costs :data:`CONSONANT_GAP_COST`; a consonant
    changed costs 1 (half for voiced/voiceless pairs). Names differ most
    meaningfully at their edges (*Serik*/*Berik*, *-bay*/*-bek*), so consonant
    edits of the first or last letter cost :data:`EDGE_FACTOR` times more,
    except a voiced/voiceless swap (*Chingiz*/*Shyngys*).
    """
    gaps_a = [_gap(char, i in (0, len(a) - 1), vowel_cost) for i, char in enumerate(a)]
    gaps_b = [_gap(char, j in (0, len(b) - 1), vowel_cost) for j, char in enumerate(b)]
    previous = [0.0]
    for gap in gaps_b:
        previous.append(previous[-1] + gap)
    last_a = len(a) - 1
    for i, char_a in enumerate(a):
        gap_a = gaps_a[i]
        edge_a = i in (0, last_a)
        current = [previous[0] + gap_a]
        for j, char_b in enumerate(b):
            edge = edge_a or j == 0 or j == len(b) - 1
            swap = _SUBSTITUTION[edge].get((char_a, char_b))
            if swap is None:
                swap = _substitution(char_a, char_b, edge)
            current.append(min(previous[j + 1] + gap_a, current[j] + gaps_b[j], previous[j] + swap))
        previous = current
    return previous[-1]


@lru_cache(maxsize=200_000)  # bounded: a few tens of MB in a long-running server
def phonetic_similarity(a: str, b: str, vowel_cost: float = VOWEL_COST) -> float:
    """Similarity in [0, 1] of two phonetic forms: 1 minus the weighted distance
    over the consonant count of the longer form (plus one).

    Cached: many spellings and scripts share one phonetic form, so search meets
    the same pair of forms again and again."""
    if a == b:
        return 1.0
    consonants = max(_consonants(a), _consonants(b)) + 1
    return max(0.0, 1.0 - phonetic_distance(a, b, vowel_cost) / consonants)


def _gap(char: str, edge: bool, vowel_cost: float = VOWEL_COST) -> float:
    if char in VOWELS:
        return vowel_cost
    return CONSONANT_GAP_COST * EDGE_FACTOR if edge else CONSONANT_GAP_COST


def _substitution(x: str, y: str, edge: bool) -> float:
    if x == y:
        return 0.0
    if x in VOWELS and y in VOWELS:
        return VOWEL_COST
    if frozenset((x, y)) in SIMILAR_CONSONANTS:
        return SIMILAR_CONSONANT_COST
    return EDGE_FACTOR if edge else 1.0


def _substitution_table(edge: bool) -> dict[tuple[str, str], float]:
    """The cost of every substitution of two different letters (a lookup, not a branch:
    the edit distance is the inner loop of search)."""
    letters = [chr(code) for code in range(ord("A"), ord("z") + 1) if chr(code).isalpha()]
    return {(x, y): _substitution(x, y, edge) for x in letters for y in letters}


_SUBSTITUTION = {edge: _substitution_table(edge) for edge in (False, True)}


def _consonants(form: str) -> int:
    return sum(char not in VOWELS for char in form)
