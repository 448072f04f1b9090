"""The archive inside a backup: entries hashed as they pass, unsafe paths refused."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from victimsdb.core.backup import ArchiveReader, ArchiveWriter, BackupError
from victimsdb.core.backup.archive import check_path, compare, read_json


def archive(tmp_path: Path) -> bytes:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    buffer = io.BytesIO()
    writer = ArchiveWriter(buffer)
    writer.add_bytes("database/00001.jsonl", b'{"model": "x"}\n')
    writer.add_file("files/media/photos/photo.jpg", photo)
    writer.close({"counts": {"x": 1}})
    return buffer.getvalue()


def test_the_manifest_comes_last_and_matches_every_entry(tmp_path: Path) -> None:
    reader = ArchiveReader(io.BytesIO(archive(tmp_path)))
    seen, manifest = {}, {}
    for member in reader.members():
        if member.path == "manifest.json":
            manifest = read_json(member)
        else:
            seen[member.path] = member.entry()
    assert list(seen) == ["database/00001.jsonl", "files/media/photos/photo.jpg"]
    assert manifest["counts"] == {"x": 1}
    assert compare(manifest, seen) == []


def test_compare_names_missing_extra_and_altered_entries(tmp_path: Path) -> None:
    reader = ArchiveReader(io.BytesIO(archive(tmp_path)))
    seen = {m.path: m.entry() for m in reader.members() if m.path != "manifest.json"}
    manifest = {"entries": {path: vars(entry) for path, entry in seen.items()}}
    altered = dict(seen)
    altered["files/media/photos/photo.jpg"] = seen["database/00001.jsonl"]
    altered["files/extra"] = seen["database/00001.jsonl"]
    del altered["database/00001.jsonl"]
    assert compare(manifest, altered) == [
        "database/00001.jsonl is missing from the backup",
        "files/extra is not in the manifest",
        "files/media/photos/photo.jpg does not match its SHA-256 in the manifest",
    ]


@pytest.mark.parametrize(
    "path", ["../etc/passwd", "/etc/passwd", "files/../../x", "files//x", "a\\b", "./x", ""]
)
def test_unsafe_paths_are_refused(path: str) -> None:
    with pytest.raises(BackupError, match="unsafe path"):
        check_path(path)


def test_a_link_inside_the_archive_is_refused() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        link = tarfile.TarInfo("files/media/evil")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)
    with pytest.raises(BackupError, match="not a file"):
        list(ArchiveReader(io.BytesIO(buffer.getvalue())).members())


def test_a_cut_archive_is_reported(tmp_path: Path) -> None:
    data = archive(tmp_path)
    with pytest.raises(BackupError, match="damaged or cut short"):
        for member in ArchiveReader(io.BytesIO(data[:700])).members():
            member.entry()
