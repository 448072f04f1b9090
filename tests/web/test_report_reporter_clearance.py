"""Who reported a person is seen by cleared staff only, and every such view is logged."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.intake.models import Report
from victimsdb.web.security.models import AccessLog

pytestmark = pytest.mark.django_db

CONTACT = "+7 700 REPORTER-CONTACT-SENTINEL"


def submitted(client: Client) -> Report:
    data = {"name": "Dina Iemberdi", "what_happened": "Taken in 2018.",
            "reporter_name": "REPORTER-NAME-SENTINEL", "reporter_contact": CONTACT}  # fmt: skip
    assert client.post("/report/", data).status_code == 200
    return Report.objects.latest("pk")


def test_a_volunteer_triages_without_seeing_who_reported(client: Client, staff_client: Any) -> None:
    report = submitted(client)
    page = staff_client("volunteer").get(f"/staff/reports/{report.pk}/").content.decode()
    assert "Dina Iemberdi" in page
    assert CONTACT not in page and "REPORTER-NAME-SENTINEL" not in page
    assert not AccessLog.objects.exists()


def test_a_curator_sees_the_reporter_and_the_view_is_logged(
    client: Client, staff_client: Any
) -> None:
    report = submitted(client)
    page = staff_client("curator").get(f"/staff/reports/{report.pk}/").content.decode()
    assert CONTACT in page
    entry = AccessLog.objects.get()
    assert entry.username == "test-curator" and entry.object_id == str(report.pk)
    assert CONTACT not in str(entry.fields)
