"""Restored files are staged and swapped in all at once; nothing changes on failure."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from victimsdb.core.backup import BackupError, Staging, files_under, has_files, swap_in


def test_files_under_lists_regular_files_and_skips_transient_ones(tmp_path: Path) -> None:
    root = tmp_path / "evidence"
    (root / "ab" / "cd").mkdir(parents=True)
    (root / "tmp").mkdir()
    (root / "ab" / "cd" / "abcd").write_bytes(b"x")
    (root / "custody.log").write_bytes(b"y")
    (root / "tmp" / "upload-1").write_bytes(b"z")
    (root / "link").symlink_to(root / "custody.log")
    listed = [relative for relative, _ in files_under(root, frozenset({"tmp"}))]
    assert listed == ["custody.log", "ab/cd/abcd"]


def test_staged_roots_replace_empty_roots(tmp_path: Path) -> None:
    media, evidence = tmp_path / "media", tmp_path / "evidence"
    (evidence / "tmp").mkdir(parents=True)  # an empty store, as a fresh instance has
    stagings = [Staging(media), Staging(evidence)]
    stagings[0].write("photos/a.jpg", io.BytesIO(b"a photo"), 0o644)
    stagings[1].write("ab/cd/abcd", io.BytesIO(b"evidence"), 0o400)
    swap_in(stagings)
    assert (media / "photos" / "a.jpg").read_bytes() == b"a photo"
    assert ((evidence / "ab" / "cd" / "abcd").stat().st_mode & 0o777) == 0o400
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evidence", "media"]


def test_a_root_with_files_is_never_replaced(tmp_path: Path) -> None:
    media, evidence = tmp_path / "media", tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "custody.log").write_bytes(b"the live log")
    stagings = [Staging(media), Staging(evidence)]
    stagings[0].write("a.jpg", io.BytesIO(b"a photo"), 0o644)
    with pytest.raises(BackupError, match="not empty"):
        swap_in(stagings)
    assert not media.exists()  # nothing was swapped
    assert (evidence / "custody.log").read_bytes() == b"the live log"
    for staging in stagings:
        staging.discard()
    assert not has_files(media) and sorted(p.name for p in tmp_path.iterdir()) == ["evidence"]
