"""A curator's edit while the whole index is rebuilt (`victimsdb reindex`) on PostgreSQL.

The rebuild runs in one long transaction; an edit in another reindexes its person.
The two deadlocked (one failed); and once that was mended, the edit kept the rows the
rebuild wrote from the names before the edit: an alias withheld during a rebuild
stayed findable by the public. SQLite lets one writer in at a time, so the race is
PostgreSQL's (the test is skipped on SQLite).

The two run in threads with their own connections and commit for real; the tests
put the name or the person back and reindex it after, so later tests see the demo.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.db import connection, connections, transaction

from victimsdb.web.records.models import Name, Person
from victimsdb.web.search import indexing
from victimsdb.web.search.indexing import index_persons, rebuild_index
from victimsdb.web.search.models import NamePair, NameWord

pytestmark = pytest.mark.django_db

ALIAS = "Guzire Awulqanqizi"  # the demo's misspelt alias of entry 12
WAIT = 60  # seconds a step may take before the test gives up


@pytest.fixture
def postgresql_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("only PostgreSQL lets two transactions write the index at once")


def in_thread(work: Callable[[], None], failures: list[BaseException]) -> threading.Thread:
    """Run `work` in a thread with its own connection, closed after (the test database
    cannot be dropped while a connection is open)."""

    def run() -> None:
        try:
            work()
        except BaseException as failure:  # reported by the test, not lost in the thread
            failures.append(failure)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def waiting_for_a_lock(backend: dict[str, int]) -> bool:
    """Whether the connection whose process id `backend` holds is waiting for a lock."""
    if "pid" not in backend:
        return False
    with connection.cursor() as cursor:
        # The test's transaction would otherwise read its first snapshot of the activity.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = %s AND wait_event_type = 'Lock'",
            [backend["pid"]],
        )
        return bool(cursor.fetchone()[0])


def until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, "the other transaction never got there"
        time.sleep(0.05)


@pytest.fixture
def rebuild_held_after_clearing(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A rebuild that, once it has cleared the old rows, waits to be let go before it
    reads the names; yields the events cleared and go, the threads' failures and the
    rebuild's thread."""
    cleared, go = threading.Event(), threading.Event()
    failures: list[BaseException] = []
    live_chunks = indexing._live_chunks

    def held() -> Iterator[Any]:
        cleared.set()
        assert go.wait(WAIT)
        yield from live_chunks()

    monkeypatch.setattr(indexing, "_live_chunks", held)
    yield cleared, go, failures, in_thread(rebuild_index, failures)


def test_an_alias_withheld_during_a_rebuild_is_indexed_as_withheld(
    postgresql_only: None, rebuild_held_after_clearing: Any
) -> None:
    cleared, go, failures, rebuild = rebuild_held_after_clearing
    alias = Name.objects.get(text=ALIAS)
    backend: dict[str, int] = {}

    def withhold() -> None:
        with transaction.atomic():
            backend["pid"] = connection.connection.info.backend_pid
            Name.objects.filter(pk=alias.pk).update(visibility="restricted")
            index_persons([alias.person_id])

    edit = None
    try:
        assert cleared.wait(WAIT)
        edit = in_thread(withhold, failures)
        until(lambda: waiting_for_a_lock(backend))  # the edit waits for the rebuild
        go.set()
        rebuild.join(WAIT)
        edit.join(WAIT)
        assert not failures, failures
        after_both = index_rows_of(alias.person_id)
        in_thread(lambda: index_persons([alias.person_id]), failures).join(WAIT)
        assert not failures, failures
        assert after_both == index_rows_of(alias.person_id)  # as the names are now
        assert Name.objects.get(pk=alias.pk).visibility == "restricted"
    finally:
        go.set()
        for thread in (rebuild, edit):
            if thread is not None:
                thread.join(WAIT)
        in_thread(lambda: put_back(alias), failures).join(WAIT)
    assert not failures, f"the demo's alias was not put back: {failures}"


def test_an_edit_of_a_persons_external_id_during_a_rebuild_waits_for_it(
    postgresql_only: None, rebuild_held_after_clearing: Any
) -> None:
    # A unique column: its update locks the person as FOR UPDATE does, which the
    # rebuild's check of its rows' persons at commit waited for: a deadlock.
    cleared, go, failures, rebuild = rebuild_held_after_clearing
    person = Name.objects.get(text=ALIAS).person
    backend: dict[str, int] = {}

    def renumber(external_id: str | None) -> Callable[[], None]:
        def save() -> None:
            with transaction.atomic():
                backend["pid"] = connection.connection.info.backend_pid
                edited = Person.all_objects.get(pk=person.pk)
                edited.external_id = external_id
                edited.save()

        return save

    edit = None
    try:
        assert cleared.wait(WAIT)
        edit = in_thread(renumber("renumbered during a rebuild"), failures)
        until(lambda: waiting_for_a_lock(backend))  # the edit waits for the rebuild
        go.set()
        rebuild.join(WAIT)
        edit.join(WAIT)
        assert not failures, failures  # a deadlock fails one of the two
        renumbered = Person.all_objects.get(pk=person.pk).external_id
        assert renumbered == "renumbered during a rebuild"
        assert index_rows_of(person.pk)  # the rebuild's rows, or the edit's: both alike
    finally:
        go.set()
        for thread in (rebuild, edit):
            if thread is not None:
                thread.join(WAIT)
        in_thread(renumber(person.external_id), failures).join(WAIT)
    assert not failures, f"the demo's person was not put back: {failures}"


def index_rows_of(person_id: int) -> list[tuple[Any, ...]]:
    """A person's index rows, by what they say (word ids change with a rebuild)."""
    pairs = NamePair.objects.filter(person_id=person_id).values_list(
        "pair_key", "words", "public", "word_a__signature", "word_b__signature"
    )
    words = NameWord.objects.filter(person_id=person_id).values_list(
        "words", "public", "word__signature"
    )
    return sorted(pairs) + sorted(words)


def put_back(alias: Name) -> None:
    with transaction.atomic():
        Name.objects.filter(pk=alias.pk).update(visibility="public")
        index_persons([alias.person_id])
