"""Dropping metadata segments from JPEG data without re-encoding it (used inside PDFs).

A JPEG is a run of marker segments before the compressed image data. EXIF and
XMP live in APP1, ICC profiles in APP2, Photoshop/IPTC in APP13, comments in
COM; other APPn segments hold vendor data. :func:`without_metadata_segments`
keeps APP0 (JFIF) and APP14 (Adobe: the colour transform decoders need) and
drops every other APPn and COM segment before the first scan (where cameras
and editors put them). Anything that does not parse as JPEG
is refused rather than passed on unexamined.
"""

from __future__ import annotations

_SOI = b"\xff\xd8"
_SOS, _EOI = 0xDA, 0xD9
_COM = 0xFE
_APP0, _APP14, _APP15 = 0xE0, 0xEE, 0xEF
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


class NotJpeg(ValueError):
    """The data is not a JPEG this module can read."""


def without_metadata_segments(data: bytes) -> bytes:
    """``data`` (a JPEG) with its APP1-APP13, APP15 and COM segments removed."""
    if not data.startswith(_SOI):
        raise NotJpeg("no JPEG start-of-image marker")
    kept, position = bytearray(_SOI), 2
    while True:
        marker, position = _next_marker(data, position)
        if marker in (_SOS, _EOI):
            return bytes(kept + data[position - 2 :])
        if marker in _STANDALONE:
            kept += data[position - 2 : position]
            continue
        end = position + _segment_length(data, position)
        if _keep(marker):
            kept += data[position - 2 : end]
        position = end


def _next_marker(data: bytes, position: int) -> tuple[int, int]:
    if position + 2 > len(data) or data[position] != 0xFF:
        raise NotJpeg("a marker was expected")
    while position + 1 < len(data) and data[position + 1] == 0xFF:
        position += 1
    if position + 2 > len(data):
        raise NotJpeg("the data ends inside a marker")
    return data[position + 1], position + 2


def _segment_length(data: bytes, position: int) -> int:
    if position + 2 > len(data):
        raise NotJpeg("the data ends inside a segment")
    length = int.from_bytes(data[position : position + 2], "big")
    if length < 2 or position + length > len(data):
        raise NotJpeg("a segment runs past the end of the data")
    return length


def _keep(marker: int) -> bool:
    if marker == _COM:
        return False
    return not (_APP0 < marker <= _APP15 and marker != _APP14)
