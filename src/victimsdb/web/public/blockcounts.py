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
tell each other anything. A sum of many blocks (a new process's first, or after a
bulk load) is also kept in the database with the blocks it counted, and a process
that kept or read a name's sum there brings it up to date there at each recount,
however few blocks it counts (`tallystore`). A new process reads the sum alone; where
blocks it added have changed since, it adds every block again (their rows, where at
their version; it counts the rest): never the sum less some blocks' rows, which need
not be the tallies the sum added. Blocks it never added (new persons) are added to it.
"""

from __future__ import annotations

import sys
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

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
    """Each block's version and tallies as counted, and the sum of the tallies.

    `blocks` may lack some of `versions`' blocks when the sum was read from the
    database (`tallystore.load_total`): they are read or counted when a change needs
    them. `in_database`: the database keeps this name's counts, so that a recount of a
    few blocks keeps its blocks and the new sum there too."""

    versions: dict[int, str] = field(default_factory=dict)
    blocks: dict[int, Tallies] = field(default_factory=dict)
    totals: Tallies = field(default_factory=dict)
    in_database: bool = False


def summed(name: str, compute: Compute, *, pinned: bool = False) -> Tallies:
    """The sum of every block's tallies; `name` says which persons are tallied (the
    same name must always mean the same filters); `pinned`: what the database keeps of
    them is never pruned (`tallystore`)."""
    version = block_versions()  # before the data: counts are never older than their version
    versions = {block: version(block) for block in person_blocks()}
    kept = SUMS.get(name)
    if kept is None:  # a new process, or a name this one has not kept
        kept = SUMS.put_if_absent(name, _sum_in_database(name, len(versions)) or Sum())
    changed = {
        block
        for block in versions.keys() | kept.versions.keys()
        if kept.versions.get(block) != versions.get(block)
    }
    if not changed:
        return kept.totals
    update = _updated(name, kept, versions, changed, compute)
    SUMS.put(name, _kept_in_database(name, update, pinned))
    return update.totals


def _sum_in_database(name: str, blocks: int) -> Sum | None:
    """The sum the database keeps under this name (without its blocks' tallies), where
    a count of this many blocks is kept there."""
    if not tallystore.worth_keeping(name, blocks):
        return None
    found = tallystore.load_total(name)
    if found is None:
        return None
    versions, totals = found
    return Sum(versions, {}, totals, in_database=True)


@dataclass
class _Update:
    """A sum brought up to date, how many blocks it read or counted, and which it
    counted (not read)."""

    sum: Sum
    needed: int
    counted: list[int]

    @property
    def totals(self) -> Tallies:
        return self.sum.totals


def _updated(
    name: str, kept: Sum, versions: dict[int, str], changed: set[int], compute: Compute
) -> _Update:
    """`kept` brought to these versions: the changed blocks' old tallies taken out of its
    sum and their new ones added, where few changed and their old tallies are still
    known; else every block added up again (those `kept` lacks read or counted)."""
    gone = None
    if kept.versions and len(changed) <= DELTA_SHARE * len(versions):
        gone = _old_tallies(kept, changed)
    if gone is not None:
        recount = {block: versions[block] for block in changed & versions.keys()}  # not gone
    else:
        recount = {b: v for b, v in versions.items() if b in changed or b not in kept.blocks}
    fresh, counted = _read_or_counted(name, recount, compute, kept.in_database)
    blocks = {block: tallies for block, tallies in kept.blocks.items() if block not in changed}
    if gone is not None:
        totals = _add([kept.totals, *fresh.values()], gone)
    else:
        blocks = {block: blocks[block] for block in versions if block not in recount}
        totals = _add([*blocks.values(), *fresh.values()], [])
    blocks.update(fresh)
    return _Update(Sum(versions, blocks, totals, kept.in_database), len(recount), counted)


def _old_tallies(kept: Sum, changed: set[int]) -> list[Tallies] | None:
    """The tallies `kept` summed for these blocks, where it holds them all; None where
    it was read from the database without them. Not read from the database's block rows:
    a row is a count at its version, but not always the one this sum added (two
    processes may count a block at one version, before and after a change that commits
    between the version and the count), and taking out other tallies than were added
    would leave the sum wrong until every block is counted again."""
    counted = [block for block in changed if block in kept.versions]
    if any(block not in kept.blocks for block in counted):
        return None
    return [kept.blocks[block] for block in counted]


def _read_or_counted(
    name: str, versions: dict[int, str], compute: Compute, in_database: bool
) -> tuple[dict[int, Tallies], list[int]]:
    """These blocks' tallies at these versions: read from the database where another
    count kept them (for a count of many blocks, or a name the database keeps), the
    rest counted now; and which were counted."""
    read = in_database or tallystore.worth_keeping(name, len(versions))
    kept = tallystore.load(name, versions) if read and versions else {}
    missing = sorted(versions.keys() - kept.keys())
    fresh = interned(compute(missing)) if missing else {}
    return {**kept, **fresh}, missing


def _kept_in_database(name: str, update: _Update, pinned: bool) -> Sum:
    """Keep the new sum and the blocks counted for it in the database: all of it for a
    sum of many blocks read or counted, else only where the database still keeps this
    name's sum (`tallystore.update`). The sum, marked as kept there or not."""
    latest = update.sum
    counted = {block: latest.blocks[block] for block in update.counted}
    total = (latest.versions, latest.totals)
    if tallystore.worth_keeping(name, update.needed):
        stored = tallystore.store(name, latest.versions, counted, total=total, pinned=pinned)
        return replace(latest, in_database=stored or latest.in_database)
    if not latest.in_database:
        return latest
    kept = tallystore.update(name, latest.versions, counted, total, pinned=pinned)
    return latest if kept is None else replace(latest, in_database=kept)


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
            self._keep(name, kept)

    def put_if_absent(self, name: str, kept: Sum) -> Sum:
        """Keep `kept` unless another thread has kept a sum under this name meanwhile;
        the sum kept."""
        with self._lock:
            kept = self._sums.get(name, kept)
            self._keep(name, kept)
            return kept

    def _keep(self, name: str, kept: Sum) -> None:  # with the lock held
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
