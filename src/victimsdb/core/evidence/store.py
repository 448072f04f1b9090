"""The evidence store: originals kept under their SHA-256, with custody records and a log.

``put`` receives an upload (checked by content, size-limited while streaming),
keeps it read-only at ``root/ab/cd/<sha256>`` with its custody record beside
it, and logs the collection. The same content uploaded twice is one item; the
second collection is logged. Every access is logged: ``open`` (viewed),
``publish`` (published copy made), ``verify_all`` (verified). A refused upload
leaves nothing behind. See :mod:`.layout` for the files on disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from victimsdb.core.evidence.custody import CustodyEvent, CustodyLog, Event, utc_now
from victimsdb.core.evidence.errors import PublishingFailed, UnknownEvidence
from victimsdb.core.evidence.filenames import safe_name
from victimsdb.core.evidence.layout import RECORD_SUFFIX, Layout, check_sha256, is_sha256
from victimsdb.core.evidence.limits import DEFAULT_LIMITS, Limits
from victimsdb.core.evidence.media import Kind
from victimsdb.core.evidence.records import Collection, StoredItem
from victimsdb.core.evidence.sniff import normalise_content_type
from victimsdb.core.evidence.spool import Readable, Spooled, spool
from victimsdb.core.evidence.strip import PublicCopy, public_copy
from victimsdb.core.evidence.verify import Mismatch, find_mismatches

READ_ONLY = 0o400


class EvidenceStore:
    """A content-addressed store of confidential originals under ``root``."""

    def __init__(
        self,
        root: Path | str,
        limits: Limits = DEFAULT_LIMITS,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.layout = Layout(Path(root))
        self.limits = limits
        self.log = CustodyLog(self.layout.log, clock)
        self._clock = clock
        self.layout.tmp.mkdir(parents=True, exist_ok=True, mode=0o700)

    def put(
        self,
        stream: Readable,
        declared_name: str,
        declared_type: str,
        collected_by: str,
        collected_at: datetime,
        how: str,
    ) -> StoredItem:
        """Keep an upload as evidence and return its custody record.

        Raises :class:`EvidenceRejected` (too large, empty, unaccepted or
        mislabelled type; nothing is stored) or :class:`CustodyError` (missing
        who/when/how). If the content is already stored, the existing item is
        returned and this collection is added to the custody log.
        """
        collection = Collection(collected_by, collected_at, how)
        with spool(stream, self.layout.tmp, self.limits, declared_name, declared_type) as upload:
            item = self._item(upload, declared_name, declared_type, collection)
            added = self._keep(upload, item)
        details = _collection_details(collection, item.original_name, duplicate=not added)
        self.log.append(Event.COLLECTED, item.sha256, collection.collected_by, details)
        return item if added else self.record(item.sha256)

    def record(self, sha256: str) -> StoredItem:
        """The custody record of an item (raises :class:`UnknownEvidence`)."""
        path = self.layout.record(sha256)
        if not path.exists():
            raise UnknownEvidence("no evidence item has this SHA-256")
        return StoredItem.from_json(path.read_text(encoding="utf-8"))

    def __contains__(self, sha256: object) -> bool:
        return isinstance(sha256, str) and self._exists(sha256)

    def items(self) -> Iterator[StoredItem]:
        """Every item's custody record, ordered by SHA-256."""
        for path in self.layout.files():
            if path.name.endswith(RECORD_SUFFIX):
                yield StoredItem.from_json(path.read_text(encoding="utf-8"))

    def open(self, sha256: str, *, by: str, why: str = "") -> BinaryIO:
        """Open an original for reading; the view is logged with who and why."""
        self.record(sha256)
        self.log.append(Event.VIEWED, sha256, by, {"why": why} if why else None)
        return open(self.layout.original(sha256), "rb")

    def publish(self, sha256: str, *, by: str) -> PublicCopy:
        """Make a copy safe to publish (metadata removed) and log it.

        The original is rehashed first: no copy is made of an altered file.
        Raises :class:`PublishingUnsupported` (audio, video, animated or
        encrypted files: the original stays confidential, no copy is made) or
        :class:`PublishingFailed` (unreadable or altered content).
        """
        item = self.record(sha256)
        if item.media.kind in (Kind.AUDIO, Kind.VIDEO):
            return public_copy(io.BytesIO(), item.media)  # refuses, without reading the file
        original = self.layout.original(sha256).read_bytes()
        if hashlib.sha256(original).hexdigest() != sha256:
            raise PublishingFailed(
                "The original no longer matches its SHA-256: run verify-evidence."
            )
        copy = public_copy(io.BytesIO(original), item.media)
        details = {"copy_sha256": copy.sha256, "copy_type": copy.media.mime}
        self.log.append(Event.PUBLISHED, sha256, by, details | {"copy_size": len(copy.data)})
        return copy

    def history(self, sha256: str) -> list[CustodyEvent]:
        """Every custody event of an item, oldest first."""
        return list(self.log.events(check_sha256(sha256)))

    def verify_all(self, *, by: str = "verify-evidence") -> list[Mismatch]:
        """Recompute every hash and check records and log; return every problem found.

        The run is logged (one ``verified`` event, plus one per item with a problem).
        """
        mismatches = find_mismatches(self.layout, self.log)
        for mismatch in mismatches:
            self.log.append(Event.VERIFIED, mismatch.sha256, by, {"problem": mismatch.problem})
        originals = sum(1 for path in self.layout.files() if is_sha256(path.name))
        summary = {"items": originals, "mismatches": len(mismatches)}
        self.log.append(Event.VERIFIED, None, by, summary)
        return mismatches

    def _exists(self, sha256: str) -> bool:
        try:
            return self.layout.record(sha256).exists()
        except ValueError:
            return False

    def _item(
        self, upload: Spooled, declared_name: str, declared_type: str, collection: Collection
    ) -> StoredItem:
        return StoredItem(
            sha256=upload.sha256,
            size=upload.size,
            media=upload.media,
            original_name=safe_name(declared_name),
            declared_type=normalise_content_type(declared_type),
            collection=collection,
            stored_at=self._clock(),
        )

    def _keep(self, upload: Spooled, item: StoredItem) -> bool:
        """Link the upload into place and write its record; False if it was already kept."""
        folder = self.layout.folder(item.sha256)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        original = self.layout.original(item.sha256)
        os.chmod(upload.path, READ_ONLY)
        try:
            os.link(upload.path, original)
            added = True
        except FileExistsError:
            added = False
        if not self.layout.record(item.sha256).exists():
            self._write_record(item)
        _sync_folder(folder)
        return added

    def _write_record(self, item: StoredItem) -> None:
        descriptor, name = tempfile.mkstemp(dir=self.layout.tmp, prefix="record-")
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as out:
                out.write(item.to_json())
                out.flush()
                os.fsync(out.fileno())
            os.chmod(name, READ_ONLY)
            with contextlib.suppress(FileExistsError):
                os.link(name, self.layout.record(item.sha256))
        finally:
            os.unlink(name)


def _collection_details(
    collection: Collection, original_name: str, *, duplicate: bool
) -> dict[str, str | bool]:
    return {
        "collected_at": collection.collected_at.isoformat(),
        "how": collection.how,
        "original_name": original_name,
        "duplicate": duplicate,
    }


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
