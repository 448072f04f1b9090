"""`victimsdb reindex`: rebuild the name search index from every live name."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from victimsdb.web.search.indexing import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the name search index (it is kept in step on every edit; this is for repairs)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"wrote {rebuild_index()} index rows")
