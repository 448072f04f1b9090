"""How large an upload of each kind may be; checked while streaming, before anything is kept."""

from __future__ import annotations

from dataclasses import dataclass

from victimsdb.core.evidence.media import Kind

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    """Largest accepted size in bytes for each kind of file."""

    photo: int = 25 * MB
    document: int = 50 * MB
    audio: int = 200 * MB
    video: int = 2_000 * MB

    def for_kind(self, kind: Kind) -> int:
        """The size limit, in bytes, for files of ``kind``."""
        sizes = {
            Kind.PHOTO: self.photo,
            Kind.DOCUMENT: self.document,
            Kind.AUDIO: self.audio,
            Kind.VIDEO: self.video,
        }
        return sizes[kind]


DEFAULT_LIMITS = Limits()


def describe_size(size: int) -> str:
    """A size for people: ``25 MB``, ``2 GB``, ``512 bytes``."""
    if size >= 1000 * MB and size % (1000 * MB) == 0:
        return f"{size // (1000 * MB)} GB"
    if size >= MB:
        return f"{size / MB:g} MB"
    return f"{size} bytes"
