"""The list's counts of many blocks are kept in the database too: a new server process
reads them rather than counting every block again, a loader counts once at its end,
and what is shown still equals a count made from scratch."""

import logging
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from tests.web.counting import assert_counts_are_exact, listed, new_person, spy_on_recounts

from victimsdb.core.person_import import COLUMNS
from victimsdb.web.backups.database import backed_up_models
from victimsdb.web.public import facets, policy, tallystore
from victimsdb.web.public.blockcounts import forget_what_this_process_keeps
from victimsdb.web.public.freshness import BLOCK, after_migrations
from victimsdb.web.public.models import BlockTally
from victimsdb.web.records.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def far_persons(monkeypatch: pytest.MonkeyPatch) -> tuple[Person, Person]:
    """Two entries far apart, one in block 3 and one in block 7 (eight blocks in all),
    and a count of four blocks or more kept (ten in production)."""
    monkeypatch.setattr(tallystore, "STORED_FROM", 4)
    return new_person(3 * BLOCK + 1), new_person(7 * BLOCK + 5, ethnicity="kazakh")


@pytest.fixture
def recounted_blocks(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    return spy_on_recounts(monkeypatch)


def test_a_new_process_reads_the_counts_another_kept(
    client: Client,
    recounted_blocks: list[list[int]],
) -> None:
    listed(client)
    assert BlockTally.objects.filter(block__gte=0).count() == 8
    assert BlockTally.objects.filter(block=tallystore.TOTAL).count() == 1  # their sum
    forget_what_this_process_keeps()  # as a new server process starts
    recounted_blocks.clear()
    assert_counts_are_exact(client)
    assert recounted_blocks == []


def test_a_new_process_reads_only_the_sum_when_no_block_changed_since(client: Client) -> None:
    listed(client)
    forget_what_this_process_keeps()  # as a new server process starts
    with CaptureQueriesContext(connection) as queries:
        assert_counts_are_exact(client)
    kept = [query["sql"] for query in queries if "blocktally" in query["sql"].lower()]
    assert len(kept) == 1 and str(tallystore.TOTAL) in kept[0]


def test_a_recount_after_an_edit_keeps_the_new_sum_for_the_next_process(
    client: Client,
    far_persons: tuple[Person, Person],
    recounted_blocks: list[list[int]],
) -> None:
    listed(client)
    far_persons[0].status_override = "released"
    far_persons[0].save()
    recounted_blocks.clear()
    listed(client)
    assert recounted_blocks == [[3]]  # a small recount, kept in the database all the same
    forget_what_this_process_keeps()  # as a new server process starts
    recounted_blocks.clear()
    assert_counts_are_exact(client)
    assert recounted_blocks == []


def test_a_sum_read_from_the_database_stays_exact_through_edits(
    client: Client,
    far_persons: tuple[Person, Person],
    recounted_blocks: list[list[int]],
) -> None:
    listed(client, ethnicity="kazakh")
    forget_what_this_process_keeps()  # as a new server process starts
    for status in ("released", "in_camp", "deceased"):
        for person in far_persons:
            person.status_override = status
            person.save()
        assert_counts_are_exact(client, ethnicity="kazakh")
    assert new_person(9 * BLOCK + 2, ethnicity="kazakh")  # a new block
    assert_counts_are_exact(client, ethnicity="kazakh")
    forget_what_this_process_keeps()
    recounted_blocks.clear()
    assert_counts_are_exact(client, ethnicity="kazakh")
    assert recounted_blocks == []


@pytest.mark.parametrize(
    "damaged", ['{"versions": [', '{"versions": {}, "totals": {"status": null}}']
)
def test_a_sum_that_will_not_decode_is_counted_again(
    client: Client,
    recounted_blocks: list[list[int]],
    caplog: pytest.LogCaptureFixture,
    damaged: str,
) -> None:
    listed(client)
    BlockTally.objects.filter(block=tallystore.TOTAL).update(tallies=damaged)
    forget_what_this_process_keeps()  # as a new server process starts
    recounted_blocks.clear()
    with caplog.at_level(logging.WARNING, logger="victimsdb.web.public.tallystore"):
        assert_counts_are_exact(client)
    assert recounted_blocks == []  # the blocks' own rows are read instead
    assert "could not be read" in caplog.text


def test_a_sum_read_from_every_blocks_rows_is_kept_for_the_next_process(client: Client) -> None:
    listed(client)
    BlockTally.objects.filter(block=tallystore.TOTAL).delete()  # as before sums were kept
    forget_what_this_process_keeps()  # as a new server process starts
    listed(client)
    forget_what_this_process_keeps()
    with CaptureQueriesContext(connection) as queries:
        assert_counts_are_exact(client)
    assert len([query for query in queries if "blocktally" in query["sql"].lower()]) == 1


def test_a_block_changed_since_is_counted_and_the_others_are_read(
    client: Client,
    far_persons: tuple[Person, Person],
    recounted_blocks: list[list[int]],
) -> None:
    listed(client, gender="female")
    far_persons[1].status_override = "released"
    far_persons[1].save()
    forget_what_this_process_keeps()  # as a new server process starts
    recounted_blocks.clear()
    assert_counts_are_exact(client, gender="female")
    assert recounted_blocks == [[7]]


def test_counts_kept_under_other_consent_rules_are_not_read(
    client: Client,
    recounted_blocks: list[list[int]],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    listed(client)
    # A release in which no consent lets a facility be named: another count.
    monkeypatch.setattr(policy, "consents_to", lambda kind: frozenset())
    facets.rules.cache_clear()
    request.addfinalizer(facets.rules.cache_clear)  # the next test computes it unpatched
    forget_what_this_process_keeps()  # as a new server process starts
    recounted_blocks.clear()
    assert_counts_are_exact(client)
    assert recounted_blocks == [list(range(8))]


def test_a_count_of_few_blocks_leaves_the_database_alone(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tallystore, "STORED_FROM", 9)  # more than the eight blocks
    with CaptureQueriesContext(connection) as queries:
        listed(client)
    assert not [query for query in queries if "blocktally" in query["sql"].lower()]


def test_a_write_the_database_refuses_still_shows_the_counts(
    client: Client,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def refuse(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        if sql.lstrip().upper().startswith("INSERT") and "blocktally" in sql.lower():
            sql = "INSERT INTO no_such_table VALUES (1)"  # fails in the database itself
        return execute(sql, params, many, context)

    with (
        connection.execute_wrapper(refuse),
        caplog.at_level(logging.WARNING, logger="victimsdb.web.public.tallystore"),
    ):
        assert_counts_are_exact(client)  # the queries after the failure still run
    assert BlockTally.objects.count() == 0
    assert "not kept in the database" in caplog.text


def test_only_the_most_recently_counted_sets_of_filters_are_kept(
    client: Client,
    settings: Any,
) -> None:
    settings.COUNT_SUMS = 2
    for gender in ("female", "male", "unknown"):
        listed(client, gender=gender)
    names = set(BlockTally.objects.values_list("name", flat=True))
    assert len(names) == 2 and not any(name.endswith("gender=female") for name in names)


def test_the_unfiltered_lists_counts_are_never_pruned(
    client: Client,
    settings: Any,
) -> None:
    settings.COUNT_SUMS = 1
    listed(client)
    for gender in ("female", "male"):
        listed(client, gender=gender)
    names = set(BlockTally.objects.values_list("name", flat=True))
    assert names == {f"tally:{facets.rules()}:", f"tally:{facets.rules()}:gender=male"}


def test_migrate_applying_a_migration_counts_every_block_again(
    client: Client,
    recounted_blocks: list[list[int]],
) -> None:
    listed(client)
    forget_what_this_process_keeps()  # as a new server process starts
    recounted_blocks.clear()
    public = apps.get_app_config("public")
    after_migrations(public, plan=[("a data migration", False)])
    assert recounted_blocks == [list(range(8))]  # counted by `migrate`, not a visitor
    forget_what_this_process_keeps()  # the server's process, not migrate's
    recounted_blocks.clear()
    assert_counts_are_exact(client)
    assert recounted_blocks == []


def test_migrate_that_cannot_count_yet_still_succeeds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def not_migrated(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        if "records_event" in sql.lower():
            sql = "SELECT * FROM no_such_table"  # as before another app's migrations
        return execute(sql, params, many, context)

    public = apps.get_app_config("public")
    with (
        connection.execute_wrapper(not_migrated),
        caplog.at_level(logging.WARNING, logger="victimsdb.web.public.freshness"),
    ):
        after_migrations(public, plan=[("a data migration", False)])
    assert "not counted after migrating" in caplog.text
    assert Person.objects.exists()  # the connection still answers


def test_the_import_command_counts_the_public_list_at_its_end(
    client: Client,
    recounted_blocks: list[list[int]],
    tmp_path: Path,
) -> None:
    sheet = tmp_path / "persons.csv"
    rows = "t-1,Test Qasymuly,male,1981,kazakh,CN,Tekes,in_camp,2018-03,Test Camp,,from a list"
    sheet.write_text(",".join(COLUMNS) + "\n" + rows + "\n", encoding="utf-8")
    call_command("import", "persons", str(sheet), "--publish")
    assert len(recounted_blocks) == 1  # the command's own count of every block
    forget_what_this_process_keeps()  # the server's process, not the command's
    recounted_blocks.clear()
    assert_counts_are_exact(client)
    assert recounted_blocks == []


def test_backups_leave_the_kept_counts_out() -> None:
    assert BlockTally not in backed_up_models()


def test_migrate_before_the_change_log_exists_logs_nothing_and_fails_nothing() -> None:
    def missing_table(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        if "public_datachange" in sql.lower():
            sql = "SELECT * FROM no_such_table"  # as on a new database, before `public`
        return execute(sql, params, many, context)

    public = apps.get_app_config("public")
    with connection.execute_wrapper(missing_table):
        after_migrations(public, plan=[("contenttypes.0001_initial", False)])
    assert Person.objects.exists()  # the connection still answers


def test_a_sum_read_from_the_database_loses_the_blocks_that_emptied(
    client: Client, far_persons: tuple[Person, Person]
) -> None:
    listed(client)
    forget_what_this_process_keeps()  # as a new server process starts
    far_persons[1].delete()  # soft: the entry leaves the public list
    Person.all_objects.filter(pk=far_persons[1].pk).delete()  # and its blocks 4-7 go
    assert_counts_are_exact(client)


def test_a_small_database_is_left_alone_after_an_edit_too(
    client: Client, far_persons: tuple[Person, Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tallystore, "STORED_FROM", 9)  # more than the eight blocks
    listed(client)
    far_persons[0].status_override = "released"
    far_persons[0].save()
    with CaptureQueriesContext(connection) as queries:
        assert_counts_are_exact(client)
    assert not [query for query in queries if "blocktally" in query["sql"].lower()]


def test_a_recount_of_a_few_blocks_does_not_bring_back_a_pruned_name(
    client: Client, far_persons: tuple[Person, Person]
) -> None:
    listed(client, gender="female")
    listed(client, gender="male")
    # Pruned by another process, which kept other names since.
    BlockTally.objects.filter(name__endswith="gender=female").delete()
    far_persons[0].status_override = "released"
    far_persons[0].save()
    assert_counts_are_exact(client, gender="female")  # recounts block 3 in this process
    names = set(BlockTally.objects.values_list("name", flat=True))
    assert names == {f"tally:{facets.rules()}:gender=male"}


def test_a_count_that_fails_after_migrate_is_logged_and_migrate_succeeds(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise ValueError("a fault in the tallies")

    monkeypatch.setattr(facets, "count_the_public_list", broken)
    public = apps.get_app_config("public")
    with caplog.at_level(logging.WARNING, logger="victimsdb.web.public.freshness"):
        after_migrations(public, plan=[("a data migration", False)])
    assert "not counted after migrating (ValueError)" in caplog.text
