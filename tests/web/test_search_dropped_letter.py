"""A letter some spellings drop between two alike ones (the h of *Mehmet*, *Tohti*) leaves
a key that search still finds from the spelling with it, and back."""

import pytest
from django.test import Client
from tests.web.hiding import new_entry
from tests.web.searching import found_entries

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Mehmet Ali", "Memet Ali"),
        ("Memet Ali", "Mehmet Ali"),
        ("Tohti Ilham", "Toti Ilham"),
        ("Toti Ilham", "Tohti Ilham"),
    ],
)
def test_the_spelling_without_the_letter_finds_the_one_with_it(
    client: Client, stored: str, typed: str
) -> None:
    person = new_entry(stored)
    assert found_entries(client, typed)[:1] == [person.entry_no]
