"""Keep the index in step: a person is reindexed at once when they or one of their names
change. `migrate` rebuilds the index when it was built by another INDEX_VERSION, or never."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver

from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.indexing import index_is_current, index_persons, rebuild_index


@receiver(post_save, sender=Name)
@receiver(post_delete, sender=Name)
def index_named_person(sender: type, instance: Name, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        index_persons([instance.person_id])


@receiver(post_save, sender=Person)
def index_saved_person(sender: type, instance: Person, **kwargs: Any) -> None:
    if not kwargs.get("raw") and not kwargs.get("created"):
        index_persons([instance.pk])


def rebuild_if_stale(sender: Any, **kwargs: Any) -> None:
    """Rebuild the index after `migrate` when this code's INDEX_VERSION is not the stored one."""
    if sender.label == "search" and not index_is_current():
        rebuild_index()


post_migrate.connect(rebuild_if_stale, dispatch_uid="search-rebuild-if-stale")
