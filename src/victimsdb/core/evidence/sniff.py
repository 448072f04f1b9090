"""The real type of a file, read from its first bytes (magic numbers), never from its name.

:func:`sniff` looks at the first :data:`SNIFF_BYTES` bytes and returns the
accepted :class:`~victimsdb.core.evidence.media.MediaType` they start, or
refuses the file, naming what it looks like when that is known (HTML, SVG, a
program, an archive, HEIC, ...). :func:`check_claims` then refuses a file whose
name or declared content type says something else. Detection is strict: a PDF
must start with ``%PDF-`` (no leading junk), an MP4 needs its ``ftyp`` box.
"""

from __future__ import annotations

from victimsdb.core.evidence.errors import EvidenceRejected, Rejection
from victimsdb.core.evidence.filenames import extension
from victimsdb.core.evidence.media import (
    FLAC,
    GIF,
    JPEG,
    M4A,
    MOV,
    MP3,
    MP4,
    OGG,
    PDF,
    PNG,
    WAV,
    WEBM,
    WEBP,
    MediaType,
    accepted_summary,
)

SNIFF_BYTES = 512
"""How many leading bytes :func:`sniff` needs (fewer only if the file is shorter)."""

_PREFIXES: tuple[tuple[bytes, MediaType], ...] = (
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
    (b"%PDF-", PDF),
    (b"fLaC", FLAC),
    (b"ID3", MP3),
)
_RIFF = {b"WEBP": WEBP, b"WAVE": WAV}
_FTYP_BRANDS = {b"qt  ": MOV, b"M4A ": M4A, b"M4B ": M4A}
_MP4_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V "}
_MP4_BRANDS |= {b"M4VH", b"M4VP", b"dash", b"mmp4", b"MSNV", b"f4v "}
_OGG_AUDIO = (b"OpusHead", b"\x01vorbis", b"\x7fFLAC", b"Speex   ")
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1", b"heim", b"heis"}
_AVIF_BRANDS = {b"avif", b"avis"}
_KNOWN_REFUSED: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\xcf\xfa\xed\xfe", "a program"),
    (b"\xca\xfe\xba\xbe", "a program"),
    (b"#!", "a script"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"II*\x00", "a TIFF image (convert it to PNG or JPEG)"),
    (b"MM\x00*", "a TIFF image (convert it to PNG or JPEG)"),
    (b"BM", "a BMP image (convert it to PNG or JPEG)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
_TEXT_MARKUP: tuple[tuple[bytes, str], ...] = (
    (b"<!doctype html", "an HTML page"),
    (b"<html", "an HTML page"),
    (b"<svg", "an SVG image"),
    (b"<?xml", "an XML or SVG file"),
    (b"<", "an HTML or XML file"),
)


def sniff(head: bytes) -> MediaType:
    """Return the accepted type that ``head`` (a file's first bytes) starts; refuse any other."""
    if not head:
        raise EvidenceRejected(Rejection.EMPTY, "The file is empty.")
    media = _accepted(head)
    if media is None:
        raise EvidenceRejected(Rejection.UNSUPPORTED_TYPE, _refusal(head))
    return media


def check_claims(media: MediaType, declared_name: str, declared_type: str) -> None:
    """Refuse a file whose name's extension or declared content type disagrees with ``media``.

    A name without an extension, and an empty or generic declared type
    (``application/octet-stream``), claim nothing and pass.
    """
    claimed_extension = extension(declared_name)
    if claimed_extension and claimed_extension not in media.extensions:
        raise _mislabelled(f"The file's name ends in .{claimed_extension}", media)
    claimed_type = normalise_content_type(declared_type)
    if claimed_type and claimed_type not in media.mimes:
        raise _mislabelled(f"The file was declared as {claimed_type}", media)


def normalise_content_type(declared_type: str) -> str:
    """The bare, lower-case content type of a declaration; empty when it claims nothing."""
    bare = declared_type.split(";", 1)[0].strip().lower()
    if bare in {"", "application/octet-stream", "binary/octet-stream"}:
        return ""
    if len(bare) > 100 or bare.count("/") != 1 or not bare.isascii() or not bare.isprintable():
        return "an unreadable content type"
    return bare


def _mislabelled(claim: str, media: MediaType) -> EvidenceRejected:
    return EvidenceRejected(
        Rejection.MISLABELLED, f"{claim}, but its content is {media.label}: it is mislabelled."
    )


def _accepted(head: bytes) -> MediaType | None:
    for prefix, media in _PREFIXES:
        if head.startswith(prefix):
            return media
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head.startswith(b"OggS") and any(marker in head[26:64] for marker in _OGG_AUDIO):
        return OGG
    if head.startswith(b"\x1a\x45\xdf\xa3") and b"webm" in head[:64]:
        return WEBM
    if head[4:8] == b"ftyp":
        return _iso_media(head)
    if _is_mp3_frame(head):
        return MP3
    return None


def _iso_media(head: bytes) -> MediaType | None:
    major = head[8:12]
    if major in _FTYP_BRANDS:
        return _FTYP_BRANDS[major]
    box_end = min(int.from_bytes(head[0:4], "big"), len(head))
    compatible = {head[i : i + 4] for i in range(16, box_end - 3, 4)}
    if major in _MP4_BRANDS or compatible & {b"isom", b"mp41", b"mp42"}:
        return MP4
    return None


def _is_mp3_frame(head: bytes) -> bool:
    """An MPEG audio layer III frame header without an ID3 tag before it."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 0b11, (head[1] >> 1) & 0b11
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 0b11
    return version != 0b01 and layer == 0b01 and bitrate not in {0, 15} and rate != 0b11


def _refusal(head: bytes) -> str:
    looks_like = _looks_like(head)
    what = f"The file is {looks_like}, which" if looks_like else "The file's content"
    return f"{what} is not an accepted type (accepted: {accepted_summary()})."


def _looks_like(head: bytes) -> str:
    for prefix, description in _KNOWN_REFUSED:
        if head.startswith(prefix):
            return description
    if head[4:8] == b"ftyp":
        return _iso_refused(head[8:12])
    if head.startswith(b"RIFF") and head[8:11] == b"AVI":
        return "an AVI video"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "a Matroska (MKV) file"
    if head.startswith(b"OggS"):
        return "an Ogg file without Opus, Vorbis or FLAC audio"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    for prefix, description in _TEXT_MARKUP:
        if text.startswith(prefix):
            return description
    return ""


def _iso_refused(brand: bytes) -> str:
    if brand in _HEIF_BRANDS:
        return "a HEIC/HEIF image (convert it to JPEG)"
    if brand in _AVIF_BRANDS:
        return "an AVIF image (convert it to JPEG or PNG)"
    if brand.startswith(b"3g"):
        return "a 3GP video (convert it to MP4)"
    return "an MP4-like file of an unknown kind"
