"""Counts over a million entries kept per block of persons, and their sum kept too.

Tallies (a count for each value of each facet) are computed per block of
`freshness.BLOCK` persons and cached under the block's version. Their sum is
cached with the block versions it was added up from; when a few blocks have
changed since, the sum is brought up to date by taking out each changed block's
old tally and adding its new one, instead of adding up a hundred blocks again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from django.core.cache import cache

from victimsdb.web.public.freshness import TIMEOUT, block_versions, person_blocks

Tally = dict[str, int]
Tallies = dict[str, Tally]  # by facet
Compute = Callable[[list[int]], dict[int, Tallies]]  # the tallies of each of these blocks

# Above this share of changed blocks, adding every block up again is as quick.
DELTA_SHARE = 0.25


def summed(name: str, compute: Compute) -> Tallies:
    """The sum of every block's tallies; `name` says which persons are tallied (the
    same name must always mean the same filters)."""
    versions = block_versions()  # before the data: counts are never newer than their key
    keys = {block: f"victimsdb:block:{name}:{block}:{versions(block)}" for block in person_blocks()}
    total_key = f"victimsdb:sum:{name}"
    previous: tuple[dict[int, str], Tallies] | None = cache.get(total_key)
    totals = None
    if previous is not None:
        old_keys, old_totals = previous
        totals = _brought_up_to_date(old_keys, old_totals, keys, compute)
    if totals is None:
        totals = _add(tallies_of_blocks(keys, compute), [])
    cache.set(total_key, (keys, totals), TIMEOUT)
    return totals


def tallies_of_blocks(keys: dict[int, str], compute: Compute) -> list[Tallies]:
    """Each block's tallies, cached under its key; those not cached computed in one call."""
    found = cache.get_many(keys.values())
    missing = [block for block, key in keys.items() if key not in found]
    if missing:
        computed = compute(missing)
        fresh = {keys[block]: computed[block] for block in missing}
        cache.set_many(fresh, TIMEOUT)
        found.update(fresh)
    return [found[keys[block]] for block in keys]


def _brought_up_to_date(
    old_keys: dict[int, str], totals: Tallies, keys: dict[int, str], compute: Compute
) -> Tallies | None:
    """The old sum with the changed blocks' old tallies taken out and their new ones
    added; None when too many changed or an old tally has left the cache."""
    changed = {
        block for block in old_keys.keys() | keys.keys() if old_keys.get(block) != keys.get(block)
    }
    if not changed:
        return totals
    if len(changed) > DELTA_SHARE * len(keys):
        return None
    old = cache.get_many([old_keys[block] for block in changed if block in old_keys])
    if len(old) < len([block for block in changed if block in old_keys]):
        return None
    new = {block: key for block, key in keys.items() if block in changed}
    return _add([totals, *tallies_of_blocks(new, compute)], old.values())


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
