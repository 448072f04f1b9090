"""Publishable copies of PDFs: the pages rebuilt by pypdf without any metadata.

Only the pages are carried into a new document, so the original's document
information (author, creator, producer, dates, title), its XMP stream, outline,
form, attached files, JavaScript and earlier saved revisions are left behind.
Before the pages are copied, on every object they reach, ``/Metadata`` (XMP), ``/PieceInfo`` (editor
data), ``/Thumb`` (page thumbnails, which can predate a redaction), ``/AA``
actions and ``/Annots`` (comments carry their author's name; links and form
fields go too) are removed, and embedded JPEG images lose their EXIF/XMP/ICC
segments (a scanned phone photo keeps its GPS position otherwise). The copy is
then read back and refused if any of these remain in any object, or if it
holds objects no page uses.

Not removed: what the pages show. Text under a black box is still text; a
curator reviews the content before publishing.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TypeGuard

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject, StreamObject

from victimsdb.core.evidence.errors import PublishingFailed, PublishingUnsupported
from victimsdb.core.evidence.jpeg_segments import NotJpeg, without_metadata_segments

DROPPED_KEYS = ("/Metadata", "/PieceInfo", "/Thumb", "/AA", "/Annots", "/LastModified")


def clean_pdf(source: BinaryIO) -> bytes:
    """A copy of a PDF's pages with no document information, XMP or embedded-image metadata."""
    reader = _read(source)
    try:
        _scrub(reader.pages)
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        writer.metadata = None
        buffer = io.BytesIO()
        writer.write(buffer)
    except (PyPdfError, NotJpeg, OSError, ValueError, KeyError, TypeError) as error:
        raise PublishingFailed("The PDF could not be read and rebuilt.") from error
    _check_clean(buffer.getvalue())
    return buffer.getvalue()


def metadata_left_in(data: bytes) -> list[str]:
    """What metadata a PDF still carries, in any object, used or not (empty when clean)."""
    reader = PdfReader(io.BytesIO(data))
    found = ["document information"] if "/Info" in reader.trailer else []
    every = _every_object(reader)
    for node in every.values():
        found += [f"{key} entry" for key in DROPPED_KEYS if key in node]
        if _is_jpeg_image(node) and _jpeg_carries_metadata(node.get_data()):
            found.append("metadata in an embedded JPEG")
    reachable = {id(node) for node in _reachable([reader.trailer["/Root"]])}
    if any(id(node) not in reachable for node in every.values()):
        found.append("objects no page uses")
    return found


def _read(source: BinaryIO) -> PdfReader:
    try:
        reader = PdfReader(source)
        encrypted = reader.is_encrypted
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        raise PublishingFailed("The PDF could not be read and rebuilt.") from error
    if encrypted:
        raise PublishingUnsupported("The PDF is encrypted: it cannot be cleaned.")
    return reader


def _scrub(pages: Iterable[PdfObject]) -> None:
    """Remove metadata from everything the pages reach, before they are copied."""
    for node in _reachable(pages):
        for key in DROPPED_KEYS:
            node.pop(key, None)
        if _is_jpeg_image(node):
            StreamObject.set_data(node, without_metadata_segments(node.get_data()))


def _check_clean(data: bytes) -> None:
    left = metadata_left_in(data)
    if left:
        raise PublishingFailed(f"The cleaned PDF still has: {', '.join(sorted(set(left)))}.")


def _reachable(start: Iterable[PdfObject]) -> Iterator[DictionaryObject]:
    """Every dictionary (and stream) reachable from ``start``, each once.

    A dictionary's values are followed after it is yielded, so keys the caller
    removes meanwhile are not followed.
    """
    stack: list[PdfObject | None] = list(start)
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            node = node.get_object()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, DictionaryObject):
            yield node
            stack.extend(node.values())
        elif isinstance(node, ArrayObject):
            stack.extend(node)


def _every_object(reader: PdfReader) -> dict[int, DictionaryObject]:
    """Every dictionary stored as an object in the file, whether anything uses it or not."""
    numbers = [(number, generation) for generation, ids in reader.xref.items() for number in ids]
    numbers += [(number, 0) for number in reader.xref_objStm]
    found: dict[int, DictionaryObject] = {}
    for number, generation in numbers:
        node = IndirectObject(number, generation, reader).get_object()
        if isinstance(node, DictionaryObject):
            found[id(node)] = node
    return found


def _is_jpeg_image(node: DictionaryObject) -> TypeGuard[StreamObject]:
    if not isinstance(node, StreamObject) or node.get("/Subtype") != "/Image":
        return False
    filters = node.get("/Filter")
    return filters == "/DCTDecode" or (
        isinstance(filters, ArrayObject) and filters == ["/DCTDecode"]
    )


def _jpeg_carries_metadata(data: bytes) -> bool:
    try:
        return without_metadata_segments(data) != data
    except NotJpeg:
        return True
