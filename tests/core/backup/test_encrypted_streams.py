"""Backups are age-encrypted while streamed: no plaintext on disk, damage detected."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from victimsdb.core.backup import BackupError, decrypting, encrypting, generate_identity
from victimsdb.core.backup.keys import identities

SECRET = b"SENTINEL testifier +7 701 555 0199\n"
BIG = SECRET * 200_000  # 7 MB: many age chunks


def write(path: Path, data: bytes, recipients: list[Any]) -> None:
    with encrypting(path, recipients) as sink:
        for start in range(0, len(data), 1 << 16):
            sink.write(data[start : start + (1 << 16)])


def read(path: Path, ids: list[Any]) -> bytes:
    with decrypting(path, ids) as decrypted:
        data = decrypted.stream.read()
        decrypted.finish()
    return data


def test_it_round_trips_and_the_file_holds_no_plaintext(tmp_path: Path, key_pair: Any) -> None:
    path = tmp_path / "backup.age"
    write(path, BIG, key_pair[0])
    stored = path.read_bytes()
    assert stored.startswith(b"age-encryption.org/v1")
    assert b"SENTINEL" not in stored
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert read(path, key_pair[1]) == BIG


def test_a_failed_write_leaves_nothing(tmp_path: Path, key_pair: Any) -> None:
    path = tmp_path / "backup.age"
    with pytest.raises(RuntimeError), encrypting(path, key_pair[0]) as sink:
        sink.write(SECRET)
        raise RuntimeError("the database went away")
    assert list(tmp_path.iterdir()) == [tmp_path / "identity.txt"]


def test_it_never_overwrites_a_file(tmp_path: Path, key_pair: Any) -> None:
    path = tmp_path / "backup.age"
    path.write_bytes(b"an older backup")
    with pytest.raises(BackupError, match="exists"):
        write(path, SECRET, key_pair[0])
    assert path.read_bytes() == b"an older backup"


def test_the_wrong_identity_is_named(tmp_path: Path, key_pair: Any) -> None:
    path = tmp_path / "backup.age"
    write(path, SECRET, key_pair[0])
    generate_identity(tmp_path / "other.txt")
    with pytest.raises(BackupError, match="not encrypted to this identity"):
        read(path, identities(str(tmp_path / "other.txt"), {}))


@pytest.mark.parametrize("damage", ["truncated", "tampered"])
def test_damage_is_detected_even_at_the_very_end(
    tmp_path: Path, key_pair: Any, damage: str
) -> None:
    path = tmp_path / "backup.age"
    write(path, BIG, key_pair[0])
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[:-100]
    else:
        data[-50] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="truncated, altered"):
        read(path, key_pair[1])
