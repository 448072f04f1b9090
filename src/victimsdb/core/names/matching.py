"""Matching the words of a query one to one with the words of a stored name.

Search scores a name of three words or more by the best such matching: the most
query words matched, then the strongest weakest match (a bottleneck matching;
`compare` scores a name by its weakest pair too). Found by bisection over the
similarities, each try a bipartite matching by augmenting paths: polynomial,
where trying every assignment took 11 ms for a six-word query against a person
with four spellings of each word.

Usually no stored word is alike two query words: each query word then simply takes
its best word (`_one_query_word_each`), which search meets for most of the names a
common name's namesakes hold.

Some stored words may not be matched together (`apart`): search reads a person's
names of one length as one, and two spellings of one word, *Жанболатов* and
*Janbolatov*, must not fill two places of a name. When the matching found uses
two such words, the best matching without them is searched for, branch and bound.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Apart = Callable[[int, int], bool]


def best_matching(
    similarity: Sequence[Sequence[float]], floor: float, apart: Apart | None = None
) -> tuple[int, float]:
    """The most query words matched to distinct stored words at `floor` or more, and the
    weakest match of the best such matching: (count, weakest), (0, 0.0) for none.

    `similarity[w][q]` is stored word w's similarity to query word q (every row as long
    as the first). `apart(u, v)` tells whether stored words u and v may both be matched
    (None: any two may); it must be symmetric."""
    simple = _one_query_word_each(similarity, floor, apart)
    if simple is not None:
        return simple
    queries = len(similarity[0]) if similarity else 0
    edges = [
        [(row[q], word) for word, row in enumerate(similarity) if row[q] >= floor]
        for q in range(queries)
    ]
    most, owner = _matching(_at_least(edges, floor))  # the matching at thresholds[0]
    if most == 0:
        return 0, 0.0
    thresholds = sorted({score for options in edges for score, _ in options})
    low, high = 0, len(thresholds) - 1  # thresholds[low] keeps `most` matches
    while low < high:
        middle = (low + high + 1) // 2
        size, found = _matching(_at_least(edges, thresholds[middle]))
        if size == most:
            low, owner = middle, found
        else:
            high = middle - 1
    if apart is None or _all_apart(list(owner), apart):
        return most, thresholds[low]
    return _best_apart(edges, apart)


def _one_query_word_each(
    similarity: Sequence[Sequence[float]], floor: float, apart: Apart | None
) -> tuple[int, float] | None:
    """`best_matching`'s answer where no stored word is alike (at `floor`) two query
    words, as is usual: no two query words then compete for a word, so each takes its
    best, and no matching can match more query words or have a stronger weakest match.
    None where a word is alike two, or where the best words are not all apart."""
    best: dict[int, tuple[float, int]] = {}  # query word: its best score, and the word
    for word, row in enumerate(similarity):
        alike = [q for q, score in enumerate(row) if score >= floor]
        if len(alike) > 1:
            return None
        if alike and (alike[0] not in best or row[alike[0]] > best[alike[0]][0]):
            best[alike[0]] = (row[alike[0]], word)
    if not best:
        return 0, 0.0
    if apart is not None and not _all_apart([word for _, word in best.values()], apart):
        return None
    return len(best), min(score for score, _ in best.values())


def _at_least(edges: list[list[tuple[float, int]]], threshold: float) -> list[list[int]]:
    return [[word for score, word in options if score >= threshold] for options in edges]


def _matching(edges: list[list[int]]) -> tuple[int, dict[int, int]]:
    """A maximum matching of query words (rows of `edges`) to stored words: its size,
    and each matched stored word's query word."""
    owner: dict[int, int] = {}

    def augment(query: int, seen: set[int]) -> bool:
        for word in edges[query]:
            if word not in seen:
                seen.add(word)
                if word not in owner or augment(owner[word], seen):
                    owner[word] = query
                    return True
        return False

    size = sum(augment(query, set()) for query in range(len(edges)))
    return size, owner


def _all_apart(words: list[int], apart: Apart) -> bool:
    return all(apart(u, v) for i, u in enumerate(words) for v in words[i + 1 :])


def _best_apart(edges: list[list[tuple[float, int]]], apart: Apart) -> tuple[int, float]:
    """`best_matching` among matchings whose words are pairwise apart: branch and bound
    (rare: only when the unconstrained matching used two words not apart)."""
    options = [sorted(choices, reverse=True) for choices in edges]
    reachable = [sum(1 for choices in options[q:] if choices) for q in range(len(options) + 1)]
    best = (0, 0.0)

    def search(query: int, used: list[int], count: int, weakest: float) -> None:
        nonlocal best
        bound = count + reachable[query]
        if bound < best[0] or (bound == best[0] and weakest <= best[1]):
            return
        if query == len(options):
            best = (count, weakest)
            return
        for score, word in options[query]:
            if word not in used and all(apart(word, other) for other in used):
                search(query + 1, [*used, word], count + 1, min(weakest, score))
        search(query + 1, used, count, weakest)

    search(0, [], 0, float("inf"))
    return best if best[0] else (0, 0.0)
