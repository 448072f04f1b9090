"""Published copies of photos carry pixels only: no EXIF, GPS, XMP, comments or profiles."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable

import pytest
from PIL import Image, ImageCms, PngImagePlugin

from victimsdb.core.evidence import (
    EvidenceStore,
    PublishingFailed,
    PublishingUnsupported,
    StoredItem,
)
from victimsdb.core.evidence.media import JPEG, PNG

Upload = Callable[..., StoredItem]
MakeExif = Callable[..., Image.Exif]


def test_the_published_copy_of_a_photo_has_no_exif_or_gps(
    store: EvidenceStore, upload: Upload, photo_with_gps: bytes, gps_value_bytes: list[bytes]
) -> None:
    original = Image.open(io.BytesIO(photo_with_gps))
    assert original.getexif().get_ifd(0x8825), "the test photo must carry GPS"
    assert any(value in photo_with_gps for value in gps_value_bytes)

    copy = store.publish(upload(photo_with_gps, "IMG_0001.jpg").sha256, by="curator-2")

    published = Image.open(io.BytesIO(copy.data))
    assert published.format == "JPEG"
    assert dict(published.getexif()) == {}
    assert published.getexif().get_ifd(0x8825) == {}
    assert not {"exif", "xmp", "comment", "icc_profile", "photoshop"} & set(published.info)
    for secret in [b"Exif\x00\x00", b"SpyPhoneMaker", b"Testifier Name", b"XMP-SECRET", b"COMMENT"]:
        assert secret not in copy.data
    for value in gps_value_bytes:
        assert value not in copy.data


def test_the_published_copy_is_turned_upright(
    store: EvidenceStore, upload: Upload, gps_exif: MakeExif
) -> None:
    sideways = Image.new("RGB", (40, 20), "white")
    sideways.paste((255, 0, 0), (0, 0, 10, 20))
    buffer = io.BytesIO()
    sideways.save(buffer, "JPEG", exif=gps_exif(orientation=6), quality=95)

    copy = store.publish(upload(buffer.getvalue()).sha256, by="curator-2")

    upright = Image.open(io.BytesIO(copy.data)).convert("RGB")
    assert upright.size == (20, 40)
    red, green, blue = upright.getpixel((10, 2))  # type: ignore[misc]
    assert red > 200 and green < 60 and blue < 60


def test_the_copy_is_named_by_its_own_hash_not_the_originals(
    store: EvidenceStore, upload: Upload, photo_with_gps: bytes
) -> None:
    item = upload(photo_with_gps)
    copy = store.publish(item.sha256, by="curator-2")
    assert copy.sha256 != item.sha256
    assert copy.file_name == f"{copy.sha256}.jpg"
    assert item.sha256 not in copy.file_name


def test_publishing_is_logged_with_the_copys_hash(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    item = upload(photo)
    copy = store.publish(item.sha256, by="curator-2")
    event = store.history(item.sha256)[-1]
    assert event.event.value == "published copy made"
    assert event.by == "curator-2"
    assert event.details["copy_sha256"] == copy.sha256


def test_a_png_loses_its_text_chunks_exif_and_colour_profile(
    store: EvidenceStore, upload: Upload, gps_exif: MakeExif
) -> None:
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "Testifier Name")
    text.add_itxt("XML:com.adobe.xmp", "XMP-SECRET-LOCATION")
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = io.BytesIO()
    Image.new("RGBA", (8, 8), (0, 128, 0, 128)).save(
        buffer, "PNG", pnginfo=text, exif=gps_exif(), icc_profile=srgb
    )

    copy = store.publish(upload(buffer.getvalue(), "scan.png").sha256, by="curator-2")

    published = Image.open(io.BytesIO(copy.data))
    assert (published.format, published.mode, published.info) == ("PNG", "RGBA", {})
    assert dict(published.getexif()) == {}
    for secret in [b"Testifier", b"XMP-SECRET", b"SpyPhoneMaker", b"iCCP", b"eXIf"]:
        assert secret not in copy.data


def test_a_webp_loses_its_exif_and_xmp(
    store: EvidenceStore, upload: Upload, gps_exif: MakeExif
) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(
        buffer, "WEBP", exif=gps_exif(), xmp=b"<x:xmpmeta>XMP-SECRET</x:xmpmeta>"
    )
    copy = store.publish(upload(buffer.getvalue(), "a.webp").sha256, by="curator-2")
    assert Image.open(io.BytesIO(copy.data)).format == "WEBP"
    assert b"EXIF" not in copy.data and b"XMP" not in copy.data
    assert b"SpyPhoneMaker" not in copy.data


def test_a_gif_is_published_as_png_without_its_comment(
    store: EvidenceStore, upload: Upload
) -> None:
    buffer = io.BytesIO()
    Image.new("P", (8, 8), 3).save(buffer, "GIF", comment=b"GIF-COMMENT-SECRET")
    copy = store.publish(upload(buffer.getvalue(), "a.gif").sha256, by="curator-2")
    assert copy.media == PNG
    assert copy.file_name.endswith(".png")
    assert b"GIF-COMMENT-SECRET" not in copy.data


def test_an_animated_image_is_not_published(store: EvidenceStore, upload: Upload) -> None:
    frames = [Image.new("RGB", (8, 8), colour) for colour in ("red", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    item = upload(buffer.getvalue(), "a.gif")
    with pytest.raises(PublishingUnsupported, match="animated"):
        store.publish(item.sha256, by="curator-2")


def test_a_cmyk_jpeg_is_published_in_rgb(store: EvidenceStore, upload: Upload) -> None:
    buffer = io.BytesIO()
    Image.new("CMYK", (8, 8), (0, 255, 255, 0)).save(buffer, "JPEG")
    copy = store.publish(upload(buffer.getvalue()).sha256, by="curator-2")
    published = Image.open(io.BytesIO(copy.data))
    assert (copy.media, published.mode) == (JPEG, "RGB")


def test_a_photo_that_cannot_be_decoded_is_not_published(
    store: EvidenceStore, upload: Upload
) -> None:
    item = upload(b"\xff\xd8\xff\xe0 only a JPEG header, then nothing")
    with pytest.raises(PublishingFailed, match="could not be read as a JPEG photo"):
        store.publish(item.sha256, by="curator-2")


def test_a_decompression_bomb_is_not_published(store: EvidenceStore, upload: Upload) -> None:
    header = b"IHDR" + struct.pack(">IIBBBBB", 50_000, 50_000, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + header
    png += struct.pack(">I", zlib.crc32(header))
    png += struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    item = upload(png, "huge.png")
    with pytest.raises(PublishingUnsupported, match="more than 80,000,000 pixels"):
        store.publish(item.sha256, by="curator-2")


def test_an_altered_original_is_not_published(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    item = upload(photo)
    path = store.layout.original(item.sha256)
    path.chmod(0o600)
    path.write_bytes(photo.replace(b"JFIF", b"JFIX"))
    with pytest.raises(PublishingFailed, match="no longer matches its SHA-256"):
        store.publish(item.sha256, by="curator-2")
