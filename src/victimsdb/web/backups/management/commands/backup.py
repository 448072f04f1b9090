"""``victimsdb backup FILE``: one age-encrypted file with the database and every file.

Encrypted to the recipients given with --recipient, or in
VICTIMSDB_BACKUP_RECIPIENTS / VICTIMSDB_BACKUP_RECIPIENTS_FILE; never
written unencrypted, never over an existing file. Restore with
``victimsdb restore FILE``; the field keys are needed too (encrypted fields
stay encrypted inside the backup).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from victimsdb.core.backup import BackupError, recipients
from victimsdb.core.crypto import FieldKeyError
from victimsdb.web.backups.backup import make_backup


class Command(BaseCommand):
    help = "Write an encrypted backup of the database and every evidence and media file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="the backup file to create")
        parser.add_argument(
            "--recipient", action="append", default=[], help="an age1... public key (repeatable)"
        )
        parser.add_argument("--database", default="default")

    def handle(self, *args: Any, file: Path, recipient: list[str], **options: Any) -> None:
        try:
            report = make_backup(file, recipients(recipient, os.environ), options["database"])
        except (BackupError, FieldKeyError) as error:
            raise CommandError(f"{error} No backup was written.") from None
        self.stdout.write(str(report))
