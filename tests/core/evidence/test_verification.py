"""verify_all recomputes every hash and reports altered, missing and stray files."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from victimsdb.core.evidence import Event, EvidenceStore, Mismatch, StoredItem

Upload = Callable[..., StoredItem]


def flip_one_bit(path: Path) -> None:
    """Alter a stored original the way silent corruption or a careless edit would."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    os.chmod(path, 0o600)
    path.write_bytes(bytes(data))


def test_verify_reports_nothing_for_an_intact_store(
    store: EvidenceStore, upload: Upload, photo: bytes, pdf: bytes
) -> None:
    upload(photo)
    upload(pdf)
    assert store.verify_all() == []


def test_verify_reports_a_tampered_file(
    store: EvidenceStore, upload: Upload, photo: bytes, pdf: bytes
) -> None:
    tampered, intact = upload(photo), upload(pdf)
    flip_one_bit(store.layout.original(tampered.sha256))

    mismatches = store.verify_all()

    assert [m.sha256 for m in mismatches] == [tampered.sha256]
    assert mismatches[0].problem.startswith("the original was altered: its content now has")
    assert intact.sha256 not in str(mismatches)


def test_verify_reports_a_missing_original_and_a_missing_record(
    store: EvidenceStore, upload: Upload, photo: bytes, pdf: bytes
) -> None:
    lost, unrecorded = upload(photo), upload(pdf)
    store.layout.original(lost.sha256).unlink()
    store.layout.record(unrecorded.sha256).unlink()
    assert sorted(store.verify_all(), key=str) == sorted(
        [
            Mismatch(lost.sha256, "the original is missing (its custody record remains)"),
            Mismatch(unrecorded.sha256, "the custody record is missing"),
        ],
        key=str,
    )


def test_verify_reports_a_file_slipped_into_the_store(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    item = upload(photo)
    folder = store.layout.folder(item.sha256)
    (folder / "notes.txt").write_text("who gave us this", encoding="utf-8")
    planted = "f" * 64
    (folder / planted).write_bytes(b"planted")
    problems = {str(mismatch) for mismatch in store.verify_all()}
    assert (
        f"custody log: unexpected file {item.sha256[:2]}/{item.sha256[2:4]}/notes.txt" in problems
    )
    assert (
        f"custody log: unexpected file {item.sha256[:2]}/{item.sha256[2:4]}/{planted}" in problems
    )


def test_verify_reports_an_item_the_log_never_saw_collected(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    item = upload(photo)
    store.log.path.unlink()
    assert store.verify_all() == [Mismatch(item.sha256, "the custody log has no collection of it")]


def test_verify_reports_an_edited_custody_log(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    upload(photo, by="volunteer-7")
    upload(photo, by="volunteer-9")
    text = store.log.path.read_text(encoding="utf-8")
    store.log.path.write_text(text.replace("volunteer-7", "volunteer-1"), encoding="utf-8")
    assert store.verify_all() == [
        Mismatch(None, "custody log line 2: does not follow the line before it "
                       "(altered, removed or reordered)")
    ]  # fmt: skip


def test_every_verification_is_logged(store: EvidenceStore, upload: Upload, photo: bytes) -> None:
    item = upload(photo)
    flip_one_bit(store.layout.original(item.sha256))
    store.verify_all(by="nightly check")
    events = list(store.log.events())[-2:]
    assert [(e.event, e.sha256, e.by) for e in events] == [
        (Event.VERIFIED, item.sha256, "nightly check"),
        (Event.VERIFIED, None, "nightly check"),
    ]
    assert events[1].details == {"items": 1, "mismatches": 1}


def test_verify_reports_a_size_that_disagrees_with_the_record(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    item = upload(photo)
    path = store.layout.original(item.sha256)
    os.chmod(path, 0o600)
    path.write_bytes(photo + b"appended")
    problems = [mismatch.problem for mismatch in store.verify_all()]
    assert (
        problems[1]
        == f"the original has {len(photo) + 8} bytes, its custody record says {len(photo)}"
    )


def test_verify_reports_an_unreadable_custody_record(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    item = upload(photo)
    record = store.layout.record(item.sha256)
    os.chmod(record, 0o600)
    record.write_text("{not json", encoding="utf-8")
    assert store.verify_all() == [Mismatch(item.sha256, "the custody record is unreadable")]
