"""Upload types are read from the content (magic numbers), never trusted from the name."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from victimsdb.core.evidence import (
    EvidenceRejected,
    EvidenceStore,
    Rejection,
    StoredItem,
    sniff,
)
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
)

Upload = Callable[..., StoredItem]
AT = datetime(2019, 3, 5, tzinfo=UTC)
PAD = b"\0" * 64
SAMPLES: list[tuple[bytes, MediaType]] = [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", JPEG),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", PNG),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", WEBP),
    (b"GIF89a\x01\x00\x01\x00", GIF),
    (b"%PDF-1.7\n", PDF),
    (b"ID3\x04\x00\x00\x00\x00\x00\x00", MP3),
    (b"\xff\xfb\x90\x64\x00", MP3),
    (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom", M4A),
    (b"OggS\x00\x02" + b"\0" * 20 + b"\x01\x13OpusHead", OGG),
    (b"RIFF\x24\x00\x00\x00WAVEfmt ", WAV),
    (b"fLaC\x00\x00\x00\x22", FLAC),
    (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom", MP4),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", WEBM),
    (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  ", MOV),
]


@pytest.mark.parametrize(("head", "media"), SAMPLES, ids=[m.name for _, m in SAMPLES])
def test_it_recognises_every_accepted_type(head: bytes, media: MediaType) -> None:
    assert sniff(head + PAD) == media


def test_it_rejects_a_pdf_named_photo_jpg(store: EvidenceStore, upload: Upload) -> None:
    with pytest.raises(EvidenceRejected) as rejected:
        upload(b"%PDF-1.4\n%%EOF\n", "photo.jpg", "image/jpeg")
    assert rejected.value.reason is Rejection.MISLABELLED
    assert str(rejected.value) == (
        "The file's name ends in .jpg, but its content is a PDF document: it is mislabelled. "
        "Nothing was stored."
    )
    assert list(store.layout.root.rglob("*")) == [store.layout.tmp]


def test_it_rejects_a_declared_type_that_disagrees_with_the_content(
    upload: Upload, photo: bytes
) -> None:
    with pytest.raises(EvidenceRejected, match="declared as application/pdf, but its content is"):
        upload(photo, "scan", "application/pdf")


def test_a_name_without_extension_and_a_generic_type_claim_nothing(
    upload: Upload, photo: bytes
) -> None:
    assert upload(photo, "scan", "application/octet-stream").media == JPEG


def test_a_photo_named_with_a_second_extension_is_mislabelled(upload: Upload, photo: bytes) -> None:
    with pytest.raises(EvidenceRejected, match=r"ends in \.exe"):
        upload(photo, "photo.jpg.exe")


def test_an_m4a_voice_memo_may_hold_plain_mp4(upload: Upload) -> None:
    memo = b"\x00\x00\x00\x18ftypisom\x00\x00\x00\x00isomiso2" + PAD
    assert upload(memo, "Voice 001.m4a", "audio/x-m4a").media == MP4


@pytest.mark.parametrize(
    ("content", "looks_like"),
    [
        (b"<!DOCTYPE html><html><script>alert(1)</script>", "an HTML page"),
        (b"\xef\xbb\xbf  <svg xmlns='http://www.w3.org/2000/svg' onload='x()'/>", "an SVG image"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "a Windows program"),
        (b"\x7fELF\x02\x01\x01", "a program"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive or office document"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "a HEIC/HEIF image"),
        (b"II*\x00\x08\x00\x00\x00", "a TIFF image"),
        (b"#!/bin/sh\nrm -rf /\n", "a script"),
    ],
)
def test_it_rejects_what_is_not_accepted_and_says_what_it_is(
    store: EvidenceStore, upload: Upload, content: bytes, looks_like: str
) -> None:
    with pytest.raises(EvidenceRejected) as rejected:
        upload(content, "photo.jpg", "image/jpeg")
    assert rejected.value.reason is Rejection.UNSUPPORTED_TYPE
    assert str(rejected.value).startswith(f"The file is {looks_like}")
    assert "JPEG, PNG, WebP, GIF" in str(rejected.value)
    assert list(store.items()) == []


def test_the_message_never_quotes_the_file_name(upload: Upload) -> None:
    with pytest.raises(EvidenceRejected) as rejected:
        upload(b"%PDF-1.4\n", "passport of Gulzira Auelkhankyzy.jpg")
    assert "Gulzira" not in str(rejected.value)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_sniffing_never_crashes_on_any_bytes(head: bytes) -> None:
    try:
        media = sniff(head)
    except EvidenceRejected as rejected:
        assert rejected.reason in {Rejection.EMPTY, Rejection.UNSUPPORTED_TYPE}
    else:
        assert isinstance(media, MediaType)


def test_an_empty_upload_is_rejected(store: EvidenceStore) -> None:
    with pytest.raises(EvidenceRejected, match="The file is empty") as rejected:
        store.put(io.BytesIO(b""), "a.jpg", "", "volunteer-7", AT, "intake")
    assert rejected.value.reason is Rejection.EMPTY
