"""Backup keys: recipients from options, environment or a file; identities from a private file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from victimsdb.core.backup import BackupError, generate_identity, identities, recipients
from victimsdb.core.backup.cli import main as keygen


def test_keygen_writes_a_private_identity_and_prints_its_recipient(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "backup-identity.txt"
    assert keygen([str(path)]) == 0
    public = capsys.readouterr().out.strip()
    assert public.startswith("age1")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert f"# public key: {public}" in path.read_text()
    assert len(identities(str(path), {})) == 1


def test_keygen_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "backup-identity.txt"
    path.write_text("precious")
    assert keygen([str(path)]) == 1
    assert path.read_text() == "precious"


def test_without_a_recipient_no_backup_is_made() -> None:
    with pytest.raises(BackupError, match="never written unencrypted"):
        recipients([], {})


def test_recipients_come_from_the_environment_or_a_file(tmp_path: Path) -> None:
    first = generate_identity(tmp_path / "a")
    second = generate_identity(tmp_path / "b")
    assert len(recipients([], {"VICTIMSDB_BACKUP_RECIPIENTS": f"{first}, {second}"})) == 2
    listed = tmp_path / "recipients.txt"
    listed.write_text(f"# the board\n{first}\n")
    assert len(recipients([], {"VICTIMSDB_BACKUP_RECIPIENTS_FILE": str(listed)})) == 1


def test_a_malformed_recipient_is_refused() -> None:
    with pytest.raises(BackupError, match="number 1 is not an age1"):
        recipients(["age1notakey"], {})


def test_an_identity_file_others_can_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "id"
    generate_identity(path)
    path.chmod(0o644)
    with pytest.raises(BackupError, match="chmod 600"):
        identities(str(path), {})
