"""`victimsdb demo` loads the curated seed articles, once."""

import base64
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from victimsdb.core.vocabulary import CASE_ROLES
from victimsdb.web.records.management.commands.demo import DEMO_PASSWORD, DEMO_USER
from victimsdb.web.records.models import Claim, Person, Source

pytestmark = pytest.mark.django_db


def run_demo() -> str:
    out = StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def test_it_is_idempotent() -> None:
    counts = (Person.all_objects.count(), Claim.all_objects.count(), Source.all_objects.count())
    output = run_demo()
    assert "nothing new" in output
    assert (
        Person.all_objects.count(),
        Claim.all_objects.count(),
        Source.all_objects.count(),
    ) == counts


def test_it_prints_the_demo_curator_login() -> None:
    assert "demo curator login: curator / " in run_demo()


def test_the_demo_curator_signs_in_with_the_printed_key_or_otp_code() -> None:
    output = run_demo()
    key = output.split("authenticator app: ")[1].split()[0]
    assert "victimsdb otp-code curator" in output
    code = StringIO()
    call_command("otp_code", DEMO_USER, stdout=code)
    client = Client()
    client.post("/admin/login/", {"username": DEMO_USER, "password": DEMO_PASSWORD})
    client.post("/staff/two-factor/verify/", {"otp_token": code.getvalue().strip()})
    assert client.get("/admin/records/person/").status_code == 200
    assert base64.b32decode(key) == TOTPDevice.objects.get(user__username=DEMO_USER).bin_key


def test_the_demo_curator_has_the_curator_role_not_every_power() -> None:
    run_demo()
    user = get_user_model().objects.get(username="curator")
    assert [group.name for group in user.groups.all()] == ["curator"]
    assert user.is_staff and not user.is_superuser


def test_it_holds_about_two_dozen_case_subjects() -> None:
    subjects = Person.objects.filter(role__in=list(CASE_ROLES)).count()
    assert 18 <= subjects <= 40


def test_every_seed_article_is_a_source_with_its_archived_hash() -> None:
    sources = Source.objects.exclude(archive="")
    assert sources.count() == 5
    for source in sources:
        import hashlib

        with source.archive.open("rb") as archived:
            assert hashlib.sha256(archived.read()).hexdigest() == source.sha256
