"""`victimsdb demo`: load the curated seed articles and make a demo curator.

The demo curator has the curator role and, as all staff, two-factor sign-in:
the command gives the account a TOTP device and prints its key (to add to an
authenticator app) and `victimsdb otp-code curator`, which prints the current
code, so the demo works without a phone. Refused in production.
"""

from __future__ import annotations

import base64
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

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
        if getattr(settings, "PRODUCTION", False):
            raise CommandError("no demo curator in production (its password is public): --no-user")
        user, created = get_user_model().objects.get_or_create(
            username=DEMO_USER, defaults={"is_staff": True}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.groups.add(Group.objects.get(name="curator"))
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="demo", confirmed=True)
        key = base64.b32encode(device.bin_key).decode()
        self.stdout.write(f"demo curator login: {DEMO_USER} / {DEMO_PASSWORD} at /admin/")
        self.stdout.write(f"  two-factor key for an authenticator app: {key}")
        self.stdout.write(f"  or the current code, without a phone: victimsdb otp-code {DEMO_USER}")
