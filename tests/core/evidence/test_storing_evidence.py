"""Storing an upload: content-addressed by SHA-256, deduplicated, with who/when/how."""

from __future__ import annotations

import hashlib
import io
import stat
from collections.abc import Callable
from datetime import datetime

import pytest

from victimsdb.core.evidence import (
    CustodyError,
    Event,
    EvidenceStore,
    StoredItem,
    UnknownEvidence,
)
from victimsdb.core.evidence.media import JPEG

Upload = Callable[..., StoredItem]

COLLECTED_AT = datetime.fromisoformat("2019-03-05T10:30:00+00:00")


def test_it_stores_a_photo_under_its_sha256(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    item = upload(photo, "IMG_0001.jpg", "image/jpeg")
    sha256 = hashlib.sha256(photo).hexdigest()
    assert item.sha256 == sha256
    path = store.layout.root / sha256[:2] / sha256[2:4] / sha256
    assert path.read_bytes() == photo
    assert item.size == len(photo)
    assert item.media == JPEG


def test_the_same_file_twice_is_stored_once(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    first = upload(photo, "a.jpg", by="volunteer-7")
    second = upload(photo, "copy of a.jpg", by="volunteer-9")
    assert second == first
    assert [item.sha256 for item in store.items()] == [first.sha256]
    collections = [event for event in store.history(first.sha256) if event.event is Event.COLLECTED]
    assert [(event.by, event.details["duplicate"]) for event in collections] == [
        ("volunteer-7", False),
        ("volunteer-9", True),
    ]


def test_it_records_who_when_and_how(store: EvidenceStore, photo: bytes) -> None:
    item = store.put(
        io.BytesIO(photo), "../../IMG 1.jpg", "image/jpeg; charset=binary",
        "volunteer-7", COLLECTED_AT, "shown at the Almaty office",
    )  # fmt: skip
    record = store.record(item.sha256)
    assert record.collection.collected_by == "volunteer-7"
    assert record.collection.collected_at == COLLECTED_AT
    assert record.collection.how == "shown at the Almaty office"
    assert record.original_name == "IMG 1.jpg"
    assert record.declared_type == "image/jpeg"
    assert record.media.mime == "image/jpeg"


@pytest.mark.parametrize(
    ("by", "when", "how"),
    [
        ("", COLLECTED_AT, "intake"),
        ("volunteer-7", datetime(2019, 3, 5), "intake"),
        ("volunteer-7", COLLECTED_AT, "  "),
    ],
)
def test_it_refuses_evidence_without_who_when_or_how(
    store: EvidenceStore, photo: bytes, by: str, when: datetime, how: str
) -> None:
    with pytest.raises(CustodyError):
        store.put(io.BytesIO(photo), "a.jpg", "", by, when, how)
    assert list(store.items()) == []


def test_the_original_and_its_record_are_read_only(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    item = upload(photo)
    for path in (store.layout.original(item.sha256), store.layout.record(item.sha256)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o400


def test_opening_an_original_is_logged(store: EvidenceStore, upload: Upload, photo: bytes) -> None:
    item = upload(photo)
    with store.open(item.sha256, by="curator-2", why="checking the date") as original:
        assert original.read() == photo
    viewed = store.history(item.sha256)[-1]
    assert (viewed.event, viewed.by, viewed.details) == (
        Event.VIEWED,
        "curator-2",
        {"why": "checking the date"},
    )


@pytest.mark.parametrize("sha256", ["../../etc/passwd", "AB" * 32, "ab" * 31, ""])
def test_a_malformed_sha256_never_becomes_a_path(store: EvidenceStore, sha256: str) -> None:
    with pytest.raises(CustodyError):
        store.open(sha256, by="curator-2")
    assert sha256 not in store


def test_an_unknown_sha256_is_reported(store: EvidenceStore) -> None:
    with pytest.raises(UnknownEvidence):
        store.record("0" * 64)


def test_it_reads_the_upload_in_chunks(store: EvidenceStore, photo: bytes) -> None:
    class Recorder(io.BytesIO):
        def __init__(self, data: bytes) -> None:
            super().__init__(data)
            self.sizes: list[int] = []

        def read(self, size: int | None = -1, /) -> bytes:
            self.sizes.append(-1 if size is None else size)
            return super().read(size)

    stream = Recorder(photo + b"\0" * 3_000_000)
    store.put(stream, "a.jpg", "", "volunteer-7", COLLECTED_AT, "intake")
    assert all(0 < size <= 1 << 20 for size in stream.sizes)


def test_every_view_must_say_who(store: EvidenceStore, upload: Upload, photo: bytes) -> None:
    item = upload(photo)
    with pytest.raises(CustodyError, match="who did it is required"):
        store.open(item.sha256, by=" ")
