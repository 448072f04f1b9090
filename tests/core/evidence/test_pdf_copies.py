"""Published copies of PDFs: pages only, no document information, XMP or image EXIF."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import NameObject, TextStringObject

from victimsdb.core.evidence import (
    EvidenceStore,
    PublishingFailed,
    PublishingUnsupported,
    StoredItem,
)
from victimsdb.core.evidence.media import PDF
from victimsdb.core.evidence.pdfs import metadata_left_in

Upload = Callable[..., StoredItem]
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">XMP-SECRET-AUTHOR</x:xmpmeta>'


def with_metadata(pdf: bytes) -> bytes:
    """The PDF with an author, an XMP stream, a page-level XMP stream and a comment added."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.add_metadata({"/Author": "Testifier Name", "/Title": "Passport of a relative"})
    writer.xmp_metadata = XMP
    page = writer.pages[0]
    page[NameObject("/Metadata")] = writer.root_object["/Metadata"]
    note = FreeText(text="scanned by Testifier Name", rect=(0, 0, 20, 10))
    note[NameObject("/T")] = TextStringObject("CommentAuthorName")
    writer.add_annotation(page_number=0, annotation=note)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_the_published_copy_of_a_pdf_has_no_author_or_xmp(
    store: EvidenceStore, upload: Upload, pdf: bytes
) -> None:
    original = with_metadata(pdf)
    assert PdfReader(io.BytesIO(original)).metadata.author == "Testifier Name"  # type: ignore[union-attr]

    copy = store.publish(upload(original, "passport.pdf").sha256, by="curator-2")

    published = PdfReader(io.BytesIO(copy.data))
    assert copy.media == PDF
    assert copy.file_name == f"{copy.sha256}.pdf"
    assert published.metadata is None
    assert published.xmp_metadata is None
    assert "/Info" not in published.trailer
    assert "/Metadata" not in published.pages[0]
    assert "/Annots" not in published.pages[0]
    for secret in [b"Testifier", b"XMP-SECRET", b"Passport of", b"CommentAuthorName"]:
        assert secret not in copy.data


def test_a_jpeg_inside_a_pdf_loses_its_exif_and_gps(
    store: EvidenceStore, upload: Upload, pdf: bytes, gps_value_bytes: list[bytes]
) -> None:
    assert b"SpyPhoneMaker" in pdf, "the test PDF must embed a JPEG with EXIF"
    copy = store.publish(upload(pdf, "scan.pdf").sha256, by="curator-2")
    assert b"Exif\x00\x00" not in copy.data
    assert b"SpyPhoneMaker" not in copy.data
    for value in gps_value_bytes:
        assert value not in copy.data
    image = PdfReader(io.BytesIO(copy.data)).pages[0].images[0].image
    assert image is not None and image.size == (40, 20)


def test_the_copy_keeps_every_page(store: EvidenceStore, upload: Upload) -> None:
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=200, height=300)
    buffer = io.BytesIO()
    writer.write(buffer)
    copy = store.publish(upload(buffer.getvalue(), "a.pdf").sha256, by="curator-2")
    assert len(PdfReader(io.BytesIO(copy.data)).pages) == 3


def test_an_encrypted_pdf_is_not_published(
    store: EvidenceStore, upload: Upload, pdf: bytes
) -> None:
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    item = upload(buffer.getvalue(), "locked.pdf")
    with pytest.raises(PublishingUnsupported, match="encrypted"):
        store.publish(item.sha256, by="curator-2")


def test_a_broken_pdf_is_not_published(store: EvidenceStore, upload: Upload) -> None:
    item = upload(b"%PDF-1.7\nthis is not a PDF at all\n", "broken.pdf")
    with pytest.raises(PublishingFailed, match="could not be read"):
        store.publish(item.sha256, by="curator-2")


def test_the_final_check_finds_a_comment_left_in_an_unused_object(pdf: bytes) -> None:
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.add_annotation(page_number=0, annotation=FreeText(text="x", rect=(0, 0, 20, 10)))
    del writer.pages[0]["/Annots"]
    writer.metadata = None
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "objects no page uses" in metadata_left_in(buffer.getvalue())
