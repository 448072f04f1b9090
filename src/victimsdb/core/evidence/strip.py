"""Publishable copies of evidence, with every kind of metadata removed.

Originals are confidential and never published. What may be published is a
copy made here: photos re-encoded from their pixels (:mod:`.images`), PDFs
rebuilt from their pages (:mod:`.pdfs`). Each copy is read back and refused if
any metadata is left.

Audio and video are not supported: their containers carry metadata in many
places (tags, chapters, per-track and per-codec data, GPS in phone videos) and
cleaning them safely needs a transcoder (ffmpeg) this package does not depend
on. For them :func:`public_copy` raises :class:`PublishingUnsupported`: the
original stays confidential and no public copy is made.

The copy is named by its own SHA-256, never by the original's: the original's
hash would let anyone holding the original (a phone seized from a relative)
confirm that it reached this database.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import BinaryIO

from victimsdb.core.evidence.errors import PublishingUnsupported
from victimsdb.core.evidence.images import clean_photo
from victimsdb.core.evidence.media import PDF, Kind, MediaType
from victimsdb.core.evidence.pdfs import clean_pdf

_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", PDF.mime: "pdf"}


@dataclass(frozen=True)
class PublicCopy:
    """A publishable copy: its bytes, type and own SHA-256 (not the original's)."""

    data: bytes
    media: MediaType
    sha256: str

    @property
    def file_name(self) -> str:
        """A name for the published file: ``<sha256 of the copy>.<extension>``."""
        return f"{self.sha256}.{_EXTENSIONS[self.media.mime]}"


def public_copy(source: BinaryIO, media: MediaType) -> PublicCopy:
    """Make a publishable copy of ``source`` (of type ``media``) with its metadata removed."""
    if media.kind is Kind.PHOTO:
        data, output = clean_photo(source, media)
    elif media == PDF:
        data, output = clean_pdf(source), PDF
    else:
        raise PublishingUnsupported(
            f"Metadata cannot be removed from {media.kind.value} files yet: "
            "the original stays confidential and no public copy is made."
        )
    return PublicCopy(data, output, hashlib.sha256(data).hexdigest())
