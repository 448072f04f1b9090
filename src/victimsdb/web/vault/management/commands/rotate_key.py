"""``victimsdb rotate-key``: re-encrypt every encrypted field with the first field key.

Put the new key first in VICTIMSDB_FIELD_KEYS (or the key file), keep the old
ones after it, run this; when it reports that every value is under the new
key, remove the old keys. Runs in one transaction; running it again changes
nothing. ``--check`` only counts values per key.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from victimsdb.core.crypto import FieldKeyError
from victimsdb.web.vault.keyring import field_cipher
from victimsdb.web.vault.rotation import BATCH_SIZE, rotate_all


class Command(BaseCommand):
    help = "Re-encrypt every encrypted field with the first field key (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--check", action="store_true", help="count values per key only")
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, *args: Any, check: bool, batch_size: int, **options: Any) -> None:
        try:
            primary = field_cipher().keyring.primary.key_id
            reports = rotate_all(batch_size=max(1, batch_size), dry_run=check)
        except FieldKeyError as error:
            raise CommandError(str(error)) from None
        for report in reports:
            self.stdout.write(str(report))
        stale = sum(n for r in reports for key, n in r.before.items() if key != primary)
        rewritten = sum(report.rewritten for report in reports)
        if check:
            verdict = f"{stale} value(s) not under the current key {primary}"
        else:
            verdict = (
                f"{rewritten} value(s) re-encrypted; every value is now under key {primary}:"
                " the other keys can be removed"
            )
        self.stdout.write(verdict)
