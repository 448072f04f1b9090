"""Where the store keeps things on disk.

```
root/
  ab/cd/abcd...<sha256>        the original, read-only, named by its SHA-256
  ab/cd/abcd...<sha256>.json   its custody record (who, when, how, type, size)
  custody.log                  the append-only, hash-chained custody log
  tmp/                         uploads being received (same file system: atomic links)
```
File and directory names come only from SHA-256 digests checked by
:func:`check_sha256`; an uploaded file's name is never part of a path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from victimsdb.core.evidence.errors import CustodyError

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SHARD = re.compile(r"^[0-9a-f]{2}$")
RECORD_SUFFIX = ".json"


def check_sha256(sha256: str) -> str:
    """Return ``sha256`` if it is 64 lower-case hex digits; refuse anything else."""
    if not isinstance(sha256, str) or not _SHA256.match(sha256):
        raise CustodyError("not a SHA-256 (64 lower-case hexadecimal digits)")
    return sha256


def is_sha256(text: str) -> bool:
    """Whether ``text`` is 64 lower-case hex digits."""
    return bool(_SHA256.match(text))


@dataclass(frozen=True)
class Layout:
    """The paths of a store rooted at ``root``."""

    root: Path

    @property
    def log(self) -> Path:
        """The custody log."""
        return self.root / "custody.log"

    @property
    def tmp(self) -> Path:
        """Where uploads are received before they are kept."""
        return self.root / "tmp"

    def folder(self, sha256: str) -> Path:
        """The folder holding an item and its record."""
        check_sha256(sha256)
        return self.root / sha256[:2] / sha256[2:4]

    def original(self, sha256: str) -> Path:
        """The original file of an item."""
        return self.folder(sha256) / sha256

    def record(self, sha256: str) -> Path:
        """The custody record of an item."""
        return self.folder(sha256) / f"{sha256}{RECORD_SUFFIX}"

    def files(self) -> Iterator[Path]:
        """Every file in the item folders (``ab/cd/*``), in a stable order."""
        for first in _shards(self.root):
            for second in _shards(first):
                yield from sorted(path for path in second.iterdir())


def _shards(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if _SHARD.match(path.name) and path.is_dir())
