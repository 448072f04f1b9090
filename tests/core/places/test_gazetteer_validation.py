"""A broken gazetteer file is refused with every problem named."""

from __future__ import annotations

from typing import Any

import pytest

from victimsdb.core.places import GazetteerError, check_gazetteer, parse_gazetteer


def place(key: str, parent: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"key": key, "kind": "county", "parent": parent, "names": {"en": [key]}, **extra}


def gazetteer(*places: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": "1",
        "sources": [{"covers": "all", "source": "test"}],
        "places": list(places),
    }


def test_a_sound_file_has_no_problems() -> None:
    data = gazetteer(place("cn", kind="country"), place("cn-a", "cn", lat=40.0, lon=80.5))
    assert check_gazetteer(data) == []
    assert parse_gazetteer(data).get("cn-a").lat == 40.0


def test_it_refuses_duplicate_keys() -> None:
    assert check_gazetteer(gazetteer(place("a"), place("a"))) == ["place a: duplicate key"]


def test_it_refuses_an_unknown_parent() -> None:
    assert check_gazetteer(gazetteer(place("a", "nowhere"))) == [
        "place a: unknown parent 'nowhere'"
    ]


def test_it_refuses_an_unknown_kind() -> None:
    assert check_gazetteer(gazetteer(place("a", kind="hamlet"))) == [
        "place a: unknown kind 'hamlet'"
    ]


def test_it_refuses_parents_that_form_a_cycle() -> None:
    problems = check_gazetteer(gazetteer(place("a", "b"), place("b", "a"), place("c", "c")))
    assert sorted(problems) == [f"place {key}: its parents form a cycle" for key in "abc"]


def test_it_refuses_bad_keys_languages_names_and_coordinates() -> None:
    bad = [
        place("Not A Slug"),
        {**place("b"), "names": {"xx": ["B"]}},
        {**place("c"), "names": {"en": [" padded "]}},
        place("d", lat=95.0, lon=10.0),
        place("e", lat=10.0),
    ]
    assert len(check_gazetteer(gazetteer(*bad))) == 5


def test_it_wants_a_version_and_sources() -> None:
    assert check_gazetteer({"places": []}) == [
        "the file has no version",
        "the file names no sources",
    ]
    assert check_gazetteer([]) == ["the file must be an object with a list of places"]


def test_parsing_a_broken_file_raises_with_every_problem() -> None:
    with pytest.raises(GazetteerError) as error:
        parse_gazetteer(gazetteer(place("a", "x"), place("a", kind="hamlet")))
    assert len(error.value.problems) == 3
