"""The list's counts per block, kept in the database as well as in memory.

`blockcounts` keeps each block's tallies in the memory of the process that counted
them, so a server process starts with none: at a million entries, the first list
without a name in each new process (a restart, a second worker) counted every block
again, 7-8 seconds. The tallies of a count that covers many blocks are therefore
also written here, one row a block (`BlockTally`) under the block's version, with
the name's sum in a row of its own (block TOTAL: every block's version and the sum of
their tallies). A process that has not yet got a name's sum reads that row, and
where every block is still at the version it gives, shows it as it is (one row
instead of 200 at a million entries: the first unfiltered list after a restart took
21 ms instead of 93, measured in place on the benchmark's SQLite database). Where
blocks changed since, it reads the rows whose version is still the block's own and
counts the others. A loader
counts the unfiltered list at its end (`facets.count_the_public_list`), so that the
first visitor after a bulk import reads its counts rather than waiting for them.

A first count of fewer than STORED_FROM blocks neither asks nor writes the database:
counting that few takes a few hundred milliseconds at most (a database that small
never has more). Once a name's counts are kept here, a process that kept or read its
sum brings it up to date at each recount, however few blocks it counts (`update`):
an edit of one entry then costs the next list in each process one short write, and a
restart after edits no longer counts their blocks again in every new process (at a
million entries, a restart after a dozen edits counted a dozen blocks, 33 ms each,
for each set of filters). Such a write prunes nothing, and where the name's sum was
pruned meanwhile it writes nothing: a few blocks do not bring a name back.

A row read is as good as one counted here: its version was read before its data was
(`blockcounts.summed`), so the data it counts is not older than its version. Rows are
named by the set of filters and by the counting rules (`facets.rules`: the SQL that
counts a block and the code that tallies it), so rows counted by other rules are
never read again. Counts kept here outlive a restart, which no longer makes good a
write that logged no change: `migrate` logs a change to every block when it applies
a migration (`freshness.after_migrations`), as a data migration logs none. Rows of at
most `settings.COUNT_SUMS` names are kept, the most recently written, besides the
unfiltered list's (`pinned`), which every visitor's first page reads.

Reading and writing are an optimisation and never fail a request: if the database
refuses (SQLite busy with an import, a lock held on PostgreSQL, the table not yet
migrated), the counts are counted or returned all the same. A write waits at most
WAIT_MS for a lock, not the connection's timeout: the request that writes is a
visitor's.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, nullcontext
from typing import Any

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Max
from django.utils import timezone

from victimsdb.web.public.models import BlockTally

Tallies = dict[str, dict[str, int]]  # by facet, by value

STORED_FROM = 10  # blocks: fewer are counted again rather than read or written
WAIT_MS = 100  # the longest a write waits for a lock before it gives up
TOTAL = -1
"""The block number of a name's sum (`load_total`); blocks are numbered from 0."""
MAX_NAME = BlockTally._meta.get_field("name").max_length or 255

log = logging.getLogger(__name__)


def worth_keeping(name: str, blocks: int) -> bool:
    """Whether a count of this many blocks under this name is read from and written to
    the database."""
    return blocks >= STORED_FROM and len(name) <= MAX_NAME


def load(name: str, versions: Mapping[int, str]) -> dict[int, Tallies]:
    """The kept tallies of these blocks (block -> its version now), where they were
    counted at that version; none if the database cannot say."""
    kept = BlockTally.objects.filter(name=name, block__in_ids=set(versions))
    try:
        with _savepoint():
            found = list(kept.values_list("block", "version", "tallies"))
    except DatabaseError as error:
        log.warning("list counts not read from the database (%s); counted instead", error)
        return {}
    # One document, not one per block: the decoder makes each key once per document,
    # so the blocks share their values' strings (as `blockcounts.interned` makes them
    # share the ones it counts) without interning each (at a million entries, 200
    # blocks of some 1,700 values).
    current = [
        f'"{block}":{counts}'
        for block, counted_at, counts in found
        if versions[block] == counted_at
    ]
    try:
        by_block: dict[str, Tallies] = json.loads("{" + ",".join(current) + "}")
    except ValueError:
        log.warning("list counts kept in the database could not be read; counted instead")
        return {}
    return {int(block): tallies for block, tallies in by_block.items()}


def load_total(name: str) -> tuple[dict[int, str], Tallies] | None:
    """The sum kept under this name: every block's version it was counted at, and the
    sum of their tallies; None if none is kept or the database cannot say."""
    row = BlockTally.objects.filter(name=name, block=TOTAL)
    try:
        with _savepoint():
            found = row.values_list("tallies", flat=True).first()
    except DatabaseError as error:
        log.warning("list counts not read from the database (%s); counted instead", error)
        return None
    if found is None:
        return None
    try:
        document = json.loads(found)
        versions = {int(block): str(version) for block, version in document["versions"].items()}
        totals: Tallies = document["totals"]
        if not all(isinstance(tally, dict) for tally in totals.values()):
            raise TypeError("a facet's tally is not a mapping")
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("list counts kept in the database could not be read; counted instead")
        return None
    return versions, totals


