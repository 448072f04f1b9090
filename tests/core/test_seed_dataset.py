"""The curated demo dataset is sound and agrees with the gold extraction files."""

import json
from pathlib import Path

import pytest

from victimsdb.core.dataset import check_dataset, read_dataset
from victimsdb.core.vocabulary import CASE_ROLES

GOLD = Path(__file__).resolve().parents[3] / "shared" / "eval" / "gold_articles"
DATA = read_dataset()


def names_of(role_filter: set[str]) -> dict[str, set[str]]:
    return {
        person["key"]: {name["text"] for name in person["names"]}
        for person in DATA["persons"]
        if person["role"] in role_filter
    }


def gold_files() -> list[dict]:
    if not GOLD.is_dir():
        pytest.skip("shared/eval is not beside this clone")
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(GOLD.glob("*.json"))]


def test_the_dataset_has_no_problems() -> None:
    assert check_dataset(DATA) == []


def test_the_checker_catches_a_quote_that_is_not_in_the_article() -> None:
    broken = json.loads(json.dumps(DATA))
    broken["persons"][0]["events"][0]["claims"][0]["quote"] = "words no article printed"
    assert any("not verbatim" in problem for problem in check_dataset(broken))


def test_every_gold_subject_is_an_entry_with_all_its_names() -> None:
    entries = names_of(set(CASE_ROLES))
    for gold in gold_files():
        for subject in gold["subjects"]:
            wanted = set(subject["names"])
            assert any(wanted <= names for names in entries.values()), wanted


def test_no_official_journalist_or_expert_is_in_the_dataset() -> None:
    everyone = {
        text
        for names in names_of(set(CASE_ROLES) | {"testifier", "relative"}).values()
        for text in names
    }
    for gold in gold_files():
        assert not set(gold["others"]) & everyone


def test_gold_testifiers_are_testifiers() -> None:
    testifiers = {text for names in names_of({"testifier"}).values() for text in names}
    for gold in gold_files():
        assert set(gold.get("testifiers", [])) <= testifiers


def test_people_in_two_articles_are_one_entry() -> None:
    entries = names_of(set(CASE_ROLES))
    holders = [key for key, names in entries.items() if "Gulzira Auelkhankyzy" in names]
    assert len(holders) == 1 and "Gulzire Awulqanqizi" in entries[holders[0]]
