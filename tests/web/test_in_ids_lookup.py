"""`__in_ids`: membership in a list of whole numbers, written into the SQL."""

import pytest

from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db


def test_it_finds_the_same_rows_as_in() -> None:
    ids = list(Person.all_objects.values_list("pk", flat=True)[:5]) + [10**9]
    found = set(Person.all_objects.filter(pk__in_ids=ids).values_list("pk", flat=True))
    assert found == set(Person.all_objects.filter(pk__in=ids).values_list("pk", flat=True))
    assert len(found) == 5


def test_it_takes_a_set_of_ids() -> None:
    ids = set(Person.all_objects.values_list("pk", flat=True)[:3])
    found = set(Person.all_objects.filter(pk__in_ids=ids).values_list("pk", flat=True))
    assert found == ids and len(ids) == 3


def test_an_empty_list_finds_nothing() -> None:
    assert list(Person.all_objects.filter(pk__in_ids=[])) == []


def test_it_takes_more_ids_than_a_query_takes_parameters() -> None:
    first = Person.all_objects.order_by("pk").first()
    assert first is not None
    ids = [first.pk, *range(10**9, 10**9 + 70_000)]
    assert list(Person.all_objects.filter(pk__in_ids=ids)) == [first]


@pytest.mark.parametrize("value", ["1) OR (1=1", "1; DROP TABLE records_person", "12", 1.5])
def test_anything_but_a_whole_number_is_refused_before_any_sql(value: object) -> None:
    with pytest.raises(TypeError):
        Person.all_objects.filter(pk__in_ids=[value])
