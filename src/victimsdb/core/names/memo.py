"""A cache for functions of words that the garbage collector never visits.

Search scores thousands of stored words a query, and caches what it computed
(phonetic forms, distances, scores) for the next. `functools.lru_cache` keeps
each entry in a linked node that every full garbage collection walks: with a
few hundred thousand entries, each full collection of a search server took a
quarter of a second more, in the middle of the search it interrupted.

`string_memo` keeps its entries in a plain dict keyed by one string, holding
strings and numbers only. CPython does not track such a dict (nothing in it can
be part of a reference cycle), so a collection never walks it, however large.
When full, it drops its oldest eighth at once (insertion order), which serves
these caches as well as least-recently-used order would: a word used often
comes back into the cache at once. In a batch, not one entry per insertion: a
dict does not remember where its first live entry is, and dropping the oldest
one at a time made each insertion skip the slots of every entry dropped since
the dict was last compacted (15 µs an insertion into a full cache of 100,000,
against 3 µs to compute a phonetic form).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import wraps
from itertools import islice
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R", str, float, int, bool)

SEPARATOR = "\x1f"  # the unit separator: in no word, form or signature; no argument may hold it


class StringMemo:
    """The entries of one cached function; `clear()` empties them."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self.entries: dict[str, str | float | int | bool] = {}

    def clear(self) -> None:
        self.entries.clear()

    def put(self, key: str, value: str | float | int | bool) -> None:
        entries = self.entries
        if len(entries) >= self.maxsize:
            # Another thread may be dropping the same entries: whatever is left over
            # is dropped with the next batch.
            with suppress(RuntimeError):
                oldest = list(islice(entries, max(self.maxsize // 8, 1)))
                for stale in oldest:
                    entries.pop(stale, None)
        entries[key] = value


def string_memo(maxsize: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a function whose arguments are strings, numbers or flags and whose result
    is a string or a number, in at most `maxsize` entries. The cache is the wrapper's
    `memo` attribute."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        memo = StringMemo(maxsize)
        entries = memo.entries

        @wraps(function)
        def cached(*args: P.args, **kwargs: P.kwargs) -> R:
            key = SEPARATOR.join(map(str, args))
            if kwargs:
                key += SEPARATOR + SEPARATOR.join(f"{k}={v}" for k, v in sorted(kwargs.items()))
            found = entries.get(key)
            if found is None:
                found = function(*args, **kwargs)
                memo.put(key, found)
            return found  # type: ignore[return-value]  # what function gave for this key

        cached.memo = memo  # type: ignore[attr-defined]
        return cached

    return decorate
