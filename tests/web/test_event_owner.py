"""An event moved to another person changes both persons' status and year detained."""

from typing import Any

import pytest

from victimsdb.web.records.models import Event, Person

pytestmark = pytest.mark.django_db


def test_the_person_an_event_leaves_is_derived_again(person_named: Any) -> None:
    giver: Person = person_named("Dina Iemberdi")
    taker = Person(visibility="public", publication="published")
    taker.save()
    event = Event.objects.create(
        person=giver, type="detention", start_date="1990-01-01", visibility="public",
        publication="published",
    )  # fmt: skip
    giver.refresh_from_db()
    assert giver.detained_year == 1990
    event.person = taker
    event.save()
    giver.refresh_from_db()
    taker.refresh_from_db()
    assert giver.detained_year != 1990
    assert taker.detained_year == 1990
