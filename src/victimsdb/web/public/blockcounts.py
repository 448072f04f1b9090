"""Counts over a million entries kept per block of persons, and their sum kept too.

Tallies (a count for each value of each facet) are counted per block of
`freshness.BLOCK` persons. One entry per set of filters (`Sum`) holds each
block's tallies with the block's version they were counted at, and their sum.
When some blocks' versions have moved, only those blocks are counted again, and
the sum is brought up to date by taking out their old tallies (the entry's own)
and adding the new ones: the entry always adds up, whatever other threads wrote
meanwhile, and a block's tallies cannot be dropped without the sum that used them.

The entries live in this process's memory (`SUMS`), not in Django's cache: the
local-memory cache pickles on every write and unpickles on every read, and the
unfiltered list's entry at a million entries pickles to 1.7 MB, about 40 ms an edit.
An entry is never changed once stored (a new one replaces it), so readers share it
without copies; the values' strings are interned, so the blocks share them (blocks
read from the database share them through their decoding instead). Every process
checks the blocks' versions in the database on each use, so processes never need to
tell each other anything. A count of many blocks (a new process's first, or after a
bulk load) is also kept in the database, and read from there by the next process
that needs the same blocks at the same versions (`tallystore`).
"""

from __future__ import annotations

import sys
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache

from victimsdb.web.public import tallystore
from victimsdb.web.public.freshness import block_versions, forget_labels, person_blocks

Tally = dict[str, int]
Tallies = dict[str, Tally]  # by facet
Compute = Callable[[list[int]], dict[int, Tallies]]  # the tallies of each of these blocks

# Above this share of changed blocks, adding every block up again is as quick.
DELTA_SHARE = 0.25


@dataclass
class Sum:
    """Each block's version and tallies as counted, and the sum of the tallies."""

    versions: dict[int, str] = field(default_factory=dict)
    blocks: dict[int, Tallies] = field(default_factory=dict)
    totals: Tallies = field(default_factory=dict)


def summed(name: str, compute: Compute, *, pinned: bool = False) -> Tallies:
    """The sum of every block's tallies; `name` says which persons are tallied (the
    same name must always mean the same filters); `pinned`: what the database keeps of
    them is never pruned (`tallystore`)."""
    version = block_versions()  # before the data: counts are never older than their version
    versions = {block: version(block) for block in person_blocks()}
    kept = SUMS.get(name) or Sum()
    changed = {
        block
        for block in versions.keys() | kept.versions.keys()
        if kept.versions.get(block) != versions.get(block)
    }
    if not changed:
        return kept.totals
    recount = {block: versions[block] for block in changed & versions.keys()}  # not gone
    fresh = _kept_or_counted(name, recount, compute, pinned) if recount else {}
    blocks = {block: kept.blocks[block] for block in versions if block not in changed}
    blocks.update(fresh)
    if kept.versions and len(changed) <= DELTA_SHARE * len(versions):
        gone = [kept.blocks[block] for block in changed if block in kept.blocks]
        totals = _add([kept.totals, *fresh.values()], gone)
    else:
        totals = _add(blocks.values(), [])
    SUMS.put(name, Sum(versions, blocks, totals))
    return totals


def _kept_or_counted(
    name: str, versions: dict[int, str], compute: Compute, pinned: bool
) -> dict[int, Tallies]:
    """These blocks' tallies at these versions: read from the database where another
    count kept them (`tallystore`: only for a count of many blocks), the rest counted
    now, and kept there in turn when they are many."""
    kept = tallystore.load(name, versions) if tallystore.worth_keeping(name, len(versions)) else {}
    missing = sorted(versions.keys() - kept.keys())
    fresh = interned(compute(missing)) if missing else {}
    if tallystore.worth_keeping(name, len(missing)):
        tallystore.store(name, versions, fresh, pinned=pinned)
    return {**kept, **fresh}


class Sums:
    """The sums kept by this process, by name: the least recently used are dropped
    beyond `settings.COUNT_SUMS`. Safe to share between threads."""

    def __init__(self) -> None:
        self._sums: OrderedDict[str, Sum] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, name: str) -> Sum | None:
        with self._lock:
            kept = self._sums.get(name)
            if kept is not None:
                self._sums.move_to_end(name)
            return kept

    def put(self, name: str, kept: Sum) -> None:
        with self._lock:
            self._sums[name] = kept
            self._sums.move_to_end(name)
            while len(self._sums) > max(settings.COUNT_SUMS, 1):
                self._sums.popitem(last=False)

    def forget(self) -> None:
        """Drop every sum, as a restart would."""
        with self._lock:
            self._sums.clear()


SUMS = Sums()


def forget_what_this_process_keeps() -> None:
    """Drop the public counts and labels this process keeps (Django's cache, the sums,
    the facility labels), as a new server process starts: what the database keeps
    (`tallystore`) stays."""
    cache.clear()
    SUMS.forget()
    forget_labels()


def _add(parts: Iterable[Tallies], taken_out: Iterable[Tallies]) -> Tallies:
    """The sum of the parts less the taken out, without the values left at zero."""
    total: dict[str, Counter[str]] = {}
    for part in parts:
        for facet, tally in part.items():
            total.setdefault(facet, Counter()).update(tally)
    for part in taken_out:
        for facet, tally in part.items():
            total.setdefault(facet, Counter()).subtract(tally)
    return {facet: {value: n for value, n in tally.items() if n} for facet, tally in total.items()}


def interned(tallies: dict[int, Tallies]) -> dict[int, Tallies]:
    """The same tallies with each value's string interned: a hundred blocks' tallies
    then share one copy of each value rather than hold a hundred."""
    return {
        block: {
            facet: {sys.intern(value): n for value, n in tally.items()}
            for facet, tally in by_facet.items()
        }
        for block, by_facet in tallies.items()
    }
