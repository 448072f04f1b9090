"""Chinese writes a Turkic *Is-* before a consonant without its vowel (司马义 *Simayi* for
*Ismail*): search finds the one from the other, in both directions."""

import pytest
from django.test import Client
from tests.web.hiding import new_entry
from tests.web.searching import found_entries

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["司马义·艾买提", "Simayi Aimaiti"])
def test_the_chinese_rendering_finds_the_turkic_name(client: Client, query: str) -> None:
    person = new_entry("Ismail Amat")
    assert found_entries(client, query)[:1] == [person.entry_no]


def test_the_turkic_name_finds_the_chinese_rendering(client: Client) -> None:
    person = new_entry("司马义·艾买提")
    assert found_entries(client, "Ismail Amat")[:1] == [person.entry_no]


def test_a_name_that_truly_opens_with_si_is_still_found_as_typed(client: Client) -> None:
    person = new_entry("Sidiq Rozi")
    assert found_entries(client, "Sidike Rouzi")[:1] == [person.entry_no]
