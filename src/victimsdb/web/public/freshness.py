"""Counts over every public entry, computed once per version of the public data.

The facets of the list without a name query count a million entries; they
change only when an entry, an event, a place or a facility does. Every such
save or deletion logs a `DataChange` (signals, connected in apps.py, after the
records app's own handlers have refreshed derived fields; see models.py for
why a log), and counts are cached (Django's cache, CACHES) under the version
they were computed at, the newest change's token: a change makes them
unreachable as soon as it commits, on every server process, with no explicit
invalidation. The version is read (the last row by primary key) once per
request that needs it, before the data.

A recount after an edit need not count every entry again. Persons are taken
in blocks of BLOCK primary keys, and each change logs the blocks it touched:
a person's; an event's person's; a facility's, the blocks of the persons held
there (its place decides whether their consent lets it be counted); a place
moved to another parent or given another kind, the blocks of the persons whose
hometown lies below it (their county and prefecture are rewritten) and of the
persons held in its facilities. A deleted place or facility, or a bulk load,
touches every block. Counts are kept per block with the block's
version (`blockcounts`), so an edit of one entry recounts one block of five
thousand and takes the rest from the cache. Five thousand, not ten: at a
million entries a block's counts alone (unfiltered) took 33 ms instead of 53,
for a recount of every block (after a bulk load) a fifth slower and sums a
third larger. Migration 0003 logs an every-block change for that change of
size. A change to a place's or a facility's name moves no block (NO_BLOCK):
only labels show it. A facility's save logs NO_BLOCK as well as its persons'
blocks, so the facility labels are cached by the newest NO_BLOCK or
every-block change (`cached_labels`) and an edit of an entry does not read
them again. Pruning keeps each block's newest
change, so a block's version never falls out of the log. `migrate`, when it applies
a migration, logs a change to every block (`after_migrations`): counts kept in the
database (`tallystore`) outlive a restart, and a data migration logs nothing. It
then counts the public list, as a loader does, so that no visitor waits for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import nullcontext
from functools import partial
from threading import Lock
from typing import Any, TypeVar

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import F, Max, Q, QuerySet
from django.db.models.signals import post_delete

from victimsdb.web.public.models import DataChange
from victimsdb.web.records.models import Event, Facility, FacilityName, Person, Place, PlaceName
from victimsdb.web.records.signals import place_moved, places_below
from victimsdb.web.unapplied import has_unapplied_migrations

T = TypeVar("T")
log = logging.getLogger(__name__)
TIMEOUT = 24 * 3600  # a version no request asks for any more leaves the cache by itself
KEEP = 1000  # change rows kept; older ones are pruned every KEEP changes
BLOCK = 5_000  # persons (primary keys) counted together; an edit recounts one block
NO_BLOCK = -1  # logged by a change that moves no block's counts, only labels


def after_migrations(sender: Any, **kwargs: Any) -> None:
    """Log a change to every block once `migrate` has applied migrations (post_migrate;
    once, for this app, after every app's): a data migration writes through historical
    models, which log no change, and the list's counts kept in the database
    (`tallystore`) outlive the restart that used to make good such writes; then counts
    the public list again (`count_the_public_list_if_possible`). A new
    database (nothing logged yet) stays empty, as a backup's restore requires; nothing
    when migrating backwards, nor when this app's tables are not there yet or not in
    their present form (`migrate` of another app alone, on a new database)."""
    if sender.label != "public" or kwargs.get("using", "default") != "default":
        return
    plan = kwargs.get("plan") or []
    if not plan or any(backwards for _, backwards in plan):
        return
    try:
        with transaction.atomic():
            if not DataChange.objects.exists():
                return
            log_change([None])
    except DatabaseError:
        return
    # Not while the tables it counts are not in this code's form (a migrate in steps):
    # each step would count in vain, and the `migrate` that ends it counts.
    if not has_unapplied_migrations("default", ("records", "public")):
        count_the_public_list_if_possible("migrating")


def count_the_public_list_if_possible(after: str) -> None:
    """Count the public list once now, as a loader does (`facets.count_the_public_list`),
    after a `migrate` that applied migrations or a restore (`after` says which, for the
    log): otherwise the first visitor after it waits for every block to be counted (9.6 s
    at a million entries; the command takes that much longer instead). The command has
    done its work by then, so a count that fails logs a warning (the error's kind and,
    from the database, its message; no data) and leaves it to the first request."""
    from victimsdb.web.public.facets import count_the_public_list  # facets imports this

    connection = transaction.get_connection()
    try:
        # A savepoint only inside a transaction (a caller's, a test's): on SQLite a
        # transaction takes the write lock at once, and the count takes seconds.
        with transaction.atomic() if connection.in_atomic_block else nullcontext():
            count_the_public_list()
    except DatabaseError as error:
        log.warning("the public list was not counted after %s (%s)", after, error)
    except Exception as error:  # noqa: BLE001  # the command succeeded; the count can wait
        log.warning("the public list was not counted after %s (%s)", after, type(error).__name__)


def current() -> str:
    """The version of the public data now: the newest change's token."""
    newest = DataChange.objects.order_by("-id").values_list("token", flat=True).first()
    return newest or "initial"


def bump(*args: Any, **kwargs: Any) -> None:
    """Say the public data changed (a signal receiver, so it takes any arguments): for
    the blocks of a person or an event, else for every block.

    Logged twice inside a transaction: at once (the transaction's own reads see it)
    and again once it has committed. PostgreSQL hands out ids in insert order, not
    commit order: a change that commits after a later-numbered one would not move its
    block's newest id, and counts taken between would stay one change behind. The
    second row is numbered after the commit, so it moves the version."""
    if kwargs.get("raw"):
        return
    if kwargs.get("signal") is post_delete:
        blocks = touched_by_deletion(kwargs.get("sender"), kwargs.get("instance"))
    else:
        blocks = touched_blocks(kwargs.get("sender"), kwargs.get("instance"))
    log_change(blocks)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(partial(log_change, blocks))


def log_change(blocks: list[int | None]) -> None:
    """Add a change row for each block; prune every KEEP rows."""
    changes = [DataChange.objects.create(block=block) for block in blocks]
    if any(change.id % KEEP == 0 for change in changes):
        prune(changes[-1].id)


def touched_blocks(sender: Any, instance: Any) -> list[int | None]:
    """The blocks whose counts a save of this instance can move; [None]: all of them."""
    if sender in (PlaceName, FacilityName):
        return [NO_BLOCK]
    if sender is Person and instance is not None and instance.pk is not None:
        return [block_of(instance.pk)]
    if sender is Event and instance is not None and instance.person_id is not None:
        # The person it belonged to before this save, if another (records.signals).
        owners = {instance.person_id, getattr(instance, "_previous_person_id", None)}
        return [block_of(owner) for owner in sorted(owners - {None})]
    if sender is Facility and instance is not None:
        # NO_BLOCK too: whether it is public moves the facility labels (`cached_labels`).
        return [NO_BLOCK, *_blocks_of(_persons_held_in([instance.pk]))]
    if sender is Place and instance is not None:
        return [*_blocks_moved_with(instance)] or [NO_BLOCK]
    return [None]


def touched_by_deletion(sender: Any, instance: Any) -> list[int | None]:
    """The blocks a deletion can move: a person's or an event's, as a save's; every
    block for the rest (their persons' and events' links are already undone)."""
    if sender in (Person, Event, PlaceName, FacilityName):
        return touched_blocks(sender, instance)
    return [None]


def _blocks_moved_with(place: Place) -> list[int]:
    """A place's other name or coordinates change no count; another parent or kind
    changes the divisions of the hometowns below it, and whether its facilities'
    persons consent to showing them."""
    if not place_moved(place):
        return []
    below = [below.pk for below in places_below(place)]
    hometowns = Person.all_objects.filter(hometown__in=below).values_list("pk", flat=True)
    facilities = Facility.all_objects.filter(place=place).values_list("pk", flat=True)
    return sorted({*_blocks_of(hometowns), *_blocks_of(_persons_held_in(facilities))})


def _persons_held_in(facilities: Any) -> QuerySet[Event, Any]:
    return Event.all_objects.filter(facility__in=facilities).values_list("person_id", flat=True)


def _blocks_of(person_ids: QuerySet[Any, Any]) -> list[int]:
    """The blocks of these persons (a query of their ids), each once, in order."""
    persons = Person.all_objects.filter(pk__in=person_ids).annotate(block=F("pk") / BLOCK)
    return sorted(persons.values_list("block", flat=True).distinct().order_by())


def block_of(person_id: int) -> int:
    return person_id // BLOCK


def prune(newest: int) -> None:
    """Delete change rows older than the last KEEP, except each block's newest (its
    version) and the newest that touched every block."""
    old = DataChange.objects.filter(id__lte=newest - KEEP)
    old.exclude(id__in=_newest_of_each_block()).delete()


def cached(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, or what it gave at this version of the data."""
    key = f"victimsdb:{current()}:{name}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, TIMEOUT)
    return found


def cached_labels(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, or what it gave at this version of the labels: facilities and their
    names, which change only with a NO_BLOCK change (a facility's or a name's save) or
    one to every block (a deletion, a bulk load). An edit of an entry keeps them: at a
    million entries, reading every facility's labels again took 13-50 ms of the first
    list after each edit (about 100 ms).

    Kept in this process's memory (the newest version of each name), not Django's
    cache: the local-memory cache unpickles on every read, and the facility labels of
    100,000 synthetic entries (3,277 facilities) took 1.3 ms to unpickle, every list.
    A version is a change's random token, read from the database by each process, so
    processes need not tell each other anything. The value is shared: never change it.
    A write that logs no change (a raw `loaddata`, a queryset's `update()`) is not seen
    until the next change or a restart; the list's counts (`blockcounts`), kept in the
    database too, until its blocks change or `migrate` applies a migration."""
    labels = DataChange.objects.filter(Q(block=NO_BLOCK) | Q(block__isnull=True))
    version = labels.order_by("-id").values_list("token", flat=True).first() or "initial"
    with _LABELS_LOCK:
        kept = _LABELS.get(name)
    if kept is not None and kept[0] == version:
        return kept[1]  # what compute() gave at this version
    found = compute()
    with _LABELS_LOCK:
        _LABELS[name] = (version, found)
    return found


_LABELS: dict[str, tuple[str, Any]] = {}  # name -> (version, labels)
_LABELS_LOCK = Lock()


def forget_labels() -> None:
    """Drop the labels this process keeps, as a restart would."""
    with _LABELS_LOCK:
        _LABELS.clear()


def block_versions() -> Callable[[int], str]:
    """Each block's version now (read once, before the data): the token of the newest
    change that touched it."""
    newest = DataChange.objects.filter(id__in=_newest_of_each_block())
    rows = newest.values_list("block", "id", "token")
    latest = {block: (change, token) for block, change, token in rows}
    everything = latest.get(None, (0, "initial"))

    def version(block: int) -> str:
        return max(latest.get(block, (0, "initial")), everything)[1]

    return version


def _newest_of_each_block() -> QuerySet[DataChange, Any]:
    """The id of each block's newest change (None and NO_BLOCK counted as blocks)."""
    return DataChange.objects.values("block").annotate(last=Max("id")).values("last")


def person_blocks() -> range:
    """Every block that holds a person (public or not: the numbering is by primary key)."""
    highest = Person.all_objects.aggregate(n=Max("pk"))["n"] or 0
    return range(block_of(highest) + 1)
