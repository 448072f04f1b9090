"""`victimsdb gazetteer`: load the bundled gazetteer of places into the database."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from victimsdb.web.records.places import load_gazetteer


class Command(BaseCommand):
    help = "Create the gazetteer's places and names that are missing (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        places, names = load_gazetteer()
        self.stdout.write(f"gazetteer: {places} places and {names} names created")
