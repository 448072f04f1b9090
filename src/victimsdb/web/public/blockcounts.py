"""Counts over a million entries kept per block of persons, and their sum kept too.

Tallies (a count for each value of each facet) are counted per block of
`freshness.BLOCK` persons. One cache entry per set of filters (`Sum`) holds
each block's tallies with the block's version they were counted at, and their
sum. When some blocks' versions have moved, only those blocks are counted
again, and the sum is brought up to date by taking out their old tallies (the
entry's own) and adding the new ones: the entry always adds up, whatever other
processes or threads wrote meanwhile, and a block's tallies cannot leave the
cache without the sum that used them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.cache import cache

from victimsdb.web.public.freshness import TIMEOUT, block_versions, person_blocks

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


def summed(name: str, compute: Compute) -> Tallies:
    """The sum of every block's tallies; `name` says which persons are tallied (the
    same name must always mean the same filters)."""
    version = block_versions()  # before the data: counts are never older than their version
    versions = {block: version(block) for block in person_blocks()}
    key = f"victimsdb:sum:{name}"
    kept: Sum = cache.get(key) or Sum()
    changed = {
        block
        for block in versions.keys() | kept.versions.keys()
        if kept.versions.get(block) != versions.get(block)
    }
    if not changed:
        return kept.totals
    recount = sorted(changed & versions.keys())  # blocks that are gone need no count
    fresh = compute(recount) if recount else {}
    blocks = {block: kept.blocks[block] for block in versions if block not in changed}
    blocks.update(fresh)
    if kept.versions and len(changed) <= DELTA_SHARE * len(versions):
        gone = [kept.blocks[block] for block in changed if block in kept.blocks]
        totals = _add([kept.totals, *fresh.values()], gone)
    else:
        totals = _add(blocks.values(), [])
    cache.set(key, Sum(versions, blocks, totals), TIMEOUT)
    return totals


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
