"""When a staff page fails, neither the error page nor the error report carries what was typed."""

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from victimsdb.web.records.models import Person
from victimsdb.web.security.testing import admin_form_data

pytestmark = pytest.mark.django_db

CONTACT = "+996 555 010 203 (brother, Bishkek)"


def test_a_failing_save_leaks_the_contact_nowhere(
    staff_client: Any, settings: Any, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    settings.ADMINS = [("Admin", "admin@victimsdb.invalid")]
    person = Person.objects.create(role="testifier")

    def broken_save(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the database went away")

    client: Client = staff_client("curator")
    client.raise_request_exception = False
    page = client.get(f"/admin/records/person/{person.pk}/change/")
    data = admin_form_data(page)
    data.update(contact=CONTACT, citizenships="[]")
    monkeypatch.setattr(Person, "save", broken_save)
    response = client.post(f"/admin/records/person/{person.pk}/change/", data)
    assert response.status_code == 500
    assert CONTACT not in response.content.decode()
    assert len(mail.outbox) == 1
    report = mail.outbox[0].body + "".join(str(a) for a in mail.outbox[0].alternatives)
    assert "the database went away" in report  # the report is there, and useful
    assert CONTACT not in report
    assert CONTACT not in caplog.text
