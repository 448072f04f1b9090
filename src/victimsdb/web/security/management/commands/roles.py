"""`victimsdb roles`: show the staff roles and their permissions; `--sync` applies them."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from victimsdb.web.security.roles import (
    ROLES,
    existing_permissions,
    permissions_of,
    roles_in_step,
    sync_roles,
)


class Command(BaseCommand):
    help = (
        "Show the staff roles (volunteer, researcher, curator, admin): what each may do, "
        "its members and whether its group is in step with the table in "
        "victimsdb/web/security/roles.py. --sync brings the groups in step (migrate does too)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--sync", action="store_true", help="set each group's permissions")
        parser.add_argument(
            "--permissions", action="store_true", help="list every permission of each role"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["sync"]:
            for name, count in sync_roles().items():
                self.stdout.write(f"{name}: {count} permissions")
        existing = existing_permissions()
        in_step = roles_in_step()
        for role in ROLES:
            group = Group.objects.filter(name=role.name).first()
            members = sorted(group.user_set.values_list("username", flat=True)) if group else []
            granted = permissions_of(role, existing)
            state = "in step" if in_step[role.name] else "OUT OF STEP: run `victimsdb roles --sync`"
            self.stdout.write(f"\n{role.name} ({len(granted)} permissions, {state})")
            self.stdout.write(f"  {role.summary}")
            self.stdout.write(f"  members: {', '.join(members) or '(none)'}")
            if options["permissions"]:
                for name in granted:
                    self.stdout.write(f"    {name}")
