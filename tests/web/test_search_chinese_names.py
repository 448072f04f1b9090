"""Chinese (Han and Hui) names: a search for one finds it in characters and pinyin, and
does not take another given name that a Turkic reading hears alike for the same name."""

import pytest
from django.test import Client
from tests.web.hiding import new_entry

pytestmark = pytest.mark.django_db


def found(client: Client, query: str) -> dict[int, dict[str, object]]:
    """Entry number -> the result, of the API's answer to a name query."""
    results = client.get("/api/v1/persons", {"q": query}).json()["results"]
    return {result["entry_no"]: result for result in results}


@pytest.fixture
def hui_names() -> dict[str, int]:
    names = ["Ma Chenghui", "马成辉", "Ma Shengyu", "Ma Qingwei", "Ma Chenhui", "Ma Qiang"]
    return {name: new_entry(name).entry_no for name in names}


def test_it_finds_a_chinese_name_in_characters_and_in_pinyin(
    client: Client, hui_names: dict[str, int]
) -> None:
    for query in ("Ma Chenghui", "马成辉", "Chenghui Ma"):
        assert {hui_names["Ma Chenghui"], hui_names["马成辉"]} <= set(found(client, query))


def test_it_finds_a_name_of_two_characters_from_its_pinyin_and_back(
    client: Client, hui_names: dict[str, int]
) -> None:
    assert hui_names["Ma Qiang"] in found(client, "马强")
    assert hui_names["Ma Qiang"] in found(client, "Qiang Ma")


def test_it_does_not_find_another_given_name_that_sounds_alike_to_a_turkic_ear(
    client: Client, hui_names: dict[str, int]
) -> None:
    results = found(client, "Ma Chenghui")
    assert hui_names["Ma Shengyu"] not in results
    assert hui_names["Ma Qingwei"] not in results


def test_a_typo_in_pinyin_is_found_below_the_name_spelt_right(
    client: Client, hui_names: dict[str, int]
) -> None:
    results = list(found(client, "Ma Chenghui"))
    assert results.index(hui_names["Ma Chenhui"]) > results.index(hui_names["Ma Chenghui"])
