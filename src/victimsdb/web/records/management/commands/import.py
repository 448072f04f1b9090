"""`victimsdb import persons FILE.csv [--publish]`: bulk import, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from victimsdb.core.person_import import COLUMNS, ImportRejected, read_person_rows
from victimsdb.web.public.facets import count_the_public_list
from victimsdb.web.records.importing import import_persons


class Command(BaseCommand):
    help = (
        f"Import persons from a CSV spreadsheet (columns: {', '.join(COLUMNS)}). "
        "Any bad row aborts the whole import; nothing is written."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("kind", choices=["persons"], help="what the file holds")
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--publish",
            action="store_true",
            help="publish the new entries at once (for trusted sources)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror}") from None
        try:
            rows = read_person_rows(content)
        except ImportRejected as rejected:
            count = len(rejected.problems)
            raise CommandError(
                f"{path.name}: nothing imported, {count} problem"
                f"{'s' if count != 1 else ''}:\n{rejected}"
            ) from None
        report = import_persons(rows, path.name, content, publish=options["publish"])
        self.stdout.write(f"{path.name}: {report}")
        # Committed (and said): count the public list now, once, rather than in its next
        # visitor's request (every block an import of thousands touched, counted again).
        count_the_public_list()
