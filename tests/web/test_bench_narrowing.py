"""The benchmark's narrowed queries: the filter a searcher who knows a fact of the
person adds, and the entries it keeps."""

import pytest
from tests.web.hiding import new_entry

from victimsdb.bench.search import _entries_kept, _narrowed
from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_kept_entries() -> None:
    """The benchmark keeps each filter's entries for its one database; tests have many."""
    _entries_kept.cache_clear()


def test_it_narrows_by_the_year_the_entry_records_the_person_was_detained_in() -> None:
    person = new_entry("Aigul Serikqyzy")
    Person.objects.filter(pk=person.pk).update(detained_year=2018)
    person.refresh_from_db()
    narrowing, kept = _narrowed("year", person)
    assert narrowing == {"year": "2018"}
    assert kept is not None and person.entry_no in kept


def test_it_searches_unnarrowed_where_the_entry_records_no_year() -> None:
    assert _narrowed("year", new_entry("Aigul Serikqyzy")) == ({}, None)


def test_it_narrows_by_gender() -> None:
    narrowing, kept = _narrowed("gender", new_entry("Aigul Serikqyzy", gender="female"))
    assert narrowing == {"gender": "female"}
