"""``victimsdb verify-evidence``: recheck every stored original and every record pointing to one.

Recomputes every SHA-256 in the evidence store, checks custody records and
the custody log's chain (the core's check), then every Evidence record and
every source's archived copy (verification.py). Prints every mismatch and the
custody log's head; exit code 1 on any mismatch. ``--json`` prints JSON.
Without a database, ``python -m victimsdb.core.evidence.cli --root DIR``
checks a store alone.
"""

from __future__ import annotations

import io
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from victimsdb.core.evidence.cli import current_user, report
from victimsdb.web.evidence.storage import evidence_store
from victimsdb.web.evidence.verification import record_mismatches, unlinked_items


class Command(BaseCommand):
    help = "Recheck the SHA-256 of every evidence original, record and source archive."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: Any, json: bool, **options: Any) -> None:
        store = evidence_store()
        mismatches = store.verify_all(by=f"verify-evidence ({current_user()})")
        mismatches += record_mismatches(store)
        printed = io.StringIO()
        code = report(store, mismatches, json, printed)
        self.stdout.write(printed.getvalue(), ending="")
        if not json:
            self.stdout.write(
                f"{unlinked_items(store)} stored item(s) linked to no evidence record"
            )
        if code:
            sys.exit(code)
