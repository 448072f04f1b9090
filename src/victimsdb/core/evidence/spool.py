"""Receiving an upload: sniff, check, then stream it to a temporary file while hashing.

The type is sniffed from the first bytes before anything is written; the size
is counted while streaming, so an oversized upload is refused as soon as it
passes its limit, never held whole in memory. The temporary file is removed
when the ``with`` block ends, whatever happens: the store links it into place
before that if every check passed.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from victimsdb.core.evidence.errors import EvidenceRejected, Rejection
from victimsdb.core.evidence.limits import Limits, describe_size
from victimsdb.core.evidence.media import MediaType
from victimsdb.core.evidence.sniff import SNIFF_BYTES, check_claims, sniff

CHUNK_BYTES = 1 << 20


class Readable(Protocol):
    """Anything with ``read(size) -> bytes``: an open file, an upload, a BytesIO."""

    def read(self, size: int, /) -> bytes: ...


@dataclass(frozen=True)
class Spooled:
    """An upload received into a temporary file, with its digest, size and type."""

    path: Path
    sha256: str
    size: int
    media: MediaType


@contextmanager
def spool(
    stream: Readable, folder: Path, limits: Limits, declared_name: str, declared_type: str
) -> Iterator[Spooled]:
    """Receive ``stream`` into a temporary file in ``folder``; refuse it if any check fails."""
    head = _read_head(stream)
    media = sniff(head)
    check_claims(media, declared_name, declared_type)
    descriptor, name = tempfile.mkstemp(dir=folder, prefix="upload-")
    path = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as out:
            sha256, size = _copy(head, stream, out, limits.for_kind(media.kind), media)
            out.flush()
            os.fsync(out.fileno())
        yield Spooled(path, sha256, size, media)
    finally:
        path.unlink(missing_ok=True)


def _read_head(stream: Readable) -> bytes:
    head = b""
    while len(head) < SNIFF_BYTES:
        chunk = stream.read(SNIFF_BYTES - len(head))
        if not chunk:
            break
        head += chunk
    return head


def _copy(
    head: bytes, stream: Readable, out: BinaryIO, limit: int, media: MediaType
) -> tuple[str, int]:
    digest, size, chunk = hashlib.sha256(), 0, head
    while chunk:
        size += len(chunk)
        if size > limit:
            raise _too_large(limit, media)
        digest.update(chunk)
        out.write(chunk)
        chunk = stream.read(CHUNK_BYTES)
    return digest.hexdigest(), size


def _too_large(limit: int, media: MediaType) -> EvidenceRejected:
    message = f"The file ({media.label}) is larger than the {describe_size(limit)} limit"
    return EvidenceRejected(Rejection.TOO_LARGE, f"{message} for {media.kind.value}s.")
