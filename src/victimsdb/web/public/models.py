"""What the public site keeps of its own: a log of changes to the public data, and the
counts made from it (`BlockTally`, see `tallystore`).

Every change that public counts depend on adds a `DataChange` row (see
`freshness`); the highest id is the version of the data, so counts computed
once can be reused until the next change. An insert, not an update of one
row: concurrent writers never wait on each other for it (one counter row
would be locked by every writing transaction until it ends, and could
deadlock two of them). The version is the newest row's random token, not its
id: SQLite reuses the id of a rolled-back insert, and counts cached under it
inside the rolled-back transaction must not be found again. A row becomes
visible exactly when the change it marks commits. Old rows are pruned as new
ones come.

A change also logs the block of persons it touched (`freshness.BLOCK`
primary keys); None when it can move every block's counts (a deleted place
or facility, a bulk load), and `freshness.NO_BLOCK` when it can move labels
(a place's or facility's name, a place saved where it was, and a facility's
save besides its persons' blocks). Counts are kept per block, and only the
touched ones are counted again; facility labels follow the NO_BLOCK and
every-block changes only.
"""

from __future__ import annotations

from uuid import uuid4

from django.db import models


def new_token() -> str:
    return uuid4().hex


class DataChange(models.Model):
    """One change to persons, events, places or facilities."""

    id = models.BigAutoField(primary_key=True)
    token = models.CharField(max_length=32, default=new_token, editable=False)
    block = models.BigIntegerField(null=True, editable=False)  # None: every block

    def __str__(self) -> str:
        return f"public data change {self.id}"


class BlockTally(models.Model):
    """One block's tallies for one set of list filters, as some process counted them at
    the block's version (see `tallystore`): another process, or the same one after a
    restart, reads them instead of counting the block again."""

    name = models.CharField(max_length=255, editable=False)  # the filters and counting rules
    block = models.BigIntegerField(editable=False)
    version = models.CharField(max_length=32, editable=False)  # the block's change token
    tallies = models.TextField(editable=False)  # JSON: {facet: {value: persons}}
    written = models.DateTimeField(editable=False)
    # The unfiltered list's rows: every visitor's first page, never pruned (a crawler
    # asking for a hundred sets of filters would otherwise push them out).
    pinned = models.BooleanField(default=False, editable=False)

    # Derived data, made again on first use: backups leave it out (`backed_up_models`).
    backed_up = False

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name", "block"], name="one_tally_per_name_and_block")
        ]

    def __str__(self) -> str:
        return f"tallies of block {self.block} for {self.name!r}"
