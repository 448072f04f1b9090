"""`victimsdb search` (staff) and `victimsdb reindex`."""

import json
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_it_answers_json_with_entry_names_score_and_matched_name(person_named: Any) -> None:
    results = json.loads(run("search", "Сайрагүл Сауытбай", "--json"))["results"]
    assert results[0]["entry_no"] == person_named("Sayragul Sauytbay").entry_no
    assert set(results[0]) == {"entry_no", "names", "score", "matched_name"}


def test_staff_search_also_finds_unpublished_entries(person_named: Any) -> None:
    dina = person_named("Dina Iemberdi")
    dina.publication = "draft"
    dina.save()
    assert f"{dina.entry_no}" in run("search", "Dina Iemberdi")


def test_it_says_so_when_nothing_matches() -> None:
    assert run("search", "Qqqq Zzzz").strip() == "no match"


def test_a_limit_below_one_is_refused() -> None:
    with pytest.raises(CommandError, match="--limit"):
        run("search", "Dina", "--limit", "0")


def index_rows() -> set[tuple[Any, ...]]:
    from victimsdb.web.search.models import NamePair, NameWord

    pairs = NamePair.objects.values_list(
        "pair_key", "word_a__signature", "word_b__signature", "person_id", "entry_no", "words",
        "public",
    )  # fmt: skip
    words = NameWord.objects.values_list("word__signature", "person_id", "entry_no", "public")
    return {("pair", *row) for row in pairs} | {("word", *row) for row in words}


def test_reindex_rebuilds_the_same_index() -> None:
    before = index_rows()
    assert before
    assert run("reindex").strip() == f"wrote {len(before)} index rows"
    assert index_rows() == before
