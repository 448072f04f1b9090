"""Shared fixtures for the evidence tests: a store, uploads, and files made on the spot.

Every sample file is generated here (Pillow, pypdf): no binary fixtures.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from victimsdb.core.evidence import EvidenceStore, Limits, StoredItem

COLLECTED_AT = datetime(2019, 3, 5, 10, 30, tzinfo=UTC)
GPS_LATITUDE = (IFDRational(43, 1), IFDRational(15, 1), IFDRational(43219871, 1000000))
GPS_LONGITUDE = (IFDRational(76, 1), IFDRational(57, 1), IFDRational(12345677, 1000000))
CAMERA = "SpyPhoneMaker"
SECRET_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">XMP-SECRET-LOCATION</x:xmpmeta>'

Upload = Callable[..., StoredItem]


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "evidence")


@pytest.fixture
def upload(store: EvidenceStore) -> Upload:
    """upload(data, name=..., declared_type=..., by=...): put bytes into the store."""

    def put(
        data: bytes,
        name: str = "evidence",
        declared_type: str = "",
        by: str = "volunteer-7",
    ) -> StoredItem:
        return store.put(io.BytesIO(data), name, declared_type, by, COLLECTED_AT, "intake form")

    return put


@pytest.fixture
def small_store(tmp_path: Path) -> EvidenceStore:
    """A store whose photos may be at most 1,000 bytes."""
    return EvidenceStore(tmp_path / "evidence", limits=Limits(photo=1_000))


def _gps_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = CAMERA
    exif[0x013B] = "Testifier Name"
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", GPS_LATITUDE, "E", GPS_LONGITUDE
    return exif


@pytest.fixture
def gps_exif() -> Callable[..., Image.Exif]:
    """gps_exif(orientation=1): EXIF naming a camera and an artist, with a GPS position."""
    return _gps_exif


@pytest.fixture
def gps_value_bytes() -> list[bytes]:
    """The bytes the GPS seconds take in EXIF, in both byte orders."""
    rationals = [(43219871, 1000000), (12345677, 1000000)]
    return [struct.pack(order + "LL", *pair) for pair in rationals for order in "<>"]


def _jpeg(image: Image.Image, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", **options)
    return buffer.getvalue()


@pytest.fixture
def photo() -> bytes:
    """A small plain JPEG."""
    return _jpeg(Image.new("RGB", (16, 16), "navy"))


@pytest.fixture
def photo_with_gps() -> bytes:
    """A JPEG with EXIF (camera, artist, GPS), XMP and a comment."""
    image = Image.new("RGB", (40, 20), "red")
    return _jpeg(image, exif=_gps_exif(), xmp=SECRET_XMP, comment=b"COMMENT-SECRET")


@pytest.fixture
def pdf() -> bytes:
    """A one-page PDF made by Pillow from a JPEG that carries EXIF GPS."""
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "red").save(buffer, "PDF", exif=_gps_exif().tobytes())
    return buffer.getvalue()
