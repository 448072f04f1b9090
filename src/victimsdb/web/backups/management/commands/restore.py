"""``victimsdb restore FILE``: restore a backup into an empty, migrated instance.

All or nothing: every SHA-256 of the manifest and every table's row count are
verified before anything is kept. Needs the backup identity (--identity FILE
or VICTIMSDB_BACKUP_IDENTITY_FILE) and the field key the backup names.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from victimsdb.core.backup import BackupError, identities
from victimsdb.core.crypto import FieldKeyError
from victimsdb.web.backups.restore import restore_backup


class Command(BaseCommand):
    help = "Restore a backup into an empty instance (verified in full, all or nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="the backup file")
        parser.add_argument("--identity", help="the age identity file that decrypts it")
        parser.add_argument("--database", default="default")

    def handle(self, *args: Any, file: Path, identity: str | None, **options: Any) -> None:
        try:
            keys = identities(identity, os.environ)
            report = restore_backup(file, keys, options["database"])
        except (BackupError, FieldKeyError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(str(report))
