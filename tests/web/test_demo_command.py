"""`victimsdb demo` loads the curated seed articles, once."""

from io import StringIO

import pytest
from django.core.management import call_command

from victimsdb.core.vocabulary import CASE_ROLES
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