def store(
    name: str,
    versions: Mapping[int, str],
    tallies: Mapping[int, Tallies],
    *,
    total: tuple[Mapping[int, str], Tallies] | None = None,
    pinned: bool = False,
) -> bool:
    """Keep these blocks' tallies under their versions, and `total` (every block's
    version and the sum of their tallies) as the name's sum, replacing what was kept;
    `pinned`: never pruned (the unfiltered list's, whose rows of other counting rules it
    replaces). Whether the database took them."""
    written = timezone.now()
    rows = _block_rows(name, versions, tallies, written, pinned)
    if total is not None:
        rows.insert(0, _total_row(name, total, written, pinned))
    try:
        with _waiting_briefly(), transaction.atomic():
            _lock_briefly()
            _upsert(rows)
            _prune(name if pinned else None)
    except DatabaseError as error:
        # Counts are public, but the message says only what failed, not the data.
        log.warning("list counts not kept in the database (%s); counted again later", error)
        return False
    return True


def update(
    name: str,
    versions: Mapping[int, str],
    tallies: Mapping[int, Tallies],
    total: tuple[Mapping[int, str], Tallies],
    *,
    pinned: bool = False,
) -> bool | None:
    """Keep a recount of a few blocks of a name whose sum the database keeps: its blocks'
    tallies and the new sum, where the sum's row is still there. False where it is not
    (pruned since: the name is no longer kept, and a few blocks do not bring it back);
    None where the database refused (the row is left as it was); else True. Nothing is
    pruned: the names kept stay the same."""
    written = timezone.now()
    row = _total_row(name, total, written, pinned)
    try:
        with _waiting_briefly(), transaction.atomic():
            _lock_briefly()
            sums = BlockTally.objects.filter(name=name, block=TOTAL)
            if not sums.update(tallies=row.tallies, written=written):
                return False
            _upsert(_block_rows(name, versions, tallies, written, pinned))
    except DatabaseError as error:
        log.warning("list counts not kept in the database (%s); counted again later", error)
        return None
    return True


def _block_rows(
    name: str,
    versions: Mapping[int, str],
    tallies: Mapping[int, Tallies],
    written: Any,
    pinned: bool,
) -> list[BlockTally]:
    """The rows of these blocks' tallies, in block order: a write takes the sum's row
    first and then the blocks in order, so that two writers never deadlock."""
    return [
        BlockTally(
            name=name,
            block=block,
            version=versions[block],
            tallies=json.dumps(counts, separators=(",", ":")),
            written=written,
            pinned=pinned,
        )
        for block, counts in sorted(tallies.items())
    ]


def _upsert(rows: list[BlockTally]) -> None:
    BlockTally.objects.bulk_create(
        rows,
        batch_size=100,
        update_conflicts=True,
        unique_fields=["name", "block"],
        update_fields=["version", "tallies", "written", "pinned"],
    )


def _total_row(
    name: str, total: tuple[Mapping[int, str], Tallies], written: Any, pinned: bool
) -> BlockTally:
    """The row of a name's sum (block TOTAL): its versions are in the document."""
    versions, totals = total
    document = {"versions": {str(block): version for block, version in versions.items()}}
    text = json.dumps({**document, "totals": totals}, separators=(",", ":"))
    return BlockTally(
        name=name, block=TOTAL, version="sum", tallies=text, written=written, pinned=pinned
    )


def _prune(pinned: str | None) -> None:
    """Delete the rows of all but the COUNT_SUMS most recently written names that are not
    pinned, and of the pinned names other than the one just written."""
    if pinned is not None:
        BlockTally.objects.filter(pinned=True).exclude(name=pinned).delete()
    unpinned = BlockTally.objects.filter(pinned=False).values("name")
    names = unpinned.annotate(last=Max("written")).order_by("-last")
    dropped = [row["name"] for row in names[max(settings.COUNT_SUMS, 1) :]]
    if dropped:
        BlockTally.objects.filter(name__in=dropped).delete()


def _savepoint() -> Any:
    """A savepoint inside a transaction, so that a failed statement does not abort the
    request's (PostgreSQL); nothing outside one: on SQLite, a new transaction begins
    IMMEDIATE (settings), and a read would wait for a writer's lock."""
    return transaction.atomic() if transaction.get_connection().in_atomic_block else nullcontext()


@contextmanager
def _waiting_briefly() -> Iterator[None]:
    """On SQLite, give up on the write lock after WAIT_MS (the busy timeout is the
    connection's: set back after)."""
    connection = transaction.get_connection()
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        before = int(cursor.fetchone()[0])
        cursor.execute(f"PRAGMA busy_timeout = {WAIT_MS:d}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {before:d}")


def _lock_briefly() -> None:
    """On PostgreSQL, give up on a row lock after WAIT_MS, for the rest of this
    transaction (a savepoint's, if the request has one, ends with the request's)."""
    connection = transaction.get_connection()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('lock_timeout', %s, true)", [f"{WAIT_MS}ms"])
