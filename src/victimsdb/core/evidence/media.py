"""The file types accepted as evidence, with the names and labels they go by.

Only these are accepted; anything else (HTML, SVG, executables, archives,
office documents, HEIC, TIFF, ...) is refused. Each type lists the file-name
extensions and declared content types that may honestly describe it; an upload
claiming anything else is mislabelled. Siblings in one container (an ``.m4a``
voice memo whose content says plain MP4) accept each other's names.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a file is to a person: each kind has its own size limit."""

    PHOTO = "photo"
    DOCUMENT = "document"
    AUDIO = "audio"
    VIDEO = "video"


@dataclass(frozen=True)
class MediaType:
    """One accepted file type: content type, kind, short name ("JPEG"), label ("a JPEG photo")."""

    mime: str
    kind: Kind
    name: str
    label: str
    extensions: frozenset[str]
    mimes: frozenset[str]

    def __str__(self) -> str:
        return self.label


def _type(mime: str, kind: Kind, label: str, extensions: str, mimes: str = "") -> MediaType:
    name = label.split()[1]
    names, all_mimes = frozenset(extensions.split()), frozenset({mime, *mimes.split()})
    return MediaType(mime, kind, name, label, names, all_mimes)


_MP4_NAMES = "mp4 m4v m4a m4b"
_MP4_MIMES = "video/mp4 audio/mp4 audio/x-m4a audio/m4a video/x-m4v"

JPEG = _type("image/jpeg", Kind.PHOTO, "a JPEG photo", "jpg jpeg jpe jfif", "image/pjpeg")
PNG = _type("image/png", Kind.PHOTO, "a PNG image", "png", "image/x-png")
WEBP = _type("image/webp", Kind.PHOTO, "a WebP image", "webp")
GIF = _type("image/gif", Kind.PHOTO, "a GIF image", "gif")
PDF = _type("application/pdf", Kind.DOCUMENT, "a PDF document", "pdf", "application/x-pdf")
MP3 = _type("audio/mpeg", Kind.AUDIO, "an MP3 audio file", "mp3", "audio/mp3 audio/x-mp3")
M4A = _type("audio/mp4", Kind.AUDIO, "an M4A audio file", _MP4_NAMES, _MP4_MIMES)
OGG = _type(
    "audio/ogg", Kind.AUDIO, "an Ogg audio file", "ogg oga opus", "application/ogg audio/opus"
)
WAV = _type("audio/wav", Kind.AUDIO, "a WAV audio file", "wav wave", "audio/x-wav audio/wave")
FLAC = _type("audio/flac", Kind.AUDIO, "a FLAC audio file", "flac", "audio/x-flac")
MP4 = _type("video/mp4", Kind.VIDEO, "an MP4 video", _MP4_NAMES, _MP4_MIMES)
WEBM = _type("video/webm", Kind.VIDEO, "a WebM video", "webm weba", "audio/webm")
MOV = _type("video/quicktime", Kind.VIDEO, "a QuickTime video", "mov qt")

ACCEPTED: tuple[MediaType, ...] = (
    JPEG,
    PNG,
    WEBP,
    GIF,
    PDF,
    MP3,
    M4A,
    OGG,
    WAV,
    FLAC,
    MP4,
    WEBM,
    MOV,
)
BY_MIME: dict[str, MediaType] = {media.mime: media for media in ACCEPTED}


def accepted_summary() -> str:
    """The accepted types in one sentence, for messages."""
    by_kind = {
        kind: ", ".join(media.name for media in ACCEPTED if media.kind is kind) for kind in Kind
    }
    return "; ".join(f"{kind}s: {labels}" for kind, labels in by_kind.items())
