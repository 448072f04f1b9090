"""Restoring a backup into an empty instance: verified in full, then kept; or nothing at all.

Refused unless the database holds no row that `migrate` did not make and the
file roots hold no file (there is no --force: a restore never merges into, or
deletes, live data; restore into a fresh instance instead). The instance must
be migrated to the backup's migrations. Rows load in one transaction and
files go to staging folders while every entry is hashed; only when the
manifest has matched every hash and every table's row count, the file of the
backup has decrypted to its authenticated end, and every foreign key holds,
are the files swapped into place and the transaction committed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from victimsdb.core.backup import (
    ArchiveReader,
    BackupError,
    Entry,
    Member,
    Staging,
    decrypting,
    swap_in,
)
from victimsdb.core.backup.archive import HEADER, MANIFEST, compare, read_json
from victimsdb.core.backup.trees import has_files, swap_out
from victimsdb.web.backups import database
from victimsdb.web.backups.roots import file_roots

MAX_LISTED = 10


@dataclass(frozen=True)
class RestoreReport:
    """What a restore brought back."""

    rows: int
    tables: int
    files: int
    created_at: str

    def __str__(self) -> str:
        return (
            f"restored the backup of {self.created_at}: {self.rows} rows in {self.tables}"
            f" tables and {self.files} files, every SHA-256 and row count verified"
        )


def restore_backup(path: Path, identities: list[Any], using: str = "default") -> RestoreReport:
    """Restore ``path`` into this empty instance (raises :class:`BackupError`, writing nothing)."""
    _require_empty(using)
    stagings = {root.name: Staging(root.path) for root in file_roots()}
    swapped = False
    try:
        with decrypting(path, identities) as decrypted, transaction.atomic(using=using):
            report = _Reading(stagings, using).read(ArchiveReader(decrypted.stream))
            decrypted.finish()
            database.finish_load(using)
            swap_in(list(stagings.values()))
            swapped = True
    except BaseException:
        if swapped:
            swap_out(list(stagings.values()))
        raise
    finally:
        for staging in stagings.values():
            staging.discard()
        ContentType.objects.clear_cache()
    _index_for_this_code()
    if using == "default":  # the list's counts are kept on the default database only
        _count_the_public_list()
    return report


def _count_the_public_list() -> None:
    """A backup holds no list counts (derived data): count them now, as a loader does,
    rather than make the first visitor wait for every block."""
    from victimsdb.web.public.freshness import count_the_public_list_if_possible

    count_the_public_list_if_possible("restoring")


def _index_for_this_code() -> None:
    """A backup made by an older version holds its search index: rebuild it if the code
    keys names otherwise now (as `migrate` would)."""
    from victimsdb.web.search.indexing import index_is_current, rebuild_index

    if not index_is_current():
        rebuild_index()


def _require_empty(using: str) -> None:
    found = database.non_empty(using)
    found += [f"{root.path} holds files" for root in file_roots() if has_files(root.path)]
    if found:
        raise BackupError(
            "a backup restores only into an empty instance (a new database after"
            f" `victimsdb migrate`, empty file folders); found: {_listed(found)}."
            " Nothing was changed."
        )


class _Reading:
    """One pass over the archive: header, rows, files, manifest; every entry hashed."""

    def __init__(self, stagings: dict[str, Staging], using: str) -> None:
        self.stagings, self.using = stagings, using
        self.seen: dict[str, Entry] = {}
        self.files = 0

    def read(self, archive: ArchiveReader) -> RestoreReport:
        members = archive.members()
        header = self._header(next(members, None))
        manifest: dict[str, Any] | None = None
        for member in members:
            if manifest is not None:
                raise BackupError(f"{member.path} comes after the manifest")
            if member.path == MANIFEST:
                manifest = read_json(member)
            else:
                self._entry(member)
                self.seen[member.path] = member.entry()
        if manifest is None:
            raise BackupError("the backup has no manifest: it is cut short")
        return self._verify(header, manifest)

    def _header(self, member: Member | None) -> dict[str, Any]:
        if member is None or member.path != HEADER:
            raise BackupError("this file does not begin like a victimsdb backup")
        header = read_json(member)
        self.seen[HEADER] = member.entry()
        ours, theirs = database.applied_migrations(self.using), header.get("migrations", [])
        if ours != theirs:
            missing, extra = sorted(set(theirs) - set(ours)), sorted(set(ours) - set(theirs))
            raise BackupError(
                "this instance is not migrated like the backup: migrate it to the backup's"
                f" migrations first (missing here: {_listed(missing) or 'none'};"
                f" only here: {_listed(extra) or 'none'}). Nothing was changed."
            )
        database.clear_made_by_migrate(self.using)
        return header

    def _entry(self, member: Member) -> None:
        if member.path.startswith("database/") and member.path.endswith(".jsonl"):
            database.load(_lines(member), self.using, member.path)
            return
        root, _, relative = member.path.removeprefix("files/").partition("/")
        if not member.path.startswith("files/") or root not in self.stagings or not relative:
            raise BackupError(f"the backup holds an unexpected entry {member.path!r}")
        self.stagings[root].write(relative, member.content, member.mode)
        self.files += 1

    def _verify(self, header: dict[str, Any], manifest: dict[str, Any]) -> RestoreReport:
        problems = compare(manifest, self.seen)
        expected, found = manifest.get("counts", {}), database.counts(self.using)
        problems += [
            f"{label} has {found.get(label)} rows, the manifest says {expected.get(label)}"
            for label in sorted(expected.keys() | found.keys())
            if expected.get(label) != found.get(label)
        ]
        if problems:
            raise BackupError(
                f"the backup does not verify: {_listed(problems)}. Nothing was changed."
            )
        created = str(header.get("created_at", "an unknown date"))
        return RestoreReport(sum(found.values()), len(found), self.files, created)


def _lines(member: Member) -> Iterator[str]:
    pending = b""
    while chunk := member.content.read(1 << 20):
        *complete, pending = (pending + chunk).split(b"\n")
        for line in complete:
            yield line.decode("utf-8")
    if pending:
        yield pending.decode("utf-8")


def _listed(items: list[str]) -> str:
    shown = "; ".join(items[:MAX_LISTED])
    return shown + (f"; and {len(items) - MAX_LISTED} more" if len(items) > MAX_LISTED else "")
