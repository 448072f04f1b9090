"""Keep the index in step: a person is reindexed at once when they or one of their names
change. `migrate` rebuilds the index when it was built by another INDEX_VERSION, or never."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_migrate, post_save, pre_save
from django.dispatch import receiver

from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.indexing import (
    index_is_current,
    index_persons,
    rebuild_index,
    wait_for_a_rebuild,
)
from victimsdb.web.unapplied import has_unapplied_migrations


@receiver(pre_save, sender=Name)
def remember_previous_person(sender: type, instance: Name, **kwargs: Any) -> None:
    """A name moved to another person must leave the first one's rows too."""
    if instance.pk is not None and not kwargs.get("raw"):
        stored = Name.all_objects.filter(pk=instance.pk).values_list("person_id", flat=True)
        instance._previous_person_id = stored.first()  # type: ignore[attr-defined]


@receiver(post_save, sender=Name)
@receiver(post_delete, sender=Name)
def index_named_person(sender: type, instance: Name, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        previous = getattr(instance, "_previous_person_id", None)
        index_persons({instance.person_id, *([previous] if previous else [])})


@receiver(pre_save, sender=Person)
def wait_for_a_rebuild_of_the_index(sender: type, instance: Person, **kwargs: Any) -> None:
    """An edit reindexes its person after writing it: see `wait_for_a_rebuild`."""
    if not instance._state.adding and not kwargs.get("raw"):
        wait_for_a_rebuild()


@receiver(post_save, sender=Person)
def index_saved_person(sender: type, instance: Person, **kwargs: Any) -> None:
    if not kwargs.get("raw") and not kwargs.get("created"):
        index_persons([instance.pk])


def rebuild_if_stale(sender: Any, **kwargs: Any) -> None:
    """Rebuild the index after `migrate` when this code's INDEX_VERSION is not the stored one
    (not when migrating the search app backwards: its tables may be gone; nor while the
    records or search app has migrations still to apply, as after `migrate contenttypes`
    alone on a new database: the `migrate` that applies them rebuilds it)."""
    if sender.label != "search" or kwargs.get("using", "default") != "default":
        return
    plan = kwargs.get("plan") or []
    if any(backwards for _, backwards in plan):
        return
    if has_unapplied_migrations("default", ("records", "search")):
        return
    if not index_is_current():
        rebuild_index()


post_migrate.connect(rebuild_if_stale, dispatch_uid="search-rebuild-if-stale")
