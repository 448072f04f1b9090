"""Staff roles with least privilege: the role -> permissions table, kept in step with groups.

Each role is a Django group of the same name. Its permissions are chosen from
every permission that exists by glob patterns over `app_label.codename`
(Django's model permissions are `<action>_<model>`: `records.view_person`,
`intake.add_report`). In a pattern's app part, `*` stands for every *domain*
app, never a platform app (accounts, sessions, two-factor devices, lockouts,
this security app): platform permissions are granted only by naming the app.
So the permissions of a domain app added later (`intake`, ...) fall into the
right roles on the next `migrate`, without a code change. DENIED wins over
any grant: nobody may add, change or delete an access-log entry, nor
change or delete the login log or the admin's log of changes.

Two permissions are not about one model (see security.models.Clearance):
`security.view_confidential` (confidential records, contacts and staff notes)
and `security.publish` (verify, publish, withdraw, merge, and edit what is
published). Groups are synced after every `migrate` and by `victimsdb roles
--sync`; permissions added to these groups by hand are removed then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase

PLATFORM_APPS = frozenset({"admin", "auth", "contenttypes", "sessions", "axes", "security"})

# The audit trails: the confidential-access log, the login log, the admin's change log.
DENIED = (
    "security.add_accesslog",
    "security.change_accesslog",
    "security.delete_accesslog",
    "axes.change_accesslog",
    "axes.delete_accesslog",
    "admin.change_logentry",
    "admin.delete_logentry",
)

# What a volunteer needs to record a relative's testimony in one sitting.
INTAKE_RECORDS = ("person", "name", "testimony", "relationship")
# What a volunteer needs to find the entry a testimony is about and cite it.
LOOKUP_RECORDS = ("place", "placename", "facility", "facilityname", "source")


@dataclass(frozen=True)
class Role:
    name: str
    summary: str
    grants: tuple[str, ...]
    denies: tuple[str, ...] = ()


def _actions(
    actions: Iterable[str], models: Iterable[str], app: str = "records"
) -> tuple[str, ...]:
    return tuple(f"{app}.{action}_{model}" for model in models for action in actions)


ROLES: tuple[Role, ...] = (
    Role(
        "volunteer",
        "records intake and testimonies; sees the entries intake needs; never publishes, "
        "never sees confidential records or other people's contacts",
        grants=(
            *_actions(("view", "add", "change"), INTAKE_RECORDS),
            *_actions(("view",), LOOKUP_RECORDS),
            "intake.view_*",
            "intake.add_*",
            "intake.change_*",
            # The review workflow's first steps: triage a report, draft or link its
            # entry, record a testimony. Verifying and publishing stay with curators.
            "intake.triage_report",
            "intake.draft_report",
            "intake.record_testimony",
        ),
    ),
    Role(
        "researcher",
        "reads every record that is not confidential; drafts entries, events and claims; "
        "no publishing, no testimony taking, no user management",
        grants=("*.view_*", "records.add_*", "records.change_*"),
        denies=("records.add_testimony", "records.change_testimony", "*.*_historical*"),
    ),
    Role(
        "curator",
        "edits, verifies, publishes, withdraws and merges every record, confidential ones too; "
        "no user management",
        grants=("*.*", "security.publish", "security.view_confidential"),
    ),
    Role(
        "admin",
        "everything, including staff accounts, two-factor devices, lockouts and the access log",
        grants=("*.*", *(f"{app}.*" for app in sorted(PLATFORM_APPS)), "otp_*.*"),
    ),
)

ROLE_NAMES = tuple(role.name for role in ROLES)


def is_platform(app_label: str) -> bool:
    """Apps whose permissions a wildcard never grants."""
    return app_label in PLATFORM_APPS or app_label.startswith("otp_")


def matches(pattern: str, permission: str) -> bool:
    """Whether `app.codename` falls under a pattern like `records.view_*` or `*.*`."""
    app_pattern, _, code_pattern = pattern.partition(".")
    app, _, code = permission.partition(".")
    if app_pattern == "*" and is_platform(app):
        return False
    return fnmatchcase(app, app_pattern) and fnmatchcase(code, code_pattern)


def permissions_of(role: Role, existing: Iterable[str]) -> list[str]:
    """The existing permissions (`app.codename`) this role holds, sorted."""
    refused = (*role.denies, *DENIED)
    return sorted(
        name
        for name in existing
        if any(matches(p, name) for p in role.grants) and not any(matches(p, name) for p in refused)
    )


def role(name: str) -> Role:
    """The role of this name; ValueError lists the roles there are."""
    for candidate in ROLES:
        if candidate.name == name:
            return candidate
    raise ValueError(f"no role {name!r}; the roles are {', '.join(ROLE_NAMES)}")


def existing_permissions(using: str = "default") -> dict[str, int]:
    """Every permission in the database as `app.codename` -> its id."""
    from django.contrib.auth.models import Permission

    rows = Permission.objects.using(using).values_list("content_type__app_label", "codename", "id")
    return {f"{app}.{code}": pk for app, code, pk in rows}


def roles_in_step(using: str = "default") -> dict[str, bool]:
    """For each role, whether its group exists and holds exactly its permissions."""
    from django.contrib.auth.models import Group

    existing = existing_permissions(using)
    result = {}
    for each in ROLES:
        group = Group.objects.using(using).filter(name=each.name).first()
        held = set(group.permissions.values_list("id", flat=True)) if group else None
        result[each.name] = held == {existing[n] for n in permissions_of(each, existing)}
    return result


def sync_roles(using: str = "default") -> dict[str, int]:
    """Create the role groups and set their permissions; returns permissions per role."""
    from django.contrib.auth.models import Group

    existing = existing_permissions(using)
    counts = {}
    for each in ROLES:
        group, _ = Group.objects.using(using).get_or_create(name=each.name)
        wanted = [existing[name] for name in permissions_of(each, existing)]
        group.permissions.set(wanted)
        counts[each.name] = len(wanted)
    return counts
