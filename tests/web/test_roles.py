"""Four staff roles with least privilege, kept in step with Django groups by code."""

from io import StringIO
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from victimsdb.web.security.roles import ROLES, existing_permissions, permissions_of, role

INTAKE_LATER = [
    "intake.add_report",
    "intake.change_report",
    "intake.view_report",
    "intake.delete_report",
    "intake.triage_report",
    "intake.publish_entry",
]


def granted(name: str, existing: list[str]) -> set[str]:
    return set(permissions_of(role(name), existing))


def test_a_volunteer_takes_testimonies_and_never_publishes() -> None:
    existing = ["records.add_testimony", "records.view_person", "records.delete_person",
                "records.add_claim", "security.publish", "security.view_confidential",
                "auth.change_user"]  # fmt: skip
    assert granted("volunteer", existing) == {"records.add_testimony", "records.view_person"}


def test_a_researcher_reads_and_drafts_but_takes_no_testimony_and_publishes_nothing() -> None:
    existing = ["records.view_testimony", "records.add_claim", "records.change_person",
                "records.add_testimony", "records.delete_person", "security.publish",
                "records.view_historicalperson", "auth.view_user"]  # fmt: skip
    assert granted("researcher", existing) == {
        "records.view_testimony",
        "records.add_claim",
        "records.change_person",
    }


def test_a_curator_publishes_and_sees_confidential_data_but_manages_no_accounts() -> None:
    existing = ["records.delete_person", "security.publish", "security.view_confidential",
                "auth.add_user", "otp_totp.delete_totpdevice",
                "security.view_accesslog"]  # fmt: skip
    assert granted("curator", existing) == {
        "records.delete_person",
        "security.publish",
        "security.view_confidential",
    }


def test_an_admin_may_do_everything_but_rewrite_the_audit_trails() -> None:
    existing = ["auth.add_user", "otp_totp.delete_totpdevice", "axes.delete_accessattempt",
                "security.view_accesslog", "security.change_accesslog",
                "security.delete_accesslog", "axes.delete_accesslog",
                "admin.delete_logentry"]  # fmt: skip
    assert granted("admin", existing) == {
        "auth.add_user",
        "otp_totp.delete_totpdevice",
        "axes.delete_accessattempt",
        "security.view_accesslog",
    }


def test_permissions_of_an_app_added_later_fall_into_place() -> None:
    assert granted("volunteer", INTAKE_LATER) == {
        "intake.add_report",
        "intake.change_report",
        "intake.view_report",
        "intake.triage_report",
    }
    assert granted("researcher", INTAKE_LATER) == {"intake.view_report"}
    assert granted("curator", INTAKE_LATER) == set(INTAKE_LATER)


def test_an_unknown_role_is_refused_with_the_list_of_roles() -> None:
    with pytest.raises(ValueError, match="volunteer, researcher, curator, admin"):
        role("editor")


@pytest.mark.django_db
def test_migrate_leaves_each_role_group_holding_exactly_its_permissions() -> None:
    existing = existing_permissions()
    for each in ROLES:
        held = Group.objects.get(name=each.name).permissions.all()
        assert {f"{p.content_type.app_label}.{p.codename}" for p in held} == set(
            permissions_of(each, existing)
        )


@pytest.mark.django_db
def test_sync_picks_up_new_permissions_and_removes_hand_made_ones() -> None:
    # An app no role names: only the wildcard grants reach its permissions.
    content_type = ContentType.objects.create(app_label="casework", model="case")
    for code in ("add_case", "view_case", "close_case"):
        Permission.objects.create(content_type=content_type, codename=code, name=code)
    volunteer = Group.objects.get(name="volunteer")
    volunteer.permissions.add(Permission.objects.get(codename="publish"))
    out = StringIO()
    call_command("roles", "--sync", "--permissions", stdout=out)
    assert not {"add_case", "view_case", "publish"} & set(
        volunteer.permissions.values_list("codename", flat=True)
    )
    researcher = Group.objects.get(name="researcher")
    researcher_codes = set(researcher.permissions.values_list("codename", flat=True))
    assert "view_case" in researcher_codes and "close_case" not in researcher_codes
    curator_codes = set(
        Group.objects.get(name="curator").permissions.values_list("codename", flat=True)
    )
    assert {"add_case", "view_case", "close_case"} <= curator_codes
    assert "OUT OF STEP" not in out.getvalue()


@pytest.mark.django_db
def test_the_command_shows_roles_members_and_drift(staff_user: Any) -> None:
    staff_user("researcher", "rahila")
    Group.objects.get(name="curator").permissions.clear()
    out = StringIO()
    call_command("roles", stdout=out)
    text = out.getvalue()
    assert "members: rahila" in text
    assert "curator (" in text and "OUT OF STEP" in text
