"""Writing a backup: the header, the database as of one moment, every file, the manifest."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.db import connections

from victimsdb import __version__
from victimsdb.core.backup import ArchiveWriter, encrypting, files_under
from victimsdb.core.backup.archive import FORMAT, HEADER
from victimsdb.web.backups.database import applied_migrations, dump, snapshot
from victimsdb.web.backups.roots import file_roots
from victimsdb.web.vault.keyring import field_cipher


@dataclass(frozen=True)
class BackupReport:
    """What a backup holds."""

    path: Path
    rows: int
    tables: int
    files: int
    file_bytes: int

    def __str__(self) -> str:
        return (
            f"backup written to {self.path}: {self.rows} rows in {self.tables} tables,"
            f" {self.files} files ({self.file_bytes} bytes), every one hashed in its manifest"
        )


def make_backup(path: Path, recipients: list[Any], using: str = "default") -> BackupReport:
    """Write one age-encrypted backup of the database and every file root to ``path``."""
    field_key = field_cipher().keyring.primary.key_id  # encrypted fields travel under this key
    with encrypting(path, recipients) as sink, ArchiveWriter(sink) as writer:
        with snapshot(using):
            writer.add_bytes(HEADER, _header(using))
            counts = dump(writer.add_bytes, using)
        files = file_bytes = 0
        for root in file_roots():
            for relative, source in files_under(root.path, root.skip):
                file_bytes += writer.add_file(f"files/{root.name}/{relative}", source).size
                files += 1
        writer.close({"counts": counts, "field_key": field_key})
    return BackupReport(path, sum(counts.values()), len(counts), files, file_bytes)


def _header(using: str) -> bytes:
    header = {
        "format": FORMAT,
        "created_at": datetime.now(UTC).isoformat(),
        "victimsdb": __version__,
        "database": connections[using].vendor,
        "migrations": applied_migrations(using),
        "roots": [root.name for root in file_roots()],
    }
    return json.dumps(header, indent=1).encode("utf-8")
