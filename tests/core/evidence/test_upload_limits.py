"""Size limits per kind, checked while streaming: an oversized upload leaves nothing behind."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from victimsdb.core.evidence import (
    DEFAULT_LIMITS,
    EvidenceRejected,
    EvidenceStore,
    Kind,
    Limits,
    Rejection,
)

AT = datetime(2019, 3, 5, tzinfo=UTC)


def test_it_rejects_an_oversized_file_and_stores_nothing(
    small_store: EvidenceStore, photo: bytes
) -> None:
    oversized = photo + b"\0" * 2_000
    with pytest.raises(EvidenceRejected) as rejected:
        small_store.put(io.BytesIO(oversized), "a.jpg", "image/jpeg", "volunteer-7", AT, "intake")
    assert rejected.value.reason is Rejection.TOO_LARGE
    assert str(rejected.value) == (
        "The file (a JPEG photo) is larger than the 1000 bytes limit for photos. "
        "Nothing was stored."
    )
    assert list(small_store.layout.root.rglob("*")) == [small_store.layout.tmp]
    assert list(small_store.log.events()) == []


def test_a_file_exactly_at_the_limit_is_accepted(small_store: EvidenceStore) -> None:
    data = b"\xff\xd8\xff\xe0" + b"\0" * 996
    item = small_store.put(io.BytesIO(data), "a.jpg", "", "volunteer-7", AT, "intake")
    assert item.size == 1_000


class EndlessVideo(io.RawIOBase):
    """An upload that would go on forever: an MP4 header, then zeros; counts what was read."""

    def __init__(self) -> None:
        self.read_bytes = 0

    def read(self, size: int | None = -1, /) -> bytes:
        header = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
        chunk = header[self.read_bytes :] if self.read_bytes < len(header) else b""
        chunk = (chunk + b"\0" * (size or 0))[: size or 0]
        self.read_bytes += len(chunk)
        return chunk


def test_it_stops_reading_an_oversized_upload_at_its_limit(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence", limits=Limits(video=5_000_000))
    stream = EndlessVideo()
    with pytest.raises(EvidenceRejected, match="larger than the 5 MB limit for videos"):
        store.put(stream, "clip.mp4", "video/mp4", "volunteer-7", AT, "intake")
    assert stream.read_bytes < 5_000_000 + 2 * (1 << 20)


def test_the_default_limits_follow_the_kind() -> None:
    assert DEFAULT_LIMITS.for_kind(Kind.PHOTO) == 25_000_000
    assert DEFAULT_LIMITS.for_kind(Kind.DOCUMENT) == 50_000_000
    assert DEFAULT_LIMITS.for_kind(Kind.AUDIO) == 200_000_000
    assert DEFAULT_LIMITS.for_kind(Kind.VIDEO) == 2_000_000_000
