"""The plaintext inside a backup: a streamed tar (POSIX pax) with a manifest at the end.

```
header.json               format, time, database vendor, applied migrations
database/00001.jsonl ...  the database, model by model, in chunks of rows
files/<root>/<path>       every file of each file root (media, evidence)
manifest.json             the SHA-256 and size of every entry above, row counts
```
Tar is written and read as a stream (``w|``/``r|``), so entries are hashed
as they pass and nothing is held whole. The manifest comes last because it is
known last; a reader trusts nothing until it has read the manifest and every
hash matched. Member names are checked before use: only plain relative paths
to regular files are accepted, never ``..``, absolute paths or links.
"""

from __future__ import annotations

import hashlib
import io
import json
import posixpath
import tarfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from victimsdb.core.backup.errors import BackupError

FORMAT = "victimsdb-backup/1"
HEADER = "header.json"
MANIFEST = "manifest.json"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Entry:
    """One entry of a backup: its path inside the archive, size and SHA-256."""

    path: str
    size: int
    sha256: str


class _Hashing:
    """A reader that hashes and counts what passes through it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._digest.update(data)
        self.size += len(data)
        return data

    def drain(self) -> None:
        """Read whatever the consumer left, so that the hash covers the whole entry."""
        while self.read(_CHUNK):
            pass

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


class ArchiveWriter:
    """Writes entries into a tar stream and remembers their hashes for the manifest."""

    def __init__(self, stream: BinaryIO) -> None:
        # Closed by close() or abandon(): the archive outlives this call.
        self._tar = tarfile.open(fileobj=stream, mode="w|", format=tarfile.PAX_FORMAT)  # noqa: SIM115
        self.entries: dict[str, Entry] = {}

    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if error is not None:
            self.abandon()

    def abandon(self) -> None:
        """Drop an unfinished archive without writing more (its file is discarded anyway)."""
        tar: Any = self._tar
        tar.fileobj.closed = True  # tarfile would otherwise flush into a closed pipe when collected
        tar.closed = True

    def add_bytes(self, path: str, data: bytes) -> Entry:
        """Add an entry held in memory (the header, a chunk of database rows)."""
        return self._add(path, len(data), io.BytesIO(data), 0o600, time.time())

    def add_file(self, path: str, source: Path) -> Entry:
        """Add a file from disk, streamed, keeping its permission bits and time."""
        status = source.stat()
        with open(source, "rb") as stream:
            return self._add(path, status.st_size, stream, status.st_mode & 0o777, status.st_mtime)

    def close(self, extra: dict[str, Any]) -> None:
        """Write the manifest (every entry's hash, plus ``extra``) and end the archive."""
        entries = {path: asdict(entry) for path, entry in sorted(self.entries.items())}
        manifest = {"format": FORMAT, "entries": entries, **extra}
        data = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
        self._add(MANIFEST, len(data), io.BytesIO(data), 0o600, time.time(), listed=False)
        self._tar.close()

    def _add(
        self, path: str, size: int, stream: BinaryIO, mode: int, mtime: float, listed: bool = True
    ) -> Entry:
        check_path(path)
        if path in self.entries:
            raise BackupError(f"the entry {path} was added twice")
        info = tarfile.TarInfo(path)
        info.size, info.mode, info.mtime = size, mode, int(mtime)
        hashing = _Hashing(stream)
        try:
            self._tar.addfile(info, hashing)
        except OSError as error:
            raise BackupError(f"{path} changed while it was being backed up") from error
        entry = Entry(path, size, hashing.hexdigest())
        if listed:
            self.entries[path] = entry
        return entry


@dataclass
class Member:
    """An entry being read: its path and mode, and a stream of its content."""

    path: str
    mode: int
    content: _Hashing

    def entry(self) -> Entry:
        """The entry as read (call after the consumer is done with ``content``)."""
        self.content.drain()
        return Entry(self.path, self.content.size, self.content.hexdigest())


class ArchiveReader:
    """Reads entries from a tar stream in order, hashing each."""

    def __init__(self, stream: BinaryIO) -> None:
        try:
            self._tar = tarfile.open(fileobj=stream, mode="r|")  # noqa: SIM115  (read to its end)
        except tarfile.TarError as error:
            raise BackupError("the backup holds no readable archive") from error

    def members(self) -> Iterator[Member]:
        """Every entry, in the order written; raises :class:`BackupError` on a bad one."""
        try:
            for info in self._tar:
                if not info.isfile():
                    raise BackupError(f"the backup holds {info.name!r}, which is not a file")
                check_path(info.name)
                stream = self._tar.extractfile(info)
                assert stream is not None  # a regular file always has content
                yield Member(info.name, info.mode & 0o777, _Hashing(stream))
        except tarfile.TarError as error:
            raise BackupError("the backup's archive is damaged or cut short") from error


def check_path(path: str) -> str:
    """Return ``path`` if it is a plain relative path inside the archive; refuse anything else."""
    parts = path.split("/")
    normal = posixpath.normpath(path) == path and not path.startswith("/")
    if not normal or any(part in ("", ".", "..") for part in parts) or "\\" in path or "\0" in path:
        raise BackupError(f"the backup holds the unsafe path {path!r}")
    return path


def read_json(member: Member, limit: int = 64 << 20) -> dict[str, Any]:
    """A JSON entry (header or manifest), bounded in size."""
    data = member.content.read(limit + 1)
    if len(data) > limit:
        raise BackupError(f"{member.path} is too large")
    try:
        value = json.loads(data)
    except ValueError as error:
        raise BackupError(f"{member.path} is not readable JSON") from error
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise BackupError(f"{member.path} is not from a {FORMAT} backup")
    return value


def compare(manifest: dict[str, Any], seen: dict[str, Entry]) -> list[str]:
    """Every difference between the manifest's entries and the entries read."""
    listed = {path: Entry(**entry) for path, entry in manifest.get("entries", {}).items()}
    problems = [f"{path} is missing from the backup" for path in sorted(listed.keys() - seen)]
    problems += [f"{path} is not in the manifest" for path in sorted(seen.keys() - listed)]
    problems += [
        f"{path} does not match its SHA-256 in the manifest"
        for path in sorted(listed.keys() & seen.keys())
        if listed[path] != seen[path]
    ]
    return problems
