"""Publishable copies of photos: the pixels only, upright, re-encoded by Pillow.

The copy is built from the decoded pixels alone, so nothing of the original
file travels with it: no EXIF (camera, serial numbers, time, GPS), no XMP, no
IPTC, no comments, no PNG text chunks, no thumbnails (which may show the photo
before it was cropped), no trailing data. The EXIF orientation is applied to the
pixels first, so the copy shows the right way up without it. A colour profile
(ICC) is converted into sRGB pixels, then dropped: profiles can name the device.

JPEG stays JPEG (quality 90), PNG stays PNG, WebP stays WebP (quality 90), GIF
becomes PNG (lossless; GIF comment and application blocks gone). Animated images
are refused: only a still image is published.
"""

from __future__ import annotations

import io
import warnings
from typing import BinaryIO

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from victimsdb.core.evidence.errors import PublishingFailed, PublishingUnsupported
from victimsdb.core.evidence.jpeg_segments import without_metadata_segments
from victimsdb.core.evidence.media import GIF, JPEG, PNG, WEBP, MediaType

MAX_PIXELS = 80_000_000
"""Largest photo published, in pixels (a 48-megapixel phone photo fits; bombs do not)."""

_PILLOW_FORMATS = {JPEG: {"JPEG", "MPO"}, PNG: {"PNG"}, WEBP: {"WEBP"}, GIF: {"GIF"}}
_OUTPUT = {JPEG: JPEG, PNG: PNG, WEBP: WEBP, GIF: PNG}
_PIXEL_INFO = {"jfif", "jfif_version", "jfif_unit", "jfif_density", "loop", "background"}
_SAVE_AS = {JPEG: "JPEG", PNG: "PNG", WEBP: "WEBP"}
_OUTPUT_MODES = {
    JPEG: {"L", "RGB"},
    PNG: {"1", "L", "LA", "RGB", "RGBA", "I", "I;16"},
    WEBP: {"RGB", "RGBA"},
}


def clean_photo(source: BinaryIO, media: MediaType) -> tuple[bytes, MediaType]:
    """The pixels of a photo re-encoded without any metadata, and the copy's type."""
    output = _OUTPUT[media]
    with _open(source, media) as image:
        pixels = _upright_srgb_pixels(image)
    pixels = _to_mode(pixels, _OUTPUT_MODES[output])
    buffer = io.BytesIO()
    options = {"quality": 90} if output in (JPEG, WEBP) else {}
    pixels.save(buffer, _SAVE_AS[output], **options)
    left = metadata_left_in_photo(buffer.getvalue())
    if left:
        raise PublishingFailed(f"The cleaned photo still has: {', '.join(left)}.")
    return buffer.getvalue(), output


def metadata_left_in_photo(data: bytes) -> list[str]:
    """What metadata an image file carries beyond its pixels (empty when clean)."""
    with Image.open(io.BytesIO(data)) as image:
        found = [f"{key!r} information" for key in sorted(set(image.info) - _PIXEL_INFO)]
        found += ["EXIF"] if image.getexif() else []
    if data.startswith(b"\xff\xd8") and without_metadata_segments(data) != data:
        found.append("JPEG metadata segments")
    return found


def _open(source: BinaryIO, media: MediaType) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source, formats=sorted(_PILLOW_FORMATS[media]))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as bomb:
        raise _too_many_pixels() from bomb
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise PublishingFailed(f"The photo could not be read as {media.label}.") from error
    _check_still_and_sized(image, media)
    return image


def _check_still_and_sized(image: Image.Image, media: MediaType) -> None:
    if image.width * image.height > MAX_PIXELS:
        image.close()
        raise _too_many_pixels()
    if getattr(image, "n_frames", 1) > 1 and image.format != "MPO":
        image.close()
        raise PublishingUnsupported(
            f"The file is an animated image ({media.name}): only still photos are published."
        )


def _too_many_pixels() -> PublishingUnsupported:
    return PublishingUnsupported(f"The photo has more than {MAX_PIXELS:,} pixels.")


def _upright_srgb_pixels(image: Image.Image) -> Image.Image:
    """A new image holding only pixels: orientation applied, colours in sRGB, no info."""
    try:
        upright = ImageOps.exif_transpose(image)
        converted = _in_srgb(upright, upright.info.get("icc_profile"))
        if converted.mode in ("P", "PA"):
            converted = converted.convert("RGBA" if _has_alpha(converted) else "RGB")
        return Image.frombytes(converted.mode, converted.size, converted.tobytes())
    except (OSError, ValueError, SyntaxError) as error:
        raise PublishingFailed("The photo's pixels could not be decoded.") from error


def _in_srgb(image: Image.Image, icc_profile: object) -> Image.Image:
    if not isinstance(icc_profile, bytes) or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    mode = "RGBA" if image.mode == "RGBA" else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        converted = ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode=mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image
    return converted if converted is not None else image


def _has_alpha(image: Image.Image) -> bool:
    return image.mode == "PA" or "transparency" in image.info


def _to_mode(image: Image.Image, modes: set[str]) -> Image.Image:
    if image.mode in modes:
        return image
    if "A" in image.mode and "RGBA" in modes:
        return image.convert("RGBA")
    if image.mode in ("I;16", "I", "F") and "L" in modes:
        return image.convert("L")
    return image.convert("RGB")
