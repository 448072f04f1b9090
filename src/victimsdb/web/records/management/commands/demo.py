"""`victimsdb demo`: load the curated seed articles and make a demo curator."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from victimsdb.core.dataset import check_dataset, read_dataset
from victimsdb.web.records.loading import load_dataset
from victimsdb.web.records.places import load_gazetteer

DEMO_USER = "curator"
DEMO_PASSWORD = "demo-curator-2026"  # demo only; a real instance creates staff with createsuperuser


class Command(BaseCommand):
    help = (
        "Load the gazetteer and the demo dataset (the five seed articles, curated) into the "
        "database. Idempotent."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-user", action="store_true", help="do not create the demo curator")

    def handle(self, *args: Any, **options: Any) -> None:
        data = read_dataset()
        problems = check_dataset(data)
        if problems:
            raise CommandError("the demo dataset is unsound:\n" + "\n".join(problems))
        places, names = load_gazetteer()
        self.stdout.write(f"gazetteer: {places} places and {names} names created")
        report = load_dataset(data)
        self.stdout.write(f"demo dataset: {report}")
        if not options["no_user"]:
            self._demo_curator()

    def _demo_curator(self) -> None:
        users = get_user_model()
        if not users.objects.filter(username=DEMO_USER).exists():
            users.objects.create_superuser(DEMO_USER, "", DEMO_PASSWORD)
        self.stdout.write(f"demo curator login: {DEMO_USER} / {DEMO_PASSWORD} at /admin/")
