"""The public rankings of the last few name queries, kept while the index is unchanged.

Every page of a name query, its CSV and its JSON ask for the same ranking, and among a
million entries a common name takes most of a second to rank (a given name alone,
thousands of namesakes): without this, a searcher paging through them would pay it
on every page. A ranking is kept by this process under the query, its limit and
the index's generation (`indexing.generation`, read from the database on each use,
one row): every write to the index moves the generation, so a ranking kept is never
one of an older index, and processes need not tell each other anything, as with the
counts (`public.blockcounts`).

Kept in this process's memory, not in Django's cache: a ranking holds up to 10,001
candidates, which the local-memory cache would pickle on every write and read.
Kept lists are shared, never changed. Which of a ranking's entries are shown is still
decided by each request (the caller's own query of public entries), so a ranking kept
cannot show what has since been hidden.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from victimsdb.web.search.indexing import generation
from victimsdb.web.search.query import Candidate, rank

KEPT = 16
"""Rankings kept: at most 10,001 candidates each, about a megabyte at most."""

Key = tuple[str, int | None, str]


class Rankings:
    """The rankings kept by this process, the least recently used dropped beyond KEPT.
    Safe to share between threads."""

    def __init__(self) -> None:
        self._kept: OrderedDict[Key, list[Candidate]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key) -> list[Candidate] | None:
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
            return found

    def put(self, key: Key, ranking: list[Candidate]) -> None:
        with self._lock:
            self._kept[key] = ranking
            self._kept.move_to_end(key)
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)

    def forget(self) -> None:
        """Drop every ranking, as a restart would."""
        with self._lock:
            self._kept.clear()


RANKINGS = Rankings()


def public_ranking(text: str, limit: int | None) -> list[Candidate]:
    """`rank(text, public=True, limit=limit)`, kept for the next request of the same
    query while the index is unchanged. The list is shared: do not change it."""
    key = (text, limit, generation())  # before the ranking: never newer than its rows
    found = RANKINGS.get(key)
    if found is None:
        found = rank(text, public=True, limit=limit)
        RANKINGS.put(key, found)
    return found
