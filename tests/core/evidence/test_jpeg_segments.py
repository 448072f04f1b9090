"""Dropping EXIF/XMP/ICC/comment segments from JPEG data without re-encoding it."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from victimsdb.core.evidence.jpeg_segments import NotJpeg, without_metadata_segments


def test_it_drops_exif_xmp_and_comments_and_keeps_the_image(photo_with_gps: bytes) -> None:
    cleaned = without_metadata_segments(photo_with_gps)
    for secret in [b"Exif\x00\x00", b"SpyPhoneMaker", b"XMP-SECRET", b"COMMENT-SECRET"]:
        assert secret in photo_with_gps and secret not in cleaned
    assert cleaned.startswith(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    original = Image.open(io.BytesIO(photo_with_gps))
    assert Image.open(io.BytesIO(cleaned)).tobytes() == original.tobytes()


def test_a_clean_jpeg_is_unchanged(photo: bytes) -> None:
    assert without_metadata_segments(photo) == photo


def test_it_refuses_what_is_not_a_jpeg() -> None:
    with pytest.raises(NotJpeg):
        without_metadata_segments(b"%PDF-1.7")
    with pytest.raises(NotJpeg):
        without_metadata_segments(b"\xff\xd8\xff\xe1\xff\xff")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_it_never_crashes_on_any_bytes(tail: bytes) -> None:
    try:
        cleaned = without_metadata_segments(b"\xff\xd8" + tail)
    except NotJpeg:
        return
    assert cleaned.startswith(b"\xff\xd8")
    assert len(cleaned) <= len(tail) + 2
